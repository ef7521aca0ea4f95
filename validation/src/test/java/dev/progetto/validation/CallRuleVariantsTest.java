package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The variants of the call rules' findings: each rule set alone by an integrator's call, on the
 * valid fixture project changed where the variant needs it.
 */
class CallRuleVariantsTest {

  private static final String CALL = "regione-varianti";

  /** The findings of the call's one rule, set with the parameters, on the project. */
  private static List<ValidationIssue> findings(String rule, Map<String, ?> parameters, Project project) {
    Call call = Call.builder().id(CallId.of(CALL))
        .putRule(rule, RuleSetting.builder().parameters(Parameters.of(parameters)).build()).build();
    Validator validator = Validator.builder().clock(Fixtures.CLOCK).locale(java.util.Locale.ENGLISH).addCall(call).build();
    Project named = project.getCall().isPresent() ? project : project.withCall(CallRef.of(CALL));
    List<ValidationIssue> findings = new ArrayList<>();
    for (ValidationIssue issue : validator.validate(named).getIssues()) {
      if (issue.getCall().isPresent() && issue.getCall().get().equals(CALL)) {
        findings.add(issue);
      }
    }
    return findings;
  }

  private static Project withCall(CallRef.Builder call) {
    return Fixtures.valid().withCall(call.id(CallId.of(CALL)).build());
  }

