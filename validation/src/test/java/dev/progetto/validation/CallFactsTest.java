package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Facts of the official texts behind the built-in calls, each checked on a project that real
 * applicants write: what the text admits gets no finding, what it refuses gets its rule.
 */
class CallFactsTest {

  private final Validator validator = Fixtures.validator();

  private List<String> rules(Project project, IssueSeverity severity) {
    List<String> rules = new ArrayList<>();
    for (ValidationIssue issue : validator.validate(project).getIssues()) {
      if (issue.getSeverity() == severity) {
        rules.add(issue.getRule());
      }
    }
    return rules;
  }

  private List<ValidationIssue> issues(Project project, String rule) {
    List<ValidationIssue> found = new ArrayList<>();
    for (ValidationIssue issue : validator.validate(project).getIssues()) {
      if (issue.getRule().equals(rule)) {
        found.add(issue);
      }
    }
    return found;
  }

  private static WorkPackage workPackage(String id, String title, String budget) {
    return WorkPackage.builder().id(LocalId.of(id)).title(LocalizedText.english(title)).budget(Money.euros(budget)).build();
  }

  /** A KA220 project written as applicants write it: work packages {@code WP1}..{@code WP3}. */
  private static Project ka220WithWorkPackages(String management) {
    return CallRulesTest.ka220().withBudget(Budget.builder().lumpSum(Money.euros("250000")).build())
        .withWorkPackages(workPackage("WP1", "Project management", management),
            workPackage("WP2", "Training modules", "100000"),
            workPackage("WP3", "Dissemination", String.valueOf(150000 - Integer.parseInt(management))));
  }

