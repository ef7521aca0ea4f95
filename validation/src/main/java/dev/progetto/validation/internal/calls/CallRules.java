package dev.progetto.validation.internal.calls;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Budget;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.LegalForm;
import dev.progetto.model.LocalId;
import dev.progetto.model.Money;
import dev.progetto.model.MonthRange;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.Parameters;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.Role;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.Territory;
import dev.progetto.model.WorkPackage;
import dev.progetto.model.WorkPackageType;
import dev.progetto.model.internal.ItalianProvinces;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import dev.progetto.validation.internal.rules.DefinedRule;
import dev.progetto.validation.internal.rules.RuleContext;
import dev.progetto.validation.internal.rules.Shown;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Every call rule: switched on and parameterised by call documents. */
public final class CallRules {

  /** The 27 member states of the European Union. */
  public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
      "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  /** The third countries associated to Erasmus+. */
  public static final Set<String> ASSOCIATED = Set.of("IS", "LI", "NO", "MK", "TR", "RS");

  /**
   * The parameters of each rule with their types, from the declarations of {@link #ALL}. Declared
   * before it, as making it fills this.
   */
  private static final Map<String, Map<String, ParameterType>> PARAMETERS = new HashMap<>();

  /**
   * Every call rule with the parameters a call may set for it, each declared once here as
   * {@code name:type} (types of {@link ParameterType}: {@code min:integer}, {@code from:date});
   * a name without a type takes any value.
   */
  private static final List<DefinedRule> ALL = List.of(
      absence("partnership.min-organisations", List.of("min:integer")),
      absence("partnership.min-countries", List.of("min:integer", "countries:countries")),
      rule("partnership.lead-country", List.of("allowed:countries")),
      rule("partnership.lead-legal-form", List.of("allowed:texts", "forbidden:texts")),
      rule("partnership.forbidden-legal-form", List.of("forbidden:texts")),
      absence("partnership.required-member", List.of("legalForms:texts", "min:integer", "groups:list")),
      absence("partnership.transnational", List.of("min:integer", "country:string")),
      rule("period.duration-range", List.of("min:integer", "max:integer")),
      rule("period.start-window", List.of("from:date", "to:date", "windows:list")),
      rule("period.programme", List.of("from:date", "to:date")),
      rule("budget.lump-sum", List.of("values:decimals")),
      rule("budget.grant-range", List.of("min:decimal", "max:decimal")),
      rule("budget.grant-per-month", List.of("max:decimal", "cap:decimal")),
      rule("budget.co-financing-rate", List.of("max:decimal", "byActionType:map")),
      absence("budget.management-share", List.of("max:decimal", "workPackage:string")),
      absence("work-packages.project-management", List.of("id:string")),
      absence("work-packages.count", List.of("min:integer", "max:integer", "recommendedMax:integer")),
      rule("territory.eligible", List.of("countries:countries", "regions:texts", "excludes:list")),
      absence("target-group.eligible", List.of("categories:texts")),
      rule("call.objective", List.of("codes:texts", "aliases:map", "pairs:map")));

  private CallRules() {}

  /** Returns every call rule, in catalogue order. */
  public static List<DefinedRule> all() {
    return ALL;
  }

  /**
   * Returns the parameters a call rule takes, by name, with their types.
   *
   * @param ruleId the id of a call rule
   * @return the parameters in declaration order, or empty for an id that is not a call rule
   */
  public static Optional<Map<String, ParameterType>> parameters(String ruleId) {
    return Optional.ofNullable(PARAMETERS.get(ruleId));
  }

  private static DefinedRule rule(String id, List<String> declarations) {
    return declared(id, declarations, false);
  }

  /** A rule some of whose findings rest on what a project does not state. */
  private static DefinedRule absence(String id, List<String> declarations) {
    return declared(id, declarations, true);
  }

  private static DefinedRule declared(String id, List<String> declarations, boolean absence) {
    Map<String, ParameterType> parameters = new LinkedHashMap<>();
    for (String declaration : declarations) {
      int colon = declaration.indexOf(':');
      parameters.put(colon < 0 ? declaration : declaration.substring(0, colon),
          colon < 0 ? ParameterType.ANY : ParameterType.named(declaration.substring(colon + 1)));
    }
    PARAMETERS.put(id, Collections.unmodifiableMap(parameters));
    return new DefinedRule(id, IssueSeverity.ERROR, List.copyOf(parameters.keySet()), CallRules::check, absence);
  }

  /** The check of each call rule, by its id. */
  private static void check(String ruleId, Project project, RuleContext context) {
    switch (ruleId) {
      case "partnership.min-organisations" -> minOrganisations(project, context);
      case "partnership.min-countries" -> minCountries(project, context);
      case "partnership.lead-country" -> leadCountry(project, context);
      case "partnership.lead-legal-form" -> leadLegalForm(project, context);
      case "partnership.forbidden-legal-form" -> forbiddenLegalForm(project, context);
      case "partnership.required-member" -> requiredMember(project, context);
      case "partnership.transnational" -> transnational(project, context);
      case "period.duration-range" -> durationRange(project, context);
      case "period.start-window" -> startWindow(project, context);
      case "period.programme" -> programme(project, context);
      case "budget.lump-sum" -> lumpSum(project, context);
      case "budget.grant-range" -> grantRange(project, context);
      case "budget.grant-per-month" -> grantPerMonth(project, context);
      case "budget.co-financing-rate" -> coFinancingRate(project, context);
      case "budget.management-share" -> managementShare(project, context);
      case "work-packages.project-management" -> projectManagement(project, context);
      case "work-packages.count" -> workPackageCount(project, context);
      case "territory.eligible" -> territory(project, context);
      case "target-group.eligible" -> targetGroups(project, context);
      case "call.objective" -> objectives(project, context);
      default -> throw DefinedRule.Checks.unknown(ruleId);
    }
  }

