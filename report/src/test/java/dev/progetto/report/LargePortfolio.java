package dev.progetto.report;

import dev.progetto.model.Budget;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.model.Territory;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Generated projects for the tests of large portfolios: each has a call, a status, a period, a
 * lead and three partners out of 300 organisations, two comuni, a budget and six indicators of
 * every kind of target. Run as a program, it renders the report of many of them as Markdown, CSV
 * and JSON into a writer that only counts, so that a test can run it in a JVM of a small heap.
 */
final class LargePortfolio {

  private static final String[] CALLS = {"fami-2021-2027", "fami-2014-2020", "territori-inclusivi-2023",
    "erasmus-plus-ka220-adu", "fondazione-crc"};
  private static final String[][] COMUNI = {{"001272", "Torino"}, {"005005", "Asti"}, {"054039", "Perugia"},
    {"022205", "Trento"}, {"004078", "Cuneo"}, {"058091", "Roma"}};

  private LargePortfolio() {}

  static Project project(int i) {
    Project.Builder project = Project.builder();
    project.id(ProjectId.of("progetto-" + i)).title(LocalizedText.italian("Progetto numero " + i + " per l'inclusione"))
        .call(CallRef.of(CALLS[i % CALLS.length])).status(ProjectStatus.values()[i % 3])
        .period(Period.of(PartialDate.of(2018 + i % 8, 1 + i % 12), PartialDate.of(2020 + i % 8)));
    for (int p = 0; p < 4; p++) {
      String id = "org-" + (i * 7 + p * 31) % 300;
      project.addOrganisation(Organisation.builder().id(dev.progetto.model.OrganisationId.of(id)).name("Organizzazione " + id)
          .country(CountryCode.IT).build());
      project.addParticipant(Participant.of(id, p == 0 ? Role.LEAD : Role.PARTNER));
    }
    String[] first = COMUNI[i % COMUNI.length];
    String[] second = COMUNI[(i + 1) % COMUNI.length];
    project.territory(Territory.builder().addMunicipality(Municipality.of(first[0], first[1]))
        .addMunicipality(Municipality.of(second[0], second[1])).build());
    project.budget(Budget.builder().total(Money.euros(BigDecimal.valueOf(100_000L + i, 2).toPlainString()))
        .requestedGrant(Money.euros(BigDecimal.valueOf(80_000L + i, 2).toPlainString()))
        .addFunding(Funding.builder().source("org-" + i % 300).kind(FundingKind.GRANT)
            .amount(Money.euros(BigDecimal.valueOf(80_000L + i, 2).toPlainString())).build()).build());
    Quantity[] targets = {Quantity.exactly(24), Quantity.approximately(350), Quantity.between(120, 140), Quantity.atLeast(21),
      Quantity.atMost(BigDecimal.TEN), Quantity.exactly(5).per(Quantity.Per.YEAR)};
    for (int k = 0; k < targets.length; k++) {
      project.addIndicator(Indicator.builder().id(LocalId.of("indicatore-" + k)).code("amif-2021-2027:O.2." + k)
          .name(LocalizedText.italian("Persone raggiunte, misura " + k)).unit(IndicatorUnit.PERSONS).target(targets[k])
          .addMeasurement(Measurement.builder().value(Quantity.exactly(i % 50 + k))
              .putDisaggregation("sex", Map.of("female", BigDecimal.valueOf(i % 7), "male", BigDecimal.valueOf(k))).build())
          .build());
    }
    return project.build();
  }

  /** A writer that counts what it is given and keeps nothing. */
  static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public Writer append(CharSequence text) {
      chars += text.length();
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Rolls up projects and renders their report.
   *
   * @param args the number of projects, and {@code disk} or {@code memory} for where the rows wait
   */
  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    PortfolioReport.Builder builder = PortfolioReport.builder(Locale.ITALIAN);
    if (args[1].equals("disk")) {
      builder.rowsOnDisk();
    }
    for (int i = 0; i < count; i++) {
      builder.add(project(i));
    }
    PortfolioReport report = builder.build();
    builder = null;
    Counting markdown = new Counting();
    ReportRenderer.render(report, ReportFormat.MARKDOWN, markdown);
    Counting json = new Counting();
    ReportRenderer.render(report, ReportFormat.JSON, json);
    Counting csv = new Counting();
    for (ReportTable table : ReportTable.values()) {
      ReportRenderer.renderCsv(report, table, csv);
    }
    System.out.println("projects " + report.getProjectCount() + " indicators " + report.getIndicatorRowCount() + " markdown "
        + markdown.chars + " json " + json.chars + " csv " + csv.chars);
  }
}
