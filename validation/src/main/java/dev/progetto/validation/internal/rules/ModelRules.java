package dev.progetto.validation.internal.rules;

import dev.progetto.io.internal.FormatWalker;
import dev.progetto.model.Budget;
import dev.progetto.model.BudgetLine;
import dev.progetto.model.Call;
import dev.progetto.model.Confidence;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Progress;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.WorkPackage;
import dev.progetto.io.IssueSeverity;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;

/** Every model rule: checked on every project, with no call needed. */
public final class ModelRules {

  /** Rules the engine itself reports, with their default severities. */
  public static final Map<String, IssueSeverity> ENGINE_RULES = engineRules();

  private static final int MAX_MAGNITUDE = 1000;
  private static final MathContext RATIO = MathContext.DECIMAL64;
  /** Lists up to this size are searched for duplicates pair by pair, without a map. */
  private static final int SMALL_LIST = 16;

  private static final DefinedRule.Checks CHECKS = ModelRules::check;

  /** The scheme each rule {@code identifier.SCHEME} checks, made once rather than per project. */
  private static final Map<String, IdentifierScheme> IDENTIFIER_SCHEMES = identifierSchemes("codice-fiscale", "partita-iva",
      "cup", "pic", "oid", "erasmus-project-number", "istat-comune", "nuts", "vat");

  /** The schemes whose values a rule of their own checks; a blank value of any other scheme is {@code text.blank}. */
  private static final Set<IdentifierScheme> CHECKED_SCHEMES = checkedSchemes();

  private static final List<ProjectRule> ALL = List.of(
      rule("project.id.format", IssueSeverity.ERROR),
      rule("reference.unresolved", IssueSeverity.ERROR),
      rule("reference.duplicate-id", IssueSeverity.ERROR),
      absence("participants.lead", IssueSeverity.ERROR),
      rule("period.order", IssueSeverity.ERROR),
      rule("period.duration-mismatch", IssueSeverity.ERROR),
      rule("status.period", IssueSeverity.WARNING),
      rule("money.currency", IssueSeverity.ERROR),
      rule("money.negative", IssueSeverity.ERROR),
      rule("money.scale", IssueSeverity.WARNING),
      absence("budget.lines-sum", IssueSeverity.ERROR),
      absence("budget.funding-sum", IssueSeverity.ERROR),
      absence("budget.work-packages-sum", IssueSeverity.ERROR),
      rule("quantity.range", IssueSeverity.ERROR),
      rule("quantity.negative", IssueSeverity.ERROR),
      rule("indicator.target.missing", IssueSeverity.INFO),
      absence("indicator.disaggregation-sum", IssueSeverity.ERROR),
      rule("indicator.measurement-period", IssueSeverity.WARNING),
      rule("indicator.code.unknown", IssueSeverity.WARNING),
      rule("indicator.unit", IssueSeverity.ERROR),
      rule("indicator.target.reached", IssueSeverity.INFO),
      rule("target-group.composition", IssueSeverity.WARNING),
      rule("identifier.scheme.unknown", IssueSeverity.WARNING),
      rule("identifier.codice-fiscale", IssueSeverity.ERROR),
      rule("identifier.partita-iva", IssueSeverity.ERROR),
      rule("identifier.cup", IssueSeverity.ERROR),
      rule("identifier.pic", IssueSeverity.ERROR),
      rule("identifier.oid", IssueSeverity.ERROR),
      rule("identifier.erasmus-project-number", IssueSeverity.ERROR),
      rule("identifier.erasmus-project-number.call", IssueSeverity.WARNING),
      rule("identifier.istat-comune", IssueSeverity.ERROR),
      rule("identifier.nuts", IssueSeverity.ERROR),
      rule("identifier.vat", IssueSeverity.ERROR),
      rule("country.code", IssueSeverity.ERROR),
      rule("language.tag", IssueSeverity.ERROR),
      rule("link.url", IssueSeverity.ERROR),
      rule("text.blank", IssueSeverity.ERROR));

  private ModelRules() {}

  private static Map<String, IdentifierScheme> identifierSchemes(String... schemes) {
    Map<String, IdentifierScheme> byRule = new HashMap<>();
    for (String scheme : schemes) {
      byRule.put("identifier." + scheme, IdentifierScheme.of(scheme));
    }
    return java.util.Collections.unmodifiableMap(byRule);
  }

  private static Set<IdentifierScheme> checkedSchemes() {
    Set<IdentifierScheme> checked = new HashSet<>(IDENTIFIER_SCHEMES.values());
    checked.add(IdentifierScheme.URL);
    return java.util.Collections.unmodifiableSet(checked);
  }

  private static Map<String, IssueSeverity> engineRules() {
    Map<String, IssueSeverity> rules = new LinkedHashMap<>();
    rules.put("call.unknown", IssueSeverity.WARNING);
    rules.put("call.abstract", IssueSeverity.WARNING);
    rules.put("call.parameter", IssueSeverity.WARNING);
    rules.put("waiver.unused", IssueSeverity.INFO);
    rules.put("project.duplicate-input", IssueSeverity.WARNING);
    return java.util.Collections.unmodifiableMap(rules);
  }

