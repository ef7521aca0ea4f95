package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progetto.model.*;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReportTest {

  private static Organisation organisation(String id, String name, String country) {
    return Organisation.builder().id(OrganisationId.of(id)).name(name).country(CountryCode.of(country)).build();
  }

  static Portfolio portfolio() {
    return Portfolio.builder()
        .id(PortfolioId.of("seed-003"))
        .title(LocalizedText.italian("Progetti"))
        .addOrganisation(organisation("cnam", "CNAM", "FR"))
        .addOrganisation(organisation("prefettura-asti", "Prefettura di Asti", "IT"))
        .addOrganisation(organisation("comune-cuneo", "Comune di Cuneo", "IT"))
        .addOrganisation(organisation("coop", "Cooperativa <Sociale> & Co", "IT"))
        .addOrganisation(organisation("ministero", "Ministero dell'Interno", "IT"))
        .addProject(Project.builder().id(ProjectId.of("arlekin")).title(LocalizedText.italian("ARLEKIN"))
            .call(CallRef.of("erasmus-plus-ka220-vet")).period(Period.of(PartialDate.of(2024), PartialDate.of(2027)))
            .addParticipant(Participant.of("cnam", Role.LEAD))
            .territory(Territory.builder().addCountry(CountryCode.of("FR")).addCountry(CountryCode.IT).build()).build())
        .addProject(Project.builder().id(ProjectId.of("samadhi")).title(LocalizedText.italian("Samadhi"))
            .call(CallRef.of("fami-2014-2020")).period(Period.of(PartialDate.of(2022), PartialDate.of(2023, 2)))
            .addParticipant(Participant.of("prefettura-asti", Role.LEAD)).addParticipant(Participant.of("coop", Role.PARTNER))
            .territory(Territory.builder().addMunicipality(Municipality.named("Asti")).build())
            .addIndicator(Indicator.builder().id(LocalId.of("trained")).code("amif-2021-2027:O.2.3.1").name(LocalizedText.italian("Formati"))
                .unit(IndicatorUnit.PERSONS).target(Quantity.exactly(24))
                .addMeasurement(Measurement.builder().value(Quantity.exactly(18))
                    .putDisaggregation("sex", Map.of("female", BigDecimal.valueOf(12))).build()).build())
            .budget(Budget.builder().total(Money.euros("100000.00")).requestedGrant(Money.euros("75000.00"))
                .addFunding(Funding.builder().source("ministero").kind(FundingKind.GRANT).amount(Money.euros("75000.00")).build()).build())
            .build())
        .addProject(Project.builder().id(ProjectId.of("ananda")).title(LocalizedText.italian("Ananda"))
            .call(CallRef.of("fami-2021-2027")).period(Period.of(PartialDate.of(2024, 2), PartialDate.of(2025, 7)))
            .addParticipant(Participant.of("prefettura-asti", Role.LEAD)).addParticipant(Participant.of("coop", Role.PARTNER))
            .territory(Territory.builder().addMunicipality(Municipality.named("asti")).addMunicipality(Municipality.of("004078", "Cuneo")).build())
            .addIndicator(Indicator.builder().id(LocalId.of("trained")).code("amif-2021-2027:O.2.3.1").name(LocalizedText.italian("Formati"))
                .unit(IndicatorUnit.PERSONS).target(Quantity.exactly(30))
                .addMeasurement(Measurement.of(40)).build())
            .budget(Budget.builder().total(Money.of("5000", "CHF")).requestedGrant(Money.euros("80000")).build())
            .build())
        .addProject(Project.builder().id(ProjectId.of("cuneo-sai")).title(LocalizedText.italian("Cuneo SAI"))
            .call(CallRef.of("fami-2021-2027")).period(Period.of(PartialDate.of(2025), PartialDate.of(2028)))
            .addParticipant(Participant.of("comune-cuneo", Role.LEAD)).build())
        .build();
  }

  private final PortfolioReport report = PortfolioReport.of(portfolio(), Locale.ITALIAN);

  @Test
  void projectsByCallStatusAndYear() {
    assertThat(report.getProjectsByCall()).containsExactly(new PortfolioReport.CountRow("erasmus-plus-ka220-vet", 1),
        new PortfolioReport.CountRow("fami-2014-2020", 1), new PortfolioReport.CountRow("fami-2021-2027", 2));
    assertThat(report.getProjectsByYear()).extracting(PortfolioReport.CountRow::key, PortfolioReport.CountRow::projects)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2022", 1), org.assertj.core.groups.Tuple.tuple("2024", 2),
            org.assertj.core.groups.Tuple.tuple("2025", 1));
    assertThat(report.getProjects().get(1).lead()).contains("Prefettura di Asti");
  }

  @Test
  void budgetsNeverMixCurrenciesNorWriteAnUnknownAmountAsZero() {
    assertThat(report.getBudgets()).extracting(b -> b.group() + " " + b.key() + " " + b.currency() + " "
            + b.total().map(BigDecimal::toPlainString).orElse("-") + " " + b.grant().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly("call fami-2014-2020 EUR 100000.00 75000.00", "call fami-2021-2027 CHF 5000 -",
            "call fami-2021-2027 EUR - 80000", "funder Ministero dell'Interno EUR - 75000.00");
  }

  @Test
  void partnerNetworkAndTerritories() {
    assertThat(report.getOrganisations()).filteredOn(o -> o.id().equals("prefettura-asti")).singleElement()
        .satisfies(o -> assertThat(o.roles()).containsExactly(Map.entry("samadhi", "lead"), Map.entry("ananda", "lead")));
    assertThat(report.getCollaborations()).containsExactly(
        new PortfolioReport.CollaborationRow("coop", "prefettura-asti", List.of("samadhi", "ananda")));
    assertThat(report.getTerritories()).extracting(t -> t.kind() + " " + t.key() + " " + t.projects())
        .containsExactly("country FR [arlekin]", "country IT [arlekin]", "comune asti [samadhi, ananda]", "comune 004078 [ananda]");
  }

  @Test
  void indicatorsTargetsAgainstMeasurements() {
    PortfolioReport.IndicatorRow samadhi = report.getIndicators().get(0);
    assertThat(samadhi.percent()).contains(new BigDecimal("75.0"));
    assertThat(samadhi.reached()).contains(false);
    assertThat(samadhi.disaggregation()).isEqualTo("sex: female 12");
    assertThat(report.getIndicators().get(1).reached()).contains(true);
    assertThat(report.getIndicatorTotals()).containsExactly(new PortfolioReport.IndicatorTotalRow("amif-2021-2027:O.2.3.1",
        "persons", BigDecimal.valueOf(54), java.util.Optional.of(BigDecimal.valueOf(58)), BigDecimal.valueOf(54),
        List.of("samadhi", "ananda"), List.of("samadhi", "ananda")));
  }

  @Test
  void markdownAndCsv() {
    StringBuilder markdown = new StringBuilder();
    ReportRenderer.render(report, ReportFormat.MARKDOWN, markdown);
    assertThat(markdown).startsWith("# Rapporto sul portafoglio\n").contains("## Progetti per bando", "| fami-2021-2027 | 2 |",
        "| samadhi | trained | amif-2021-2027:O.2.3.1 | Formati | persone | 24 | 18 | 75.0 | no | sex: female 12 |");

    StringBuilder csv = new StringBuilder();
    ReportRenderer.renderCsv(report, ReportTable.ORGANISATIONS, csv);
    assertThat(csv.toString()).startsWith("id,nome,paese,progetti e ruoli\r\n")
        .contains("coop,Cooperativa <Sociale> & Co,IT,\"samadhi (partner), ananda (partner)\"\r\n");
    assertThatThrownBy(() -> ReportRenderer.render(report, ReportFormat.CSV, new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one table per file");
  }

  @Test
  void csvIsOneTablePerFileEachWithOneHeadingRow(@TempDir Path temp) throws Exception {
    List<Path> files = ReportRenderer.writeCsv(report, temp.resolve("report"));

    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("projects.csv", "budgets.csv",
        "organisations.csv", "collaborations.csv", "territories.csv", "indicators.csv", "projects-by-call.csv",
        "projects-by-year.csv", "projects-by-status.csv", "indicator-totals.csv");
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      int columns = lines.get(0).split(",", -1).length;
      assertThat(lines.get(0)).as(file.toString()).doesNotContain("table", ":heading");
      assertThat(lines).as(file.toString()).allSatisfy(line -> assertThat(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
          .hasSize(columns));
    }
    assertThat(Files.readString(temp.resolve("report/projects-by-call.csv"))).startsWith("bando,progetti\r\n").contains("\r\nfami-2021-2027,2\r\n");
    assertThat(Files.readString(temp.resolve("report/indicators.csv"))).contains("\r\nsamadhi,trained,");

    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    ReportRenderer.writeCsvZip(report, zip);
    List<String> entries = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(entry.getName());
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(Files.readString(temp.resolve("report").resolve(entry.getName())));
      }
    }
    assertThat(entries).hasSize(10);
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
    ReportRenderer.writeCsvZip(report, again);
    assertThat(again.toByteArray()).isEqualTo(zip.toByteArray());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=HYPERLINK(\"http://x\") | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
      "+1+2 | `\"'+1+2\"`",
      "-2+3 | `\"'-2+3\"`",
      "@SUM(A1) | `\"'@SUM(A1)\"`",
      "-5 | -5",
      "-0.25 | -0.25",
      "plain | plain",
      "a=b | a=b"})
  void csvCellsAreNeverFormulas(String name, String cell) {
    Project project = Project.builder().from(portfolio().getProjects().get(0)).title(LocalizedText.english(name)).build();
    StringBuilder csv = new StringBuilder();
    ReportRenderer.renderCsv(PortfolioReport.of(List.of(project), Locale.ENGLISH), ReportTable.PROJECTS, csv);

    assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow()).contains("," + cell + ",");
  }

  @Test
  void tabsAndCarriageReturnsCannotStartAFormula() {
    assertThat(ReportRenderer.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(ReportRenderer.neutralised("\r=1")).isEqualTo("'\r=1");
    assertThat(ReportRenderer.neutralised("-")).isEqualTo("'-");
    assertThat(ReportRenderer.neutralised("-1.")).isEqualTo("'-1.");
  }

  @Test
  void markdownShowsHtmlAndMarkupOfADocumentAsText() {
    Portfolio hostile = Portfolio.builder().id(PortfolioId.of("p")).title(LocalizedText.italian("P"))
        .addOrganisation(organisation("evil", "<img src=x onerror=alert(1)> [click](https://evil.example) *b* a|b \u001b[2J", "IT"))
        .addProject(Project.builder().id(ProjectId.of("x")).title(LocalizedText.italian("<script>alert(1)</script>"))
            .addParticipant(Participant.of("evil", Role.LEAD)).build())
        .build();
    StringBuilder markdown = new StringBuilder();
    ReportRenderer.render(PortfolioReport.of(hostile, Locale.ENGLISH), ReportFormat.MARKDOWN, markdown);
    assertThat(markdown.toString()).doesNotContain("<img", "<script", "\u001b").doesNotContainPattern("[^\\\\]\\]\\(")
        .contains("&lt;img src=x onerror=alert(1)&gt; \\[click\\](https://evil.example) \\*b\\* a\\|b &#x1B;\\[2J");
  }

  @Test
  void aChartWithoutDataSaysSo() {
    StringBuilder html = new StringBuilder();
    ReportRenderer.render(PortfolioReport.of(List.of(portfolio().getProjects().get(0)), Locale.ITALIAN), ReportFormat.HTML, html);

    assertThat(html.toString()).contains("<p id=\"chart-indicators\" class=\"empty\">Niente da mostrare: nessun progetto ha questi dati.</p>");
  }

  @Test
  void htmlIsSelfContainedEscapedAndCharted() {
    StringBuilder html = new StringBuilder();
    ReportRenderer.render(PortfolioReport.of(portfolio(), Locale.ENGLISH), ReportFormat.HTML, html);
    String page = html.toString();

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<meta charset=\"utf-8\">")
        .contains("Cooperativa &lt;Sociale&gt; &amp; Co").doesNotContain("<Sociale>")
        .doesNotContain("<script", "<link", "<img", "@import", "src=", "@font-face");
    // The only url() is a reference to a pattern of the page itself.
    assertThat(Pattern.compile("url\\((?!#)").matcher(page).find()).isFalse();
    Matcher years = Pattern.compile("<svg id=\"chart-projects-per-year\".*?</svg>", Pattern.DOTALL).matcher(page);
    assertThat(years.find()).isTrue();
    assertThat(Pattern.compile("<g class=\"year\" data-year=\"(\\d+)\" data-value=\"(\\d+)\"").matcher(years.group()).results()
        .map(m -> m.group(1) + "=" + m.group(2))).containsExactly("2022=1", "2024=2", "2025=1");
    Matcher indicators = Pattern.compile("<svg id=\"chart-indicators\".*?</svg>", Pattern.DOTALL).matcher(page);
    assertThat(indicators.find()).isTrue();
    assertThat(indicators.group()).contains("data-indicator=\"trained\" data-target-kind=\"exact\" data-measured=\"18\" data-reached=\"false\"",
        "data-measured=\"40\" data-reached=\"true\"", "75%", "133.3%");
    // Every chart is an image with a title and a text alternative, and a table of its data follows it.
    Matcher charts = Pattern.compile("<svg id=\"([^\"]+)\"[^>]*role=\"img\" aria-labelledby=\"\\1-title \\1-desc\"").matcher(page);
    assertThat(charts.results().map(m -> m.group(1))).contains("chart-calls", "chart-projects-per-year", "chart-durations",
        "chart-timeline", "map-projects", "map-grant", "chart-network", "chart-indicators");
    assertThat(page).contains("<caption>Data of the chart: Projects by call</caption>", "<caption>Data of the chart: Projects by region</caption>");
  }

  @Test
  void aProjectGivenTwiceIsCountedOnce() {
    List<Project> projects = portfolio().standaloneProjects();
    List<Project> twice = new java.util.ArrayList<>(projects);
    twice.addAll(projects);

    PortfolioReport doubled = PortfolioReport.of(twice, Locale.ENGLISH);
    PortfolioReport single = PortfolioReport.of(projects, Locale.ENGLISH);
    assertThat(doubled.getProjects()).hasSize(projects.size());
    assertThat(doubled.getProjectsByCall()).isEqualTo(single.getProjectsByCall());
    assertThat(doubled.getBudgets()).isEqualTo(single.getBudgets());
  }

  @Test
  void rowsKeepACopyOfTheListsAndMapsTheyAreGiven() {
    List<String> projects = new java.util.ArrayList<>(List.of("a", "b"));
    Map<String, String> roles = new java.util.LinkedHashMap<>();
    roles.put("z", "lead");
    roles.put("a", "partner");
    PortfolioReport.TerritoryRow place = new PortfolioReport.TerritoryRow("region", "ITI2", "Umbria", projects);
    PortfolioReport.BudgetRow budget = new PortfolioReport.BudgetRow("call", "c", "EUR", java.util.Optional.of(BigDecimal.ONE),
        java.util.Optional.of(BigDecimal.ONE), projects);
    PortfolioReport.CollaborationRow pair = new PortfolioReport.CollaborationRow("o1", "o2", projects);
    PortfolioReport.IndicatorTotalRow total = new PortfolioReport.IndicatorTotalRow("x", "persons", BigDecimal.ONE,
        java.util.Optional.of(BigDecimal.ONE), BigDecimal.ONE, projects, projects);
    PortfolioReport.OrganisationRow organisation = new PortfolioReport.OrganisationRow("o1", "O", java.util.Optional.empty(), roles);
    projects.add("c");
    roles.put("b", "partner");

    for (List<String> kept : List.of(place.projects(), budget.projects(), pair.projects(), total.projects(), total.measuredProjects())) {
      assertThat(kept).containsExactly("a", "b");
      assertThatThrownBy(() -> kept.add("d")).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(organisation.roles()).containsExactly(Map.entry("z", "lead"), Map.entry("a", "partner"));
    assertThatThrownBy(() -> organisation.roles().put("d", "lead")).isInstanceOf(UnsupportedOperationException.class);
  }
}
