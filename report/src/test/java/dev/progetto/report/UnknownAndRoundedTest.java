package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Budget;
import dev.progetto.model.CallRef;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Participant;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.report.PortfolioReport.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the report does with amounts and measurements a project does not state, with grants given
 * in other ways than a requested grant, and with percentages close to a target.
 */
class UnknownAndRoundedTest {

  private static Project.Builder project(String id, String call) {
    return Project.builder().id(ProjectId.of(id)).title(LocalizedText.italian(id)).call(CallRef.of(call));
  }

  private static Funding grant(String source, Money amount) {
    return Funding.builder().source(source).kind(FundingKind.GRANT).amount(amount).build();
  }

  private static Indicator indicator(String code, Quantity target, Optional<Quantity> measured) {
    Indicator.Builder indicator = Indicator.builder().id(LocalId.of("formati")).code(code).name(LocalizedText.italian("Formati"))
        .unit(IndicatorUnit.PERSONS).target(target);
    measured.ifPresent(value -> indicator.addMeasurement(Measurement.builder().value(value).build()));
    return indicator.build();
  }

  private static String csv(PortfolioReport report, ReportTable table) {
    StringBuilder out = new StringBuilder();
    ReportRenderer.renderCsv(report, table, out);
    return out.toString();
  }

  private static String render(PortfolioReport report, ReportFormat format) {
    StringBuilder out = new StringBuilder();
    ReportRenderer.render(report, format, out);
    return out.toString();
  }