  /** Returns every model rule, in catalogue order. */
  public static List<ProjectRule> all() {
    return ALL;
  }

  private static ProjectRule rule(String id, IssueSeverity severity) {
    return new DefinedRule(id, severity, List.of(), CHECKS, false);
  }

  /** A rule some of whose findings rest on what a project does not state. */
  private static ProjectRule absence(String id, IssueSeverity severity) {
    return new DefinedRule(id, severity, List.of(), CHECKS, true);
  }

  /** The check of each model rule, by its id. */
  private static void check(String ruleId, Project project, RuleContext context) {
    switch (ruleId) {
      case "project.id.format" -> projectId(project, context);
      case "reference.unresolved" -> unresolved(project, context);
      case "reference.duplicate-id" -> duplicateIds(project, context);
      case "participants.lead" -> lead(project, context);
      case "period.order" -> periodOrder(project, context);
      case "period.duration-mismatch" -> durationMismatch(project, context);
      case "status.period" -> statusPeriod(project, context);
      case "money.currency" -> currency(project, context);
      case "money.negative" -> negative(project, context);
      case "money.scale" -> scale(project, context);
      case "budget.lines-sum" -> linesSum(project, context);
      case "budget.funding-sum" -> fundingSum(project, context);
      case "budget.work-packages-sum" -> workPackagesSum(project, context);
      case "quantity.range" -> quantityRange(project, context);
      case "quantity.negative" -> negativeQuantity(project, context);
      case "indicator.target.missing" -> targetMissing(project, context);
      case "indicator.disaggregation-sum" -> disaggregationSum(project, context);
      case "indicator.measurement-period" -> measurementPeriod(project, context);
      case "indicator.code.unknown" -> indicatorCode(project, context);
      case "indicator.unit" -> indicatorUnit(project, context);
      case "indicator.target.reached" -> targetReached(project, context);
      case "target-group.composition" -> composition(project, context);
      case "identifier.scheme.unknown" -> unknownScheme(project, context);
      case "identifier.erasmus-project-number.call" -> erasmusNumberCall(project, context);
      case "identifier.istat-comune" -> istat(project, context);
      case "identifier.nuts" -> nuts(project, context);
      case "country.code" -> countries(project, context);
      case "language.tag" -> languages(project, context);
      case "link.url" -> urls(project, context);
      case "text.blank" -> blankTexts(project, context);
      case "identifier.codice-fiscale", "identifier.partita-iva", "identifier.cup", "identifier.pic", "identifier.oid",
          "identifier.erasmus-project-number", "identifier.vat" -> identifiers(project, context, ruleId);
      default -> throw DefinedRule.Checks.unknown(ruleId);
    }
  }

  /** Reports each malformed identifier of the scheme a rule {@code identifier.SCHEME} checks. */
  private static void identifiers(Project project, RuleContext context, String id) {
    IdentifierScheme scheme = IDENTIFIER_SCHEMES.get(id);
    if (scheme == null) {
      // a rule routed here without its scheme in the table would check nothing
      throw DefinedRule.Checks.unknown(id);
    }
    for (ProjectWalker.IdentifierAt identifier : ProjectWalker.identifiers(project, context, scheme)) {
      if (!context.isWellFormed(scheme.code(), identifier.value())) {
        context.report(identifier.identifiers().pointer() + "/" + scheme.code(), id, identifier.value());
      }
    }
  }

  /** Numbers beyond this magnitude are not added up: a finding about them is not worth a blow-up. */
  static boolean tame(BigDecimal number) {
    return Math.abs((long) number.scale()) < MAX_MAGNITUDE && number.precision() - number.scale() < MAX_MAGNITUDE;
  }

  private static void projectId(Project project, RuleContext context) {
    if (!isSlug(project.getId().value())) {
      context.report("/id", "project.id.format", project.getId().value());
    }
  }