  private static void misconfigured(RuleContext context, String parameter) {
    context.report("/call", "call.parameter", parameter);
  }

  private static Optional<Integer> requiredInteger(RuleContext context, String name) {
    Optional<Integer> value = context.parameters().getInteger(name);
    if (value.isEmpty()) {
      misconfigured(context, name);
    }
    return value;
  }

  /** Lead and partners: the organisations that count for a partnership. */
  private static List<Participant> counted(Project project) {
    List<Participant> counted = new ArrayList<>();
    for (Participant participant : project.getParticipants()) {
      if (participant.getRole() == Role.LEAD || participant.getRole() == Role.PARTNER) {
        counted.add(participant);
      }
    }
    return counted;
  }

  /** The first organisation of the project with the id, as {@link Project#organisation} finds it. */
  private static Optional<Organisation> organisation(Project project, OrganisationId id) {
    for (Organisation organisation : project.getOrganisations()) {
      if (organisation.getId().equals(id)) {
        return Optional.of(organisation);
      }
    }
    return Optional.empty();
  }

  /** The country of a participant's organisation; empty when the project does not state it. */
  private static Optional<CountryCode> country(Project project, Participant participant) {
    Optional<Organisation> organisation = organisation(project, participant.getOrganisation());
    return organisation.isPresent() ? organisation.get().getCountry() : Optional.empty();
  }

  /** The legal form of a participant's organisation; empty when the project does not state it. */
  private static Optional<LegalForm> legalForm(Project project, Participant participant) {
    Optional<Organisation> organisation = organisation(project, participant.getOrganisation());
    return organisation.isPresent() ? organisation.get().getLegalForm() : Optional.empty();
  }

  /** A value as a message shows it: its text, or {@code -} when absent. */
  private static String text(Optional<?> value) {
    return value.isPresent() ? value.get().toString() : "-";
  }

  /**
   * Which bounds of a range a call sets, for the message that names them: 0 both, 1 only the
   * least, 2 only the most.
   */
  private static int bounds(Optional<?> min, Optional<?> max) {
    return max.isEmpty() ? 1 : min.isEmpty() ? 2 : 0;
  }

  /** A number as a message shows it: its plain text, or {@code -} when absent. */
  private static String plain(Optional<BigDecimal> value) {
    return value.isPresent() ? value.get().toPlainString() : "-";
  }

  /** A date handed to a message as it is (it becomes text only for a finding), or {@code -} when absent. */
  private static Object shown(Optional<PartialDate> date) {
    if (date.isPresent()) {
      return date.get();
    }
    return "-";
  }

  /** The country codes a parameter lists, {@code eu} and {@code associated} expanded, made once per rule setting. */
  private static Optional<Set<String>> countriesParameter(RuleContext context, String name) {
    return context.fromParameters(name, new CountriesParameter(name));
  }

  /*
   * The values made from a rule setting's parameters are made by the small classes below, not by
   * lambdas: a short run links every lambda it meets, which costs more than the rule itself.
   */

  /** Makes the country codes of a parameter, for {@link #countriesParameter}. */
  private static final class CountriesParameter implements Function<Parameters, Optional<Set<String>>> {
    private final String name;

    CountriesParameter(String name) {
      this.name = name;
    }

    @Override
    public Optional<Set<String>> apply(Parameters parameters) {
      Optional<List<String>> codes = parameters.getStrings(name);
      if (codes.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Collections.unmodifiableSet(countries(codes.get())));
    }
  }

  /** Expands {@code eu} and {@code associated} in a list of country codes. */
  static Set<String> countries(List<String> codes) {
    Set<String> countries = new LinkedHashSet<>();
    for (String code : codes) {
      String lower = code.toLowerCase(Locale.ROOT);
      if (lower.equals("eu")) {
        countries.addAll(EU);
      } else if (lower.equals("associated")) {
        countries.addAll(ASSOCIATED);
      } else {
        countries.add(CountryCode.of(code).value());
      }
    }
    return countries;
  }

  private static void minOrganisations(Project project, RuleContext context) {
    Optional<Integer> min = requiredInteger(context, "min");
    if (min.isEmpty()) {
      return;
    }
    int count = counted(project).size();
    if (count < min.get()) {
      context.reportAbsent("/participants", "partnership.min-organisations", count, min.get());
    }
  }

  private static void minCountries(Project project, RuleContext context) {
    Optional<Integer> min = requiredInteger(context, "min");
    if (min.isEmpty()) {
      return;
    }
    Optional<Set<String>> eligible = countriesParameter(context, "countries");
    Set<String> found = new LinkedHashSet<>();
    for (Participant participant : counted(project)) {
      Optional<CountryCode> country = country(project, participant);
      if (country.isPresent() && (eligible.isEmpty() || eligible.get().contains(country.get().value()))) {
        found.add(country.get().value());
      }
    }
    if (found.size() < min.get()) {
      context.reportAbsent("/participants", "partnership.min-countries", found.size(), min.get(), String.join(", ", found));
    }
  }

