package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortfolioTest {

  private final Portfolio portfolio = Portfolio.builder()
      .id(PortfolioId.of("seed-003"))
      .title(LocalizedText.italian("Progetti"))
      .language("it")
      .addOrganisation(Organisation.builder().id(OrganisationId.of("cnam")).name("CNAM").country(CountryCode.of("FR")).build())
      .addOrganisation(Organisation.builder().id(OrganisationId.of("comune-cuneo")).name("Comune di Cuneo")
          .legalForm(LegalForm.COMUNE).country(CountryCode.IT).build())
      .addProject(Project.builder().id(ProjectId.of("arlekin")).title(LocalizedText.italian("ARLEKIN"))
          .addParticipant(Participant.of("cnam", Role.LEAD)).build())
      .addProject(Project.builder().id(ProjectId.of("cuneo-sai")).title(LocalizedText.italian("Abitare"))
          .addParticipant(Participant.of("comune-cuneo", Role.LEAD)).build())
      .build();

  @Test
  void findsProjectsAndSharedOrganisations() {
    assertThat(portfolio.project(ProjectId.of("cuneo-sai"))).isPresent();
    assertThat(portfolio.project(ProjectId.of("missing"))).isEmpty();
    assertThat(portfolio.organisation(OrganisationId.of("cnam")).flatMap(Organisation::getName)).contains("CNAM");
  }

  @Test
  void aStandaloneProjectCarriesTheOrganisationsItUses() {
    Project arlekin = portfolio.standalone(portfolio.getProjects().get(0));

    assertThat(arlekin.getOrganisations()).extracting(o -> o.getId().value()).containsExactly("cnam");
    assertThat(arlekin.countries()).containsExactly(CountryCode.of("FR"));
    assertThat(arlekin.leadOrganisation().flatMap(Organisation::getName)).contains("CNAM");
    assertThat(arlekin.getLanguage()).contains("it");
    assertThat(portfolio.getProjects().get(0).countries()).as("the body alone declares nothing").isEmpty();
    assertThat(portfolio.standaloneProjects()).hasSize(2);
  }
}