  /** A slug {@code [a-z0-9][a-z0-9-]{0,79}}: up to 80 lowercase ASCII letters, digits and hyphens, not first. */
  static boolean isSlug(String id) {
    if (id.isEmpty() || id.length() > 80 || id.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static void unresolved(Project project, RuleContext context) {
    Set<OrganisationId> organisations = new HashSet<>();
    for (Organisation organisation : project.getOrganisations()) {
      organisations.add(organisation.getId());
    }
    Set<LocalId> workPackages = new HashSet<>();
    for (WorkPackage workPackage : project.getWorkPackages()) {
      workPackages.add(workPackage.getId());
    }
    Set<LocalId> targetGroups = new HashSet<>();
    for (TargetGroup group : project.getTargetGroups()) {
      targetGroups.add(group.getId());
    }
    for (int i = 0; i < project.getParticipants().size(); i++) {
      OrganisationId id = project.getParticipants().get(i).getOrganisation();
      if (!organisations.contains(id)) {
        context.report("/participants/" + i + "/organisation", "reference.unresolved.organisation", id.value());
      }
    }
    for (int i = 0; i < project.getWorkPackages().size(); i++) {
      Optional<OrganisationId> lead = project.getWorkPackages().get(i).getLead();
      if (lead.isPresent() && !organisations.contains(lead.get())) {
        context.report("/workPackages/" + i + "/lead", "reference.unresolved.organisation", lead.get().value());
      }
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      var activity = project.getActivities().get(i);
      Optional<LocalId> workPackage = activity.getWorkPackage();
      if (workPackage.isPresent() && !workPackages.contains(workPackage.get())) {
        context.report("/activities/" + i + "/workPackage", "reference.unresolved.work-package", workPackage.get().value());
      }
      for (int o = 0; o < activity.getOrganisations().size(); o++) {
        OrganisationId id = activity.getOrganisations().get(o);
        if (!organisations.contains(id)) {
          context.report("/activities/" + i + "/organisations/" + o, "reference.unresolved.organisation", id.value());
        }
      }
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Optional<LocalId> group = project.getIndicators().get(i).getTargetGroup();
      if (group.isPresent() && !targetGroups.contains(group.get())) {
        context.report("/indicators/" + i + "/targetGroup", "reference.unresolved.target-group", group.get().value());
      }
    }
    if (project.getBudget().isPresent()) {
      List<BudgetLine> lines = project.getBudget().get().getLines();
      for (int i = 0; i < lines.size(); i++) {
        Optional<LocalId> workPackage = lines.get(i).getWorkPackage();
        if (workPackage.isPresent() && !workPackages.contains(workPackage.get())) {
          context.report("/budget/lines/" + i + "/workPackage", "reference.unresolved.work-package", workPackage.get().value());
        }
      }
    }
    for (int i = 0; i < project.getRelatedProjects().size(); i++) {
      dev.progetto.model.RelatedProject relation = project.getRelatedProjects().get(i);
      if (relation.getProject().isPresent() && relation.getProject().get().equals(project.getId())) {
        context.report("/relatedProjects/" + i + "/project", "reference.unresolved.self", relation.getRelation().code());
      }
    }
    for (int i = 0; i < project.getRelatedProjects().size() && context.inPortfolio(); i++) {
      Optional<ProjectId> related = project.getRelatedProjects().get(i).getProject();
      if (related.isPresent() && !context.hasProject(related.get().value())) {
        context.report("/relatedProjects/" + i + "/project", "reference.unresolved.project", related.get().value());
      }
    }
  }

  /** Reports each item whose id an earlier item of the list has, with the first item of that id. */
  private static <T> void duplicates(RuleContext context, String list, List<T> items, Function<T, String> id) {
    if (items.size() < 2) {
      return;
    }
    if (items.size() <= SMALL_LIST) {
      String[] ids = new String[items.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = id.apply(items.get(i));
        for (int first = 0; first < i; first++) {
          if (ids[first].equals(ids[i])) {
            context.report(list + "/" + i, "reference.duplicate-id", ids[i], list + "/" + first);
            break;
          }
        }
      }
      return;
    }
    Map<String, Integer> seen = new HashMap<>(items.size() * 4 / 3 + 1);
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer first = seen.putIfAbsent(value, i);
      if (first != null) {
        context.report(list + "/" + i, "reference.duplicate-id", value, list + "/" + first);
      }
    }
  }

  /**
   * Lists with ids (the format's lists of objects with an {@code id}, found by the generated
   * walker) and the participants, one per organisation.
   */
  private static void duplicateIds(Project project, RuleContext context) {
    FormatWalker.idListsIn(ProjectWalker.own(project, context), new FormatWalker.IdLists() {
      @Override
      public <T> void ids(String list, List<T> items, Function<T, String> id) {
        duplicates(context, list, items, id);
      }
    });
    duplicates(context, "/participants", project.getParticipants(), p -> p.getOrganisation().value());
  }


  private static void lead(Project project, RuleContext context) {
    if (project.getParticipants().isEmpty()) {
      return;
    }
    int leads = 0;
    int second = -1;
    for (int i = 0; i < project.getParticipants().size(); i++) {
      if (project.getParticipants().get(i).getRole() == Role.LEAD) {
        leads++;
        if (leads == 2) {
          second = i;
        }
      }
    }
    if (leads == 0) {
      context.reportAbsent("/participants", "participants.lead.none");
    } else if (leads > 1) {
      context.report("/participants/" + second, "participants.lead.many", leads);
    }
  }

  private static void periodOrder(Project project, RuleContext context) {
    for (Located<Period> period : ProjectWalker.periods(project, context)) {
      if (period.value().isReversed()) {
        context.report(period.pointer() + "/end", "period.order", period.value().getStart().get(), period.value().getEnd().get());
      }
    }
  }

  private static void durationMismatch(Project project, RuleContext context) {
    for (Located<Period> located : ProjectWalker.periods(project, context)) {
      Period period = located.value();
      if (period.isReversed()) {
        continue;
      }
      Optional<Integer> declared = period.getDeclaredDurationMonths();
      if (declared.isEmpty() || declared.get() < 1) {
        // a duration of no month is quantity.range, whatever the period
        continue;
      }
      var range = period.durationRange();
      if (range.isPresent() && !range.get().contains(declared.get())) {
        // {3} and {5}: the shortest and longest the period can last; {4}: 1 when they differ
        context.report(located.pointer() + "/durationMonths", "period.duration-mismatch", declared.get(),
            period.getStart().get(), period.getEnd().get(), range.get().getMin(), range.get().isExact() ? 0 : 1,
            range.get().getMax());
      }
    }
  }

  private static void statusPeriod(Project project, RuleContext context) {
    Optional<ProjectStatus> status = project.getStatus();
    Optional<Period> period = project.getPeriod();
    if (status.isEmpty() || period.isEmpty() || period.get().isReversed()) {
      return;
    }
    LocalDate today = context.today();
    Optional<PartialDate> end = period.get().getEnd();
    if (end.isPresent()) {
      if (status.get() == ProjectStatus.ACTIVE && end.get().latest().isBefore(today)) {
        context.report("/status", "status.period.active", end.get(), today);
      } else if (status.get() == ProjectStatus.CLOSED && end.get().earliest().isAfter(today)) {
        context.report("/status", "status.period.closed", end.get(), today);
      }
    }
    Optional<PartialDate> start = period.get().getStart();
    if (start.isPresent() && status.get() == ProjectStatus.CLOSED && start.get().earliest().isAfter(today)) {
      context.report("/status", "status.period.closed", start.get(), today);
    }
  }

  private static void currency(Project project, RuleContext context) {
    for (Located<Money> money : ProjectWalker.money(project, context)) {
      if (!money.value().getCurrency().isIso4217()) {
        context.report(money.pointer(), "money.currency", money.value().getCurrency().value());
      }
    }
    Optional<dev.progetto.model.CurrencyCode> currency = project.getCurrency();
    if (currency.isPresent() && !currency.get().isIso4217()) {
      context.report("/currency", "money.currency", currency.get().value());
    }
  }

  private static void negative(Project project, RuleContext context) {
    for (Located<Money> money : ProjectWalker.money(project, context)) {
      if (money.value().getAmount().signum() < 0) {
        context.report(money.pointer(), "money.negative", money.value().getAmount().toPlainString());
      }
    }
  }

  private static void scale(Project project, RuleContext context) {
    for (Located<Money> money : ProjectWalker.money(project, context)) {
      OptionalInt digits = money.value().getCurrency().fractionDigits();
      if (digits.isPresent() && money.value().getAmount().scale() > digits.getAsInt()
          && money.value().getAmount().stripTrailingZeros().scale() > digits.getAsInt()) {
        context.report(money.pointer(), "money.scale", money.value().toString(), digits.getAsInt());
      }
    }
  }

  private static void linesSum(Project project, RuleContext context) {
    Optional<Budget> budget = project.getBudget();
    if (budget.isPresent()) {
      List<Optional<Money>> amounts = new ArrayList<>();
      for (BudgetLine line : budget.get().getLines()) {
        amounts.add(line.getAmount());
      }
      budgetSum(budget.get(), context, "/budget/lines", "budget.lines-sum", amounts);
    }
  }

  private static void fundingSum(Project project, RuleContext context) {
    Optional<Budget> budget = project.getBudget();
    if (budget.isPresent()) {
      List<Optional<Money>> amounts = new ArrayList<>();
      for (Funding funding : budget.get().getFunding()) {
        amounts.add(funding.getAmount());
      }
      budgetSum(budget.get(), context, "/budget/funding", "budget.funding-sum", amounts);
    }
  }

  private static void budgetSum(Budget budget, RuleContext context, String list, String ruleId,
      List<Optional<Money>> amounts) {
    Optional<Money> total = budget.getTotal();
    if (total.isEmpty() || amounts.isEmpty()) {
      return;
    }
    BigDecimal sum = sum(amounts, total.get());
    if (sum != null && sum.compareTo(total.get().getAmount()) != 0) {
      shortOrOver(context, sum.compareTo(total.get().getAmount()) < 0, list, ruleId, sum.toPlainString(),
          total.get().toString());
    }
  }

  /** The sum of amounts in the currency of {@code reference}; null when an amount is missing, in another currency or wild. */
  private static @Nullable BigDecimal sum(List<Optional<Money>> amounts, Money reference) {
    if (!tame(reference.getAmount())) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Optional<Money> money : amounts) {
      if (money.isEmpty() || !money.get().getCurrency().equals(reference.getCurrency()) || !tame(money.get().getAmount())) {
        return null;
      }
      sum = sum.add(money.get().getAmount());
    }
    return sum;
  }