  private static void leadCountry(Project project, RuleContext context) {
    Optional<List<String>> allowed = context.parameters().getStrings("allowed");
    if (allowed.isEmpty()) {
      misconfigured(context, "allowed");
      return;
    }
    Set<String> countries = countriesParameter(context, "allowed").orElseThrow();
    Optional<Organisation> lead = leadOrganisation(project);
    Optional<CountryCode> country = lead.isPresent() ? lead.get().getCountry() : Optional.empty();
    if (country.isPresent() && !countries.contains(country.get().value())) {
      context.report(leadPointer(project), "partnership.lead-country", country.get().value(), String.join(", ", allowed.get()));
    }
  }

  private static Optional<Organisation> leadOrganisation(Project project) {
    Optional<Participant> lead = project.lead();
    return lead.isPresent() ? organisation(project, lead.get().getOrganisation()) : Optional.empty();
  }

  private static String leadPointer(Project project) {
    Optional<Participant> lead = project.lead();
    return lead.isPresent() ? "/participants/" + project.getParticipants().indexOf(lead.get()) : "/participants";
  }

  private static void leadLegalForm(Project project, RuleContext context) {
    Optional<List<String>> allowed = context.parameters().getStrings("allowed");
    Optional<List<String>> forbidden = context.parameters().getStrings("forbidden");
    if (allowed.isEmpty() && forbidden.isEmpty()) {
      misconfigured(context, "allowed");
      return;
    }
    Optional<Organisation> lead = leadOrganisation(project);
    Optional<LegalForm> form = lead.isPresent() ? lead.get().getLegalForm() : Optional.empty();
    if (form.isEmpty()) {
      return;
    }
    String code = form.get().code();
    boolean refused = (allowed.isPresent() && !allowed.get().contains(code))
        || (forbidden.isPresent() && forbidden.get().contains(code));
    if (refused) {
      context.report(leadPointer(project), "partnership.lead-legal-form", code);
    }
  }

  private static void forbiddenLegalForm(Project project, RuleContext context) {
    Optional<List<String>> forbidden = context.parameters().getStrings("forbidden");
    if (forbidden.isEmpty()) {
      misconfigured(context, "forbidden");
      return;
    }
    for (int i = 0; i < project.getParticipants().size(); i++) {
      Participant participant = project.getParticipants().get(i);
      Optional<LegalForm> form = legalForm(project, participant);
      if (form.isPresent() && forbidden.get().contains(form.get().code())) {
        context.report("/participants/" + i, "partnership.forbidden-legal-form", participant.getOrganisation().value(), form.get().code());
      }
    }
  }

  private static void requiredMember(Project project, RuleContext context) {
    if (context.parameters().getList("groups").isPresent()) {
      for (MemberGroup group : context.fromParameters("groups", new MemberGroups())) {
        if (group.forms() == null) {
          misconfigured(context, "groups");
        } else {
          requiredMember(project, context, group.forms(), group.min());
        }
      }
      return;
    }
    Optional<List<String>> forms = context.parameters().getStrings("legalForms");
    if (forms.isEmpty()) {
      misconfigured(context, "legalForms");
      return;
    }
    requiredMember(project, context, forms.get(), context.parameters().getInteger("min").orElse(1));
  }

  /** A group of legal forms of which a call requires a minimum of members; no forms when the call wrote it wrongly. */
  private record MemberGroup(@Nullable List<String> forms, int min) {}

  /** Makes the {@code groups} parameter, read once per rule setting. */
  private static final class MemberGroups implements Function<Parameters, List<MemberGroup>> {
    @Override
    public List<MemberGroup> apply(Parameters parameters) {
      List<MemberGroup> groups = new ArrayList<>();
      for (Object group : parameters.getList("groups").orElse(List.of())) {
        if (!(group instanceof Map<?, ?>)) {
          groups.add(new MemberGroup(null, 0));
          continue;
        }
        Parameters each = Parameters.of(stringKeys((Map<?, ?>) group));
        groups.add(new MemberGroup(each.getStrings("legalForms").orElse(null), each.getInteger("min").orElse(1)));
      }
      return List.copyOf(groups);
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      copy.put(String.valueOf(entry.getKey()), entry.getValue());
    }
    return copy;
  }

  private static void requiredMember(Project project, RuleContext context, List<String> forms, int min) {
    long count = 0;
    for (Participant participant : project.getParticipants()) {
      Optional<LegalForm> form = legalForm(project, participant);
      if (form.isPresent() && forms.contains(form.get().code())) {
        count++;
      }
    }
    if (count < min) {
      context.reportAbsent("/participants", "partnership.required-member", count, min, String.join(", ", forms));
    }
  }

  private static void transnational(Project project, RuleContext context) {
    Optional<Integer> min = requiredInteger(context, "min");
    if (min.isEmpty()) {
      return;
    }
    // "national" is the lead's country: a partnership is transnational with partners from other
    // countries than its lead's, whichever country that is; the parameter only stands in for a
    // lead whose country the project does not state.
    Optional<Organisation> lead = leadOrganisation(project);
    Optional<CountryCode> leadCountry = lead.isPresent() ? lead.get().getCountry() : Optional.empty();
    Optional<String> national = leadCountry.isPresent() ? Optional.of(leadCountry.get().value())
        : context.parameters().getString("country");
    long partners = 0;
    long foreign = 0;
    for (Participant participant : counted(project)) {
      if (participant.getRole() == Role.LEAD) {
        continue;
      }
      partners++;
      Optional<CountryCode> country = country(project, participant);
      if (national.isPresent() && country.isPresent() && !country.get().value().equals(national.get())) {
        foreign++;
      }
    }
    if (national.isEmpty() && partners >= min.get()) {
      // with no country to be foreign to, only too few partners of any country tell
      return;
    }
    if (foreign < min.get()) {
      context.reportAbsent("/participants", "partnership.transnational", foreign, min.get());
    }
  }

