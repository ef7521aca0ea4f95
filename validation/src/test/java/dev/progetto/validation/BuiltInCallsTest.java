package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every built-in call that projects can name: a project built from the call's own
 * parameters passes all its rules, and for each rule the call switches on, a project changed to
 * break that rule fails with that rule's id.
 */
class BuiltInCallsTest {

  private static final Validator VALIDATOR = Fixtures.validator();
  private static final List<String> EU_ORDER = List.of("IT", "FR", "DE", "ES", "PT", "BE", "AT", "NL", "GR", "PL");

  /** What a project needs to meet the rules of one call. */
  private static final class Plan {
    final ResolvedCall call;
    final Map<String, RuleSetting> rules;

    Plan(String id) {
      this.call = CallCatalogue.builtIn().resolve(id).orElseThrow();
      this.rules = call.rules();
    }

    Parameters parameters(String rule) {
      RuleSetting setting = rules.get(rule);
      return setting == null || setting.getSeverity().orElse(Severity.ERROR) == Severity.OFF ? null : setting.getParameters();
    }

    boolean has(String rule) {
      return parameters(rule) != null;
    }
  }

  private static List<String> countries(Plan plan) {
    Parameters minCountries = plan.parameters("partnership.min-countries");
    Parameters lead = plan.parameters("partnership.lead-country");
    Set<String> allowed = new LinkedHashSet<>(EU_ORDER);
    if (minCountries != null) {
      allowed.retainAll(expand(minCountries.getStrings("countries").orElse(List.of("eu"))));
    }
    List<String> ordered = new ArrayList<>(allowed);
    if (lead != null) {
      Set<String> leadAllowed = expand(lead.getStrings("allowed").orElseThrow());
      ordered.sort((a, b) -> Boolean.compare(!leadAllowed.contains(a), !leadAllowed.contains(b)));
    }
    return ordered;
  }

  private static Set<String> expand(List<String> codes) {
    Set<String> countries = new LinkedHashSet<>();
    for (String code : codes) {
      if (code.equalsIgnoreCase("eu")) {
        countries.addAll(EU_ORDER);
      } else if (!code.equalsIgnoreCase("associated")) {
        countries.add(CountryCode.of(code).value());
      }
    }
    return countries;
  }

