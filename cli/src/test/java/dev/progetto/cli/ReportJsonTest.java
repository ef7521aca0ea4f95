package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format json} and {@code --format html} on examples/data. */
class ReportJsonTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final Path SCHEMA = Path.of("..", "docs", "schema", "portfolio-report.schema.json");

  @TempDir Path temp;

  @Test
  void theJsonRollUpsConformToTheirSchema() throws Exception {
    CommandRun run = CommandRun.of("report", EXAMPLES.toString(), "--format", "json", "--lang", "it");
    assertThat(run.exit()).as(run.err()).isZero();

    JsonNode report = new ObjectMapper().readTree(run.out());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(schema.validate(report, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true))))
        .as(run.out()).isEmpty();
    assertThat(report.get("language").asText()).isEqualTo("it");
    assertThat(report.get("projectCount").asInt()).isEqualTo(19);
    assertThat(report.get("stating").get("call").asInt()).isEqualTo(11);
    assertThat(report.get("regions").findValuesAsText("code")).containsExactly("ITC1", "ITH2", "ITI2");
    assertThat(report.get("countriesAbroad").findValuesAsText("code")).containsExactly("BE", "ES", "FR", "PT");
    assertThat(report.get("organisations")).hasSize(30);
    assertThat(report.get("indicators").get(0).get("target").get("kind").asText()).isEqualTo("approx");
  }

  @Test
  void theHtmlPageOfTheExamples() throws Exception {
    Path page = temp.resolve("report.html");
    CommandRun run = CommandRun.of("report", EXAMPLES.toString(), "--format", "html", "--lang", "it", "-o", page.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"it\">", "<h2>Cifre principali</h2>", "data-nuts=\"ITI2\"", "<circle class=\"node\"",
        "<g class=\"indicator-bar\"").doesNotContain("<script");
    assertThat(run("report", EXAMPLES.toString(), "--format", "json", "--table", "projects").err())
        .contains("--table goes with --format csv");
  }

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }
}