  @Test
  void theGrantOfACallIsTheGrantTheHeadlineCounts() {
    Project requested = project("p1", "fami-2021-2027").budget(Budget.builder().total(Money.euros("100000.00"))
        .requestedGrant(Money.euros("80000.00")).build()).build();
    Project funded = project("p3", "fondazione-crc").budget(Budget.builder()
        .addFunding(grant("Fondazione CRC", Money.euros("30000.00")))
        .addFunding(grant("Compagnia di San Paolo", Money.euros("20000.00"))).build()).build();
    PortfolioReport report = PortfolioReport.of(List.of(requested, funded), Locale.ENGLISH);

    assertThat(report.getBudgets()).filteredOn(b -> b.group().equals("call") && b.key().equals("fondazione-crc")).singleElement()
        .satisfies(b -> {
          assertThat(b.grant()).contains(new BigDecimal("50000.00"));
          assertThat(b.total()).isEmpty();
        });
    BigDecimal byCall = report.getBudgets().stream().filter(b -> b.group().equals("call"))
        .map(b -> b.grant().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(byCall).isEqualByComparingTo(report.getMoney().get(0).grant()).isEqualByComparingTo("130000.00");
    assertThat(render(report, ReportFormat.HTML)).containsPattern("<th scope=\"row\">fondazione-crc</th><td class=\"num\">1</td>"
        + "<td class=\"num\">€50,000.00</td>");
  }

  @Test
  void grantsInSeveralCurrenciesGiveOneAmountEach() {
    Project project = project("fx", "erasmus-plus-ka220-adu").budget(Budget.builder()
        .addFunding(grant("Confederazione Svizzera", Money.of("50000", "CHF")))
        .addFunding(grant("Commissione europea", Money.euros("250000")))
        .addFunding(grant("Commissione europea", Money.euros("1000"))).build()).build();
    PortfolioReport report = PortfolioReport.of(List.of(project), Locale.ENGLISH);

    assertThat(report.getMoney()).containsExactly(new PortfolioReport.CurrencyTotal("CHF", BigDecimal.ZERO, new BigDecimal("50000"), 0, 1),
        new PortfolioReport.CurrencyTotal("EUR", BigDecimal.ZERO, new BigDecimal("251000"), 0, 1));
    assertThat(report.getDetails().get(0).grants()).containsExactly(Money.of("50000", "CHF"), Money.euros("251000"));
    assertThat(report.getStating()).containsEntry(Fact.GRANT, 1);
    assertThat(csv(report, ReportTable.BUDGETS)).contains("call,erasmus-plus-ka220-adu,CHF,,50000,fx\r\n",
        "call,erasmus-plus-ka220-adu,EUR,,251000,fx\r\n");
    assertThat(render(report, ReportFormat.HTML)).contains("CHF\u00a050,000.00 + €251,000.00");
  }

  @Test
  void anErasmusLumpSumIsTheGrant() {
    Project ka220 = project("ka220", "erasmus-plus-2024-ka220-adu").budget(Budget.builder().lumpSum(Money.euros("250000")).build())
        .build();
    PortfolioReport report = PortfolioReport.of(List.of(ka220), Locale.ENGLISH);

    assertThat(report.getMoney()).containsExactly(new PortfolioReport.CurrencyTotal("EUR", BigDecimal.ZERO, new BigDecimal("250000"), 0, 1));
    assertThat(report.getStating()).containsEntry(Fact.GRANT, 1).containsEntry(Fact.BUDGET, 0);
    assertThat(report.getBudgets()).containsExactly(new PortfolioReport.BudgetRow("call", "erasmus-plus-2024-ka220-adu", "EUR",
        Optional.empty(), Optional.of(new BigDecimal("250000")), List.of("ka220")));
    // A requested grant, when stated, is the grant; the lump sum does not add to it.
    Project both = project("both", "erasmus-plus-2024-ka220-adu").budget(Budget.builder().lumpSum(Money.euros("250000"))
        .requestedGrant(Money.euros("240000")).build()).build();
    assertThat(PortfolioReport.of(List.of(both), Locale.ENGLISH).getDetails().get(0).grants()).containsExactly(Money.euros("240000"));
  }

  @Test
  void anAmountNoProjectStatesIsLeftEmptyNotZero() {
    Project p4 = project("p4", "erasmus-plus-ka220-adu").budget(Budget.builder().total(Money.of("250000", "CHF"))
        .requestedGrant(Money.euros("0.333")).addFunding(grant("Fondazione CRC", Money.euros("30000.00"))).build()).build();
    PortfolioReport report = PortfolioReport.of(List.of(p4), Locale.ENGLISH);

    assertThat(csv(report, ReportTable.BUDGETS)).contains("call,erasmus-plus-ka220-adu,CHF,250000,,p4\r\n",
        "call,erasmus-plus-ka220-adu,EUR,,0.333,p4\r\n", "funder,Fondazione CRC,EUR,,30000.00,p4\r\n");
    assertThat(render(report, ReportFormat.MARKDOWN)).contains("| call | erasmus-plus-ka220-adu | CHF | 250000 |  | p4 |",
        "| funder | Fondazione CRC | EUR |  | 30000.00 | p4 |");
    String json = render(report, ReportFormat.JSON);
    assertThat(json).doesNotContain("\"total\":0", "\"total\": 0", "\"grant\":0,", "\"grant\": 0,");
    List<ReportSheet> sheets = ReportRenderer.sheets(report);
    assertThat(sheets.get(2).rows()).contains(List.of("call", "erasmus-plus-ka220-adu", "CHF", new BigDecimal("250000"), "", "p4"),
        List.of("funder", "Fondazione CRC", "EUR", "", new BigDecimal("30000.00"), "p4"));
  }

  @Test
  void anUnmeasuredIndicatorIsNoMeasurementOfZeroInARollUp() {
    String code = "amif-2021-2027:O.2.3.1";
    Project p1 = project("p1", "fami").addIndicator(indicator(code, Quantity.exactly(100), Optional.of(Quantity.exactly(60)))).build();
    Project p2 = project("p2", "fami").addIndicator(indicator(code, Quantity.exactly(50), Optional.empty())).build();
    PortfolioReport report = PortfolioReport.of(List.of(p1, p2), Locale.ENGLISH);

    PortfolioReport.IndicatorTotalRow total = report.getIndicatorTotals().get(0);
    assertThat(total.target()).isEqualByComparingTo("150");
    assertThat(total.measured()).contains(BigDecimal.valueOf(60));
    assertThat(total.measuredTarget()).isEqualByComparingTo("100");
    assertThat(total.measuredProjects()).containsExactly("p1");
    assertThat(total.percent()).contains(new BigDecimal("60.0"));
    assertThat(csv(report, ReportTable.INDICATOR_TOTALS)).endsWith("amif-2021-2027:O.2.3.1,persons,150,60,100,60.0,1,p1 p2\r\n");
    String page = render(report, ReportFormat.HTML);
    assertThat(page).contains("60 / 100 (60%), 1 of 2 measured",
        "<desc id=\"chart-rollups-desc\">The measurements are compared with the targets of the indicators measured").doesNotContain("(40%)");

    Project p3 = project("p3", "fami").addIndicator(indicator(code, Quantity.exactly(10), Optional.empty())).build();
    PortfolioReport none = PortfolioReport.of(List.of(p2, p3), Locale.ENGLISH);
    assertThat(none.getIndicatorTotals().get(0).measured()).isEmpty();
    assertThat(none.getIndicatorTotals().get(0).percent()).isEmpty();
    assertThat(csv(none, ReportTable.INDICATOR_TOTALS)).endsWith("amif-2021-2027:O.2.3.1,persons,60,,0,,0,p2 p3\r\n");
    assertThat(render(none, ReportFormat.JSON)).doesNotContain("\"measured\":0", "\"measured\": 0");
  }

  @Test
  void aTargetNotReachedNeverShowsAHundredPercent() {
    Project project = project("round", "fami")
        .addIndicator(Indicator.builder().id(LocalId.of("a")).target(Quantity.exactly(1000))
            .addMeasurement(Measurement.builder().value(Quantity.exactly(new BigDecimal("999.6"))).build()).build())
        .addIndicator(Indicator.builder().id(LocalId.of("b")).target(Quantity.atLeast(2000))
            .addMeasurement(Measurement.of(1999)).build())
        .addIndicator(Indicator.builder().id(LocalId.of("c")).target(Quantity.exactly(1000))
            .addMeasurement(Measurement.builder().value(Quantity.exactly(new BigDecimal("1000.4"))).build()).build())
        .addIndicator(Indicator.builder().id(LocalId.of("d")).target(Quantity.exactly(3))
            .addMeasurement(Measurement.of(2)).build())
        .build();
    PortfolioReport report = PortfolioReport.of(List.of(project), Locale.ENGLISH);

    assertThat(report.getIndicators()).extracting(i -> i.percent().orElseThrow().toPlainString() + " " + i.reached().orElseThrow())
        .containsExactly("99.9 false", "99.9 false", "100.0 true", "66.6 false");
    assertThat(csv(report, ReportTable.INDICATORS)).contains(",99.9,no,").doesNotContain(",100.0,no,");
  }

  @Test
  void theTableOfYearsAndStatusesAddsUpForProjectsWithoutAStart() {
    List<Project> projects = new ArrayList<>();
    projects.add(project("dated", "c").status(ProjectStatus.ACTIVE).period(Period.of(PartialDate.of(2024), PartialDate.of(2025))).build());
    projects.add(project("undated-1", "c").status(ProjectStatus.PLANNED).build());
    projects.add(project("undated-2", "c").status(ProjectStatus.PLANNED).build());
    projects.add(project("undated-3", "c").build());
    String page = render(PortfolioReport.of(projects, Locale.ENGLISH), ReportFormat.HTML);

    String table = page.substring(page.indexOf("<caption>Data of the chart: Projects by start year and status"));
    table = table.substring(0, table.indexOf("</table>"));
    assertThat(table).contains("<th scope=\"col\">active</th><th scope=\"col\">planned</th><th scope=\"col\">no status</th>")
        .contains("<th scope=\"row\">2024</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
            + "<td class=\"num\">1</td>")
        .contains("<th scope=\"row\">none stated</th><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">1</td>"
            + "<td class=\"num\">3</td>");
  }

  @Test
  void italianTablesWriteQuantitiesAndUnitsInItalian() {
    Project project = project("p3", "fami")
        .addIndicator(Indicator.builder().id(LocalId.of("ore")).unit(IndicatorUnit.HOURS).target(Quantity.atLeast(300))
            .addMeasurement(Measurement.builder().value(Quantity.exactly(new BigDecimal("299.5"))).build()).build())
        .addIndicator(Indicator.builder().id(LocalId.of("costo")).unit(IndicatorUnit.EUR).target(Quantity.atMost(BigDecimal.valueOf(50)))
            .build())
        .addIndicator(Indicator.builder().id(LocalId.of("circa")).unit(IndicatorUnit.PERSONS).target(Quantity.approximately(350)).build())
        .addIndicator(Indicator.builder().id(LocalId.of("eventi")).unit(IndicatorUnit.EVENTS).target(Quantity.between(10, 12)).build())
        .build();
    PortfolioReport report = PortfolioReport.of(List.of(project), Locale.ITALIAN);

    String markdown = render(report, ReportFormat.MARKDOWN);
    assertThat(markdown).contains("| p3 | ore |  | ore | ore | almeno 300 | 299.5 | 99.8 | no |", "| al massimo 50 |", "| persone | circa 350 |",
        "| eventi | 10–12 |").doesNotContain("at least", "at most", "about", "persons", "hours", "10..12");
    assertThat(csv(report, ReportTable.INDICATORS)).contains("p3,ore,,ore,ore,almeno 300,299.5,");
    assertThat(ReportRenderer.sheets(report).get(6).rows().get(0)).contains("ore", "almeno 300");
    assertThat(csv(PortfolioReport.of(List.of(project), Locale.ENGLISH), ReportTable.INDICATORS)).contains("p3,ore,,ore,hours,at least 300,");
  }

  @Test
  void theMedianOfAnEvenNumberOfProjectsIsTheMeanOfTheMiddleTwo() {
    List<Project> projects = new ArrayList<>();
    for (int size = 1; size <= 4; size++) {
      Project.Builder project = project("p" + size, "c");
      for (int i = 0; i < size; i++) {
        project.addParticipant(Participant.of("o" + i, i == 0 ? Role.LEAD : Role.PARTNER));
      }
      projects.add(project.build());
    }
    PortfolioReport report = PortfolioReport.of(projects, Locale.ENGLISH);
    assertThat(HtmlReport.participants(report)).containsExactly(new BigDecimal("2.5"), BigDecimal.valueOf(4));
    assertThat(render(report, ReportFormat.HTML)).contains("median 2.5, at most 4");
    assertThat(render(PortfolioReport.of(projects, Locale.ITALIAN), ReportFormat.HTML)).contains("mediana 2,5; al massimo 4");
    assertThat(HtmlReport.participants(PortfolioReport.of(projects.subList(0, 3), Locale.ENGLISH)))
        .containsExactly(BigDecimal.valueOf(2), BigDecimal.valueOf(3));
  }

  @Test
  void organisationsThatShareAnIdentifierAreOneAndAnIdWithTwoNamesIsSaid() {
    dev.progetto.model.Organisation cidisConsorzio = dev.progetto.model.Organisation.builder()
        .id(dev.progetto.model.OrganisationId.of("cidis")).name("CIDIS – Consorzio Intercomunale di Servizi")
        .identifiers(dev.progetto.model.Identifiers.of(dev.progetto.model.IdentifierScheme.CODICE_FISCALE, "95500580013")).build();
    dev.progetto.model.Organisation comune = dev.progetto.model.Organisation.builder()
        .id(dev.progetto.model.OrganisationId.of("comune-torino")).name("Comune di Torino")
        .identifiers(dev.progetto.model.Identifiers.of(dev.progetto.model.IdentifierScheme.CODICE_FISCALE, "00514490010")).build();
    dev.progetto.model.Organisation cidisOnlus = dev.progetto.model.Organisation.builder()
        .id(dev.progetto.model.OrganisationId.of("cidis")).name("Cidis onlus").build();
    dev.progetto.model.Organisation citta = dev.progetto.model.Organisation.builder()
        .id(dev.progetto.model.OrganisationId.of("citta-di-torino")).name("Città di Torino")
        .identifiers(dev.progetto.model.Identifiers.of(dev.progetto.model.IdentifierScheme.VAT, "IT 00514490010")).build();
    Project a = project("progetto-a", "c").addOrganisation(cidisConsorzio).addOrganisation(comune)
        .addParticipant(Participant.of("cidis", Role.LEAD)).addParticipant(Participant.of("comune-torino", Role.PARTNER)).build();
    Project b = project("progetto-b", "c").addOrganisation(cidisOnlus).addOrganisation(citta)
        .addParticipant(Participant.of("cidis", Role.LEAD)).addParticipant(Participant.of("citta-di-torino", Role.PARTNER)).build();
    PortfolioReport report = PortfolioReport.of(List.of(a, b), Locale.ENGLISH);

    // The same codice fiscale (and the VAT number made of it) is one Comune, under the first id.
    assertThat(report.getOrganisations()).extracting(o -> o.id() + " " + o.roles())
        .containsExactly("cidis {progetto-a=lead, progetto-b=lead}", "comune-torino {progetto-a=partner, progetto-b=partner}");
    assertThat(report.getNetwork()).extracting(PortfolioReport.NetworkNode::projects).containsExactly(2, 2);
    assertThat(report.getWarnings()).containsExactly("the organisation id cidis is \"CIDIS – Consorzio Intercomunale di Servizi\""
        + " in progetto-a and \"Cidis onlus\" in progetto-b: the report counts them as one organisation; give them different ids,"
        + " or the same codice fiscale, partita IVA, PIC or VAT when they are one");
    assertThat(PortfolioReport.of(List.of(a), Locale.ENGLISH).getWarnings()).isEmpty();
  }
}