  @Test
  void theProjectManagementWorkPackageIsFoundWhateverTheCaseOfItsId() {
    assertThat(validator.validate(ka220WithWorkPackages("40000")).getIssues()).isEmpty();

    List<ValidationIssue> share = issues(ka220WithWorkPackages("90000"), "budget.management-share");
    assertThat(share).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
      assertThat(issue.getPointer()).isEqualTo("/workPackages/0/budget");
      assertThat(issue.getMessage()).isEqualTo("the work package WP1 takes 36.0% of the lump sum; the call allows at most 20.0%");
    });
    assertThat(issues(ka220WithWorkPackages("90000"), "work-packages.project-management")).isEmpty();
  }

  @Test
  void aWorkPackageMarkedAsManagementIsTheOneTheShareIsCheckedOn() {
    Project marked = CallRulesTest.ka220().withBudget(Budget.builder().lumpSum(Money.euros("250000")).build())
        .withWorkPackages(workPackage("A", "Coordination and quality", "60000").withType(WorkPackageType.MANAGEMENT),
            workPackage("B", "Curriculum", "100000"), workPackage("C", "Pilots", "90000"));
    assertThat(issues(marked, "budget.management-share")).singleElement()
        .satisfies(issue -> assertThat(issue.getPointer()).isEqualTo("/workPackages/0/budget"));

    Project unnamed = marked.withWorkPackages(workPackage("A", "Curriculum", "60000"), workPackage("B", "Pilots", "100000"),
        workPackage("C", "Results", "90000"));
    assertThat(issues(unnamed, "work-packages.project-management")).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage()).contains("the first, \"A\", is taken as project management"));
    assertThat(issues(unnamed, "budget.management-share")).singleElement()
        .satisfies(issue -> assertThat(issue.getPointer()).isEqualTo("/workPackages/0/budget"));
  }

  @Test
  void workPackagesOneForManagementAtLeastOneMoreAtMostElevenFiveRecommended() {
    Project one = CallRulesTest.ka220().withBudget(Budget.builder().build()).withWorkPackages(workPackage("WP1", "Project management", "1"));
    assertThat(issues(one, "work-packages.count")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);

    List<WorkPackage> seven = new ArrayList<>();
    for (int w = 1; w <= 7; w++) {
      seven.add(WorkPackage.builder().id(LocalId.of("WP" + w)).title(LocalizedText.english(w == 1 ? "Project management" : "Work " + w)).build());
    }
    assertThat(issues(one.withWorkPackages(seven), "work-packages.count")).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getMessage()).isEqualTo("the project has 7 work packages; the call recommends at most 5");
    });

    List<WorkPackage> twelve = new ArrayList<>(seven);
    for (int w = 8; w <= 12; w++) {
      twelve.add(WorkPackage.builder().id(LocalId.of("WP" + w)).title(LocalizedText.english("Work " + w)).build());
    }
    assertThat(issues(one.withWorkPackages(twelve), "work-packages.count")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  /** 2023-2-IT03-KA220-YOU-000176636, a project of the October round of the 2023 youth call, starting in March 2024. */
  private static Project youthRoundTwo(String number, PartialDate start) {
    return CallRulesTest.ka220().withCall(CallRef.of("erasmus-plus-2023-ka220-you"))
        .withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, number))
        .withPeriod(Period.of(start, PartialDate.of(start.getYear() + 2, start.getMonth().orElseThrow())))
        .withBudget(Budget.builder().lumpSum(Money.euros("250000")).build()).withWorkPackages(List.of());
  }

  @Test
  void aSecondRoundProjectIsJudgedByItsRoundsWindow() {
    assertThat(rules(youthRoundTwo("2023-2-IT03-KA220-YOU-000176636", PartialDate.of(2024, 3, 1)), IssueSeverity.ERROR)).isEmpty();
    assertThat(issues(youthRoundTwo("2023-2-IT03-KA220-YOU-000176636", PartialDate.of(2024, 3, 1)), "period.start-window")).isEmpty();

    List<ValidationIssue> roundOne = issues(youthRoundTwo("2023-1-IT03-KA220-YOU-000176636", PartialDate.of(2024, 3, 1)),
        "period.start-window");
    assertThat(roundOne).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .startsWith("the project starts 2024-03-01; round 1 of the call admits starts from 2023-09-01 to 2023-12-31"));
  }

  @Test
  void projectNumbersOfTheProgrammeBefore2021AreAcceptedAndCheckedAgainstTheirCall() {
    Project ka202 = Project.builder().id(ProjectId.of("vet-2020")).title(LocalizedText.english("VET partnership"))
        .call(CallRef.of("erasmus-plus-2020-ka202"))
        .identifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2020-1-AT01-KA202-078021"))
        .period(Period.of(PartialDate.of(2020, 10), PartialDate.of(2022, 9)))
        .addOrganisation(Fixtures.organisation("at", "AT", LegalForm.VET_PROVIDER))
        .addOrganisation(Fixtures.organisation("it", "IT", LegalForm.ASSOCIAZIONE))
        .addOrganisation(Fixtures.organisation("es", "ES", LegalForm.NGO))
        .addParticipant(Participant.of("at", Role.LEAD)).addParticipant(Participant.of("it", Role.PARTNER))
        .addParticipant(Participant.of("es", Role.PARTNER))
        .budget(Budget.builder().requestedGrant(Money.euros("210000")).build())
        .build();
    assertThat(validator.validate(ka202).getIssues()).isEmpty();

    Project wrongYear = ka202.withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2019-1-AT01-KA204-078021"));
    assertThat(issues(wrongYear, "identifier.erasmus-project-number.call")).extracting(ValidationIssue::getMessage)
        .containsExactly("the year of the project number is 2019, the call's is 2020",
            "the action of the project number is KA204, the call's is KA202");

    Project overCeiling = ka202.withBudget(Budget.builder().requestedGrant(Money.euros("300001")).build());
    assertThat(issues(overCeiling, "budget.grant-per-month")).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage()).isEqualTo("the grant 300001 is above 300000, the call's 12500 a month for 24 months"));

    for (String number : List.of("2017-1-FR01-KA202-037441", "2019-1-IT02-KA229-063155_1", "2024-3-TR01-KA210-YOU-000285989")) {
      assertThat(issues(ka202.withCall(Optional.empty()).withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, number)),
          "identifier.erasmus-project-number")).as(number).isEmpty();
    }
  }

  @Test
  void theCalls2014To2020ArePartOfTheCatalogue() {
    for (String id : List.of("erasmus-plus-2014-ka201", "erasmus-plus-2020-ka202", "erasmus-plus-2016-ka203", "erasmus-plus-2018-ka204",
        "erasmus-plus-2019-ka205", "erasmus-plus-2015-ka219", "erasmus-plus-2019-ka229")) {
      ResolvedCall call = CallCatalogue.builtIn().resolve(id).orElseThrow();
      assertThat(call.isAbstract()).as(id).isFalse();
      assertThat(call.call().getAction()).as(id).contains(id.substring(id.length() - 5).toUpperCase(Locale.ROOT));
      assertThat(call.rules()).as(id).containsKeys("partnership.min-organisations", "period.duration-range");
    }
  }

  @Test
  void the2021CallHadAVariableGrantNotLumpSums() {
    Project project = CallRulesTest.ka220().withCall(CallRef.of("erasmus-plus-2021-ka220-vet"))
        .withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2021-1-FR01-KA220-VET-000123456"))
        .withPeriod(Period.of(PartialDate.of(2021, 12, 1), PartialDate.of(2023, 11, 30)))
        .withWorkPackages(List.of())
        .withBudget(Budget.builder().requestedGrant(Money.euros("247854")).build());
    assertThat(validator.validate(project).getIssues()).isEmpty();

    assertThat(issues(project.withBudget(Budget.builder().requestedGrant(Money.euros("450000")).build()), "budget.grant-range"))
        .singleElement().extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  /** An AMIF 2021-2027 project whose grant covers 90% of its total. */
  private static Project amif(Optional<String> actionType, String objective) {
    return Fixtures.valid().withCall(CallRef.builder().id(CallId.of("fami-2021-2027")).actionType(actionType).addObjective(objective).build())
        .withStatus(Optional.empty())
        .withBudget(Budget.builder().total(Money.euros("100000")).requestedGrant(Money.euros("90000")).build());
  }

  @Test
  void amifCoFinancingAllowsTheHigherRatesOfArticle15() {
    assertThat(issues(amif(Optional.of("annex-iv"), "SO2"), "budget.co-financing-rate")).isEmpty();
    assertThat(issues(amif(Optional.of("emergency-assistance"), "SO2"), "budget.co-financing-rate")).isEmpty();
    assertThat(issues(amif(Optional.empty(), "SO2"), "budget.co-financing-rate")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.INFO);
    assertThat(issues(amif(Optional.of("general"), "SO2"), "budget.co-financing-rate")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.WARNING);
  }

  @Test
  void amifObjectivesInTheirItalianSpellingAreTheSameCodes() {
    assertThat(issues(amif(Optional.of("annex-iv"), "OS2"), "call.objective")).isEmpty();
    assertThat(issues(amif(Optional.of("annex-iv"), "obiettivo specifico 2"), "call.objective")).isEmpty();
    assertThat(issues(amif(Optional.of("annex-iv"), "OS5"), "call.objective")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  private static Project fami2014(String objective, PartialDate end) {
    return Fixtures.valid().withStatus(Optional.empty())
        .withCall(CallRef.builder().id(CallId.of("fami-2014-2020")).addObjective(objective).build())
        .withPeriod(Period.of(PartialDate.of(2022, 7), end))
        .withIndicators(List.of());
  }

  @Test
  void fami2014To2020ObjectivesArePairsAndItsExpenditureRanToJune2024() {
    // every specific objective of the programme's model has three national objectives: resettlement is OS1-ON3
    for (String written : List.of("OS2/ON2", "OS2 ON3", "OS1–ON1 lett. e)", "OS2", "OS1/ON3", "OS3/ON1", "OS3-ON3")) {
      assertThat(issues(fami2014(written, PartialDate.of(2024, 6, 30)), "call.objective")).as(written).isEmpty();
    }
    assertThat(issues(fami2014("OS1/ON4", PartialDate.of(2024, 6)), "call.objective")).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage()).contains("the national objective ON4 with OS1"));
    assertThat(issues(fami2014("OS2/ON2", PartialDate.of(2024, 6, 30)), "period.programme")).isEmpty();
    assertThat(issues(fami2014("OS2/ON2", PartialDate.of(2024, 7, 31)), "period.programme")).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage())
            .startsWith("the date 2024-07-31 is outside the programme's eligibility period from 2014-01-01 to 2024-06-30"));
  }

  private static Project territoriInclusivi(String call, String region, Municipality municipality, LegalForm... forms) {
    Project.Builder project = Project.builder().id(ProjectId.of("rete")).title(LocalizedText.italian("Rete territoriale"))
        .call(CallRef.of(call))
        .territory(Territory.builder().addCountry(CountryCode.IT).addRegion(region).addMunicipality(municipality).build());
    for (int i = 0; i < forms.length; i++) {
      project.addOrganisation(Fixtures.organisation("o" + i, "IT", forms[i]));
      project.addParticipant(Participant.of("o" + i, i == 0 ? Role.LEAD : Role.PARTNER));
    }
    return project.build();
  }

  @Test
  void territoriInclusivi2023AdmitsBothTracksAndExcludesTheCityOfTorino() {
    Project asti = territoriInclusivi("territori-inclusivi-2023", "ITC17", Municipality.named("Asti"), LegalForm.COOPERATIVA_SOCIALE_A);
    assertThat(rules(asti, IssueSeverity.ERROR)).isEmpty();
    assertThat(rules(asti, IssueSeverity.WARNING)).isEmpty();

    Project torino = territoriInclusivi("territori-inclusivi-2023", "ITC11",
        Municipality.builder().istat("001272").name("Torino").build(), LegalForm.COMUNE);
    assertThat(rules(torino, IssueSeverity.ERROR)).containsExactly("territory.eligible");

    Project imperia = territoriInclusivi("territori-inclusivi-2023-new-areas", "ITC31", Municipality.named("Sanremo"),
        LegalForm.COMUNE, LegalForm.APS, LegalForm.ODV);
    assertThat(rules(imperia, IssueSeverity.ERROR)).isEmpty();
    Project tooFew = territoriInclusivi("territori-inclusivi-2023-new-areas", "ITC31", Municipality.named("Sanremo"),
        LegalForm.COMUNE, LegalForm.APS);
    assertThat(rules(tooFew, IssueSeverity.ERROR)).contains("partnership.min-organisations", "partnership.required-member");
    Project outsideTheNewAreas = territoriInclusivi("territori-inclusivi-2023-new-areas", "ITC17", Municipality.named("Asti"),
        LegalForm.COMUNE, LegalForm.APS, LegalForm.ODV);
    assertThat(rules(outsideTheNewAreas, IssueSeverity.ERROR)).containsExactly("territory.eligible");
  }

  @Test
  void territoriInclusivi2020PartnershipMinimumIsAWarningUntilTheCallTextIsRead() {
    Project alone = territoriInclusivi("territori-inclusivi-2020", "ITC16", Municipality.named("Cuneo"), LegalForm.COMUNE);
    assertThat(issues(alone, "partnership.min-organisations")).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.WARNING);
  }

  /** A partial KA220 record of a call whose year it does not name, with a lump sum legal in 2021 only. */
  private static Project ka220OfNoYear(Optional<String> number) {
    Project project = CallRulesTest.ka220().withCall(CallRef.of("erasmus-plus-ka220-vet")).withCompleteness(Completeness.PARTIAL)
        .withWorkPackages(List.of()).withBudget(Budget.builder().lumpSum(Money.euros("300000")).build());
    return number.isPresent() ? project.withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, number.get()))
        : project.withIdentifiers(Identifiers.of(java.util.Map.of()));
  }

  @Test
  void aProjectNumberStatesTheYearOfACallThatLeavesItOpen() {
    Project of2021 = ka220OfNoYear(Optional.of("2021-1-FR01-KA220-VET-000012345"));
    assertThat(issues(of2021, "budget.lump-sum")).isEmpty();
    assertThat(validator.validate(of2021).getIssues()).extracting(issue -> issue.getCall().orElse("-"))
        .doesNotContain("erasmus-plus-ka220-vet");

    Project of2023 = ka220OfNoYear(Optional.of("2023-1-FR01-KA220-VET-000012345"));
    assertThat(issues(of2023, "budget.lump-sum")).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
      assertThat(issue.getCall()).contains("erasmus-plus-2023-ka220-vet");
    });

    // with no number the year stays unknown, and 2021's variable grant may be the one stated
    assertThat(issues(ka220OfNoYear(Optional.empty()), "budget.lump-sum")).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getCall()).contains("erasmus-plus-ka220-vet");
    });
    // a number of another action or field does not choose a call; its mismatch is reported as before
    assertThat(issues(ka220OfNoYear(Optional.of("2021-1-FR01-KA220-ADU-000012345")), "budget.lump-sum"))
        .extracting(ValidationIssue::getSeverity).containsExactly(IssueSeverity.WARNING);
  }

  @Test
  void theFindingsOfAProjectNumberAgainstTheCallAreItalianInItalian() {
    Project wrong = CallRulesTest.ka220().withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER,
        "2023-1-FR01-KA210-ADU-000123456"));
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(Locale.ITALIAN).build();

    assertThat(italian.validate(wrong).getIssues()).filteredOn(issue -> issue.getRule().equals("identifier.erasmus-project-number.call"))
        .extracting(ValidationIssue::getMessage).containsExactly(
            "l'anno del numero di progetto è 2023, quello del bando è 2024",
            "l'azione del numero di progetto è KA210, quella del bando è KA220",
            "il settore del numero di progetto è ADU, quello del bando è VET");
  }
}