  @Test
  void aRateAboveTheMaximumIsAnErrorWhenNoActionTypeAllowsIt() {
    List<ValidationIssue> issues = findings("budget.co-financing-rate",
        Map.of("max", 0.5, "byActionType", Map.of("KA210", 0.6)), Fixtures.valid());

    assertThat(issues).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("budget.co-financing-rate");
      assertThat(issue.getPointer()).isEqualTo("/budget/requestedGrant");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
    });
  }

  @Test
  void aRateAnUnstatedActionTypeMayAllowIsOnlyInformation() {
    Map<String, Object> rates = new LinkedHashMap<>();
    rates.put("KA210", 0.8);
    rates.put("KA120", 0.7);
    rates.put("KA220", 0.75);
    List<ValidationIssue> issues = findings("budget.co-financing-rate",
        Map.of("max", 0.5, "byActionType", rates), Fixtures.valid());

    assertThat(issues).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("budget.co-financing-rate.unstated");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFO);
      assertThat(issue.getArguments()).last().isEqualTo("KA210, KA220");
    });
  }

  @Test
  void aStatedActionTypeIsHeldToItsOwnRate() {
    Project project = withCall(CallRef.builder().actionType("KA210"));
    Map<String, ?> parameters = Map.of("max", 0.5, "byActionType", Map.of("KA210", 0.7));

    assertThat(findings("budget.co-financing-rate", parameters, project)).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("budget.co-financing-rate.action-type");
      assertThat(issue.getMessage()).isEqualTo("the grant covers 75.0% of the total; the call allows at most 70.0% for actions of type KA210");
    });
    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.5, "byActionType", Map.of("KA210", 0.8)), project)).isEmpty();
  }

  @Test
  void anActionTypeTheCallHasNoRateForIsSaidToGetTheGeneralRate() {
    Project project = withCall(CallRef.builder().actionType("annex-4"));
    Map<String, ?> parameters = Map.of("max", 0.5, "byActionType", Map.of("annex-iv", 0.9, "specific-action", 0.9));

    assertThat(findings("budget.co-financing-rate", parameters, project)).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("budget.co-financing-rate.unknown-action-type");
      assertThat(issue.getMessage()).startsWith("the grant covers 75.0% of the total; the call allows at most 50.0%, as the action type "
          + "\"annex-4\" is none of those it sets rates for: ");
      assertThat(issue.getMessage()).contains("annex-iv").contains("specific-action");
    });
  }

  @Test
  void aCountryOutsideTheCallsCountriesOrRegionsIsReported() {
    assertThat(findings("territory.eligible", Map.of("countries", List.of("FR", "DE")), Fixtures.valid()))
        .extracting(ValidationIssue::getMessageKey, ValidationIssue::getPointer)
        .containsExactly(tuple("territory.eligible.country", "/territory/countries/0"));
    assertThat(findings("territory.eligible", Map.of("countries", List.of("eu")), Fixtures.valid())).isEmpty();
    assertThat(findings("territory.eligible", Map.of("regions", List.of("ITC1")), Fixtures.valid())).isEmpty();
    assertThat(findings("territory.eligible", Map.of("regions", List.of("FR1")), Fixtures.valid()))
        .extracting(ValidationIssue::getMessageKey, ValidationIssue::getPointer)
        .containsExactly(tuple("territory.eligible.country", "/territory/countries/0"),
            tuple("territory.eligible.region", "/territory/regions/0"),
            tuple("territory.eligible.municipality", "/territory/municipalities/0/istat"));
  }

  private static Project inComuni(Municipality... comuni) {
    Project project = Fixtures.valid();
    return project.withTerritory(Territory.builder().addCountry(CountryCode.IT).addMunicipalities(comuni).build());
  }

  @Test
  void aComuneOutsideTheCallsRegionsIsReportedByItsIstatCode() {
    Map<String, ?> piemonteLiguria = Map.of("regions", List.of("ITC1", "ITC3"));

    assertThat(findings("territory.eligible", piemonteLiguria, inComuni(Municipality.of("015146", "Milano"))))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getPointer()).isEqualTo("/territory/municipalities/0/istat");
          assertThat(issue.getMessage()).isEqualTo("the comune Milano (ISTAT 015146) is in the region ITC4, outside the call's "
              + "regions ITC1, ITC3");
          assertThat(issue.getMessage(java.util.Locale.ITALIAN)).isEqualTo("il comune Milano (ISTAT 015146) è nella regione ITC4, "
              + "fuori dalle regioni del bando ITC1, ITC3");
        });
    // Aosta (007) is not Liguria (008 to 011)
    assertThat(findings("territory.eligible", piemonteLiguria, inComuni(Municipality.of("010025", "Genova"),
        Municipality.of("096004", "Biella"), Municipality.of("103072", "Verbania"), Municipality.of("007003", "Aosta"))))
        .extracting(ValidationIssue::getPointer).containsExactly("/territory/municipalities/3/istat");
    // a call region of NUTS 3 within the comune's region: the province code cannot tell, so no finding
    assertThat(findings("territory.eligible", Map.of("regions", List.of("ITC16")), inComuni(Municipality.of("001272", "Torino"))))
        .isEmpty();
    // a comune coded under a Sardinian province of 2005-2016 (Olbia-Tempio, 104) is in Sardegna
    assertThat(findings("territory.eligible", piemonteLiguria, inComuni(Municipality.of("104017", "Olbia"))))
        .singleElement().satisfies(issue -> assertThat(issue.getMessage()).contains("the region ITG2"));
    // and so is one coded under a province of Sardinia's reform (Gallura Nord-Est Sardegna, 113, from 2026)
    assertThat(findings("territory.eligible", piemonteLiguria, inComuni(Municipality.of("113050", "Olbia"))))
        .singleElement().satisfies(issue -> assertThat(issue.getMessage()).contains("the region ITG2"));
    // without an ISTAT code, or with one of no province, nothing is concluded
    assertThat(findings("territory.eligible", piemonteLiguria, inComuni(Municipality.named("Milano"),
        Municipality.of("999001", "Nowhere")))).isEmpty();
    // a call that gives only countries leaves comuni to them
    assertThat(findings("territory.eligible", Map.of("countries", List.of("IT")), inComuni(Municipality.of("015146", "Milano"))))
        .isEmpty();
  }

  @Test
  void aMilanoProjectIsOutsideTerritoriInclusivi() {
    Project project = inComuni(Municipality.of("015146", "Milano")).withCall(CallRef.of("territori-inclusivi-2023"));

    assertThat(Fixtures.validator().validate(project).getIssues())
        .filteredOn(issue -> issue.getRule().equals("territory.eligible"))
        .extracting(ValidationIssue::getSeverity, ValidationIssue::getPointer)
        .containsExactly(tuple(IssueSeverity.ERROR, "/territory/municipalities/0/istat"));
  }

  /** The fixture with the lead's and the partner's organisations in the given countries (null: not stated). */
  private static Project inCountries(String lead, String... partners) {
    Project project = Fixtures.valid();
    List<Organisation> organisations = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    Organisation first = project.getOrganisations().get(0);
    organisations.add(lead == null ? first.withCountry(java.util.Optional.empty()) : first.withCountry(CountryCode.of(lead)));
    participants.add(project.getParticipants().get(0));
    for (int i = 0; i < partners.length; i++) {
      organisations.add(Fixtures.organisation("p" + i, partners[i], LegalForm.ASSOCIAZIONE));
      participants.add(Participant.of("p" + i, Role.PARTNER));
    }
    return project.withOrganisations(organisations).withParticipants(participants);
  }

  @Test
  void aTransnationalPartnershipCountsPartnersFromOtherCountriesThanItsLeads() {
    Map<String, ?> one = Map.of("min", 1);

    assertThat(findings("partnership.transnational", one, inCountries("ES", "ES"))).singleElement().satisfies(issue ->
        assertThat(issue.getMessage()).isEqualTo("the project has 0 partners from other countries; the call requires at least 1"));
    assertThat(findings("partnership.transnational", one, inCountries("IT", "IT"))).hasSize(1);
    assertThat(findings("partnership.transnational", one, inCountries("ES", "IT"))).isEmpty();
    assertThat(findings("partnership.transnational", one, inCountries("IT", "ES"))).isEmpty();
    // the lead is not a partner from another country of its own
    assertThat(findings("partnership.transnational", Map.of("min", 2), inCountries("ES", "ES", "IT"))).hasSize(1);
    assertThat(findings("partnership.transnational", Map.of("min", 2), inCountries("ES", "IT", "FR"))).isEmpty();
    // a lead of no stated country: the call's country stands in for it, and without one nothing is concluded
    assertThat(findings("partnership.transnational", Map.of("min", 1, "country", "IT"), inCountries(null, "IT"))).hasSize(1);
    assertThat(findings("partnership.transnational", Map.of("min", 1, "country", "IT"), inCountries(null, "ES"))).isEmpty();
    assertThat(findings("partnership.transnational", one, inCountries(null, "IT"))).isEmpty();
    assertThat(findings("partnership.transnational", one, inCountries(null))).hasSize(1);
  }

  @Test
  void equalIsTransnationalForASpanishPartnershipToo() {
    Project spanish = inCountries("ES", "ES").withCall(CallRef.of("equal-2000-2006"));

    assertThat(Fixtures.validator().validate(spanish).getIssues()).extracting(ValidationIssue::getRule)
        .contains("partnership.transnational");
    assertThat(Fixtures.validator().validate(inCountries("ES", "IT").withCall(CallRef.of("equal-2000-2006"))).getIssues())
        .extracting(ValidationIssue::getRule).doesNotContain("partnership.transnational");
  }

  /** The fixture with its grant stated only in its funding, which adds up to the total. */
  private static Project fundedBy(String grant, String own) {
    Project project = Fixtures.valid();
    Budget budget = project.getBudget().orElseThrow().withRequestedGrant(java.util.Optional.empty()).withFunding(
        Funding.builder().source("Compagnia di San Paolo").kind(FundingKind.GRANT).amount(Money.euros(grant)).build(),
        Funding.builder().source("comune-cuneo").kind(FundingKind.OWN_FUNDS).amount(Money.euros(own)).build());
    return project.withBudget(budget);
  }

  @Test
  void theGrantOfACompleteRecordsFundingIsTheGrant() {
    Project ninety = fundedBy("90000.00", "10000.00");

    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.75), ninety)).singleElement().satisfies(issue -> {
      assertThat(issue.getPointer()).isEqualTo("/budget/funding");
      assertThat(issue.getMessage()).isEqualTo("the grant covers 90.0% of the total; the call allows at most 75.0%");
    });
    assertThat(findings("budget.grant-range", Map.of("min", 10000, "max", 80000), ninety)).singleElement().satisfies(issue -> {
      assertThat(issue.getPointer()).isEqualTo("/budget/funding");
      assertThat(issue.getMessage()).isEqualTo("the grant 90000.00 stated in the funding is outside the call's range from 10000 to 80000");
    });
    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.75), fundedBy("70000.00", "30000.00"))).isEmpty();
    assertThat(findings("budget.grant-range", Map.of("min", 10000, "max", 80000), fundedBy("70000.00", "30000.00"))).isEmpty();
    // a partial record's funding may leave out what its source does not say; so may funding that falls short of the total
    Project partial = ninety.withCompleteness(Completeness.PARTIAL);
    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.75), partial)).isEmpty();
    assertThat(findings("budget.grant-range", Map.of("min", 10000, "max", 80000), partial)).isEmpty();
    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.75), fundedBy("90000.00", "5000.00"))).isEmpty();
    // a stated requested grant comes first
    Project requested = ninety.withBudget(ninety.getBudget().orElseThrow().withRequestedGrant(Money.euros("70000.00")));
    assertThat(findings("budget.co-financing-rate", Map.of("max", 0.75), requested)).isEmpty();
  }

  @Test
  void anExcludedComuneIsFoundByItsIstatCodeOrByItsNameAlone() {
    assertThat(findings("territory.eligible", Map.of("excludes", List.of(Map.of("istat", "004078"))), Fixtures.valid()))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getMessageKey()).isEqualTo("territory.eligible.excluded");
          assertThat(issue.getPointer()).isEqualTo("/territory/municipalities/0");
        });
    assertThat(findings("territory.eligible", Map.of("excludes", List.of(Map.of("name", "CUNEO"))), Fixtures.valid()))
        .extracting(ValidationIssue::getMessageKey).containsExactly("territory.eligible.excluded");
    assertThat(findings("territory.eligible", Map.of("excludes", List.of(Map.of("name", "Cuneo", "istat", "004079"))),
        Fixtures.valid())).isEmpty();
  }

  private static final List<Map<String, Object>> WINDOWS = List.of(
      Map.of("round", 1, "from", "2024-03-01", "to", "2024-08-31"),
      Map.of("round", 2, "from", "2025-03-01", "to", "2025-05-31"));

  @Test
  void aStartOutsideTheWindowOfTheProjectsRoundIsReportedWithTheRound() {
    Project project = Fixtures.valid()
        .withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2024-2-IT03-KA220-YOU-000123456"));

    assertThat(findings("period.start-window", Map.of("windows", WINDOWS), project)).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("period.start-window.round");
      assertThat(issue.getPointer()).isEqualTo("/period/start");
      assertThat(issue.getArguments()).containsExactly("2025-01", "2025-03-01", "2025-05-31", "2");
    });
  }

  @Test
  void withoutARoundTheStartMustFallInSomeRoundsWindow() {
    assertThat(findings("period.start-window", Map.of("windows", WINDOWS), Fixtures.valid())).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getMessageKey()).isEqualTo("period.start-window.rounds");
          assertThat(issue.getArguments()).containsExactly("2025-01", "1: 2024-03-01 - 2024-08-31; 2: 2025-03-01 - 2025-05-31");
        });
    List<Map<String, Object>> open = List.of(WINDOWS.get(0), Map.of("round", 2, "from", "2024-12-01"));
    assertThat(findings("period.start-window", Map.of("windows", open), Fixtures.valid())).isEmpty();
  }

  @Test
  void objectivesAreMatchedThroughAliasesAndPairs() {
    Project project = withCall(CallRef.builder().addObjectives("OS2/ON2", "so1", "ON3", "OS2-ON1", "ON9", "OS7"));
    Map<String, ?> parameters = Map.of("codes", List.of("OS1", "OS2"), "aliases", Map.of("SO1", "OS1"),
        "pairs", Map.of("OS2", List.of("ON2", "ON3")));

    assertThat(findings("call.objective", parameters, project))
        .extracting(ValidationIssue::getMessageKey, ValidationIssue::getPointer)
        .containsExactly(tuple("call.objective.pair", "/call/objectives/3"),
            tuple("call.objective", "/call/objectives/4"),
            tuple("call.objective", "/call/objectives/5"));
  }

  @Test
  void moreWorkPackagesThanRecommendedIsAWarning() {
    assertThat(findings("work-packages.count", Map.of("recommendedMax", 0), Fixtures.valid())).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getMessageKey()).isEqualTo("work-packages.count.recommended");
          assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
        });
    assertThat(findings("work-packages.count", Map.of("min", 2), Fixtures.valid())).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getMessage()).isEqualTo("the project has 1 work package; the call requires at least 2");
          assertThat(issue.getMessage(java.util.Locale.ITALIAN))
              .isEqualTo("il progetto ha 1 work package; il bando ne richiede almeno 2");
        });
    assertThat(findings("work-packages.count", Map.of("max", 0), Fixtures.valid())).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage()).isEqualTo("the project has 1 work package; the call allows at most 0"));
  }

  @Test
  void aPeriodKnownToTheYearIsHeldToTheCallsRangeWithEveryDurationItAdmits() {
    // from 2022 to 2025: at least 26 months (December 2022 to January 2025), at most 48
    Project years = Fixtures.valid().withPeriod(Period.of(PartialDate.of(2022), PartialDate.of(2025)));
    assertThat(findings("period.duration-range", Map.of("min", 6, "max", 24), years)).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getMessage()).isEqualTo("the project lasts 26 to 48 months; the call allows 6 to 24");
          assertThat(issue.getMessage(java.util.Locale.ITALIAN))
              .isEqualTo("il progetto dura da 26 a 48 mesi; il bando ammette da 6 a 24");
        });
    assertThat(findings("period.duration-range", Map.of("min", 50), years)).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage(java.util.Locale.ITALIAN))
            .isEqualTo("il progetto dura da 26 a 48 mesi; il bando richiede almeno 50"));
    assertThat(findings("period.duration-range", Map.of("max", 26), years)).isEmpty();
  }

  @Test
  void theGrantIsHeldToItsCapAndToItsCeilingPerMonth() {
    assertThat(findings("budget.grant-per-month", Map.of("cap", 50000), Fixtures.valid())).singleElement()
        .satisfies(issue -> assertThat(issue.getMessageKey()).isEqualTo("budget.grant-per-month.cap"));
    assertThat(findings("budget.grant-per-month", Map.of("max", 1000), Fixtures.valid())).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getMessageKey()).isEqualTo("budget.grant-per-month");
          assertThat(issue.getArguments()).containsExactly("75000.00", "36000", "36", "1000");
        });
    assertThat(findings("budget.grant-per-month", Map.of("max", 3000), Fixtures.valid())).isEmpty();
  }

  @Test
  void theLeadsLegalFormIsHeldToTheAllowedAndForbiddenForms() {
    assertThat(findings("partnership.lead-legal-form", Map.of("allowed", List.of("associazione")), Fixtures.valid()))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getPointer()).isEqualTo("/participants/0");
          assertThat(issue.getArguments()).containsExactly("comune");
        });
    assertThat(findings("partnership.lead-legal-form", Map.of("forbidden", List.of("comune")), Fixtures.valid())).hasSize(1);
    assertThat(findings("partnership.lead-legal-form", Map.of("allowed", List.of("comune"), "forbidden", List.of("associazione")),
        Fixtures.valid())).isEmpty();
  }

  @Test
  void theManagementShareIsTakenOfTheWorkPackageTheCallNames() {
    Project project = Fixtures.valid()
        .withWorkPackages(
            WorkPackage.builder().id(LocalId.of("wp1")).title(LocalizedText.italian("Gestione")).budget(Money.euros("10000")).build(),
            WorkPackage.builder().id(LocalId.of("wp2")).title(LocalizedText.italian("Sportello")).budget(Money.euros("50000")).build())
        .withBudget(Budget.builder().lumpSum(Money.euros("100000")).build());

    assertThat(findings("budget.management-share", Map.of("max", 0.3, "workPackage", "WP2"), project)).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getPointer()).isEqualTo("/workPackages/1/budget");
          assertThat(issue.getArguments()).containsExactly("wp2", "50.0%", "30.0%");
        });
    assertThat(findings("budget.management-share", Map.of("max", 0.3), project)).isEmpty();
    assertThat(findings("budget.management-share", Map.of("max", 0.05, "workPackage", "wp9"), project))
        .extracting(ValidationIssue::getPointer).containsExactly("/workPackages/0/budget");
  }

  @Test
  void eachGroupOfRequiredMembersIsCountedAndAMalformedOneIsMisconfigured() {
    Map<String, ?> parameters = Map.of("groups", List.of(Map.of("legalForms", List.of("comune"), "min", 2),
        Map.of("legalForms", List.of("cooperativa-sociale-a")), "not a group"));

    assertThat(findings("partnership.required-member", parameters, Fixtures.valid()))
        .extracting(ValidationIssue::getMessageKey, ValidationIssue::getPointer)
        .containsExactlyInAnyOrder(tuple("partnership.required-member", "/participants"),
            tuple("call.parameter", "/call"));
  }
}
