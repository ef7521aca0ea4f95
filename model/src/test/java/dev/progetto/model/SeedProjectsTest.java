package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SeedProjectsTest {

  @Test
  void femminiliPluraliAnswersWhatThePageSays() {
    Project project = SeedProjects.femminiliPluraliFase2();

    assertThat(project.getStatus()).contains(ProjectStatus.ACTIVE);
    assertThat(project.getCall().map(c -> c.getId().value())).contains("territori-inclusivi-2023");
    assertThat(project.getPeriod().flatMap(Period::durationMonths)).contains(24);
    assertThat(project.lead()).isEmpty();
    assertThat(project.partners()).extracting(p -> p.getOrganisation().value())
        .containsExactly("renken", "cooperativa-orso", "cidis", "comune-orbassano", "comune-piossasco", "comune-rivalta");
    assertThat(project.countries()).containsExactly(CountryCode.IT);
    assertThat(project.organisation(OrganisationId.of("cidis")).flatMap(Organisation::getLegalForm))
        .contains(LegalForm.CONSORZIO_SOCIO_ASSISTENZIALE);
    assertThat(project.getTerritory().orElseThrow().getMunicipalities()).extracting(Municipality::getName)
        .containsExactly("Orbassano", "Rivalta di Torino", "Piossasco");
    assertThat(project.getTargetGroups()).hasSize(8);

    TargetGroup fragile = project.targetGroup(LocalId.of("persone-fragili")).orElseThrow();
    assertThat(fragile.getExpected()).contains(Quantity.exactly(300));
    Quantity women = fragile.getComposition().get("female");
    assertThat(women.getKind()).isEqualTo(Quantity.Kind.AT_LEAST);
    assertThat(women.getMin()).contains(new BigDecimal("0.8"));
    assertThat(women.getMax()).isEmpty();

    assertThat(project.targetGroup(LocalId.of("cittadini-questionari")).flatMap(TargetGroup::getExpected))
        .contains(Quantity.approximately(350));
    assertThat(project.targetGroup(LocalId.of("cittadini-raggiunti")).flatMap(TargetGroup::getExpected)
        .map(Quantity::reference)).contains(BigDecimal.valueOf(20000));
    Indicator beneficiaries = project.indicator(LocalId.of("beneficiari")).orElseThrow();
    assertThat(beneficiaries.getTarget().map(Quantity::getKind)).contains(Quantity.Kind.APPROX);
    assertThat(beneficiaries.progress()).isEmpty();
    assertThat(project.getRelatedProjects().get(0).getRelation()).isEqualTo(Relation.PREVIOUS_PHASE);
  }

  @Test
  void impactUmbriaAnswersWhatThePageSays() {
    Project project = SeedProjects.impactUmbria();

    assertThat(project.lead().map(p -> p.getOrganisation().value())).contains("regione-umbria");
    assertThat(project.leadOrganisation().flatMap(Organisation::getLegalForm)).contains(LegalForm.REGIONE);
    assertThat(project.partners()).hasSize(8);
    assertThat(project.participants(Role.SUPPORTER)).isEmpty();
    assertThat(project.countries()).containsExactly(CountryCode.IT);
    assertThat(project.getAcronym()).contains("IMPACT");
    assertThat(project.organisation(OrganisationId.of("tamat")).map(Organisation::displayName)).contains("Tamat");
    assertThat(project.organisation(OrganisationId.of("arpal-umbria")).map(Organisation::displayName))
        .contains("ARPAL Umbria");
    assertThat(project.organisation(OrganisationId.of("nobody"))).isEmpty();
    assertThat(project.getRelatedProjects()).singleElement()
        .satisfies(r -> assertThat(r.getRelation()).isEqualTo(Relation.PREDECESSOR));
    assertThat(project.getTerritory().orElseThrow().getRegions()).containsExactly("ITI2");
    Indicator meetings = project.indicator(LocalId.of("incontri-rete")).orElseThrow();
    assertThat(meetings.latestMeasurement().map(Measurement::getValue)).contains(Quantity.exactly(5));
    assertThat(meetings.progress()).as("no target, so no progress").isEmpty();
    assertThat(project.getPeriod()).isEmpty();
  }

  @Test
  void withCopiesLeaveTheOriginalUntouched() {
    Project project = SeedProjects.impactUmbria();
    Project closed = project.withStatus(ProjectStatus.CLOSED);

    assertThat(project.getStatus()).isEmpty();
    assertThat(closed.getStatus()).contains(ProjectStatus.CLOSED);
    assertThat(closed.withStatus(java.util.Optional.empty())).isEqualTo(project);
  }
}
