package dev.progetto.server;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.CallId;
import dev.progetto.model.CallRef;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ProjectInputs;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates one uploaded file, all in memory: the same reader, limits and validator as
 * the command line's {@code validate}. Immutable and shared; each call works on its own objects.
 */
final class Checker {

  private final ProgettoMapper mapper = ProgettoMapper.standard();
  private final TabularMapper tabular = TabularMapper.standard();
  private final Validator english = Validator.builder().locale(Locale.ENGLISH).build();
  private final Validator italian = Validator.builder().locale(Locale.ITALIAN).build();

  /** What was asked: the file's bytes and how to read them. */
  static final class Request {
    final byte[] bytes;
    final String filename;
    final String syntax;
    final String call;
    final Locale locale;

    Request(byte[] bytes, String filename, String syntax, String call, Locale locale) {
      this.bytes = bytes;
      this.filename = filename;
      this.syntax = syntax;
      this.call = call;
      this.locale = locale;
    }
  }

  /** What came out: the report and what the page shows and offers beside it. */
  static final class Outcome {
    final ValidationReport report;
    /** The syntax of a text, or null for a workbook. */
    final @Nullable Syntax syntax;
    final String source;
    final Optional<Document> document;
    final Set<String> calls;

    Outcome(ValidationReport report, @Nullable Syntax syntax, String source, Optional<Document> document, Set<String> calls) {
      this.report = report;
      this.syntax = syntax;
      this.source = source;
      this.document = document;
      this.calls = calls;
    }
  }

  Validator validator(Locale locale) {
    return locale.getLanguage().equals("it") ? italian : english;
  }

  ProgettoMapper mapper() {
    return mapper;
  }

