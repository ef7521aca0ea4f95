package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Document;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
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
          }
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  record Formula(String text) {}

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
    assertThat(amount.getMessage(Locale.ENGLISH)).contains("250000 EUR").contains("tanti soldi");
    assertThat(amount.getMessage(Locale.ITALIAN)).startsWith("atteso");
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
  void aCsvOfProjectsWithSemicolonsIsAPortfolioOfItsRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("progetti.csv");
    Files.writeString(file, "\uFEFFid;title;budget.total\np-1;Uno;\"250.000,00\"\np-2;Due;€ 10.000\n", StandardCharsets.UTF_8);
    ReadResult<Document> result = TabularMapper.standard().read(file);
    // a portfolio needs an id and a title, which a CSV of projects does not give
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).containsOnly("format.missing-field");
    assertThat(result.getIssues()).extracting(ReadIssue::getPointer).containsExactlyInAnyOrder("", "");
    Files.writeString(dir.resolve("p.csv"), "id,title,colour\np-1,Uno,\n", StandardCharsets.UTF_8);
    ReadResult<Document> one = TabularMapper.standard().read(dir.resolve("p.csv"));
    assertThat(one.getIssues()).extracting(ReadIssue::getRule, i -> i.getLocation().orElseThrow().toString())
        .containsExactly(tuple("format.unknown-field", "p.csv!C1 (colour)"));
  }
}