  /**
   * Reports parts that do not add up to their whole: parts that add up to less may be parts a
   * partial record does not state; parts that add up to more contradict the whole.
   */
  private static void shortOrOver(RuleContext context, boolean isShort, String pointer, String key, Object... arguments) {
    if (isShort) {
      context.reportAbsent(pointer, key, arguments);
    } else {
      context.report(pointer, key, arguments);
    }
  }

  private static void workPackagesSum(Project project, RuleContext context) {
    Optional<Money> lumpSum = project.getBudget().isPresent() ? project.getBudget().get().getLumpSum() : Optional.empty();
    if (lumpSum.isEmpty()) {
      return;
    }
    List<Optional<Money>> amounts = new ArrayList<>();
    boolean anyBudget = false;
    for (WorkPackage workPackage : project.getWorkPackages()) {
      amounts.add(workPackage.getBudget());
      anyBudget |= workPackage.getBudget().isPresent();
    }
    if (!anyBudget) {
      return;
    }
    BigDecimal sum = sum(amounts, lumpSum.get());
    if (sum != null && sum.compareTo(lumpSum.get().getAmount()) != 0) {
      shortOrOver(context, sum.compareTo(lumpSum.get().getAmount()) < 0, "/workPackages", "budget.work-packages-sum",
          sum.toPlainString(), lumpSum.get().toString());
    }
  }

