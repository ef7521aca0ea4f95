package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallRulesTest {

  /** A KA220-VET project of the 2024 call that meets every rule of its call. */
  static Project ka220() {
    Project.Builder project = Project.builder()
        .id(ProjectId.of("arlekin"))
        .acronym("ARLEKIN")
        .title(LocalizedText.english("European certification in social mediation"))
        .call(CallRef.of("erasmus-plus-2024-ka220-vet"))
        .identifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2024-1-FR01-KA220-VET-000123456"))
        .period(Period.of(PartialDate.of(2024, 11, 1), PartialDate.of(2027, 10, 31)));
    String[][] partners = {{"cnam", "FR"}, {"it-partner", "IT"}, {"pt-partner", "PT"}, {"es-partner", "ES"}, {"be-partner", "BE"}};
    for (int i = 0; i < partners.length; i++) {
      project.addOrganisation(Fixtures.organisation(partners[i][0], partners[i][1], i == 0 ? LegalForm.UNIVERSITY : LegalForm.NGO));
      project.addParticipant(Participant.of(partners[i][0], i == 0 ? Role.LEAD : Role.PARTNER));
    }
    for (int w = 1; w <= 5; w++) {
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of("wp" + w)).title(LocalizedText.english("WP" + w))
          .budget(Money.euros(w == 1 ? "60000" : "85000")).build());
    }
    return project.budget(Budget.builder().lumpSum(Money.euros("400000")).build()).build();
  }

  private final Validator validator = Fixtures.validator();

  private static Project withoutWorkPackageBudgets(Project project) {
    List<WorkPackage> packages = new java.util.ArrayList<>();
    project.getWorkPackages().forEach(w -> packages.add(w.withBudget(java.util.Optional.empty())));
    return project.withWorkPackages(packages);
  }

  @Test
  void aCompliantProjectPassesEveryRuleOfItsCall() {
    assertThat(validator.validate(ka220()).getIssues()).isEmpty();
  }

  static Stream<Arguments> breaking() {
    return Stream.of(
        Arguments.of("partnership.min-organisations", "/participants", (UnaryOperator<Project>) p ->
            p.withParticipants(p.getParticipants().get(0), p.getParticipants().get(1))),
        Arguments.of("partnership.min-countries", "/participants", (UnaryOperator<Project>) p -> p.withOrganisations(
            Fixtures.organisation("cnam", "FR", LegalForm.UNIVERSITY), Fixtures.organisation("it-partner", "FR", LegalForm.NGO),
            Fixtures.organisation("pt-partner", "FR", LegalForm.NGO), Fixtures.organisation("es-partner", "IT", LegalForm.NGO),
            Fixtures.organisation("be-partner", "US", LegalForm.NGO))),
        Arguments.of("partnership.lead-country", "/participants/0", (UnaryOperator<Project>) p -> {
          List<Organisation> organisations = new java.util.ArrayList<>(p.getOrganisations());
          organisations.set(0, organisations.get(0).withCountry(CountryCode.of("US")));
          return p.withOrganisations(organisations);
        }),
        Arguments.of("period.duration-range", "/period", (UnaryOperator<Project>) p ->
            p.withPeriod(Period.of(PartialDate.of(2024, 11), PartialDate.of(2028, 10)))),
        Arguments.of("period.start-window", "/period/start", (UnaryOperator<Project>) p ->
            p.withPeriod(Period.of(PartialDate.of(2025, 2, 1), PartialDate.of(2027, 10, 31)))),
        Arguments.of("budget.lump-sum", "/budget/lumpSum", (UnaryOperator<Project>) p ->
            withoutWorkPackageBudgets(p).withBudget(Budget.builder().lumpSum(Money.euros("300000")).build())),
        Arguments.of("work-packages.project-management", "/workPackages", (UnaryOperator<Project>) p ->
            withoutWorkPackageBudgets(p).withWorkPackages(withoutWorkPackageBudgets(p).getWorkPackages().subList(1, 5))),
        Arguments.of("work-packages.count", "/workPackages", (UnaryOperator<Project>) p -> {
          List<WorkPackage> many = new java.util.ArrayList<>();
          for (int w = 1; w <= 12; w++) {
            many.add(WorkPackage.builder().id(LocalId.of("wp" + w)).title(LocalizedText.english("WP" + w)).build());
          }
          return p.withWorkPackages(many);
        }),
        Arguments.of("budget.management-share", "/workPackages/0/budget", (UnaryOperator<Project>) p -> {
          List<WorkPackage> packages = new java.util.ArrayList<>(p.getWorkPackages());
          packages.set(0, packages.get(0).withBudget(Money.euros("100000")));
          packages.set(1, packages.get(1).withBudget(Money.euros("45000")));
          return p.withWorkPackages(packages);
        }),
        Arguments.of("identifier.erasmus-project-number.call", "/identifiers/erasmus-project-number", (UnaryOperator<Project>) p ->
            p.withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2023-1-FR01-KA220-VET-000123456"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaking")
  void eachRuleOfTheCallFailsAProjectThatBreaksJustIt(String rule, String pointer, UnaryOperator<Project> breakIt) {
    ValidationReport report = validator.validate(breakIt.apply(ka220()));

    List<String> expected = rule.equals("partnership.min-organisations")
        ? List.of(rule, "partnership.min-countries") : List.of(rule);
    assertThat(report.getIssues()).extracting(ValidationIssue::getRule).containsExactlyElementsOf(expected);
    assertThat(report.getIssues().get(0).getPointer()).isEqualTo(pointer);
    if (!rule.startsWith("identifier.")) {
      assertThat(report.getIssues().get(0).getCall()).contains("erasmus-plus-2024-ka220-vet");
    }
  }

  @Test
  void anIntegratorsCallThatLowersTheMaximumDurationIsApplied() {
    Project thirtyMonths = ka220().withPeriod(Period.of(PartialDate.of(2024, 11), PartialDate.of(2027, 4)));
    assertThat(validator.validate(thirtyMonths).getIssues()).isEmpty();

    Call stricter = Call.builder().id(CallId.of("regione-ka220-vet")).parent(CallId.of("erasmus-plus-2024-ka220-vet"))
        .putRule("period.duration-range", RuleSetting.builder().parameters(Parameters.of(Map.of("max", 24))).build()).build();
    Validator integrator = Validator.builder().clock(Fixtures.CLOCK).addCall(stricter).build();
    ValidationReport report = integrator.validate(thirtyMonths.withCall(CallRef.of("regione-ka220-vet")));

    assertThat(report.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("period.duration-range");
      assertThat(issue.getCall()).contains("regione-ka220-vet");
      assertThat(issue.getMessage()).isEqualTo("the project lasts 30 months; the call allows 12 to 24");
    });
  }

  /** A call of an integrator whose {@code period.programme} has the given confidence and severity. */
  private static Validator programmeCall(Confidence confidence, Severity severity) {
    RuleSetting.Builder setting = RuleSetting.builder().confidence(confidence)
        .parameters(Parameters.of(Map.of("from", "2014-01-01", "to", "2020-12-31")));
    if (severity != null) {
      setting.severity(severity);
    }
    Call call = Call.builder().id(CallId.of("regione-programma")).putRule("period.programme", setting.build()).build();
    return Validator.builder().clock(Fixtures.CLOCK).addCall(call).build();
  }

  private static List<ValidationIssue> programmeIssues(Validator validator) {
    Project project = Fixtures.valid().withCall(CallRef.of("regione-programma"))
        .withPeriod(Period.of(PartialDate.of(2025, 1), PartialDate.of(2025, 12)));
    return validator.validate(project.withStatus(java.util.Optional.empty())
        .withIndicators(project.getIndicators().get(0).withMeasurements(List.of()))).getIssues();
  }

  @Test
  void unverifiedParametersWarnAndSaySoInTheirMessages() {
    assertThat(programmeIssues(programmeCall(Confidence.UNVERIFIED, null))).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("period.programme");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getMessage()).endsWith("(this parameter of the call is unverified)");
    });
    assertThat(programmeIssues(programmeCall(Confidence.SECONDARY, null))).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getMessage()).endsWith("(this parameter of the call rests on a secondary source, not on the official text)");
    });
  }

  @Test
  void onlyVerifiedParametersOrACallThatSaysSoGiveErrors() {
    assertThat(programmeIssues(programmeCall(Confidence.VERIFIED, null))).singleElement().satisfies(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
      assertThat(issue.getMessage()).doesNotContain("(this parameter");
    });
    assertThat(programmeIssues(programmeCall(Confidence.UNVERIFIED, Severity.ERROR))).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  @Test
  void noBuiltInCallGivesAnErrorOnAParameterThatIsNotVerified() {
    CallCatalogue catalogue = CallCatalogue.builtIn();
    for (Call call : catalogue.calls()) {
      ResolvedCall resolved = catalogue.resolve(call.getId().value()).orElseThrow();
      for (String rule : resolved.rules().keySet()) {
        if (resolved.severity(rule).isEmpty()) {
          continue;
        }
        assertThat(resolved.confidence(rule)).as("%s: %s states how sure it is", call.getId().value(), rule).isPresent();
        assertThat(resolved.citation(rule)).as("%s: %s cites a source", call.getId().value(), rule).isPresent();
        if (resolved.severity(rule).get() == IssueSeverity.ERROR) {
          assertThat(resolved.confidence(rule)).as("%s: %s is an error", call.getId().value(), rule).contains(Confidence.VERIFIED);
        }
      }
    }
  }

  @Test
  void territoriInclusiviAreaAndMembers() {
    Project project = Fixtures.valid().withCall(CallRef.of("territori-inclusivi-2020"))
        .withTerritory(Territory.builder().addCountry(CountryCode.IT).addRegion("ITC11").addRegion("ITI2")
            .addMunicipality(Municipality.of("001272", "Torino")).build())
        .withOrganisations(Fixtures.valid().getOrganisations().get(0), Fixtures.organisation("coop", "IT", LegalForm.COMPANY))
        .withPeriod(Period.of(PartialDate.of(2021, 1), PartialDate.of(2022, 12)))
        .withStatus(java.util.Optional.empty())
        .withIndicators(List.of());
    ValidationReport report = validator.validate(project);

    assertThat(report.getIssues()).extracting(ValidationIssue::getRule, ValidationIssue::getPointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("territory.eligible", "/territory/regions/1"),
        org.assertj.core.groups.Tuple.tuple("territory.eligible", "/territory/municipalities/0"),
        org.assertj.core.groups.Tuple.tuple("partnership.forbidden-legal-form", "/participants/1"),
        org.assertj.core.groups.Tuple.tuple("period.duration-range", "/period"));
  }
}
