package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.CallRef;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LegalForm;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.model.Territory;
import dev.progetto.model.Budget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static Indicator indicator(String id, Quantity target, long measured) {
    return Indicator.builder().id(LocalId.of(id)).name(LocalizedText.english(id)).unit(IndicatorUnit.PERSONS).target(target)
        .addMeasurement(Measurement.of(measured)).build();
  }

  private static String html(PortfolioReport report) {
    StringBuilder page = new StringBuilder();
    ReportRenderer.render(report, ReportFormat.HTML, page);
    return page.toString();
  }

  private static long count(String page, String regex) {
    return Pattern.compile(regex).matcher(page).results().count();
  }

  @Test
  void targetsAreDrawnAsWhatTheyAre() {
    Project project = Project.builder().id(ProjectId.of("targets")).title(LocalizedText.english("Targets"))
        .addIndicator(indicator("exact", Quantity.exactly(24), 18))
        .addIndicator(indicator("about", Quantity.approximately(350), 400))
        .addIndicator(indicator("range", Quantity.between(120, 140), 130))
        .addIndicator(indicator("least", Quantity.atLeast(21), 25))
        .addIndicator(indicator("most", Quantity.atMost(java.math.BigDecimal.TEN), 12))
        .build();
    String page = html(PortfolioReport.of(List.of(project), Locale.ENGLISH));

    assertThat(page).contains("data-indicator=\"exact\" data-target-kind=\"exact\" data-measured=\"18\" data-reached=\"false\"",
        "data-indicator=\"about\" data-target-kind=\"approx\"", "data-indicator=\"range\" data-target-kind=\"range\"",
        "data-indicator=\"least\" data-target-kind=\"atLeast\" data-measured=\"25\" data-reached=\"true\"",
        "data-indicator=\"most\" data-target-kind=\"atMost\" data-measured=\"12\" data-reached=\"false\"");
    assertThat(count(page, "class=\"target target-exact\"")).isEqualTo(1);
    assertThat(count(page, "class=\"target target-approx\"")).isEqualTo(1);
    assertThat(count(page, "class=\"target target-range\"")).isEqualTo(1);
    assertThat(count(page, "class=\"target target-at-least\"")).isEqualTo(1);
    assertThat(count(page, "class=\"target target-at-most\"")).isEqualTo(1);
    assertThat(count(page, "<rect class=\"measured\"")).isEqualTo(5);
    assertThat(page).contains("130 persons, target 120–140 persons (108.3%)", "25 persons, target at least 21 persons");
  }

  @Test
  void theItalianPageWritesMoneyAndDatesTheItalianWay() {
    Project project = Project.builder().id(ProjectId.of("soldi")).title(LocalizedText.italian("Soldi"))
        .call(CallRef.of("fami-2021-2027")).period(Period.of(PartialDate.of(2024, 3), PartialDate.of(2026, 2)))
        .budget(Budget.builder().total(Money.euros("1234567.89")).requestedGrant(Money.euros("1000000")).build())
        .territory(Territory.builder().addRegion("ITI2").build()).build();
    String page = html(PortfolioReport.of(List.of(project), Locale.ITALIAN));

    assertThat(page).contains("<html lang=\"it\">", "<h2>Cifre principali</h2>", "1.234.567,89\u00a0€", "1.000.000,00\u00a0€",
        "marzo 2024 – febbraio 2026", "1 progetto su 1 indica un budget", "1 progetto dal 2024 al 2026");
    assertThat(page).doesNotContain("1 progetti");
    assertThat(html(PortfolioReport.of(List.of(project), Locale.ENGLISH))).contains("1 of 1 project states a budget",
        "1 project from 2024 to 2026").doesNotContain("1 projects", "1 of 1 projects");
    assertThat(page).containsPattern("data-nuts=\"ITI2\" data-name=\"Umbria\" data-value=\"1000000\" fill=\"#08519c\"");
    // No comune, so no province to map.
    assertThat(page).doesNotContain("id=\"map-provinces\"");
  }

  @Test
  void provincesAreMappedAndTrentinoAltoAdigeIsTwoRegions() {
    Project project = Project.builder().id(ProjectId.of("bz")).title(LocalizedText.italian("Bolzano"))
        .territory(Territory.builder().addMunicipality(Municipality.of("021008", "Bolzano")).addRegion("ITC11").build()).build();
    String page = html(PortfolioReport.of(List.of(project), Locale.ITALIAN));

    assertThat(page).containsPattern("<a href=\"#region-ITH1\"><path class=\"region has-data\" data-nuts=\"ITH1\" "
        + "data-name=\"Provincia autonoma di Bolzano\" data-value=\"1\" fill=\"#08519c\"");
    assertThat(page).containsPattern("<path class=\"region\" data-nuts=\"ITH2\" data-name=\"Provincia autonoma di Trento\" "
        + "data-value=\"0\" fill=\"#f2f2f2\"");
    assertThat(page).contains("<svg id=\"map-provinces\"", "<title id=\"map-provinces-title\">Progetti per provincia</title>",
        "<a href=\"#province-BZ\"><path class=\"province has-data\" data-province=\"BZ\" data-region=\"ITH1\" "
            + "data-name=\"Bolzano/Bozen\" data-value=\"1\" fill=\"#08519c\"",
        "<tr id=\"province-BZ\">", "Openpolis");
    assertThat(page).containsPattern("<path class=\"province\" data-province=\"TN\" data-region=\"ITH2\" data-name=\"Trento\" "
        + "data-value=\"0\" fill=\"#f2f2f2\"");
    // 21 regions on each of the two region maps, 107 provinces on the third.
    assertThat(count(page, "<path class=\"region")).isEqualTo(42);
    assertThat(count(page, "<path class=\"province")).isEqualTo(107);
  }

  @Test
  void anEmptyPortfolioSaysThereIsNothingToShow() {
    PortfolioReport empty = PortfolioReport.of(List.of(), Locale.ENGLISH);
    String page = html(empty);
    StringBuilder json = new StringBuilder();
    ReportRenderer.render(empty, ReportFormat.JSON, json);

    assertThat(page).contains("<p class=\"value\">0</p>", "<p id=\"chart-projects-per-year\" class=\"empty\">",
        "<p id=\"chart-network\" class=\"empty\">", "<p id=\"chart-timeline\" class=\"empty\">").endsWith("</html>\n");
    assertThat(json.toString()).startsWith("{\n  \"format\": 1,").contains("\"projectCount\": 0", "\"projects\": []");
  }

  @Test
  void hostileTextStaysText() {
    Project project = Project.builder().id(ProjectId.of("x")).title(LocalizedText.english("<script>alert(1)</script>"))
        .addSource(dev.progetto.model.Source.builder().url("javascript:alert(1)").title("\"><img src=x>").build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("o")).name("O'Brien & <Sons>").build())
        .addParticipant(Participant.of("o", Role.LEAD)).build();
    String page = html(PortfolioReport.of(List.of(project), Locale.ENGLISH));
    StringBuilder json = new StringBuilder();
    ReportRenderer.render(PortfolioReport.of(List.of(project), Locale.ENGLISH), ReportFormat.JSON, json);

    assertThat(page).doesNotContain("<script>", "<img", "javascript:").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
        "O&#39;Brien &amp; &lt;Sons&gt;", "&quot;&gt;&lt;img src=x&gt;");
    assertThat(json.toString()).contains("\"title\": \"<script>alert(1)</script>\"", "\"name\": \"O'Brien & <Sons>\"");
  }

  @Test
  void aLargePortfolioStaysReadableAndSmall() {
    PortfolioReport.Builder builder = PortfolioReport.builder(Locale.ENGLISH);
    String[] comuni = {"001272", "004078", "005005", "054039", "058091", "063049", "096004"};
    for (int i = 0; i < 5000; i++) {
      Project.Builder project = Project.builder().id(ProjectId.of("p-" + i)).title(LocalizedText.english("Project " + i))
          .call(CallRef.of("call-" + i % 7)).period(Period.of(PartialDate.of(2014 + i % 10, 1 + i % 12), PartialDate.of(2016 + i % 10)))
          .territory(Territory.builder().addMunicipality(Municipality.of(comuni[i % comuni.length], "Comune " + i % 7)).build())
          .budget(Budget.builder().requestedGrant(Money.euros(Integer.toString(10_000 + i))).build());
      for (int p = 0; p < 3; p++) {
        String organisation = "org-" + (i * 7 + p * 13) % 400;
        project.addOrganisation(Organisation.builder().id(OrganisationId.of(organisation)).name("Organisation " + organisation)
            .legalForm(p == 0 ? LegalForm.COMUNE : LegalForm.APS).build())
            .addParticipant(Participant.of(organisation, p == 0 ? Role.LEAD : Role.PARTNER));
      }
      project.addIndicator(indicator("people", Quantity.exactly(10 + i % 5), i % 17));
      builder.add(project.build());
    }
    PortfolioReport report = builder.build();
    String page = html(report);

    assertThat(report.getDetails()).hasSize(PortfolioReport.DEFAULT_DETAIL_LIMIT);
    assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(2_000_000);
    assertThat(count(page, "<article class=\"project\"")).isEqualTo(HtmlReport.PROJECT_SECTIONS);
    assertThat(count(page, "<circle class=\"node\"")).isEqualTo(HtmlReport.NETWORK_NODES);
    assertThat(count(page, "<g class=\"strip\"")).isEqualTo(HtmlReport.TIMELINE_STRIPS);
    assertThat(count(page, "<g class=\"indicator-bar\"")).isEqualTo(HtmlReport.INDICATOR_BARS);
    assertThat(page).contains("The report shows the first 200 projects in detail; 4,800 more are counted in the figures and charts.",
        "and 4,800 more", "<p class=\"value\">5,000</p>");
    // Every region of a comune is coloured; the links of a chart lead to sections that exist or to none.
    assertThat(page).containsPattern("data-nuts=\"ITI4\" data-name=\"Lazio\" data-value=\"714\"");
    assertThat(count(page, "href=\"#p-p-4999\"")).isZero();
  }
}