  private static void quantityRange(Project project, RuleContext context) {
    for (Located<ProjectWalker.QuantityAt> located : ProjectWalker.quantities(project, context)) {
      Quantity quantity = located.value().quantity();
      if (quantity.getKind() == Quantity.Kind.RANGE && quantity.getMin().get().compareTo(quantity.getMax().get()) > 0) {
        context.report(located.pointer(), "quantity.range.order", quantity.getMin().get().toPlainString(),
            quantity.getMax().get().toPlainString());
      }
      if (located.value().share()) {
        BigDecimal outside = quantity.getMin().isPresent() && notShare(quantity.getMin().get()) ? quantity.getMin().get()
            : quantity.getMax().isPresent() && notShare(quantity.getMax().get()) ? quantity.getMax().get() : null;
        if (outside != null) {
          context.report(located.pointer(), "quantity.range.share", outside.toPlainString());
        }
      }
    }
    Optional<BigDecimal> rate = project.getBudget().isPresent() ? project.getBudget().get().getCoFinancingRate() : Optional.empty();
    if (rate.isPresent() && rate.get().compareTo(BigDecimal.ONE) > 0 && tame(rate.get())) {
      // a rate of 90 is most likely 90% written as a percentage: the fraction is 0.9
      BigDecimal hundred = BigDecimal.valueOf(100);
      if (rate.get().compareTo(hundred) <= 0) {
        context.report("/budget/coFinancingRate", "quantity.range.rate.percent", rate.get().toPlainString(),
            rate.get().divide(hundred).stripTrailingZeros().toPlainString());
      } else {
        context.report("/budget/coFinancingRate", "quantity.range.rate", rate.get().toPlainString());
      }
    }
    for (Located<Period> period : ProjectWalker.periods(project, context)) {
      Optional<Integer> declared = period.value().getDeclaredDurationMonths();
      if (declared.isPresent() && declared.get() < 1) {
        context.report(period.pointer() + "/durationMonths", "quantity.range.duration", declared.get());
      }
    }
  }

  /**
   * Reports each negative count, share and rate: the quantities of target groups and indicators,
   * an indicator's baseline, the categories of a measurement and the co-financing rate.
   */
  private static @Nullable BigDecimal negative(Optional<BigDecimal> bound) {
    return bound.isPresent() && bound.get().signum() < 0 ? bound.get() : null;
  }

  private static void negativeQuantity(Project project, RuleContext context) {
    for (Located<ProjectWalker.QuantityAt> located : ProjectWalker.quantities(project, context)) {
      Quantity quantity = located.value().quantity();
      // Checked without a stream or an Optional per quantity: this runs for every quantity of every project.
      BigDecimal negative = negative(quantity.getValue());
      if (negative == null) {
        negative = negative(quantity.getMin());
      }
      if (negative == null) {
        negative = negative(quantity.getMax());
      }
      if (negative != null) {
        context.report(located.pointer(), "quantity.negative", negative.toPlainString());
      }
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Indicator indicator = project.getIndicators().get(i);
      BigDecimal baseline = negative(indicator.getBaseline());
      if (baseline != null) {
        context.report("/indicators/" + i + "/baseline", "quantity.negative", baseline.toPlainString());
      }
      List<Measurement> measurements = indicator.getMeasurements();
      for (int m = 0; m < measurements.size(); m++) {
        for (Map.Entry<String, Map<String, BigDecimal>> dimension : measurements.get(m).getDisaggregation().entrySet()) {
          for (Map.Entry<String, BigDecimal> category : dimension.getValue().entrySet()) {
            if (category.getValue().signum() < 0) {
              context.report("/indicators/" + i + "/measurements/" + m + "/disaggregation/"
                  + ProjectWalker.key(dimension.getKey()) + "/" + ProjectWalker.key(category.getKey()), "quantity.negative", category.getValue().toPlainString());
            }
          }
        }
      }
    }
    BigDecimal rate = project.getBudget().isPresent() ? negative(project.getBudget().get().getCoFinancingRate()) : null;
    if (rate != null) {
      context.report("/budget/coFinancingRate", "quantity.negative", rate.toPlainString());
    }
  }

