package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Document;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Role;
import dev.progetto.report.PortfolioReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Real rows of the public exports (src/test/resources/dev/progetto/tabular/exports, with their
 * source and licence) import into a portfolio that the report rolls up.
 */
class PublicExportSamplesTest {

  private static final Path EXPORTS = Path.of("src", "test", "resources", "dev", "progetto", "tabular", "exports");

  @Test
  void theErasmusPlusSampleImportsIntoAPortfolioTheReportRollsUp() throws Exception {
    ReadResult<Document> result = TabularMapper.standard().read(EXPORTS.resolve("ErasmusPlus_Projects_Overview.csv"));
    assertThat(result.getIssues()).filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR).isEmpty();
    Portfolio portfolio = (Portfolio) result.getDocument().orElseThrow();
    assertThat(portfolio.getProjects()).hasSize(2);

    Project first = portfolio.getProjects().get(0);
    assertThat(first.getIdentifiers().get(IdentifierScheme.ERASMUS_PROJECT_NUMBER)).contains("2014-1-LI01-KA200-000005");
    assertThat(first.getTitle().get("en")).contains("Community Education");
    assertThat(first.getStatus()).contains(ProjectStatus.CLOSED);
    assertThat(first.getParticipants()).extracting(p -> p.getRole())
        .containsExactly(Role.LEAD, Role.PARTNER, Role.PARTNER, Role.PARTNER, Role.PARTNER);
    assertThat(first.getTerritory().orElseThrow().getCountries())
        .containsExactly(CountryCode.of("LI"), CountryCode.of("DE"), CountryCode.of("BE"));
    Project second = portfolio.getProjects().get(1);
    assertThat(second.getStatus()).contains(ProjectStatus.ACTIVE);
    // the export's EL is Greece
    assertThat(second.getTerritory().orElseThrow().getCountries()).contains(CountryCode.of("GR"));
    assertThat(portfolio.getOrganisations()).hasSize(10)
        .anySatisfy(o -> assertThat(o.getWebsite()).hasValueSatisfying(w -> assertThat(w.toString())
            .isEqualTo("https://www.liechtenstein-institut.li")));
    assertThat(result.getSourceMap().locate("/projects/1/title").orElseThrow().reference())
        .isEqualTo("ErasmusPlus_Projects_Overview.csv!F3");

    PortfolioReport report = PortfolioReport.of(portfolio, Locale.ITALIAN);
    assertThat(report.getProjectCount()).isEqualTo(2);
    assertThat(report.getMoney()).singleElement().satisfies(money -> {
      assertThat(money.currency()).isEqualTo("EUR");
      assertThat(money.grant()).isEqualByComparingTo(new BigDecimal("560851.93"));
      assertThat(money.projectsWithGrant()).isEqualTo(2);
    });
    assertThat(report.getOrganisations()).hasSize(10);
    assertThat(report.getCountriesAbroad()).extracting(PortfolioReport.PlaceRow::code).contains("LI", "ES", "GR");
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).doesNotContain("format.syntax");
  }
}
