package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Budget;
import dev.progetto.model.CallRef;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format xlsx}: the workbook of examples/data, read back, says what the JSON report says. */
class ReportWorkbookTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final List<String> SHEETS = List.of("headline", "projects", "budgets", "organisations", "collaborations",
      "territories", "indicators", "projects-by-call", "projects-by-year", "projects-by-status", "indicator-totals");

  @TempDir Path temp;

  @Test
  void theWorkbookOfTheExamplesHasTheFiguresOfTheJsonReport() throws Exception {
    JsonNode report = sameFigures(EXAMPLES);
    assertThat(report.get("projectCount").asInt()).isEqualTo(19);
  }

  @Test
  void amountsAreNumbersPerCurrency() throws Exception {
    Path file = temp.resolve("money.yaml");
    ProgettoMapper.standard().write(moneyPortfolio(), Syntax.YAML, file);
    JsonNode report = sameFigures(file);
    assertThat(report.get("money").findValuesAsText("currency")).containsExactly("CHF", "EUR");
    Map<String, List<List<Cell>>> sheets = read(temp.resolve("report.xlsx"));
    assertThat(figure(sheets.get("headline"), "Total budget", "EUR")).isEqualByComparingTo("1234567.89");
    assertThat(figure(sheets.get("headline"), "Total grant", "EUR")).isEqualByComparingTo("1080000.00");
    assertThat(stating(sheets.get("headline"), "Total budget", "CHF")).isEqualTo(1);
    assertThat(figure(sheets.get("headline"), "Funders", "")).isEqualByComparingTo("1");
  }

  private static Portfolio moneyPortfolio() {
    return Portfolio.builder().id(PortfolioId.of("money")).title(LocalizedText.italian("Progetti"))
        .addOrganisation(Organisation.builder().id(OrganisationId.of("ministero")).name("Ministero").build())
        .addProject(Project.builder().id(ProjectId.of("uno")).title(LocalizedText.italian("Uno")).call(CallRef.of("fami-2021-2027"))
            .budget(Budget.builder().total(Money.euros("1234567.89")).requestedGrant(Money.euros("1000000.00"))
                .addFunding(Funding.builder().source("ministero").kind(FundingKind.GRANT).amount(Money.euros("1000000.00")).build())
                .build()).build())
        .addProject(Project.builder().id(ProjectId.of("due")).title(LocalizedText.italian("Due")).call(CallRef.of("fami-2021-2027"))
            .budget(Budget.builder().total(Money.of("5000.50", "CHF")).requestedGrant(Money.euros("80000")).build()).build())
        .build();
  }

  /** Writes the report of the input as a workbook and as JSON, checks that they agree and returns the JSON. */
  private JsonNode sameFigures(Path input) throws Exception {
    Path file = temp.resolve("report.xlsx");
    CommandRun xlsx = CommandRun.of("report", input.toString(), "--format", "xlsx", "-o", file.toString());
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    CommandRun json = CommandRun.of("report", input.toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.out());

    Map<String, List<List<Cell>>> sheets = read(file);
    assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));

    List<List<Cell>> headline = sheets.get("headline");
    assertThat(text(headline.get(0))).containsExactly("figure", "currency", "value", "what the projects state",
        "projects that state it", "of projects", "coverage");
    assertThat(figure(headline, "Projects", "")).isEqualByComparingTo(report.get("projectCount").decimalValue());
    assertThat(figure(headline, "Organisations", "")).isEqualByComparingTo(BigDecimal.valueOf(report.get("organisations").size()));
    assertThat(figure(headline, "Funders", "")).isEqualByComparingTo(report.get("funderCount").decimalValue());
    if (report.has("firstYear")) {
      assertThat(figure(headline, "First year", "")).isEqualByComparingTo(report.get("firstYear").decimalValue());
    } else {
      assertThat(row(headline, "First year", "").get(2)).isNull();
    }
    assertThat(figure(headline, "Regions reached", "")).isEqualByComparingTo(BigDecimal.valueOf(report.get("regions").size()));
    for (JsonNode money : report.get("money")) {
      String currency = money.get("currency").asText();
      if (money.get("projectsWithTotal").asInt() > 0) {
        assertThat(figure(headline, "Total budget", currency)).isEqualByComparingTo(money.get("total").decimalValue());
        assertThat(stating(headline, "Total budget", currency)).isEqualTo(money.get("projectsWithTotal").asInt());
      }
      if (money.get("projectsWithGrant").asInt() > 0) {
        assertThat(figure(headline, "Total grant", currency)).isEqualByComparingTo(money.get("grant").decimalValue());
      }
    }
    assertThat(stating(headline, "Calls", "")).isEqualTo(report.get("stating").get("call").asInt());

    List<List<Cell>> budgets = sheets.get("budgets");
    assertThat(budgets).hasSize(report.get("budgets").size() + 1);
    for (int i = 0; i < report.get("budgets").size(); i++) {
      JsonNode row = report.get("budgets").get(i);
      List<Cell> cells = budgets.get(i + 1);
      assertThat(cells.get(1).getRawValue()).isEqualTo(row.get("key").asText());
      // An amount no project states is an empty cell, as it is absent from the JSON: never 0.
      assertAmount(cells.get(3), row.get("total"));
      assertAmount(cells.get(4), row.get("grant"));
    }

    // the keys in words where the JSON has codes: the projects that state none, and statuses by name
    assertCounts(sheets.get("projects-by-call"), report.get("projectsByCall"), java.util.Map.of("(none)", "none stated"));
    assertCounts(sheets.get("projects-by-status"), report.get("projectsByStatus"),
        java.util.Map.of("(none)", "no status", "planned", "planned", "active", "active", "closed", "closed"));
    assertCounts(sheets.get("projects-by-year"), report.get("projectsByYear"), java.util.Map.of("(none)", "none stated"));

    List<List<Cell>> totals = sheets.get("indicator-totals");
    assertThat(totals).hasSize(report.get("indicatorTotals").size() + 1);
    for (int i = 0; i < report.get("indicatorTotals").size(); i++) {
      assertThat(totals.get(i + 1).get(2).asNumber()).isEqualByComparingTo(report.get("indicatorTotals").get(i).get("target").decimalValue());
      assertAmount(totals.get(i + 1).get(3), report.get("indicatorTotals").get(i).get("measured"));
    }

    List<List<Cell>> projects = sheets.get("projects");
    assertThat(projects).hasSize(report.get("projects").size() + 1);
    for (int i = 0; i < report.get("projects").size(); i++) {
      JsonNode project = report.get("projects").get(i);
      assertThat(projects.get(i + 1).get(0).getRawValue()).isEqualTo(project.get("id").asText());
      if (project.has("startYear")) {
        assertThat(projects.get(i + 1).get(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(projects.get(i + 1).get(4).asNumber()).isEqualByComparingTo(project.get("startYear").decimalValue());
      }
    }
    List<List<Cell>> indicators = sheets.get("indicators");
    assertThat(indicators).hasSize(report.get("indicators").size() + 1);
    long percents = indicators.stream().skip(1).filter(row -> row.size() > 7 && row.get(7) != null
        && row.get(7).getType() == CellType.NUMBER).count();
    assertThat(percents).isEqualTo(Stream.of(report.get("indicators")).flatMap(n -> java.util.stream.StreamSupport.stream(
        n.spliterator(), false)).filter(n -> n.has("percent")).count());
    return report;
  }

  @Test
  void theWorkbookSpeaksItalianAndNeedsAFile() throws Exception {
    Path file = temp.resolve("rapporto.xlsx");
    CommandRun run = CommandRun.of("report", EXAMPLES.toString(), "--format", "xlsx", "--lang", "it", "-o", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, List<List<Cell>>> sheets = read(file);
    assertThat(sheets.keySet()).containsExactlyElementsOf(SHEETS);
    assertThat(text(sheets.get("headline").get(0))).containsExactly("cifra", "valuta", "valore", "che cosa indicano i progetti",
        "progetti che la indicano", "su quanti progetti", "copertura");
    assertThat(text(sheets.get("headline").get(1)).get(0)).isEqualTo("Progetti");

    CommandRun noFile = CommandRun.of("report", EXAMPLES.toString(), "--format", "xlsx");
    assertThat(noFile.exit()).isNotZero();
    assertThat(noFile.err()).contains("--format xlsx writes a workbook: give -o FILE.xlsx").doesNotContain("Exception");
  }

  @Test
  void aControlCharacterOfATextReachesTheWorkbookAsItsEscape() throws Exception {
    Path file = temp.resolve("bell.json");
    Files.writeString(file, "{\"format\": 1, \"kind\": \"project\", \"id\": \"campanello\", \"title\": \"Suona\\u0007 qui\"}");
    Path out = temp.resolve("bell.xlsx");

    CommandRun run = CommandRun.of("report", file.toString(), "--format", "xlsx", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(read(out).get("projects")).anySatisfy(row -> assertThat(row).extracting(Cell::getRawValue).contains("Suona_x0007_ qui"));
  }

  @Test
  void sheetNamesAndLongTextsFitASpreadsheet() {
    assertThat(ReportWorkbook.sheetName("Budget: call/funder [EUR]*?")).isEqualTo("Budget- call-funder -EUR---");
    assertThat(ReportWorkbook.sheetName("Organisations that worked together")).hasSize(31);
    assertThat(ReportWorkbook.sheetName("  ")).isEqualTo("sheet");
    String ids = "p-1 ".repeat(10_000);
    assertThat(ReportWorkbook.fitted(ids)).hasSize(ReportWorkbook.MAX_TEXT).endsWith(" …");
    assertThat(ReportWorkbook.fitted("p-1 p-2")).isEqualTo("p-1 p-2");
  }

  private static void assertCounts(List<List<Cell>> sheet, JsonNode counts, java.util.Map<String, String> words) {
    assertThat(sheet).hasSize(counts.size() + 1);
    for (int i = 0; i < counts.size(); i++) {
      String key = counts.get(i).get("key").asText();
      assertThat(sheet.get(i + 1).get(0).getRawValue()).isEqualTo(words.getOrDefault(key, key));
      // A year is a number, so that the sheet sorts and filters it as one.
      if (counts.get(i).get("key").asText().matches("[0-9]+")) {
        assertThat(sheet.get(i + 1).get(0).getType()).isEqualTo(CellType.NUMBER);
      }
      assertThat(sheet.get(i + 1).get(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(sheet.get(i + 1).get(1).asNumber()).isEqualByComparingTo(counts.get(i).get("projects").decimalValue());
    }
  }

  private static List<Cell> row(List<List<Cell>> sheet, String figure, String currency) {
    for (List<Cell> row : sheet) {
      if (row.get(0).getRawValue().equals(figure) && (row.get(1) == null ? "" : row.get(1).getRawValue() == null ? ""
          : row.get(1).getRawValue()).equals(currency)) {
        return row;
      }
    }
    throw new AssertionError("no row " + figure + " " + currency + " in " + sheet);
  }

  private static BigDecimal figure(List<List<Cell>> sheet, String figure, String currency) {
    Cell value = row(sheet, figure, currency).get(2);
    assertThat(value.getType()).isEqualTo(CellType.NUMBER);
    return value.asNumber();
  }

  private static int stating(List<List<Cell>> sheet, String figure, String currency) {
    return row(sheet, figure, currency).get(4).asNumber().intValueExact();
  }

  private static void assertAmount(Cell cell, JsonNode amount) {
    if (amount == null) {
      assertThat(cell == null || cell.getRawValue() == null || cell.getRawValue().isEmpty()).as("an empty cell").isTrue();
    } else {
      assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
      assertThat(cell.asNumber()).isEqualByComparingTo(amount.decimalValue());
    }
  }

  private static List<String> text(List<Cell> row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(c == null ? "" : c.getRawValue()));
    return texts;
  }

  private static Map<String, List<List<Cell>>> read(Path file) throws Exception {
    Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCell(c));
          }
          rows.add(cells);
        }
        sheets.put(sheet.getName(), rows);
      }
    }
    return sheets;
  }
}
