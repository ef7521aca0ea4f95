package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/schema/report.schema.json, the schema of the JSON report: the tests that run
 * {@code validate --format json} check every report they get against it.
 */
final class ReportSchema {

  static final Path FILE = Path.of("..", "docs", "schema", "report.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private ReportSchema() {}

  private static Schema load() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(FILE, StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** What the schema finds wrong with a report, formats asserted. */
  static List<Error> violations(JsonNode report) {
    return SCHEMA.validate(report, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  /** Asserts that a report the command line wrote is valid JSON that the schema accepts. */
  static void assertConforms(String report) {
    JsonNode node;
    try {
      node = JSON.readTree(report);
    } catch (IOException notJson) {
      throw new AssertionError("the JSON report is not JSON: " + notJson.getMessage() + "\n" + report, notJson);
    }
    assertThat(violations(node)).as("docs/schema/report.schema.json rejects the report:%n%s", report).isEmpty();
  }

  /**
   * Checks the output of a command line run when it is a JSON report ({@code validate} with
   * {@code --format json}); other runs are left alone.
   */
  static void checkIfReport(String[] args, int exit, String out) {
    List<String> list = List.of(args);
    int format = list.indexOf("--format");
    boolean json = format >= 0 && format + 1 < list.size() && list.get(format + 1).equals("json")
        || list.contains("--format=json");
    if (!list.isEmpty() && list.get(0).equals("validate") && json && (exit == 0 || exit == 1)) {
      assertConforms(out);
    }
  }
}