  static Project compliant(String id) {
    Plan plan = new Plan(id);
    Project.Builder project = Project.builder().id(ProjectId.of("p")).title(LocalizedText.italian("Progetto"));
    Parameters objective = plan.parameters("call.objective");
    CallRef.Builder call = CallRef.builder().id(CallId.of(id));
    if (objective != null) {
      call.addObjective(objective.getStrings("codes").orElseThrow().get(0));
    }
    project.call(call.build());

    int organisations = 2;
    if (plan.has("partnership.min-organisations")) {
      organisations = Math.max(organisations, plan.parameters("partnership.min-organisations").getInteger("min").orElseThrow());
    }
    if (plan.has("partnership.min-countries")) {
      organisations = Math.max(organisations, plan.parameters("partnership.min-countries").getInteger("min").orElseThrow());
    }
    List<String> countries = countries(plan);
    boolean transnational = plan.has("partnership.transnational");
    LegalForm memberForm = LegalForm.ASSOCIAZIONE;
    List<LegalForm> required = requiredForms(plan);
    organisations = Math.max(organisations, required.size());
    for (int i = 0; i < organisations; i++) {
      String country = plan.has("partnership.min-countries") || transnational ? countries.get(i % countries.size()) : "IT";
      project.addOrganisation(Organisation.builder().id(OrganisationId.of("o" + i)).name("Org " + i)
          .country(CountryCode.of(country)).legalForm(i < required.size() ? required.get(i) : memberForm).build());
      project.addParticipant(Participant.of("o" + i, i == 0 ? Role.LEAD : Role.PARTNER));
    }

    PartialDate start = PartialDate.of(2024, 1);
    for (String window : List.of("period.programme", "period.start-window")) {
      if (plan.has(window)) {
        PartialDate from = firstFrom(plan.parameters(window));
        start = PartialDate.of(from.getYear(), from.getMonth().orElse(1));
      }
    }
    int months = plan.has("period.duration-range") ? plan.parameters("period.duration-range").getInteger("min").orElse(12) : 12;
    int endIndex = start.getYear() * 12 + start.getMonth().orElse(1) - 1 + months - 1;
    project.period(Period.of(start, PartialDate.of(endIndex / 12, endIndex % 12 + 1)));

    Budget.Builder budget = Budget.builder();
    if (plan.has("budget.lump-sum")) {
      BigDecimal lumpSum = plan.parameters("budget.lump-sum").getDecimals("values").orElseThrow().get(0);
      budget.lumpSum(Money.euros(lumpSum));
      BigDecimal management = lumpSum.divide(BigDecimal.TEN, 0, RoundingMode.DOWN);
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of("wp1")).title(LocalizedText.italian("Gestione")).budget(Money.euros(management)).build());
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of("wp2")).title(LocalizedText.italian("Attività"))
          .budget(Money.euros(lumpSum.subtract(management))).build());
    } else if (plan.has("work-packages.project-management")) {
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of(plan.parameters("work-packages.project-management").getString("id").orElse("wp1")))
          .title(LocalizedText.italian("Gestione")).build());
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of("wp2")).title(LocalizedText.italian("Attività")).build());
    }
    if (plan.has("budget.grant-per-month") && !plan.has("budget.grant-range")) {
      Parameters ceiling = plan.parameters("budget.grant-per-month");
      BigDecimal grant = ceiling.getDecimal("max").map(max -> max.multiply(BigDecimal.valueOf(months)))
          .or(() -> ceiling.getDecimal("cap")).orElseThrow().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
      budget.requestedGrant(Money.euros(grant)).total(Money.euros(grant.multiply(BigDecimal.valueOf(2))));
    }
    if (plan.has("budget.grant-range")) {
      BigDecimal grant = plan.parameters("budget.grant-range").getDecimal("min").orElse(BigDecimal.valueOf(10000));
      budget.requestedGrant(Money.euros(grant)).total(Money.euros(grant.multiply(BigDecimal.valueOf(2))));
    }
    if (plan.has("budget.co-financing-rate")) {
      budget.coFinancingRate(plan.parameters("budget.co-financing-rate").getDecimal("max").orElseThrow());
    }
    project.budget(budget.build());
    if (plan.has("territory.eligible")) {
      Parameters area = plan.parameters("territory.eligible");
      Territory.Builder territory = Territory.builder();
      area.getStrings("countries").ifPresent(list -> territory.addCountry(CountryCode.of(list.get(0))));
      area.getStrings("regions").ifPresent(list -> territory.addRegion(list.get(0)));
      territory.addMunicipality(Municipality.named("Comune ammesso"));
      project.territory(territory.build());
    }
    if (plan.has("target-group.eligible")) {
      String category = plan.parameters("target-group.eligible").getStrings("categories").orElseThrow().get(0);
      project.addTargetGroup(TargetGroup.builder().id(LocalId.of("tg")).description(LocalizedText.italian("Destinatari"))
          .category(TargetGroupCategory.fromCode(category).orElseThrow()).build());
    }
    return project.build();
  }

  /** Changes a compliant project so that it breaks one rule. */
  static Project breaking(Project project, String rule, Plan plan) {
    Parameters parameters = plan.parameters(rule);
    switch (rule) {
      case "partnership.min-organisations":
      case "partnership.min-countries":
      case "partnership.transnational":
        return project.withParticipants(project.getParticipants().get(0));
      case "partnership.lead-country":
        return withLead(project, o -> o.withCountry(CountryCode.of("US")));
      case "partnership.lead-legal-form":
        return withLead(project, o -> o.withLegalForm(LegalForm.COMPANY));
      case "partnership.forbidden-legal-form":
        return withLead(project, o -> o.withLegalForm(LegalForm.fromCode(parameters.getStrings("forbidden").orElseThrow().get(0)).orElseThrow()));
      case "partnership.required-member": {
        List<Organisation> others = new ArrayList<>();
        project.getOrganisations().forEach(o -> others.add(o.withLegalForm(LegalForm.OTHER)));
        return project.withOrganisations(others);
      }
      case "budget.grant-per-month": {
        BigDecimal over = parameters.getDecimal("cap").orElse(parameters.getDecimal("max").orElseThrow().multiply(BigDecimal.valueOf(1000)))
            .add(BigDecimal.ONE);
        return project.withBudget(project.getBudget().orElseThrow().withRequestedGrant(Money.euros(over))
            .withTotal(Money.euros(over.multiply(BigDecimal.valueOf(2)))));
      }
      case "period.duration-range": {
        int max = parameters.getInteger("max").orElse(parameters.getInteger("min").orElse(12) * 4);
        PartialDate start = project.getPeriod().flatMap(Period::getStart).orElseThrow();
        int endIndex = start.getYear() * 12 + start.getMonth().orElse(1) - 1 + max;
        return project.withPeriod(Period.of(start, PartialDate.of(endIndex / 12, endIndex % 12 + 1)));
      }
      case "period.start-window":
      case "period.programme": {
        PartialDate from = firstFrom(parameters);
        Project early = project.withPeriod(Period.of(PartialDate.of(from.getYear() - 1, 1), PartialDate.of(from.getYear() + 1, 1)));
        if (parameters.getList("windows").isEmpty()) {
          return early;
        }
        // A call with rounds knows the round from the project number.
        Call call = plan.call.call();
        String number = String.format("%d-%d-IT02-%s-%s-000000001", call.getYear().orElse(from.getYear()), firstRound(parameters),
            call.getAction().orElse("KA220"), call.getField().orElse("VET"));
        return early.withIdentifiers(Identifiers.of(Map.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, number)));
      }
      case "budget.lump-sum":
        return project.withBudget(project.getBudget().orElseThrow().withLumpSum(Money.euros("12345")))
            .withWorkPackages(List.of());
      case "budget.grant-range":
        return project.withBudget(project.getBudget().orElseThrow().withRequestedGrant(Money.euros("1")).withTotal(Money.euros("2")));
      case "budget.co-financing-rate":
        return project.withBudget(project.getBudget().orElseThrow().withCoFinancingRate(BigDecimal.ONE));
      case "budget.management-share": {
        List<WorkPackage> packages = new ArrayList<>(project.getWorkPackages());
        Money lump = project.getBudget().flatMap(Budget::getLumpSum).orElseThrow();
        BigDecimal half = lump.getAmount().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
        packages.set(0, packages.get(0).withBudget(Money.euros(half)));
        packages.set(1, packages.get(1).withBudget(Money.euros(lump.getAmount().subtract(half))));
        return project.withWorkPackages(packages);
      }
      case "work-packages.project-management":
        return project.withWorkPackages(WorkPackage.builder().id(LocalId.of("wp9")).title(LocalizedText.italian("Altro")).build())
            .withBudget(project.getBudget().orElseThrow().withLumpSum(Optional.empty()));
      case "work-packages.count": {
        List<WorkPackage> many = new ArrayList<>();
        for (int w = 1; w <= parameters.getInteger("max").orElse(1) + 1; w++) {
          many.add(WorkPackage.builder().id(LocalId.of("wp" + w)).title(LocalizedText.italian("WP" + w)).build());
        }
        return project.withWorkPackages(many).withBudget(project.getBudget().orElseThrow().withLumpSum(Optional.empty()));
      }
      case "territory.eligible":
        return project.withTerritory(project.getTerritory().orElseThrow().withRegions("FRL0"));
      case "target-group.eligible":
        return project.withTargetGroups(project.getTargetGroups().get(0).withCategory(TargetGroupCategory.OTHER));
      case "call.objective":
        return project.withCall(project.getCall().orElseThrow().withObjectives("ZZ9"));
      default:
        throw new IllegalArgumentException("no way to break " + rule + " is known to this test");
    }
  }

  /** The {@code from} of a window parameter, or of its first round whose window is known. */
  private static PartialDate firstFrom(Parameters parameters) {
    if (parameters.getList("windows").isPresent()) {
      for (Object window : parameters.getList("windows").get()) {
        Object from = ((Map<?, ?>) window).get("from");
        if (from != null) {
          return PartialDate.parse(from.toString());
        }
      }
    }
    return parameters.getDate("from").orElseThrow();
  }

  private static int firstRound(Parameters parameters) {
    for (Object window : parameters.getList("windows").orElseThrow()) {
      if (((Map<?, ?>) window).get("from") != null) {
        return ((Number) ((Map<?, ?>) window).get("round")).intValue();
      }
    }
    throw new IllegalStateException("no round with a window");
  }

  /** One legal form for each member a call requires, group by group. */
  private static List<LegalForm> requiredForms(Plan plan) {
    List<LegalForm> forms = new ArrayList<>();
    if (!plan.has("partnership.required-member")) {
      return forms;
    }
    Parameters required = plan.parameters("partnership.required-member");
    List<?> groups = required.getList("groups").orElse(List.of(required.asMap()));
    for (Object group : groups) {
      Map<?, ?> each = (Map<?, ?>) group;
      String form = ((List<?>) each.get("legalForms")).get(0).toString();
      int min = each.get("min") == null ? 1 : ((Number) each.get("min")).intValue();
      for (int i = 0; i < min; i++) {
        forms.add(LegalForm.fromCode(form).orElseThrow());
      }
    }
    return forms;
  }

  private static Project withLead(Project project, java.util.function.UnaryOperator<Organisation> change) {
    List<Organisation> organisations = new ArrayList<>(project.getOrganisations());
    organisations.set(0, change.apply(organisations.get(0)));
    return project.withOrganisations(organisations);
  }

  static Stream<String> calls() {
    return CallCatalogue.builtIn().calls().stream().filter(c -> !c.isAbstractCall()).map(c -> c.getId().value());
  }

  @ParameterizedTest
  @MethodSource("calls")
  void aProjectBuiltFromTheCallsParametersPasses(String id) {
    Project project = compliant(id);
    ValidationReport report = VALIDATOR.validate(project);

    assertThat(report.getIssues()).as("%s: %s", id, report.getIssues()).noneMatch(i ->
        i.getSeverity() == IssueSeverity.ERROR || i.getSeverity() == IssueSeverity.WARNING);
  }

  static Stream<Arguments> callRules() {
    return calls().flatMap(id -> new Plan(id).rules.keySet().stream().filter(rule -> new Plan(id).has(rule))
        .map(rule -> Arguments.of(id, rule)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("callRules")
  void aProjectThatBreaksOneRuleFailsWithItsId(String id, String rule) {
    Plan plan = new Plan(id);
    ValidationReport report = VALIDATOR.validate(breaking(compliant(id), rule, plan));

    assertThat(report.getIssues()).as(report.toString()).anySatisfy(issue -> {
      assertThat(issue.getRule()).isEqualTo(rule);
      assertThat(issue.getCall()).contains(id);
      assertThat(issue.getMessage().toLowerCase(Locale.ROOT)).doesNotStartWith(rule);
    });
  }
}
