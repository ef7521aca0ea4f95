package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Document;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.io.IssueSeverity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks and CSV files as people fill them in: Italian forms, mistakes located at their cells. */
class ReadingTest {

  /** Writes a workbook of sheets given as rows of cells (String, Number, LocalDate or null). */
  static byte[] workbook(Map<String, List<List<Object>>> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
      Worksheet ws = workbook.newWorksheet(sheet.getKey());
      for (int r = 0; r < sheet.getValue().size(); r++) {
        List<Object> row = sheet.getValue().get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof String text) {
            ws.value(r, c, text);
          } else if (value instanceof Number number) {
            ws.value(r, c, number);
          } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format("dd/mm/yyyy").set();
          } else if (value instanceof Formula formula) {
            ws.formula(r, c, formula.text());
          } else if (value instanceof Dated dated) {
            ws.value(r, c, dated.date());
            ws.style(r, c).format(dated.format()).set();
          }
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  record Formula(String text) {}

  /** A date cell shown in a number format of its own. */
  record Dated(LocalDate date, String format) {}

  static ReadResult<Document> read(byte[] bytes) throws IOException {
    return TabularMapper.standard().readXlsx(new ByteArrayInputStream(bytes), "book.xlsx");
  }

  @Test
  void italianFormsOfAmountsDatesAndQuantitiesAreRead() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(
            List.of("id", "title", "period.start", "period.end", "budget.total", "budget.requestedGrant",
                "budget.coFinancingRate", "lastUpdated"),
            List.of("p-1", "Abitare", "03/2024", LocalDate.of(2025, 12, 31), "€ 250.000", "187.500,50 EUR", "75%",
                "15/01/2025")),
        "TargetGroups", List.of(
            List.of("@project", "id", "description", "expected"),
            List.of("p-1", "tg", "famiglie", "120-140/anno")),
        "Participants", List.of(
            List.of("@project", "organisation", "role", "budget"),
            List.of("p-1", "org", "lead", 125000.5))));
    ReadResult<Document> result = read(bytes);
    assertThat(result.getIssues()).isEmpty();
    Project project = (Project) result.getDocument().orElseThrow();
    assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2024, 3));
    assertThat(project.getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2025, 12, 31));
    assertThat(project.getBudget().orElseThrow().getTotal()).contains(Money.euros("250000"));
    assertThat(project.getBudget().orElseThrow().getRequestedGrant()).contains(Money.euros("187500.50"));
    assertThat(project.getBudget().orElseThrow().getCoFinancingRate()).contains(new BigDecimal("0.75"));
    assertThat(project.getLastUpdated()).contains(LocalDate.of(2025, 1, 15));
    assertThat(project.getTargetGroups().get(0).getExpected())
        .contains(Quantity.between(120, 140).per(Quantity.Per.YEAR));
    assertThat(project.getParticipants().get(0).getRole()).isEqualTo(Role.LEAD);
    assertThat(project.getParticipants().get(0).getBudget()).contains(Money.euros("125000.5"));
  }

  @Test
  void everyProblemIsAFormatIssueAtItsCell() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(
            List.of("id", "title", "budget.total", "colour"),
            List.of("p-1", "Abitare", "tanti soldi", "rosso")),
        "Participants", List.of(
            List.of("@project", "organisation", "role"),
            List.of("p-1", "org", "capo"),
            List.of("p-2", "other", "partner"))));
    ReadResult<Document> result = read(bytes);
    assertThat(result.getIssues()).extracting(ReadIssue::getRule, ReadIssue::getSeverity, i -> i.getLocation().map(Object::toString).orElse(""))
        .containsExactlyInAnyOrder(
            tuple("format.unknown-field", IssueSeverity.ERROR, "Project!D1 (colour)"),
            tuple("format.invalid-value", IssueSeverity.ERROR, "Project!C2 (budget.total)"),
            tuple("format.invalid-value", IssueSeverity.ERROR, "Participants!C2 (role)"),
            tuple("format.invalid-value", IssueSeverity.ERROR, "Participants!A3 (@project)"));
    ReadIssue amount = result.getIssues().stream().filter(i -> i.getLocation().orElseThrow().reference().equals("Project!C2"))
        .findFirst().orElseThrow();
    // a message of io's in English and Italian, which says what an amount looks like
    assertThat(amount.getMessageKey()).isEqualTo("format.sheet.cell.money");
    assertThat(amount.getArguments()).containsExactly("tanti soldi");
    ReadIssue role = result.getIssues().stream().filter(i -> i.getLocation().orElseThrow().reference().equals("Participants!C2"))
        .findFirst().orElseThrow();
    assertThat(role.getPointer()).isEqualTo("/participants/0/role");
    // findings of validation are located through the source map
    assertThat(result.getSourceMap().locate("/participants/0/organisation"))
        .contains(SourceLocation.cell("Participants", 2, 2, "organisation"));
    assertThat(result.getSourceMap().locate("/participants/0")).contains(SourceLocation.cell("Participants", 2, 1, ""));
  }

  @Test
  void aRequiredFieldLeftEmptyIsReportedAtItsEmptyCell() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(List.of("id", "title"), List.of("p-1", "Abitare")),
        "Participants", List.of(List.of("@project", "organisation", "role"), List.of("p-1", "org"))));
    assertThat(read(bytes).getIssues()).extracting(ReadIssue::getRule, i -> i.getLocation().orElseThrow().toString())
        .containsExactly(tuple("format.missing-field", "Participants!C2 (role)"));
  }

  @Test
  void unknownColumnsAreWarningsWhenLenientAndTheLabelRowIsSkipped() throws IOException {
    byte[] bytes = workbook(Map.of("Project", List.of(
        List.of("id", "title", "colour"),
        List.of(Labels.italian("id"), Labels.italian("title")),
        List.of("p-1", "Abitare", "rosso"))));
    ReadResult<Document> result = TabularMapper.lenient(true).readXlsx(new ByteArrayInputStream(bytes), "b.xlsx");
    assertThat(result.getIssues()).extracting(ReadIssue::getRule, ReadIssue::getSeverity)
        .containsExactly(tuple("format.unknown-field", IssueSeverity.WARNING));
    assertThat(result.getDocument()).hasValueSatisfying(d -> assertThat(((Project) d).getId().toString()).isEqualTo("p-1"));
  }

  @Test
  void aCellOutsideEveryColumnIsNotDroppedSilently() throws IOException {
    byte[] bytes = workbook(Map.of("Project", List.of(
        List.of("id", "title"),
        List.of("p-1", "Abitare", "forgotten"))));
    assertThat(read(bytes).getIssues()).extracting(i -> i.getLocation().orElseThrow().reference())
        .containsExactly("Project!C2");
  }

  @Test
  void formulasAreReadAsTheirCachedValuesOrReported() throws IOException {
    byte[] bytes = workbook(Map.of("Project", List.of(
        List.of("id", "title", "budget.total"),
        List.of("p-1", "Abitare", new Formula("1000*2")))));
    // FastExcel's writer stores no cached value: the formula is reported, never evaluated
    ReadResult<Document> result = read(bytes);
    assertThat(result.getIssues()).extracting(ReadIssue::getRule, i -> i.getLocation().orElseThrow().reference())
        .containsExactly(tuple("format.invalid-value", "Project!C2"));
    // which holds no error, only no value computed for it
    assertThat(result.getIssues().get(0).getMessageKey()).isEqualTo("format.sheet.formula-no-value");
    assertThat(result.getIssues().get(0).getArguments()).containsExactly("=1000*2");
  }

  @Test
  void hostileFilesGiveAnIssueNotACrash() throws IOException {
    assertThat(read("not a workbook".getBytes(StandardCharsets.UTF_8)).getIssues())
        .extracting(ReadIssue::getRule).containsExactly("format.syntax");
    // a zip bomb: one entry of 200 MB of zeros, compressed to a few hundred kilobytes
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    ReadResult<Document> result = read(bomb.toByteArray());
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).containsExactly("format.syntax");
    assertThat(result.getIssues().get(0).getMessage(Locale.ENGLISH)).contains("zip bomb");
    // a workbook that is not one inside
    ByteArrayOutputStream fake = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(fake)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hi".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(fake.toByteArray()).getIssues()).extracting(ReadIssue::getRule).containsExactly("format.syntax");
  }

  @Test
  void anAmountWhoseCommaMayPartThousandsOrDecimalsIsReportedNotGuessed() throws Exception {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(List.of("id", "title", "budget.total", "budget.requestedGrant"),
            List.of("p-1", "Abitare", "250,000", "€ 1,500")),
        "BudgetLines", List.of(List.of("@project", "id", "title", "amount"),
            List.of("p-1", "l1", "Personale", "12,500 EUR"),
            List.of("p-1", "l2", "Viaggi", "1.250,000"),
            List.of("p-1", "l3", "Sede", "0,500"))));
    ReadResult<Document> result = read(bytes);
    assertThat(result.getIssues()).extracting(ReadIssue::getMessageKey, i -> i.getLocation().orElseThrow().reference())
        .containsExactlyInAnyOrder(
            tuple("format.sheet.cell.money-ambiguous", "Project!C2"),
            tuple("format.sheet.cell.money-ambiguous", "Project!D2"),
            tuple("format.sheet.cell.money-ambiguous", "BudgetLines!D2"));
    assertThat(result.getIssues()).extracting(ReadIssue::getArguments)
        .contains(List.of("250,000"), List.of("€ 1,500"), List.of("12,500 EUR"));
    // with both separators, or a leading zero, a comma is not in doubt
    assertThat(((Json.Num) CellSyntax.fromText("250,000.00", Layout.Syntax.MONEY)).text()).isEqualTo("250000.00");
    assertThat(((Json.Num) CellSyntax.fromText("1.250,000", Layout.Syntax.MONEY)).text()).isEqualTo("1250.000");
    assertThat(((Json.Num) CellSyntax.fromText("0,500", Layout.Syntax.MONEY)).text()).isEqualTo("0.500");
    assertThat(((Json.Num) CellSyntax.fromText("1,250,000", Layout.Syntax.MONEY)).text()).isEqualTo("1250000");
  }

  @Test
  void anAmountWithThreeDecimalsIsWrittenAsAFormThatReadsBackTheSame(@TempDir Path dir) throws IOException {
    Project project = Project.builder().id(dev.progetto.model.ProjectId.of("p-1"))
        .title(dev.progetto.model.LocalizedText.of("it", "Abitare"))
        .budget(dev.progetto.model.Budget.builder().total(Money.euros("1.500")).requestedGrant(Money.euros("250.000"))
            .build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TabularMapper.standard().writeXlsx(project, out);
    ReadResult<Document> back = read(out.toByteArray());
    assertThat(back.getIssues()).isEmpty();
    assertThat(back.getDocument()).contains(project);
    TabularMapper.standard().writeCsv(project, dir);
    assertThat(Files.readString(dir.resolve("Project.csv"))).contains("1500E-3").doesNotContain("1,500");
    assertThat(TabularMapper.standard().read(dir).getDocument()).contains(project);
  }

  @Test
  void aCellThatCannotBeReadIsOneIssueNotAlsoAMissingField() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(List.of("id", "title"), List.of("p-1", "Abitare")),
        "BudgetLines", List.of(List.of("@project", "id", "title", "amount"),
            List.of("p-1", "l1", "Personale", "tanti soldi"),
            List.of("p-1", "l2", "Viaggi", new Formula("1/0")),
            List.of("p-1", "l3", "Sede"))));
    assertThat(read(bytes).getIssues()).extracting(ReadIssue::getMessageKey, i -> i.getLocation().orElseThrow().reference())
        .containsExactlyInAnyOrder(
            tuple("format.sheet.cell.money", "BudgetLines!D2"),
            tuple("format.sheet.formula-no-value", "BudgetLines!D3"),
            tuple("format.missing-field", "BudgetLines!D4"));
  }

  @Test
  void whatACellShouldHoldIsSaidByAMessageOfItsSyntaxInEitherLanguage() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(List.of("id", "title", "period.durationMonths", "budget.coFinancingRate", "period.start"),
            List.of("p-1", "Abitare", "diciotto", "molto", "primavera")),
        "TargetGroups", List.of(List.of("@project", "id", "description", "expected"),
            List.of("p-1", "tg", "famiglie", "tante"))));
    assertThat(read(bytes).getIssues()).extracting(ReadIssue::getMessageKey, ReadIssue::getArguments)
        .containsExactlyInAnyOrder(
            tuple("format.sheet.cell.integer", List.of("diciotto")),
            tuple("format.sheet.cell.decimal", List.of("molto")),
            tuple("format.invalid-value.partial-date", List.of("primavera")),
            tuple("format.sheet.cell.quantity", List.of("tante")));
  }

  @Test
  void aDateCellShownByItsMonthOrYearKeepsThatPrecision() throws IOException {
    byte[] bytes = workbook(Map.of(
        "Project", List.of(List.of("id", "title", "period.start", "period.end", "lastUpdated"),
            List.of("p-1", "Abitare", new Dated(LocalDate.of(2024, 3, 1), "mmm-yy"),
                new Dated(LocalDate.of(2025, 12, 1), "mm/yyyy"), new Dated(LocalDate.of(2025, 1, 1), "mmm yyyy"))),
        "Phases", List.of(List.of("@project", "id", "title", "period.start", "period.end"),
            List.of("p-1", "f1", "Avvio", new Dated(LocalDate.of(2024, 1, 1), "yyyy"),
                new Dated(LocalDate.of(2024, 1, 1), "yyyy")),
            List.of("p-1", "f2", "Chiusura", new Dated(LocalDate.of(2025, 3, 15), "d mmmm yyyy"),
                new Dated(LocalDate.of(2025, 3, 31), "[$-410]dd/mm/yy")))));
    ReadResult<Document> result = read(bytes);
    assertThat(result.getIssues()).isEmpty();
    Project project = (Project) result.getDocument().orElseThrow();
    assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2024, 3));
    assertThat(project.getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2025, 12));
    // a column of full dates takes the day whatever the cell shows
    assertThat(project.getLastUpdated()).contains(LocalDate.of(2025, 1, 1));
    assertThat(project.getPhases().get(0).getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2024));
    assertThat(project.getPhases().get(0).getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2024));
    assertThat(project.getPhases().get(1).getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2025, 3, 15));
    assertThat(project.getPhases().get(1).getPeriod().orElseThrow().getEnd()).contains(PartialDate.of(2025, 3, 31));
    assertThat(Xlsx.shown("0.00")).isNull();
    assertThat(Xlsx.shown("[h]:mm:ss")).isNull();
    assertThat(Xlsx.shown("\"anno\" yyyy")).isEqualTo(java.time.temporal.ChronoUnit.YEARS);
  }

  @Test
  void controlCharactersInTextsSurviveAWorkbook() throws IOException {
    String title = "Titolo\u0007 con campanello \u0001 e \uFFFE, _x0041_ scritto così, tab\tnuova riga\n";
    Project project = Project.builder().id(dev.progetto.model.ProjectId.of("p-1"))
        .title(dev.progetto.model.LocalizedText.of("it", title)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TabularMapper.standard().writeXlsx(project, out);
    // written as OOXML escapes them, which Excel and LibreOffice read
    assertThat(ZipText.all(out.toByteArray())).contains("Titolo_x0007_ con campanello _x0001_ e _xFFFE_, _x005F_x0041_");
    ReadResult<Document> back = read(out.toByteArray());
    assertThat(back.getIssues()).isEmpty();
    assertThat(((Project) back.getDocument().orElseThrow()).getTitle().asMap()).containsEntry("it", title);
    assertThat(Xlsx.unescape("a_x005f_x0007_b_x000a_")).isEqualTo("a_x0007_b\n");
  }

  @Test
  void aCsvOfProjectsWithSemicolonsIsAPortfolioOfItsRowsNamedAfterTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Progetti 2024.csv");
    Files.writeString(file, "\uFEFFid;title;status;period.start;budget.total\n"
        + "p1;Progetto uno;concluso;03/2024;€ 250.000\np2;Progetto due;in corso;2024;250.000,50\n", StandardCharsets.UTF_8);
    ReadResult<Document> result = TabularMapper.standard().read(file);
    // the file has no place for the portfolio's id and title: the portfolio takes its name
    assertThat(result.getIssues()).isEmpty();
    Portfolio portfolio = (Portfolio) result.getDocument().orElseThrow();
    assertThat(portfolio.getId().toString()).isEqualTo("progetti-2024");
    assertThat(portfolio.getTitle().asMap()).containsEntry("it", "Progetti 2024");
    assertThat(portfolio.getProjects()).extracting(p -> p.getId().toString()).containsExactly("p1", "p2");
    assertThat(portfolio.getProjects().get(1).getBudget().orElseThrow().getTotal()).contains(Money.euros("250000.50"));
    Files.writeString(dir.resolve("p.csv"), "id,title,colour\np-1,Uno,\n", StandardCharsets.UTF_8);
    ReadResult<Document> one = TabularMapper.standard().read(dir.resolve("p.csv"));
    assertThat(one.getIssues()).extracting(ReadIssue::getRule, i -> i.getLocation().orElseThrow().toString())
        .containsExactly(tuple("format.unknown-field", "p.csv!C1 (colour)"));
    assertThat(one.getDocument()).containsInstanceOf(Project.class);
  }

  @Test
  void aFilledTemplateOfTwoProjectsIsAPortfolioWhoseIdAndTitleGoInSheetPortfolio() throws IOException {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    TabularMapper.standard().writeTemplate(null, Map.of(), template);
    Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
    for (Grid grid : Xlsx.read(new ByteArrayInputStream(template.toByteArray())).grids()) {
      List<List<Object>> rows = new java.util.ArrayList<>();
      for (List<CellSyntax.Cell> row : grid.rows()) {
        List<Object> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(cell == null ? null : cell.asText()));
        rows.add(cells);
      }
      sheets.put(grid.name(), rows);
    }
    assertThat(sheets).containsKey(Layout.PORTFOLIO);
    // the template's document does not say it is a project: its rows of projects do
    assertThat(sheets.get(Layout.DOCUMENT).get(0).indexOf("kind")).isNotNegative();
    assertThat(sheets.get(Layout.DOCUMENT)).hasSize(3);
    List<Object> document = sheets.get(Layout.DOCUMENT).get(2);
    int kind = sheets.get(Layout.DOCUMENT).get(0).indexOf("kind");
    assertThat(kind < document.size() ? document.get(kind) : null).isNull();
    List<Object> headers = sheets.get(Layout.PROJECT).get(0);
    sheets.get(Layout.PROJECT).add(row(headers, Map.of("id", "p1", "title", "Uno")));
    sheets.get(Layout.PROJECT).add(row(headers, Map.of("id", "p2", "title", "Due")));
    ReadResult<Document> unnamed = read(workbook(sheets));
    assertThat(unnamed.getIssues()).extracting(ReadIssue::getMessageKey, ReadIssue::getArguments, ReadIssue::getLocation)
        .containsExactlyInAnyOrder(
            tuple("format.sheet.portfolio-missing", List.of("id", "Portfolio"), java.util.Optional.empty()),
            tuple("format.sheet.portfolio-missing", List.of("title", "Portfolio"), java.util.Optional.empty()));
    List<Object> own = sheets.get(Layout.PORTFOLIO).get(0);
    sheets.get(Layout.PORTFOLIO).add(row(own, Map.of("id", "rete", "title", "Rete dei progetti")));
    ReadResult<Document> named = read(workbook(sheets));
    assertThat(named.getIssues()).isEmpty();
    assertThat(((Portfolio) named.getDocument().orElseThrow()).getProjects()).hasSize(2);
  }

  @Test
  void aFolderOfProjectsWithoutPortfolioCsvIsToldToAddIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Project.csv"), "id,title\np1,Uno\np2,Due\n", StandardCharsets.UTF_8);
    assertThat(TabularMapper.standard().read(dir).getIssues())
        .extracting(ReadIssue::getMessageKey, ReadIssue::getArguments, i -> i.getLocation().isPresent())
        .containsExactlyInAnyOrder(tuple("format.sheet.portfolio-missing", List.of("id", "Portfolio.csv"), false),
            tuple("format.sheet.portfolio-missing", List.of("title", "Portfolio.csv"), false));
    Files.writeString(dir.resolve("Portfolio.csv"), "id,title\nrete,Rete\n", StandardCharsets.UTF_8);
    assertThat(TabularMapper.standard().read(dir).getIssues()).isEmpty();
  }

  /** A row of cells under headers, from values by header. */
  private static List<Object> row(List<Object> headers, Map<String, String> values) {
    List<Object> row = new java.util.ArrayList<>();
    headers.forEach(header -> row.add(values.get(header)));
    return row;
  }
}