  private static void durationRange(Project project, RuleContext context) {
    Parameters parameters = context.parameters();
    Optional<Integer> min = parameters.getInteger("min");
    Optional<Integer> max = parameters.getInteger("max");
    if (min.isEmpty() && max.isEmpty()) {
      misconfigured(context, "min");
      return;
    }
    Optional<Period> period = project.getPeriod();
    if (period.isEmpty()) {
      return;
    }
    Optional<Integer> exact = period.get().durationMonths();
    MonthRange range;
    if (exact.isPresent()) {
      int months = Math.max(0, exact.get());
      range = MonthRange.of(months, months);
    } else {
      range = period.get().durationRange().orElse(null);
    }
    if (range == null) {
      return;
    }
    boolean tooShort = min.isPresent() && range.getMax() < min.get();
    boolean tooLong = max.isPresent() && range.getMin() > max.get();
    if (tooShort || tooLong) {
      // {0} and {4}: the shortest and longest the project can last; {3}: 1 when they differ
      context.report("/period", "period.duration-range", range.getMin(), text(min), text(max), range.isExact() ? 0 : 1,
          range.getMax(), bounds(min, max));
    }
  }

  private static void window(Project project, RuleContext context, String key) {
    Optional<PartialDate> from = context.parameters().getDate("from");
    Optional<PartialDate> to = context.parameters().getDate("to");
    if (from.isEmpty() && to.isEmpty()) {
      misconfigured(context, "from");
      return;
    }
    Optional<Period> period = project.getPeriod();
    if (period.isEmpty()) {
      return;
    }
    Optional<PartialDate> start = period.get().getStart();
    Optional<PartialDate> end = period.get().getEnd();
    if (key.equals("period.start-window")) {
      if (start.isPresent() && outside(start.get(), from, to)) {
        context.report("/period/start", key, start.get(), shown(from), shown(to));
      }
      return;
    }
    if (start.isPresent() && from.isPresent() && start.get().isBefore(from.get())) {
      context.report("/period/start", key, start.get(), shown(from), shown(to));
    }
    if (end.isPresent() && to.isPresent() && end.get().isAfter(to.get())) {
      context.report("/period/end", key, end.get(), shown(from), shown(to));
    }
  }

  private static boolean outside(PartialDate date, Optional<PartialDate> from, Optional<PartialDate> to) {
    return (from.isPresent() && date.isBefore(from.get())) || (to.isPresent() && date.isAfter(to.get()));
  }

  /** The start the project states; empty when it states no period or no start. */
  private static Optional<PartialDate> start(Project project) {
    Optional<Period> period = project.getPeriod();
    return period.isPresent() ? period.get().getStart() : Optional.empty();
  }

  /** One start window of a call, for one round or (round 0) for every round; a round without dates has an unknown window. */
  private record Window(int round, Optional<PartialDate> from, Optional<PartialDate> to) {
    boolean known() {
      return from.isPresent() || to.isPresent();
    }
  }

  /** Makes the {@code windows} parameter, once per rule setting; empty when absent, null when malformed. */
  private static final class Windows implements Function<Parameters, @Nullable List<Window>> {
    @Override
    public @Nullable List<Window> apply(Parameters parameters) {
      Optional<List<?>> list = parameters.getList("windows");
      if (list.isEmpty()) {
        return List.of();
      }
      List<Window> windows = new ArrayList<>();
      for (Object item : list.get()) {
        if (!(item instanceof Map<?, ?>)) {
          return null;
        }
        Parameters each = Parameters.of(stringKeys((Map<?, ?>) item));
        Optional<Integer> round = each.getInteger("round");
        if (round.isEmpty() || round.get() < 1) {
          return null;
        }
        windows.add(new Window(round.get(), each.getDate("from"), each.getDate("to")));
      }
      return List.copyOf(windows);
    }
  }

  /** The round of the call a project answers, from its Erasmus+ project number ({@code 2023-2-...}). */
  private static OptionalInt round(Project project) {
    Optional<String> written = project.getIdentifiers().get(IdentifierScheme.ERASMUS_PROJECT_NUMBER);
    if (written.isEmpty()) {
      return OptionalInt.empty();
    }
    Optional<IdentifierChecks.ErasmusProjectNumber> number = IdentifierChecks.parseErasmusProjectNumber(written.get());
    return number.isPresent() ? number.get().round() : OptionalInt.empty();
  }

