package dev.progetto.validation;

import dev.progetto.model.*;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** Projects for tests: a valid one to start from, and the validator that judges them. */
final class Fixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static Validator validator() {
    return Validator.builder().clock(CLOCK).locale(Locale.ENGLISH).build();
  }

  static Organisation organisation(String id, String country, LegalForm form) {
    return Organisation.builder().id(OrganisationId.of(id)).name("Organisation " + id).country(CountryCode.of(country))
        .legalForm(form).build();
  }

  /** A complete project that breaks no model rule. */
  static Project valid() {
    return Project.builder()
        .id(ProjectId.of("casa-comune"))
        .title(LocalizedText.italian("Casa comune"))
        .status(ProjectStatus.ACTIVE)
        .identifiers(Identifiers.of(Map.of(IdentifierScheme.CUP, "J51B19000000005")))
        .period(Period.builder().start(PartialDate.of(2025, 1)).end(PartialDate.of(2027, 12)).declaredDurationMonths(36).build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("comune-cuneo")).name("Comune di Cuneo")
            .legalForm(LegalForm.COMUNE).country(CountryCode.IT)
            .identifiers(Identifiers.of(Map.of(IdentifierScheme.PARTITA_IVA, "00743110157")))
            .municipality(Municipality.of("004078", "Cuneo")).website("https://www.comune.cuneo.it").build())
        .addOrganisation(organisation("coop", "IT", LegalForm.COOPERATIVA_SOCIALE_A))
        .addParticipant(Participant.builder().organisation(OrganisationId.of("comune-cuneo")).role(Role.LEAD).budget(Money.euros("60000.00")).build())
        .addParticipant(Participant.builder().organisation(OrganisationId.of("coop")).role(Role.PARTNER).budget(Money.euros("40000.00")).build())
        .territory(Territory.builder().addCountry(CountryCode.IT).addRegion("ITC16").addMunicipality(Municipality.of("004078", "Cuneo")).build())
        .addObjective(Objective.of("o1", "Stabilizzare la situazione abitativa"))
        .addWorkPackage(WorkPackage.builder().id(LocalId.of("wp1")).title(LocalizedText.italian("Gestione")).lead(OrganisationId.of("comune-cuneo")).build())
        .addActivity(Activity.builder().id(LocalId.of("a1")).title(LocalizedText.italian("Sportello casa")).workPackage(LocalId.of("wp1"))
            .addOrganisation(OrganisationId.of("coop")).build())
        .addTargetGroup(TargetGroup.builder().id(LocalId.of("tg1")).description(LocalizedText.italian("Persone in uscita dal SAI"))
            .category(TargetGroupCategory.REFUGEES).expected(Quantity.between(120, 140).per(Quantity.Per.YEAR))
            .putComposition("female", Quantity.atLeast("0.3")).build())
        .addIndicator(Indicator.builder().id(LocalId.of("i1")).code("amif-2021-2027:O.2.3.1").name(LocalizedText.italian("Persone accompagnate"))
            .type(IndicatorType.OUTPUT).unit(IndicatorUnit.PERSONS).targetGroup(LocalId.of("tg1")).target(Quantity.exactly(300))
            .addMeasurement(Measurement.builder().period(Period.of(PartialDate.of(2025, 12), PartialDate.of(2025, 12)))
                .value(Quantity.exactly(100)).putDisaggregation("sex", Map.of("female", BigDecimal.valueOf(40), "male", BigDecimal.valueOf(60))).build())
            .build())
        .budget(Budget.builder().total(Money.euros("100000.00")).requestedGrant(Money.euros("75000.00"))
            .addLine(BudgetLine.builder().id(LocalId.of("l1")).title(LocalizedText.italian("Personale")).amount(Money.euros("70000.00")).build())
            .addLine(BudgetLine.builder().id(LocalId.of("l2")).title(LocalizedText.italian("Affitti")).amount(Money.euros("30000.00")).workPackage(LocalId.of("wp1")).build())
            .addFunding(Funding.builder().source("ministero").kind(FundingKind.GRANT).amount(Money.euros("75000.00")).build())
            .addFunding(Funding.builder().source("comune-cuneo").kind(FundingKind.CO_FINANCING).amount(Money.euros("25000.00")).build())
            .build())
        .addLink(Link.builder().url("https://www.comune.cuneo.it/casa").type(LinkType.DETAIL).build())
        .build();
  }
}