  private static boolean notShare(BigDecimal bound) {
    return bound.signum() < 0 || bound.compareTo(BigDecimal.ONE) > 0;
  }

  private static void targetMissing(Project project, RuleContext context) {
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Indicator indicator = project.getIndicators().get(i);
      if (indicator.getTarget().isEmpty()) {
        context.report("/indicators/" + i, "indicator.target.missing", indicator.getId().value());
      }
    }
  }

  private static void disaggregationSum(Project project, RuleContext context) {
    for (int i = 0; i < project.getIndicators().size(); i++) {
      List<Measurement> measurements = project.getIndicators().get(i).getMeasurements();
      for (int m = 0; m < measurements.size(); m++) {
        Measurement measurement = measurements.get(m);
        Quantity value = measurement.getValue();
        if (value.getKind() != Quantity.Kind.EXACT || !tame(value.reference())) {
          continue;
        }
        for (Map.Entry<String, Map<String, BigDecimal>> dimension : measurement.getDisaggregation().entrySet()) {
          BigDecimal sum = BigDecimal.ZERO;
          boolean wild = false;
          for (BigDecimal category : dimension.getValue().values()) {
            wild |= !tame(category);
            if (!wild) {
              sum = sum.add(category);
            }
          }
          if (!wild && sum.compareTo(value.reference()) != 0) {
            shortOrOver(context, sum.compareTo(value.reference()) < 0, "/indicators/" + i + "/measurements/" + m + "/disaggregation/" + ProjectWalker.key(dimension.getKey()),
                "indicator.disaggregation-sum", dimension.getKey(), sum.toPlainString(), value.reference().toPlainString());
          }
        }
      }
    }
  }

  private static void measurementPeriod(Project project, RuleContext context) {
    Optional<Period> period = project.getPeriod();
    if (period.isEmpty() || period.get().isReversed()) {
      return;
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      List<Measurement> measurements = project.getIndicators().get(i).getMeasurements();
      for (int m = 0; m < measurements.size(); m++) {
        Optional<Period> measured = measurements.get(m).getPeriod();
        if (measured.isEmpty()) {
          continue;
        }
        PartialDate last = measured.get().getEnd().orElse(measured.get().getStart().orElse(null));
        PartialDate first = measured.get().getStart().orElse(measured.get().getEnd().orElse(null));
        boolean before = last != null && period.get().getStart().isPresent() && last.isBefore(period.get().getStart().get());
        boolean after = first != null && period.get().getEnd().isPresent() && first.isAfter(period.get().getEnd().get());
        if (before || after) {
          context.report("/indicators/" + i + "/measurements/" + m + "/period", "indicator.measurement-period");
        }
      }
    }
  }

  private static void indicatorCode(Project project, RuleContext context) {
    // The indicators of a project mostly cite one catalogue: the last one looked up is kept.
    String catalogueId = null;
    Optional<IndicatorCatalogue> catalogue = Optional.empty();
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Optional<String> found = project.getIndicators().get(i).getCode();
      if (found.isEmpty()) {
        continue;
      }
      String code = found.get();
      int colon = code.indexOf(':');
      if (colon <= 0) {
        context.report("/indicators/" + i + "/code", "indicator.code.unknown.form", code);
        continue;
      }
      if (catalogueId == null || !code.startsWith(catalogueId) || catalogueId.length() != colon) {
        catalogueId = code.substring(0, colon);
        catalogue = context.indicatorCatalogue(catalogueId);
      }
      if (catalogue.isEmpty()) {
        context.report("/indicators/" + i + "/code", "indicator.code.unknown.catalogue", catalogueId);
      } else if (catalogue.get().indicator(code.substring(colon + 1)).isEmpty()) {
        if (catalogue.get().getConfidence().orElse(Confidence.VERIFIED) == Confidence.VERIFIED) {
          context.report("/indicators/" + i + "/code", "indicator.code.unknown", code.substring(colon + 1), catalogueId);
        } else {
          // a list of codes not checked against its official text may lack a real code
          context.reportAtMost(IssueSeverity.INFO, "/indicators/" + i + "/code", "indicator.code.unknown.unverified",
              code.substring(colon + 1), catalogueId);
        }
      }
    }
  }

  private static void indicatorUnit(Project project, RuleContext context) {
    List<Indicator> indicators = project.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Optional<dev.progetto.model.IndicatorUnit> unit = indicators.get(i).getUnit();
      if (unit.isPresent() && !unit.get().isAllowed()) {
        context.report("/indicators/" + i + "/unit", "indicator.unit", unit.get().code());
      }
    }
  }

  private static void targetReached(Project project, RuleContext context) {
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Indicator indicator = project.getIndicators().get(i);
      if (indicator.getTarget().isEmpty() || !tame(indicator.getTarget().get().reference())) {
        continue;
      }
      Optional<Progress> progress = indicator.progress();
      if (progress.isPresent() && tame(progress.get().getMeasured()) && progress.get().isReached()) {
        // {3} the kind of target, {4} and {5} its bounds, {6} per total, year or month: words in the message's language
        Quantity target = progress.get().getTarget();
        context.report("/indicators/" + i, "indicator.target.reached", indicator.getId().value(),
            Shown.plain(progress.get().getMeasured()), target, target.getKind().ordinal(), plainOf(target.getMin().or(target::getValue)),
            plainOf(target.getMax().or(target::getValue)), target.getPer().ordinal());
      }
    }
  }

  private static void composition(Project project, RuleContext context) {
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Indicator indicator = project.getIndicators().get(i);
      Optional<TargetGroup> group = indicator.getTargetGroup().isPresent()
          ? targetGroup(project, indicator.getTargetGroup().get()) : Optional.empty();
      if (group.isEmpty() || group.get().getComposition().isEmpty()) {
        continue;
      }
      Optional<Measurement> latest = indicator.latestMeasurement();
      if (latest.isEmpty()) {
        continue;
      }
      BigDecimal value = latest.get().getValue().reference();
      if (value.signum() <= 0 || !tame(value)) {
        continue;
      }
      for (Map.Entry<String, Quantity> expected : group.get().getComposition().entrySet()) {
        for (Map<String, BigDecimal> categories : latest.get().getDisaggregation().values()) {
          BigDecimal count = categories.get(expected.getKey());
          if (count == null || !tame(count)) {
            continue;
          }
          BigDecimal share = count.divide(value, RATIO);
          Quantity quantity = expected.getValue();
          boolean low = quantity.getMin().isPresent() && share.compareTo(quantity.getMin().get()) < 0;
          boolean high = quantity.getMax().isPresent() && share.compareTo(quantity.getMax().get()) > 0;
          if ((low || high) && quantity.getKind() != Quantity.Kind.APPROX) {
            // {4} the kind of the expected share, {5} and {6} its bounds in percent: shown as the share is
            context.report("/indicators/" + i + "/measurements/" + indicator.getMeasurements().indexOf(latest.get()) + "/disaggregation",
                "target-group.composition", expected.getKey(), Shown.percentNumber(share), quantity, group.get().getId().value(),
                quantity.getKind().ordinal(), percentOf(quantity.getMin().or(quantity::getValue)),
                percentOf(quantity.getMax().or(quantity::getValue)));
          }
        }
      }
    }
  }

  /** A number as a message shows it, without an exponent; empty when there is none. */
  private static Object plainOf(Optional<BigDecimal> number) {
    return number.isPresent() ? Shown.plain(number.get()) : "";
  }

  /** A share in percent as a message shows it, such as {@code 80.0} for 0.8; empty when there is none. */
  private static Object percentOf(Optional<BigDecimal> share) {
    return share.isPresent() ? Shown.percentNumber(share.get()) : "";
  }

  /** The first target group with the id, as {@link Project#targetGroup} finds it. */
  private static Optional<TargetGroup> targetGroup(Project project, LocalId id) {
    List<TargetGroup> groups = project.getTargetGroups();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).getId().equals(id)) {
        return Optional.of(groups.get(i));
      }
    }
    return Optional.empty();
  }

  private static void unknownScheme(Project project, RuleContext context) {
    for (Located<Identifiers> identifiers : ProjectWalker.identifiers(project, context)) {
      for (IdentifierScheme scheme : identifiers.value().asMap().keySet()) {
        if (!scheme.isKnown() && !scheme.isCustom()) {
          context.report(identifiers.pointer() + "/" + ProjectWalker.key(scheme.code()), "identifier.scheme.unknown", scheme.code());
        }
      }
    }
  }

  private static void erasmusNumberCall(Project project, RuleContext context) {
    Optional<Call> call = context.call();
    Optional<String> number = project.getIdentifiers().get(IdentifierScheme.ERASMUS_PROJECT_NUMBER);
    if (call.isEmpty() || number.isEmpty()) {
      return;
    }
    var parsed = IdentifierChecks.parseErasmusProjectNumber(number.get());
    if (parsed.isEmpty()) {
      return;
    }
    String at = "/identifiers/erasmus-project-number";
    if (parsed.get().year().isPresent()) {
      int numbered = parsed.get().year().getAsInt();
      var year = call.get().getYear();
      if (year.isPresent() && year.get() != numbered) {
        context.report(at, "identifier.erasmus-project-number.call.year", "year", Integer.toString(numbered), year.get().toString());
      }
    }
    mismatch(context, at, "action", parsed.get().action(), call.get().getAction());
    mismatch(context, at, "field", parsed.get().field(), call.get().getField());
  }

  /** Reports a part of an Erasmus+ project number that differs from the call's, case aside. */
  private static void mismatch(RuleContext context, String at, String part, Optional<String> numbered, Optional<String> called) {
    if (numbered.isPresent() && called.isPresent() && !called.get().equalsIgnoreCase(numbered.get())) {
      context.report(at, "identifier.erasmus-project-number.call." + part, part, numbered.get(), called.get());
    }
  }

  private static void istat(Project project, RuleContext context) {
    identifiers(project, context, "identifier.istat-comune");
    for (Located<Organisation> organisation : ProjectWalker.ownOrganisations(project, context)) {
      Optional<Municipality> municipality = organisation.value().getMunicipality();
      Optional<String> code = municipality.isPresent() ? municipality.get().getIstat() : Optional.empty();
      if (code.isPresent() && !context.isWellFormed("istat-comune", code.get())) {
        context.report(organisation.pointer() + "/municipality/istat", "identifier.istat-comune", code.get());
      }
    }
    if (project.getTerritory().isPresent()) {
      istat(context, "/territory/municipalities/", project.getTerritory().get().getMunicipalities());
      istat(context, "/territory/excludes/", project.getTerritory().get().getExcludes());
    }
  }

  private static void istat(RuleContext context, String list, List<Municipality> municipalities) {
    for (int i = 0; i < municipalities.size(); i++) {
      Optional<String> code = municipalities.get(i).getIstat();
      if (code.isPresent() && !context.isWellFormed("istat-comune", code.get())) {
        context.report(list + i + "/istat", "identifier.istat-comune", code.get());
      }
    }
  }

  private static void nuts(Project project, RuleContext context) {
    identifiers(project, context, "identifier.nuts");
    List<String> regions = project.getTerritory().isPresent() ? project.getTerritory().get().getRegions() : List.of();
    for (int i = 0; i < regions.size(); i++) {
      if (!context.isWellFormed("nuts", regions.get(i))) {
        context.report("/territory/regions/" + i, "identifier.nuts", regions.get(i));
      }
    }
  }

  private static void countries(Project project, RuleContext context) {
    for (Located<Organisation> organisation : ProjectWalker.ownOrganisations(project, context)) {
      Optional<CountryCode> country = organisation.value().getCountry();
      if (country.isPresent() && !country.get().isAssigned()) {
        context.report(organisation.pointer() + "/country", "country.code", country.get().value());
      }
    }
    List<CountryCode> countries = project.getTerritory().isPresent() ? project.getTerritory().get().getCountries() : List.of();
    for (int i = 0; i < countries.size(); i++) {
      if (!countries.get(i).isAssigned()) {
        context.report("/territory/countries/" + i, "country.code", countries.get(i).value());
      }
    }
  }

  private static void languages(Project project, RuleContext context) {
    Optional<String> language = project.getLanguage();
    if (language.isPresent()) {
      languageTag(context, "/language", language.get());
    }
    for (Located<ProjectWalker.TextAt> text : ProjectWalker.texts(project, context)) {
      // forEach goes through the languages without an iterator of the unmodifiable view.
      text.value().text().languages().forEach(tag -> languageTag(context, text.pointer() + "/" + ProjectWalker.key(tag), tag));
    }
  }

  /**
   * Reports a tag that is not well formed, and as a warning one written in another case than
   * BCP 47's ({@code EN} for {@code en}): the same tag for BCP 47, which the reader reads with a
   * warning, so that a built project and the same project read back get the same verdict.
   */
  private static void languageTag(RuleContext context, String pointer, String tag) {
    if (!IdentifierChecks.isLanguageTag(tag)) {
      context.report(pointer, "language.tag", tag);
      return;
    }
    String right = IdentifierChecks.languageCase(tag);
    if (!right.equals(tag)) {
      context.reportAtMost(IssueSeverity.WARNING, pointer, "language.tag.case", tag, right);
    }
  }

  private static void urls(Project project, RuleContext context) {
    for (Located<String> url : ProjectWalker.urls(project, context)) {
      if (!context.isWellFormed("url", url.value())) {
        context.report(url.pointer(), "link.url", url.value());
      }
    }
    for (ProjectWalker.IdentifierAt url : ProjectWalker.identifiers(project, context, IdentifierScheme.URL)) {
      if (!context.isWellFormed("url", url.value())) {
        context.report(url.identifiers().pointer() + "/url", "link.url", url.value());
      }
    }
  }

  private static void blankTexts(Project project, RuleContext context) {
    for (Located<ProjectWalker.TextAt> text : ProjectWalker.texts(project, context)) {
      LocalizedText value = text.value().text();
      if (text.value().required() && value.isBlank()) {
        context.report(text.pointer(), "text.blank");
      }
    }
    for (Located<Organisation> organisation : ProjectWalker.ownOrganisations(project, context)) {
      Optional<String> name = organisation.value().getName();
      if (name.isPresent() && name.get().isBlank()) {
        context.report(organisation.pointer() + "/name", "text.blank");
      }
    }
    for (int i = 0; i < project.getWaivers().size(); i++) {
      if (project.getWaivers().get(i).getReason().isBlank()) {
        context.report("/waivers/" + i + "/reason", "text.blank");
      }
    }
    for (Located<Identifiers> identifiers : ProjectWalker.identifiers(project, context)) {
      for (Map.Entry<IdentifierScheme, String> identifier : identifiers.value().asMap().entrySet()) {
        if (identifier.getValue().isBlank() && !CHECKED_SCHEMES.contains(identifier.getKey())) {
          context.report(identifiers.pointer() + "/" + ProjectWalker.key(identifier.getKey().code()), "text.blank.identifier",
              identifier.getKey().code());
        }
      }
    }
  }
}