  private static void startWindow(Project project, RuleContext context) {
    if (context.parameters().getList("windows").isEmpty()) {
      window(project, context, "period.start-window");
      return;
    }
    List<Window> windows = context.fromParameters("windows", new Windows());
    if (windows == null) {
      misconfigured(context, "windows");
      return;
    }
    Optional<PartialDate> start = start(project);
    if (start.isEmpty()) {
      return;
    }
    OptionalInt round = round(project);
    if (round.isPresent()) {
      for (Window window : windows) {
        if (window.round() == round.getAsInt()) {
          if (window.known() && outside(start.get(), window.from(), window.to())) {
            context.report("/period/start", "period.start-window.round", start.get(), shown(window.from()),
                shown(window.to()), round.getAsInt());
          }
          return;
        }
      }
      return;
    }
    // Without a project number the round is unknown: the start must fall in some round's window,
    // which can be said only when every round's window is known.
    List<String> texts = new ArrayList<>();
    for (Window window : windows) {
      if (!window.known()) {
        return;
      }
      if (!outside(start.get(), window.from(), window.to())) {
        return;
      }
      texts.add(window.round() + ": " + text(window.from()) + " - " + text(window.to()));
    }
    context.report("/period/start", "period.start-window.rounds", start.get(), String.join("; ", texts));
  }

  private static void programme(Project project, RuleContext context) {
    window(project, context, "period.programme");
  }

  private static void lumpSum(Project project, RuleContext context) {
    Optional<List<BigDecimal>> values = context.parameters().getDecimals("values");
    if (values.isEmpty()) {
      misconfigured(context, "values");
      return;
    }
    Optional<Money> lumpSum = lumpSum(project);
    if (lumpSum.isEmpty()) {
      return;
    }
    BigDecimal amount = lumpSum.get().getAmount();
    List<String> texts = new ArrayList<>();
    for (BigDecimal value : values.get()) {
      if (value.compareTo(amount) == 0) {
        return;
      }
      texts.add(value.toPlainString());
    }
    context.report("/budget/lumpSum", "budget.lump-sum", amount.toPlainString(), String.join(", ", texts));
  }

  /** The lump sum the project's budget states; empty when it states none. */
  private static Optional<Money> lumpSum(Project project) {
    Optional<Budget> budget = project.getBudget();
    return budget.isPresent() ? budget.get().getLumpSum() : Optional.empty();
  }

  private static void grantRange(Project project, RuleContext context) {
    Optional<BigDecimal> min = context.parameters().getDecimal("min");
    Optional<BigDecimal> max = context.parameters().getDecimal("max");
    if (min.isEmpty() && max.isEmpty()) {
      misconfigured(context, "min");
      return;
    }
    Optional<Money> grant = requestedGrant(project);
    boolean funded = false;
    if (grant.isEmpty()) {
      grant = fundedGrant(project);
      funded = grant.isPresent();
    }
    if (grant.isEmpty()) {
      return;
    }
    BigDecimal amount = grant.get().getAmount();
    if ((min.isPresent() && amount.compareTo(min.get()) < 0) || (max.isPresent() && amount.compareTo(max.get()) > 0)) {
      if (funded) {
        context.report("/budget/funding", "budget.grant-range.funding", amount.toPlainString(), plain(min), plain(max));
      } else {
        context.report("/budget/requestedGrant", "budget.grant-range", amount.toPlainString(), plain(min), plain(max));
      }
    }
  }

  /**
   * The grant a complete record states in its funding rather than as {@code requestedGrant}: the
   * lines of kind {@code grant}, added up, when the funding adds up to the total, every amount in
   * the total's currency. Empty otherwise, and in a partial record, whose funding may leave out
   * what the page does not say.
   */
  private static Optional<Money> fundedGrant(Project project) {
    Optional<Budget> budget = project.getBudget();
    if (project.isPartial() || budget.isEmpty() || budget.get().getTotal().isEmpty() || budget.get().getFunding().isEmpty()) {
      return Optional.empty();
    }
    Money total = budget.get().getTotal().get();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal granted = BigDecimal.ZERO;
    boolean anyGrant = false;
    for (Funding funding : budget.get().getFunding()) {
      Optional<Money> amount = funding.getAmount();
      if (amount.isEmpty() || !amount.get().getCurrency().equals(total.getCurrency()) || !tame(amount.get().getAmount())) {
        return Optional.empty();
      }
      sum = sum.add(amount.get().getAmount());
      if (funding.getKind() == FundingKind.GRANT) {
        granted = granted.add(amount.get().getAmount());
        anyGrant = true;
      }
    }
    if (!anyGrant || !tame(total.getAmount()) || sum.compareTo(total.getAmount()) != 0) {
      return Optional.empty();
    }
    return Optional.of(Money.of(granted, total.getCurrency()));
  }

  /** A number small enough in scale and magnitude to add up without a blow-up. */
  private static boolean tame(BigDecimal number) {
    return Math.abs((long) number.scale()) < 1000 && number.precision() - number.scale() < 1000;
  }

  /** The grant the project's budget requests; empty when it states none. */
  private static Optional<Money> requestedGrant(Project project) {
    Optional<Budget> budget = project.getBudget();
    return budget.isPresent() ? budget.get().getRequestedGrant() : Optional.empty();
  }