  Outcome check(Request request) {
    boolean workbook = isWorkbook(request.syntax, request.filename, request.bytes);
    Syntax syntax = workbook ? null : syntax(request.syntax, request.filename, request.bytes);
    String source = workbook ? workbookName(request.filename) : sourceName(request.filename, syntax);
    Validator validator = validator(request.locale);
    String call = request.call == null || request.call.isBlank() ? null : request.call.trim();
    if (call != null && validator.catalogue().call(call).isEmpty()) {
      throw new BadRequest("error.call", call);
    }
    ProjectInputs inputs = validator.projectInputs();
    Set<String> calls = new LinkedHashSet<>();
    try {
      if (workbook) {
        ReadResult<Document> result = withCall(tabular.readXlsx(new ByteArrayInputStream(request.bytes), source), call);
        result.getDocument().ifPresent(document -> calls.addAll(calls(document)));
        ValidationReport report = inputs.check(result, validator.validate(result));
        return new Outcome(report, null, source, result.hasErrors() ? Optional.empty() : result.getDocument(), calls);
      }
      if (syntax == Syntax.JSON_LINES) {
        List<ValidationReport> reports = new ArrayList<>();
        try (ProjectStream stream = mapper.streamProjects(new ByteArrayInputStream(request.bytes), source)) {
          while (stream.hasNext()) {
            ReadResult<Project> line = withCall(stream.next(), call);
            line.getDocument().ifPresent(project -> calls.addAll(calls(project)));
            reports.add(inputs.check(line, validator.validate(line)));
          }
        }
        return new Outcome(ValidationReport.merge(reports), syntax, source, Optional.empty(), calls);
      }
      ReadResult<Document> result = withCall(mapper.read(new ByteArrayInputStream(request.bytes), syntax, source), call);
      result.getDocument().ifPresent(document -> calls.addAll(calls(document)));
      ValidationReport report = inputs.check(result, validator.validate(result));
      Optional<Document> convertible = result.hasErrors() ? Optional.empty() : result.getDocument();
      return new Outcome(report, syntax, source, convertible, calls);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure); // never happens: the bytes are in memory
    }
  }

  /** The calls a document names. */
  private static Set<String> calls(Document document) {
    if (document instanceof Project) {
      return ((Project) document).getCall().map(ref -> Set.of(ref.getId().value())).orElse(Set.of());
    }
    if (document instanceof Portfolio) {
      return ((Portfolio) document).getProjects().stream().flatMap(p -> p.getCall().stream())
          .map(ref -> ref.getId().value()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
    return Set.of();
  }

  /** The result with the call picked on the page set on its project or projects. */
  private static <T extends Document> ReadResult<T> withCall(ReadResult<T> result, String call) {
    if (call == null || result.getDocument().isEmpty()) {
      return result;
    }
    Document document = result.getDocument().get();
    Document changed;
    if (document instanceof Project) {
      changed = withCall((Project) document, call);
    } else if (document instanceof Portfolio) {
      Portfolio portfolio = (Portfolio) document;
      changed = portfolio.withProjects(portfolio.getProjects().stream().map(p -> withCall(p, call)).collect(Collectors.toList()));
    } else {
      return result;
    }
    @SuppressWarnings("unchecked") // the same kind of document as the one replaced
    T same = (T) changed;
    return ReadResult.of(Optional.of(same), result.getIssues(), result.getSourceMap(), result.getSourceName());
  }

  private static Project withCall(Project project, String call) {
    CallId id = CallId.of(call);
    return project.withCall(project.getCall().map(ref -> ref.withId(id)).orElseGet(() -> CallRef.of(call)));
  }

  /**
   * Whether the upload is an xlsx workbook: asked for as {@code xlsx}, named {@code .xlsx}, or,
   * when neither is said, a zip archive (which no text of the format is).
   */
  static boolean isWorkbook(@Nullable String asked, @Nullable String filename, byte[] bytes) {
    if (asked != null && !asked.isBlank() && !asked.equals("auto")) {
      return asked.equalsIgnoreCase("xlsx");
    }
    if (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return true;
    }
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  private static String workbookName(@Nullable String filename) {
    if (filename == null || filename.isBlank()) {
      return "document.xlsx";
    }
    String name = filename.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * The syntax: the one asked for, else the file name's extension, else what the text looks like
   * (a brace or bracket first: JSON, or JSON Lines when several lines each hold an object).
   */
  static Syntax syntax(String asked, String filename, byte[] bytes) {
    if (asked != null && !asked.isBlank() && !asked.equals("auto")) {
      switch (asked.toLowerCase(Locale.ROOT)) {
        case "json":
          return Syntax.JSON;
        case "yaml":
        case "yml":
          return Syntax.YAML;
        case "jsonl":
        case "jsonlines":
        case "json-lines":
          return Syntax.JSON_LINES;
        default:
          throw new BadRequest("error.syntax", asked);
      }
    }
    if (filename != null) {
      String name = filename.toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return Syntax.JSON;
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return Syntax.YAML;
      }
      if (name.endsWith(".jsonl")) {
        return Syntax.JSON_LINES;
      }
    }
    return sniff(bytes);
  }

  private static Syntax sniff(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    if (i == bytes.length || (bytes[i] != '{' && bytes[i] != '[')) {
      return Syntax.YAML;
    }
    if (bytes[i] == '[') {
      return Syntax.JSON;
    }
    // Several non-blank lines, each starting with '{' and ending with '}': JSON Lines.
    int objects = 0;
    int lineStart = i;
    for (int j = i; j <= bytes.length; j++) {
      if (j == bytes.length || bytes[j] == '\n') {
        String line = new String(bytes, lineStart, j - lineStart, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!line.isEmpty()) {
          if (!line.startsWith("{") || !line.endsWith("}")) {
            return Syntax.JSON;
          }
          objects++;
        }
        lineStart = j + 1;
      }
    }
    return objects > 1 ? Syntax.JSON_LINES : Syntax.JSON;
  }

  /**
   * The name a report gives the source: the last segment of the file name given, without
   * controls, at most 120 characters; else {@code document} with the syntax's extension.
   */
  static String sourceName(String filename, Syntax syntax) {
    String name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
        && c != 0x2028 && c != 0x2029).limit(120).forEach(clean::appendCodePoint);
    String cleaned = clean.toString().strip();
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      return "document" + extension(syntax);
    }
    return cleaned;
  }

  static String extension(Syntax syntax) {
    return syntax == Syntax.JSON ? ".json" : syntax == Syntax.YAML ? ".yaml" : ".jsonl";
  }
}
