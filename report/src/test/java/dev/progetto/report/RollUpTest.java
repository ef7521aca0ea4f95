package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.progetto.model.LocalizedText;
import dev.progetto.model.MonthRange;
import dev.progetto.model.Municipality;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Territory;
import dev.progetto.model.internal.ItalianProvinces;
import dev.progetto.report.PortfolioReport.Fact;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roll-ups the HTML page draws: coverage, money per currency, years by status, durations, places, network, sections. */
class RollUpTest {

  private final PortfolioReport report = PortfolioReport.of(PortfolioReportTest.portfolio(), Locale.ENGLISH);

  @Test
  void theHeadlineCountsWhoStatesWhat() {
    assertThat(report.getProjectCount()).isEqualTo(4);
    assertThat(report.getStating()).containsEntry(Fact.STATUS, 0).containsEntry(Fact.CALL, 4).containsEntry(Fact.BUDGET, 2)
        .containsEntry(Fact.GRANT, 2).containsEntry(Fact.FUNDER, 1).containsEntry(Fact.TERRITORY, 3)
        .containsEntry(Fact.INDICATORS, 2).containsEntry(Fact.PROGRESS, 2);
    assertThat(report.getFirstYear()).contains(2022);
    assertThat(report.getLastYear()).contains(2028);
    assertThat(report.getFunderCount()).isEqualTo(1);
  }

  @Test
  void moneyIsAddedUpPerCurrency() {
    assertThat(report.getMoney()).containsExactly(
        new PortfolioReport.CurrencyTotal("CHF", new BigDecimal("5000"), BigDecimal.ZERO, 1, 0),
        new PortfolioReport.CurrencyTotal("EUR", new BigDecimal("100000.00"), new BigDecimal("155000.00"), 1, 2));
  }

  @Test
  void startsByYearAndStatusAndDurations() {
    assertThat(report.getProjectsByYearAndStatus()).extracting(PortfolioReport.YearStatusRow::year, PortfolioReport.YearStatusRow::total)
        .containsExactly(tuple("2022", 1), tuple("2024", 2), tuple("2025", 1));
    PortfolioReport.ProjectDetail ananda = report.getDetails().get(2);
    assertThat(ananda.id()).isEqualTo("ananda");
    assertThat(ananda.duration()).contains(MonthRange.of(18, 18));
    assertThat(report.getDurations()).extracting(PortfolioReport.CountRow::key).containsExactlyElementsOf(PortfolioReport.DURATION_BUCKETS);
    assertThat(report.getDurations().stream().mapToInt(PortfolioReport.CountRow::projects).sum()).isEqualTo(4);
    assertThat(report.getDurations().get(2)).isEqualTo(new PortfolioReport.CountRow("13-18", 1));
  }

  @Test
  void placesGoOnTheMapThroughCodesAndNames() {
    // Asti by its name (twice, once in lower case), Cuneo by its ISTAT code: both in Piemonte.
    assertThat(report.getRegions()).containsExactly(new PortfolioReport.PlaceRow("ITC1", "Piemonte", "ITC1", 2,
        Map.of("EUR", new BigDecimal("155000.00"))));
    assertThat(report.getProvinces()).extracting(PortfolioReport.PlaceRow::code, PortfolioReport.PlaceRow::projects)
        .containsExactly(tuple("AT", 2), tuple("CN", 1));
    assertThat(report.getCountriesAbroad()).extracting(PortfolioReport.PlaceRow::code).containsExactly("FR");
    assertThat(report.getUnplacedComuni()).isEmpty();
  }

  @Test
  void nutsCodesOfEveryLevelAndVintage() {
    assertThat(Places.region("ITI2")).contains("ITI2");
    assertThat(Places.region("itc11")).contains("ITC1");
    assertThat(Places.region("ITE2")).contains("ITI2");
    assertThat(Places.region("ITD5")).contains("ITH5");
    assertThat(Places.region("FR10")).isEmpty();
    assertThat(Places.region("ITZ")).isEmpty();
    assertThat(Places.get().provinceOfName("Chiusano d’Asti")).map(ItalianProvinces.Province::sigla).contains("AT");
    assertThat(Places.get().provinceOfName("Samone")).isEmpty(); // one in Torino, one in Trento
    assertThat(Places.get().provinceOfIstat("096004")).map(ItalianProvinces.Province::region).contains("ITC1");
    assertThat(Places.get().candidates("Rivalta")).extracting(ItalianProvinces.Province::sigla).containsExactly("AL", "TO");
    assertThat(Places.get().candidates("Samone")).extracting(ItalianProvinces.Province::sigla).containsExactly("TN", "TO");
    assertThat(Places.get().candidates("Nowhere")).isEmpty();
    // the Sardinian provinces of 2005-2016 by the provinces their comuni passed to
    assertThat(Places.get().provinceOfIstat("104012")).map(ItalianProvinces.Province::sigla).contains("SS");
    assertThat(Places.get().provinceOfIstat("105010")).map(ItalianProvinces.Province::sigla).contains("NU");
    assertThat(Places.get().provinceOfIstat("107001")).map(ItalianProvinces.Province::sigla).contains("SU");
    // and the codes of Sardinia's provinces of 2026, by the province of 2016-2025 most of their comuni were in
    assertThat(Places.get().provinceOfIstat("113050")).map(ItalianProvinces.Province::sigla).contains("SS");
    assertThat(Places.get().provinceOfIstat("118001")).map(ItalianProvinces.Province::sigla).contains("CA");
    assertThat(Places.get().provinceOfIstat("119001")).map(ItalianProvinces.Province::sigla).contains("SU");
  }