  private static void grantPerMonth(Project project, RuleContext context) {
    Optional<BigDecimal> max = context.parameters().getDecimal("max");
    Optional<BigDecimal> cap = context.parameters().getDecimal("cap");
    if (max.isEmpty() && cap.isEmpty()) {
      misconfigured(context, "max");
      return;
    }
    Optional<Money> grant = requestedGrant(project);
    String at = "/budget/requestedGrant";
    if (grant.isEmpty()) {
      grant = lumpSum(project);
      at = "/budget/lumpSum";
    }
    if (grant.isEmpty()) {
      return;
    }
    BigDecimal amount = grant.get().getAmount();
    if (cap.isPresent() && amount.compareTo(cap.get()) > 0) {
      context.report(at, "budget.grant-per-month.cap", amount.toPlainString(), cap.get().toPlainString());
      return;
    }
    Optional<Integer> months = longestMonths(project);
    if (max.isPresent() && months.isPresent() && months.get() > 0) {
      BigDecimal ceiling = max.get().multiply(BigDecimal.valueOf(months.get()));
      if (amount.compareTo(ceiling) > 0) {
        context.report(at, "budget.grant-per-month", amount.toPlainString(), ceiling.toPlainString(), months.get(),
            max.get().toPlainString());
      }
    }
  }

  /** The project's duration in months, the longest it can be when its dates are partial; empty when unknown. */
  private static Optional<Integer> longestMonths(Project project) {
    Optional<Period> period = project.getPeriod();
    if (period.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> months = period.get().durationMonths();
    if (months.isPresent()) {
      return months;
    }
    Optional<MonthRange> range = period.get().durationRange();
    return range.isPresent() ? Optional.of(range.get().getMax()) : Optional.empty();
  }

  private static void coFinancingRate(Project project, RuleContext context) {
    Optional<BigDecimal> max = context.parameters().getDecimal("max");
    if (max.isEmpty()) {
      misconfigured(context, "max");
      return;
    }
    Map<String, BigDecimal> rates = context.fromParameters("byActionType", new RatesByActionType());
    if (rates == null) {
      misconfigured(context, "byActionType");
      return;
    }
    Optional<Budget> budget = project.getBudget();
    if (budget.isEmpty()) {
      return;
    }
    Optional<BigDecimal> rate = budget.get().getCoFinancingRate();
    if (rate.isPresent() && rate.get().compareTo(BigDecimal.ONE) > 0) {
      // not a fraction: quantity.range reports it, most likely a percentage
      return;
    }
    Optional<Money> total = budget.get().getTotal();
    Optional<Money> grant = budget.get().getRequestedGrant();
    String at = rate.isPresent() ? "/budget/coFinancingRate" : grant.isPresent() ? "/budget/requestedGrant" : "/budget/funding";
    if (grant.isEmpty()) {
      grant = fundedGrant(project);
    }
    if (rate.isEmpty() && total.isPresent() && grant.isPresent() && total.get().getCurrency().equals(grant.get().getCurrency())
        && total.get().getAmount().signum() > 0) {
      rate = Optional.of(grant.get().getAmount().divide(total.get().getAmount(), MathContext.DECIMAL64));
    }
    if (rate.isEmpty() || rate.get().compareTo(max.get()) <= 0) {
      return;
    }
    BigDecimal found = rate.get();
    Optional<CallRef> call = project.getCall();
    Optional<String> actionType = call.isPresent() ? call.get().getActionType() : Optional.empty();
    if (actionType.isPresent() && rates.containsKey(actionType.get())) {
      BigDecimal allowed = rates.get(actionType.get());
      if (found.compareTo(allowed) > 0) {
        context.report(at, "budget.co-financing-rate.action-type", Shown.percent(found), Shown.percent(allowed),
            actionType.get());
      }
      return;
    }
    List<String> higher = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> allowed : rates.entrySet()) {
      if (found.compareTo(allowed.getValue()) <= 0) {
        higher.add(allowed.getKey());
      }
    }
    if (actionType.isEmpty() && !higher.isEmpty()) {
      // The project does not say which kind of action it is: a higher rate the call allows for
      // some kinds may apply.
      context.reportAtMost(IssueSeverity.INFO, at, "budget.co-financing-rate.unstated", Shown.percent(found), Shown.percent(max.get()),
          String.join(", ", higher));
      return;
    }
    if (actionType.isPresent() && !rates.isEmpty()) {
      // a type the call does not know (annex-4 for annex-iv) gets the general rate: say why
      context.report(at, "budget.co-financing-rate.unknown-action-type", Shown.percent(found), Shown.percent(max.get()),
          actionType.get(), String.join(", ", rates.keySet()));
      return;
    }
    context.report(at, "budget.co-financing-rate", Shown.percent(found), Shown.percent(max.get()));
  }

