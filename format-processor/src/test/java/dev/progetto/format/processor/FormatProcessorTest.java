package dev.progetto.format.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor over a small model compiled here: a getter added to a model type becomes a field
 * of the reader, the writer and the description without any other edit, and what cannot be
 * read is a compile error, not a misread.
 */
class FormatProcessorTest {

  private static final String VALUE = """
      package org.immutables.value;
      public @interface Value {
        @interface Immutable {}
        @interface Default {}
      }
      """;
  private static final String CODED = """
      package dev.progetto.model;
      public interface Coded { String code(); }
      """;
  private static final String KIND = """
      package dev.progetto.model;
      public enum Kind implements Coded {
        A, B;
        public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
      }
      """;
  /** io's own annotation, as the processor meets it when io is compiled. */
  private static final Path FORMAT = Path.of("..", "io", "src", "main", "java", "dev", "progetto", "io", "internal",
      "Format.java");
  @TempDir
  Path out;

  /** A document type with the getters given, and a part type it lists. */
  private static String document(String getters) {
    return """
        package dev.progetto.model;
        import java.util.*;
        @org.immutables.value.Value.Immutable
        public abstract class Thing {
          public static Builder builder() { return null; }
          public abstract static class Builder {
            public abstract Builder id(String id);
            public abstract Builder kind(Optional<Kind> kind);
            public abstract Builder parts(Iterable<? extends Part> parts);
            public abstract Builder phone(Optional<String> phone);
            public abstract Builder since(Optional<java.time.Year> since);
            public abstract Builder language(Optional<String> language);
            public abstract Thing build();
          }
          public abstract String getId();
          public abstract Optional<Kind> getKind();
          public abstract List<Part> getParts();
          public abstract Optional<String> getLanguage();
        %s
          public String describe() { return getId(); }
        }
        """.formatted(getters);
  }

  private static final String PART = """
      package dev.progetto.model;
      @org.immutables.value.Value.Immutable
      public abstract class Part {
        public static Builder builder() { return null; }
        public abstract static class Builder {
          public abstract Builder id(String id);
          public abstract Part build();
        }
        public abstract String getId();
      }
      """;

  private static String trigger(String names) {
    return """
        package dev.progetto.io.internal;
        /** A class to carry the annotation. */
        @Format(documents = dev.progetto.model.Thing.class, header = "language", values = {}, shorthands = {},
            required = {}, names = {%s}, custom = {}, urls = {}, walked = {})
        final class Trigger {}
        """.formatted(names);
  }

  private record Result(boolean success, String errors, Map<String, String> generated) {}

  private Result compile(String getters, String names) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path sources = Files.createDirectories(out.resolve("generated"));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(sources.toFile()));
      List<JavaFileObject> units = new ArrayList<>(List.of(source("org/immutables/value/Value", VALUE),
          source("dev/progetto/model/Coded", CODED), source("dev/progetto/model/Kind", KIND),
          source("dev/progetto/model/Part", PART), source("dev/progetto/model/Thing", document(getters)),
          source("dev/progetto/io/internal/Format", Files.readString(FORMAT)), source("dev/progetto/io/internal/Trigger", trigger(names))));
      JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), files, diagnostics,
          List.of("-proc:only"), null, units);
      task.setProcessors(List.of(new FormatProcessor()));
      boolean success = task.call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        // the generated classes refer to io's own (Keys, Fields, jspecify), which are not compiled here
        boolean inGenerated = diagnostic.getSource() != null
            && diagnostic.getSource().toUri().getPath().contains("/generated/");
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !inGenerated) {
          errors.append(diagnostic.getMessage(null)).append('\n');
        }
      }
      Map<String, String> generated = new java.util.TreeMap<>();
      Path pkg = sources.resolve("dev/progetto/io/internal");
      if (Files.isDirectory(pkg)) {
        try (var list = Files.list(pkg)) {
          for (Path file : list.toList()) {
            generated.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
          }
        }
      }
      return new Result(success, errors.toString(), generated);
    }
  }

  private static JavaFileObject source(String path, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  @Test
  void theFieldsAreTheGettersInTheirOrderWithoutTheHeader() throws Exception {
    Result result = compile("", "");

    assertThat(result.errors()).isEmpty();
    assertThat(result.generated()).containsOnlyKeys("ObjectFields", "FormatReader", "FormatWriter", "FormatTypes",
        "FormatWalker");
    assertThat(result.generated().get("ObjectFields")).contains("enum ThingField {\n    ID, KIND, PARTS\n  }")
        .contains("enum PartField {\n    ID\n  }");
  }

  @Test
  void aNewGetterIsReadWrittenAndDescribedWithNoOtherEdit() throws Exception {
    Result before = compile("", "");
    Result after = compile("  public abstract Optional<String> getPhone();", "");

    assertThat(before.generated().get("FormatReader")).doesNotContain("PHONE");
    assertThat(after.errors()).isEmpty();
    assertThat(after.generated().get("ObjectFields")).contains("ID, KIND, PARTS, PHONE");
    assertThat(after.generated().get("FormatReader"))
        .contains("case PHONE -> {\n        builder.phone(Optional.ofNullable(readString()));");
    assertThat(after.generated().get("FormatWriter")).contains("put(out, \"phone\", writeString(value.getPhone().get()));");
    assertThat(after.generated().get("FormatTypes"))
        .contains("new Field(\"phone\", \"getPhone\", Shape.OPTIONAL, Kind.VALUE, String.class, false, false)");
  }

  @Test
  void theItemsOfAListAreReadByTheirConstantWithoutAFunctionObject() throws Exception {
    Result result = compile("", "");

    String reader = result.generated().get("FormatReader");
    assertThat(reader).contains("static final Item<Part> ITEM_PART = new Item<>(0);")
        .contains("builder.parts(list(ITEM_PART));")
        .contains("case 0 -> part(); // ITEM_PART\n")
        .doesNotContain("this::").doesNotContain("() ->");
    assertThat(result.generated().get("FormatWalker"))
        .contains("case 0 -> ((Part) item).getId();")
        .contains("private static final Function<Part, String> PART_ID = new ItemId<>(0);")
        .contains("lists.ids(child(head, index, tail, \"/parts\"), value.getParts(), PART_ID);")
        .doesNotContain("item) -> item");
  }

  @Test
  void aValueOfANewClassNeedsHooksThatTheBuildAsksFor() throws Exception {
    Result result = compile("  public abstract Optional<java.time.Year> getSince();", "");

    assertThat(result.generated().get("FormatReader")).contains("abstract @Nullable Year readYear() throws IOException;");
    assertThat(result.generated().get("FormatWriter")).contains("abstract @Nullable Object writeYear(Year value);");
  }

  @Test
  void aRenamingThatNamesNoFieldIsAnError() throws Exception {
    Result result = compile("", "\"Thing.telephone=tel\"");

    assertThat(result.success()).isFalse();
    assertThat(result.errors()).contains("names: no field Thing.telephone");
  }

  @Test
  void aRenamedFieldHasItsWireName() throws Exception {
    Result result = compile("  public abstract Optional<String> getPhone();", "\"Thing.phone=tel\"");

    assertThat(result.errors()).isEmpty();
    assertThat(result.generated().get("ObjectFields")).contains("ID, KIND, PARTS, TEL");
    assertThat(result.generated().get("FormatWriter")).contains("put(out, \"tel\", ");
  }
}