  @Test
  void aShortOrSharedNameIsPlacedByTheProjectsOtherComuni() {
    Project project = Project.builder().id(ProjectId.of("orbassano")).title(LocalizedText.italian("Orbassano"))
        .territory(Territory.builder().addMunicipality(Municipality.named("Orbassano")).addMunicipality(Municipality.named("Rivalta"))
            .addMunicipality(Municipality.named("Cerreto")).build())
        .build();
    PortfolioReport placed = PortfolioReport.of(java.util.List.of(project), Locale.ITALIAN);
    // Rivalta di Torino is in Orbassano's province; no Cerreto is.
    assertThat(placed.getRegions()).extracting(PortfolioReport.PlaceRow::code).containsExactly("ITC1");
    assertThat(placed.getUnplacedComuni()).containsExactly("Cerreto");
  }

  @Test
  void nutsCodesOfProvincesPlaceTheirProvinces() {
    assertThat(Places.get().provinceOfNuts("ITC11")).map(ItalianProvinces.Province::sigla).contains("TO");
    assertThat(Places.get().provinceOfNuts("itg2h")).map(ItalianProvinces.Province::name).contains("Sud Sardegna");
    assertThat(Places.get().provinceOfNuts("ITH10")).map(ItalianProvinces.Province::region).contains("ITH1");
    assertThat(Places.get().provinceOfNuts("ITC1")).isEmpty();
    assertThat(Places.get().provinceOfNuts("ITC1Z")).isEmpty();
    Project project = Project.builder().id(ProjectId.of("nuts")).title(LocalizedText.italian("Per codici NUTS"))
        .territory(Territory.builder().addRegion("ITC11").addRegion("ITI43").addRegion("ITI2").build())
        .build();
    PortfolioReport placed = PortfolioReport.of(java.util.List.of(project), Locale.ITALIAN);
    assertThat(placed.getRegions()).extracting(PortfolioReport.PlaceRow::code).containsExactly("ITC1", "ITI2", "ITI4");
    assertThat(placed.getProvinces()).extracting(PortfolioReport.PlaceRow::code, PortfolioReport.PlaceRow::region)
        .containsExactly(tuple("RM", "ITI4"), tuple("TO", "ITC1"));
  }

  @Test
  void theNetworkCountsProjectsPerOrganisation() {
    assertThat(report.getNetwork()).extracting(PortfolioReport.NetworkNode::id, PortfolioReport.NetworkNode::projects)
        .containsExactly(tuple("cnam", 1), tuple("prefettura-asti", 2), tuple("coop", 2), tuple("comune-cuneo", 1));
    assertThat(report.getNetwork().get(0).publicBody()).isEqualTo(Optional.empty());
  }

  @Test
  void sectionsKeepTheirDetailUpToTheLimit() {
    PortfolioReport.ProjectDetail samadhi = report.getDetails().get(1);
    assertThat(samadhi.lead()).contains("Prefettura di Asti");
    assertThat(samadhi.partners()).containsExactly("Cooperativa <Sociale> & Co");
    assertThat(samadhi.places()).containsExactly("Asti");
    assertThat(samadhi.grants()).extracting(m -> m.getAmount()).containsExactly(new BigDecimal("75000.00"));
    assertThat(samadhi.indicators()).hasSize(1);

    PortfolioReport.Builder builder = PortfolioReport.builder(Locale.ENGLISH).detailLimit(1);
    PortfolioReportTest.portfolio().standaloneProjects().forEach(builder::add);
    PortfolioReport limited = builder.build();
    assertThat(limited.getDetails()).extracting(PortfolioReport.ProjectDetail::id).containsExactly("arlekin");
    assertThat(limited.getProjectCount()).isEqualTo(4);
  }

  @Test
  void anIndicatorLimitKeepsTheFirstRowsAndCountsEvery() {
    PortfolioReport limited = PortfolioReport.builder(Locale.ENGLISH).indicatorLimit(1)
        .addAll(PortfolioReportTest.portfolio().standaloneProjects()).build();
    assertThat(limited.getIndicators()).extracting(PortfolioReport.IndicatorRow::project).containsExactly("samadhi");
    assertThat(limited.getIndicatorCount()).isEqualTo(2);
    assertThat(limited.getIndicatorsCompared()).isEqualTo(2);
    assertThat(limited.getIndicatorsReached()).isEqualTo(1);
    assertThat(limited.getIndicatorTotals()).isEqualTo(report.getIndicatorTotals());
  }

  @Test
  void numbersMoneyAndDatesInEachLanguage() {
    ReportText italian = ReportText.of(Locale.ITALIAN);
    ReportText english = ReportText.of(Locale.ENGLISH);
    assertThat(italian.money(new BigDecimal("1234567.89"), "EUR")).isEqualTo("1.234.567,89\u00a0€");
    assertThat(english.money(new BigDecimal("1234567.89"), "EUR")).isEqualTo("€1,234,567.89");
    assertThat(english.money(new BigDecimal("5000"), "CHF")).isEqualTo("CHF\u00a05,000.00");
    assertThat(italian.date(dev.progetto.model.PartialDate.of(2024, 3))).isEqualTo("marzo 2024");
    assertThat(english.date(dev.progetto.model.PartialDate.of(2024, 3))).isEqualTo("March 2024");
    assertThat(italian.date(dev.progetto.model.PartialDate.of(2024, 3, 5))).isEqualTo("5 marzo 2024");
    assertThat(italian.date(dev.progetto.model.PartialDate.of(2024))).isEqualTo("2024");
    assertThat(italian.integer(12345)).isEqualTo("12.345");
    assertThat(italian.get("coverage.BUDGET", 12, 19)).isEqualTo("12 progetti su 19 indicano un budget");
    assertThat(english.get("coverage.BUDGET", 12, 19)).isEqualTo("12 of 19 projects state a budget");
  }
}