  /** Makes the {@code byActionType} parameter: action type to maximum rate; empty when absent, null when malformed. */
  private static final class RatesByActionType implements Function<Parameters, @Nullable Map<String, BigDecimal>> {
    @Override
    public @Nullable Map<String, BigDecimal> apply(Parameters parameters) {
      Object value = parameters.asMap().get("byActionType");
      if (value == null) {
        return Map.of();
      }
      if (!(value instanceof Map<?, ?>)) {
        return null;
      }
      Map<String, BigDecimal> rates = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getValue() instanceof BigDecimal)) {
          return null;
        }
        rates.put(String.valueOf(entry.getKey()), (BigDecimal) entry.getValue());
      }
      return Collections.unmodifiableMap(rates);
    }
  }

  /**
   * The project-management work package: the one marked {@code type: management}; else the one
   * whose id or title names it (an id {@code wp1} in any case, a title that says project
   * management or <em>gestione</em>); else none.
   */
  static Optional<WorkPackage> managementWorkPackage(Project project) {
    for (WorkPackage workPackage : project.getWorkPackages()) {
      if (workPackage.getType().orElse(null) == WorkPackageType.MANAGEMENT) {
        return Optional.of(workPackage);
      }
    }
    for (WorkPackage workPackage : project.getWorkPackages()) {
      if (namedManagement(workPackage)) {
        return Optional.of(workPackage);
      }
    }
    return Optional.empty();
  }

  private static boolean namedManagement(WorkPackage workPackage) {
    String id = workPackage.getId().value().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    if (id.equals("wp1") || id.equals("wp01") || id.equals("pm") || id.equals("management")) {
      return true;
    }
    for (String title : workPackage.getTitle().asMap().values()) {
      String lower = title.toLowerCase(Locale.ROOT);
      if (lower.contains("management") || lower.contains("gestione") || lower.contains("coordinamento")
          || lower.contains("coordination")) {
        return true;
      }
    }
    return false;
  }

  private static void managementShare(Project project, RuleContext context) {
    Optional<BigDecimal> max = context.parameters().getDecimal("max");
    if (max.isEmpty()) {
      misconfigured(context, "max");
      return;
    }
    Optional<String> named = context.parameters().getString("workPackage");
    Optional<WorkPackage> management = named.isPresent() ? workPackage(project, named.get()) : Optional.empty();
    if (management.isEmpty()) {
      management = managementWorkPackage(project);
    }
    // none marked or named: the first is taken, which a partial record may state without its
    // management work package
    boolean assumed = management.isEmpty();
    if (assumed && !project.getWorkPackages().isEmpty()) {
      management = Optional.of(project.getWorkPackages().get(0));
    }
    Optional<Money> lumpSum = lumpSum(project);
    if (lumpSum.isEmpty() || management.isEmpty() || management.get().getBudget().isEmpty()
        || lumpSum.get().getAmount().signum() <= 0) {
      return;
    }
    BigDecimal share = management.get().getBudget().get().getAmount().divide(lumpSum.get().getAmount(), MathContext.DECIMAL64);
    if (share.compareTo(max.get()) <= 0) {
      return;
    }
    String at = "/workPackages/" + project.getWorkPackages().indexOf(management.get()) + "/budget";
    if (assumed) {
      context.reportAbsent(at, "budget.management-share.assumed", management.get().getId().value(), Shown.percent(share),
          Shown.percent(max.get()));
    } else {
      context.report(at, "budget.management-share", management.get().getId().value(), Shown.percent(share),
          Shown.percent(max.get()));
    }
  }

  /** The first work package of the project with the id, in any case. */
  private static Optional<WorkPackage> workPackage(Project project, String id) {
    for (WorkPackage workPackage : project.getWorkPackages()) {
      if (workPackage.getId().value().equalsIgnoreCase(id)) {
        return Optional.of(workPackage);
      }
    }
    return Optional.empty();
  }

  private static void projectManagement(Project project, RuleContext context) {
    if (project.getWorkPackages().isEmpty()) {
      return;
    }
    int marked = 0;
    for (WorkPackage workPackage : project.getWorkPackages()) {
      if (workPackage.getType().orElse(null) == WorkPackageType.MANAGEMENT) {
        marked++;
      }
    }
    if (marked > 1) {
      context.report("/workPackages", "work-packages.project-management.many", marked);
      return;
    }
    if (managementWorkPackage(project).isEmpty()) {
      context.reportAbsent("/workPackages", "work-packages.project-management.none",
          project.getWorkPackages().get(0).getId().value());
    }
  }

  private static void workPackageCount(Project project, RuleContext context) {
    Optional<Integer> min = context.parameters().getInteger("min");
    Optional<Integer> max = context.parameters().getInteger("max");
    Optional<Integer> recommended = context.parameters().getInteger("recommendedMax");
    if (min.isEmpty() && max.isEmpty() && recommended.isEmpty()) {
      misconfigured(context, "max");
      return;
    }
    int count = project.getWorkPackages().size();
    if (count == 0) {
      return;
    }
    if (min.isPresent() && count < min.get()) {
      context.reportAbsent("/workPackages", "work-packages.count", count, text(min), text(max), bounds(min, max));
    } else if (max.isPresent() && count > max.get()) {
      context.report("/workPackages", "work-packages.count", count, text(min), text(max), bounds(min, max));
    } else if (recommended.isPresent() && count > recommended.get()) {
      context.reportAtMost(IssueSeverity.WARNING, "/workPackages", "work-packages.count.recommended", count, recommended.get());
    }
  }

  private static boolean matches(Municipality municipality, List<?> excludes) {
    for (Object exclude : excludes) {
      if (exclude instanceof Map<?, ?>) {
        Object istat = ((Map<?, ?>) exclude).get("istat");
        Object name = ((Map<?, ?>) exclude).get("name");
        if (istat != null && municipality.getIstat().isPresent() && istat.equals(municipality.getIstat().get())) {
          return true;
        }
        if (name != null && municipality.getName().equalsIgnoreCase(name.toString())
            && (istat == null || municipality.getIstat().isEmpty())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void territory(Project project, RuleContext context) {
    Parameters parameters = context.parameters();
    Optional<Set<String>> countries = countriesParameter(context, "countries");
    Optional<List<String>> regions = parameters.getStrings("regions");
    List<?> excludes = parameters.getList("excludes").orElse(List.of());
    if (countries.isEmpty() && regions.isEmpty() && excludes.isEmpty()) {
      misconfigured(context, "regions");
      return;
    }
    if (project.getTerritory().isEmpty()) {
      return;
    }
    Territory territory = project.getTerritory().get();
    for (int i = 0; i < territory.getCountries().size(); i++) {
      String country = territory.getCountries().get(i).value();
      boolean refused;
      if (countries.isPresent()) {
        refused = !countries.get().contains(country);
      } else {
        refused = regions.isPresent() && !anyStartsWith(regions.get(), country);
      }
      if (refused) {
        context.report("/territory/countries/" + i, "territory.eligible.country", country);
      }
    }
    if (regions.isPresent()) {
      for (int i = 0; i < territory.getRegions().size(); i++) {
        String region = territory.getRegions().get(i);
        if (!startsWithAny(region, regions.get())) {
          context.report("/territory/regions/" + i, "territory.eligible.region", region, String.join(", ", regions.get()));
        }
      }
    }
    for (int i = 0; i < territory.getMunicipalities().size(); i++) {
      Municipality municipality = territory.getMunicipalities().get(i);
      if (matches(municipality, excludes)) {
        context.report("/territory/municipalities/" + i, "territory.eligible.excluded", municipality.getName());
        continue;
      }
      // The ISTAT code of a comune states its province, and so its region: records describe a
      // territory by its comuni far more often than by NUTS codes.
      Optional<String> istat = municipality.getIstat();
      Optional<String> region = istat.isPresent() && regions.isPresent() ? regionOfComune(istat.get()) : Optional.empty();
      if (region.isPresent() && !overlaps(region.get(), regions.get())) {
        context.report("/territory/municipalities/" + i + "/istat", "territory.eligible.municipality", municipality.getName(),
            istat.get(), region.get(), String.join(", ", regions.get()));
      }
    }
  }

  /** Tells whether a region is within one of the regions, or holds one of them (a NUTS 3 code of the call in a NUTS 2 region). */
  private static boolean overlaps(String region, List<String> regions) {
    for (String other : regions) {
      if (region.startsWith(other) || other.startsWith(region)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether one of the texts starts with the prefix. */
  private static boolean anyStartsWith(List<String> texts, String prefix) {
    for (String text : texts) {
      if (text.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the text starts with one of the prefixes. */
  private static boolean startsWithAny(String text, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (text.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static void targetGroups(Project project, RuleContext context) {
    Optional<List<String>> categories = context.parameters().getStrings("categories");
    if (categories.isEmpty()) {
      misconfigured(context, "categories");
      return;
    }
    if (project.getTargetGroups().isEmpty()) {
      return;
    }
    boolean eligible = false;
    for (TargetGroup group : project.getTargetGroups()) {
      if (group.getCategory().isPresent() && categories.get().contains(group.getCategory().get().code())) {
        eligible = true;
        break;
      }
    }
    if (!eligible) {
      context.reportAbsent("/targetGroups", "target-group.eligible", String.join(", ", categories.get()));
    }
  }

  private static void objectives(Project project, RuleContext context) {
    Optional<List<String>> codes = context.parameters().getStrings("codes");
    if (codes.isEmpty()) {
      misconfigured(context, "codes");
      return;
    }
    Objectives objectives = context.fromParameters("objectives", new ObjectivesParameters(codes.get()));
    if (objectives == null) {
      misconfigured(context, "pairs");
      return;
    }
    if (project.getCall().isEmpty()) {
      return;
    }
    CallRef call = project.getCall().get();
    for (int i = 0; i < call.getObjectives().size(); i++) {
      String written = call.getObjectives().get(i);
      String at = "/call/objectives/" + i;
      Objectives.Code code = Objectives.parse(written);
      if (code == null) {
        context.report(at, "call.objective", written, String.join(", ", codes.get()));
        continue;
      }
      if (code.specific() == null) {
        String national = code.national();
        boolean known = national != null && (objectives.canonical(national) != null || objectives.paired(national));
        if (!known) {
          context.report(at, "call.objective", written, String.join(", ", codes.get()));
        }
        continue;
      }
      String specific = objectives.canonical(code.specific());
      if (specific == null) {
        context.report(at, "call.objective", written, String.join(", ", codes.get()));
        continue;
      }
      if (code.national() != null && !objectives.pairs().isEmpty()) {
        List<String> national = objectives.pairs().get(specific);
        if (national == null || !national.contains(code.national())) {
          context.report(at, "call.objective.pair", written, specific, code.national(),
              national == null ? "-" : String.join(", ", national));
        }
      }
    }
  }

  /** Makes a call's objectives from the {@code aliases} and {@code pairs} parameters and its codes; null when malformed. */
  private static final class ObjectivesParameters implements Function<Parameters, @Nullable Objectives> {
    private final List<String> codes;

    ObjectivesParameters(List<String> codes) {
      this.codes = codes;
    }

    @Override
    public @Nullable Objectives apply(Parameters parameters) {
      return Objectives.of(parameters, codes);
    }
  }

  /**
   * The NUTS 2 region of the comune with an ISTAT code, such as {@code ITC1} for {@code 001272}
   * (Torino); empty for a code that is not a comune's or of no province known.
   */
  private static Optional<String> regionOfComune(String istat) {
    if (!IdentifierChecks.isIstatComune(istat)) {
      return Optional.empty();
    }
    Optional<ItalianProvinces.Province> province = ItalianProvinces.get().ofComune(istat);
    return province.isPresent() ? Optional.of(province.get().region()) : Optional.empty();
  }
}
