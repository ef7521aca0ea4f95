package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of docs/schema are valid JSON Schemas, draft 2020-12, as networknt's implementation
 * reads them (scripts/check-schemas checks them with Ajv too), and the JSON report of
 * {@code validate --format json} conforms to report.schema.json in every kind of run.
 */
class SchemaFilesTest {

  private static final Path DOCS = Path.of("..", "docs", "schema");
  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  @TempDir Path temp;

  static Stream<Path> schemaFiles() throws Exception {
    try (Stream<Path> files = Files.list(DOCS)) {
      List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
      assertThat(all).extracting(f -> f.getFileName().toString())
          .contains("project.schema.json", "portfolio.schema.json", "call.schema.json", "report.schema.json");
      return all.stream();
    }
  }

  private static List<Error> metaViolations(JsonNode schema) {
    return META.validate(schema, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  @ParameterizedTest
  @MethodSource("schemaFiles")
  void isAValidDraft202012Schema(Path file) throws Exception {
    JsonNode schema = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));

    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo("https://progetto.dev/schema/1/" + file.getFileName());
    assertThat(metaViolations(schema)).as(file.toString()).isEmpty();
    // Every reference resolves: loading the schema and applying it to an empty object walks them.
    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema).validate(JSON.createObjectNode());
  }

  /** The meta-schema is really applied: a schema broken in the ways an edit could break it is rejected. */
  @Test
  void aBrokenSchemaIsRejected() throws Exception {
    JsonNode good = JSON.readTree(Files.readString(DOCS.resolve("report.schema.json"), StandardCharsets.UTF_8));
    assertThat(metaViolations(good)).isEmpty();

    assertBroken(good, s -> ((ObjectNode) s).put("type", "objekt"));
    assertBroken(good, s -> ((ObjectNode) s).put("required", "documents"));
    assertBroken(good, s -> ((ObjectNode) s.at("/$defs/Count")).put("minimum", "zero"));
    assertBroken(good, s -> ((ObjectNode) s).put("additionalProperties", "no"));
  }

  private static void assertBroken(JsonNode good, Consumer<JsonNode> breaking) {
    JsonNode broken = good.deepCopy();
    breaking.accept(broken);
    assertThat(metaViolations(broken)).as(broken.toString()).isNotEmpty();
  }

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String report(int exit, String... paths) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--today", "2026-11-24"));
    args.addAll(List.of(paths));
    StringWriter out = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args.toArray(String[]::new));
    assertThat(code).as(out.toString()).isEqualTo(exit);
    ReportSchema.assertConforms(out.toString());
    return out.toString();
  }

  @Test
  void everyKindOfJsonReportConforms() throws Exception {
    String examples = report(0, EXAMPLES.toString());
    assertThat(examples).contains("\"severity\": \"waived\"", "\"severity\": \"info\"");
    report(0, file("clean.yaml", "format: 1\nkind: project\nid: p\ntitle: P\n").toString());
    String broken = report(1, file("broken.json", "{\"format\": 1, \"kind\": ").toString(), file("empty.yaml", "").toString(),
        file("unknown.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n").toString());
    assertThat(broken).contains("format.syntax", "format.unknown-field");
    String lines = report(1, file("lines.jsonl", "{\"format\": 1, \"kind\": \"project\", \"id\": \"a\", \"title\": \"A\"}\n"
        + "{\"format\": 1, \"kind\": \"project\", \"id\": \"b\", \"title\": \"B\", \"status\": \"nope\"}\n{\n").toString());
    assertThat(lines).contains("format.invalid-value", "format.syntax");
    String italian = report(1, "--lang", "it", file("it.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n").toString());
    assertThat(italian).contains("\"severity\": \"error\"");
  }

  /** The report schema is really applied: reports broken in the ways a writer could break them are rejected. */
  @Test
  void aBrokenReportIsRejected() throws Exception {
    JsonNode good = JSON.readTree(report(1, file("bad.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n").toString()));
    assertThat(ReportSchema.violations(good)).isEmpty();

    assertRejected(good, r -> ((ObjectNode) r).remove("valid"));
    assertRejected(good, r -> ((ObjectNode) r).put("errors", -1));
    assertRejected(good, r -> ((ObjectNode) r).put("extra", 1));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).put("severity", "fatal"));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).put("path", "participants"));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).put("line", 0));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).remove("column"));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).put("rule", "Not A Rule"));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0/issues/0")).put("waiver", "a reason for an error"));
    assertRejected(good, r -> ((ObjectNode) r.at("/documents/0")).put("kind", "projects"));
  }

  private static void assertRejected(JsonNode good, Consumer<JsonNode> breaking) {
    JsonNode broken = good.deepCopy();
    breaking.accept(broken);
    assertThat(ReportSchema.violations(broken)).as(broken.toString()).isNotEmpty();
  }
}
