package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.tabular.TabularMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, convert and template with workbooks and CSV files. */
class TabularCliTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aWorkbookValidatesWithTheFindingsOfItsYamlLocatedAtCells() throws Exception {
    Path yaml = EXAMPLES.resolve("portfolio-seed-003.yaml");
    Path xlsx = temp.resolve("portfolio.xlsx");
    CommandRun convert = CommandRun.of("convert", yaml.toString(), "--to", "xlsx", "-o", xlsx.toString());
    assertThat(convert.exit()).as(convert.err()).isZero();

    CommandRun fromYaml = CommandRun.of("validate", "--format", "json", "--today", "2026-11-24", yaml.toString());
    CommandRun fromXlsx = CommandRun.of("validate", "--format", "json", "--today", "2026-11-24", xlsx.toString());
    assertThat(fromXlsx.exit()).isEqualTo(fromYaml.exit());
    assertThat(findings(fromXlsx.out())).isNotEmpty().isEqualTo(findings(fromYaml.out()));
    JsonNode issues = JSON.readTree(fromXlsx.out()).at("/documents/0/issues");
    for (JsonNode issue : issues) {
      assertThat(issue.path("cell").asText()).as(issue.toString()).matches("[A-Za-z]+![A-Z]+[0-9]+");
    }

    CommandRun text = CommandRun.of("validate", "--today", "2026-11-24", xlsx.toString());
    assertThat(text.out()).containsPattern("portfolio\\.xlsx:[A-Za-z]+![A-Z]+[0-9]+( \\([^)]*\\))?: info ");

    CommandRun sarif = CommandRun.of("validate", "--format", "sarif", "--today", "2026-11-24", xlsx.toString());
    JsonNode result = JSON.readTree(sarif.out()).at("/runs/0/results/0");
    assertThat(result.at("/locations/0/logicalLocations/1/fullyQualifiedName").asText()).matches("[A-Za-z]+![A-Z]+[0-9]+");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
  }

  /** The rule and pointer of each finding of a JSON report. */
  private static List<String> findings(String report) throws Exception {
    List<String> found = new ArrayList<>();
    for (JsonNode issue : JSON.readTree(report).at("/documents/0/issues")) {
      found.add(issue.path("rule").asText() + " " + issue.path("path").asText() + " " + issue.path("severity").asText());
    }
    return found;
  }

  @Test
  void aCellWithAMistakeIsNamedInTheReport() throws Exception {
    Path folder = temp.resolve("sheets");
    assertThat(CommandRun.of("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "csv", "-o",
        folder.toString()).exit()).isZero();
    Path participants = folder.resolve("Participants.csv");
    String csv = Files.readString(participants);
    Files.writeString(participants, csv.replaceFirst("\"lead\"", "\"capo\""));
    CommandRun run = CommandRun.of("validate", folder.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).containsPattern("Participants\\.csv![A-Z]+3 \\(role\\): error \\[format\\.invalid-value\\]");
  }

  @Test
  void convertsToCsvAndBackToTheSameDocument() throws Exception {
    Path yaml = EXAMPLES.resolve("impact-umbria.yaml");
    Path folder = temp.resolve("impact");
    assertThat(CommandRun.of("convert", yaml.toString(), "--to", "csv", "-o", folder.toString()).exit()).isZero();
    assertThat(folder.resolve("Project.csv")).exists();
    CommandRun back = CommandRun.of("convert", folder.toString(), "--to", "yaml");
    assertThat(back.exit()).as(back.err()).isZero();
    ProgettoMapper mapper = ProgettoMapper.standard();
    assertThat(mapper.read(back.out(), dev.progetto.io.Syntax.YAML).getDocument())
        .isEqualTo(mapper.read(yaml).getDocument());
  }

  @Test
  void aTemplateForACallHasDropDownsHintsAndTheCall() throws Exception {
    Path xlsx = temp.resolve("template.xlsx");
    CommandRun run = CommandRun.of("template", "--call", "erasmus-plus-2024-ka220-adu", "--to", "xlsx", "-o", xlsx.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String all = zip.stream().map(entry -> {
        try {
          return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
      assertThat(all).contains("<dataValidation").contains("associated-partner").contains("cooperativa-sociale-a")
          .contains("persons").contains("erasmus-plus-2024-ka220-adu").contains("Hints");
    }
    // the template reads back: only what a person must still fill in is missing
    ReadResult<Document> read = TabularMapper.standard().read(xlsx);
    assertThat(read.getIssues()).extracting(i -> i.getRule()).containsOnly("format.missing-field");
    assertThat(CommandRun.of("template", "--call", "no-such-call", "-o", temp.resolve("x.xlsx").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void theShippedWorkbookOfTheSeedPortfolioIsItsYaml() throws Exception {
    ReadResult<Document> workbook = TabularMapper.standard().read(EXAMPLES.resolve("portfolio-seed-003.xlsx"));
    assertThat(workbook.getIssues()).isEmpty();
    assertThat(workbook.getDocument()).isEqualTo(ProgettoMapper.standard().read(EXAMPLES.resolve("portfolio-seed-003.yaml"))
        .getDocument());
  }
}
