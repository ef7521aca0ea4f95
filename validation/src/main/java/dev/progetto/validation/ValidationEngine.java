package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.model.Call;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import dev.progetto.model.Confidence;
import dev.progetto.model.Document;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Parameters;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import dev.progetto.model.Waiver;
import dev.progetto.validation.internal.Messages;
import dev.progetto.validation.internal.calls.CallRules;
import dev.progetto.validation.internal.calls.ParameterType;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import dev.progetto.validation.internal.rules.ModelRules;
import dev.progetto.validation.internal.rules.ProjectRule;
import dev.progetto.validation.internal.rules.RuleContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Validator} runs: for each document, its read issues with the configured
 * severities, then the model rules and the rules of the project's call on each project (a
 * portfolio's projects one by one, with the shared organisations once), waivers, and the
 * findings in document order. A call document is checked against the rule catalogue instead.
 * Holds the validator's configuration and the plan of each call met; thread-safe.
 */
final class ValidationEngine {

  private static final Map<String, ProjectRule> CALL_RULES = callRules();

  private final Locale locale;
  private final @Nullable Clock clock;
  private final CallCatalogue catalogue;
  private final Map<String, IssueSeverity> overrides;
  private final Set<String> switchedOff;
  private final List<ModelStep> modelSteps;
  /** The plan of each call met, by resolved call: the catalogue keeps one resolved call per id. */
  private final ConcurrentMap<ResolvedCall, CallPlan> plans = new ConcurrentHashMap<>();
  /** The call of a year for each call without a year and each year met in a project number, by "call id/year". */
  private final ConcurrentMap<String, Optional<ResolvedCall>> ofYear = new ConcurrentHashMap<>();

  ValidationEngine(Locale locale, @Nullable Clock clock, CallCatalogue catalogue, Map<String, IssueSeverity> overrides,
      Set<String> switchedOff) {
    this.locale = locale;
    this.clock = clock;
    this.catalogue = catalogue;
    this.overrides = overrides;
    this.switchedOff = switchedOff;
    this.modelSteps = modelSteps(overrides, switchedOff);
  }

  private static Map<String, ProjectRule> callRules() {
    Map<String, ProjectRule> rules = new HashMap<>();
    for (ProjectRule rule : CallRules.all()) {
      rules.put(rule.id(), rule);
    }
    return rules;
  }

  /** Validates one document: what the reader found, then the rules. */
  DocumentReport document(Optional<String> source, Document document, SourceMap sourceMap, List<ReadIssue> readIssues) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ReadIssue issue : readIssues) {
      IssueSeverity severity = overrides.getOrDefault(issue.getRule(), issue.getSeverity());
      if (switchedOff.contains(issue.getRule())) {
        continue;
      }
      issues.add(ValidationIssue.builder().rule(issue.getRule()).severity(severity).pointer(issue.getPointer())
          .location(issue.getLocation()).message(locale, new ReadMessage(issue)).messageKey(issue.getMessageKey())
          .arguments(issue.getArguments()).build());
    }
    if (document instanceof Project) {
      issues.addAll(project((Project) document, "", sourceMap, null, ((Project) document).getOrganisations().size()));
    } else if (document instanceof Portfolio) {
      issues.addAll(portfolio((Portfolio) document, sourceMap));
    } else if (document instanceof Call) {
      issues.addAll(call((Call) document, sourceMap));
    }
    issues = inDocumentOrder(issues);
    if (document == null) {
      return new DocumentReport(source, Optional.empty(), Optional.empty(), issues);
    }
    return new DocumentReport(source, Optional.ofNullable(document.kind().code()), Optional.ofNullable(document.documentId()),
        issues);
  }

  /** The message of a read issue, in any language. */
  private static final class ReadMessage implements Function<Locale, String> {
    private final ReadIssue issue;

    ReadMessage(ReadIssue issue) {
      this.issue = issue;
    }

    @Override
    public String apply(Locale in) {
      return issue.getMessage(in);
    }
  }

  /**
   * Checks a call document against the rule catalogue: every rule it sets exists, every parameter
   * is one the rule takes and of the type the rule reads (a rule skips a value of another type,
   * so the call would check less than it says), a minimum is not above its maximum, and the
   * source a setting rests on is one of its chain's (its ancestors' sources, then its own).
   * Errors of the call document, located in it.
   */
  private List<ValidationIssue> call(Call call, SourceMap sourceMap) {
    List<ValidationIssue> issues = new ArrayList<>();
    Optional<String> callId = Optional.of(call.getId().value());
    int sources = call.getSources().size() + ancestorSources(call);
    if (call.getParent().isPresent()) {
      // a parent no catalogue has would leave every project of the call without its rules
      String parent = call.getParent().get().value();
      try {
        if (catalogue.resolve(parent).isEmpty()) {
          issues.add(issue("call.unknown", IssueSeverity.WARNING, "/extends", sourceMap, callId, "call.unknown.parent", parent));
        }
      } catch (CallResolutionException broken) {
        issues.add(issue("call.unknown", IssueSeverity.WARNING, "/extends", sourceMap, callId, "call.unknown.chain", parent,
            broken.getMessage()));
      }
    }
    for (Map.Entry<String, RuleSetting> entry : call.getRules().entrySet()) {
      String ruleId = entry.getKey();
      String at = "/rules/" + pointerSegment(ruleId);
      Optional<Map<String, ParameterType>> declared = CallRules.parameters(ruleId);
      if (declared.isEmpty()) {
        issues.add(issue("call.parameter", IssueSeverity.ERROR, at, sourceMap, callId, "call.parameter.rule", ruleId));
        continue;
      }
      RuleSetting setting = entry.getValue();
      Map<String, ?> values = setting.getParameters().asMap();
      for (Map.Entry<String, ?> parameter : values.entrySet()) {
        String name = parameter.getKey();
        ParameterType type = declared.get().get(name);
        String where = at + "/" + pointerSegment(name);
        if (type == null) {
          issues.add(issue("call.parameter", IssueSeverity.ERROR, where, sourceMap, callId, "call.parameter.unknown", ruleId,
              name, declared.get().isEmpty() ? "-" : String.join(", ", declared.get().keySet())));
        } else if (parameter.getValue() == null || !type.accepts(parameter.getValue())) {
          issues.add(issue("call.parameter", IssueSeverity.ERROR, where, sourceMap, callId, "call.parameter.type." + type.code(),
              ruleId, name));
        }
      }
      Object min = values.get("min");
      Object max = values.get("max");
      if (min instanceof java.math.BigDecimal && max instanceof java.math.BigDecimal && declared.get().containsKey("min")
          && declared.get().containsKey("max") && ((java.math.BigDecimal) min).compareTo((java.math.BigDecimal) max) > 0) {
        issues.add(issue("call.parameter", IssueSeverity.ERROR, at + "/min", sourceMap, callId, "call.parameter.range", ruleId,
            ((java.math.BigDecimal) min).toPlainString(), ((java.math.BigDecimal) max).toPlainString()));
      }
      if (setting.getSource().isPresent()) {
        int source = setting.getSource().get();
        if (source < 0 || source >= sources) {
          issues.add(issue("call.parameter", IssueSeverity.ERROR, at + "/source", sourceMap, callId, "call.parameter.source",
              ruleId, source, sources));
        }
      }
    }
    return issues;
  }

  /** The sources of the calls a call extends, as the validator's catalogue resolves them; 0 when it cannot. */
  private int ancestorSources(Call call) {
    if (call.getParent().isEmpty()) {
      return 0;
    }
    try {
      Optional<ResolvedCall> parent = catalogue.resolve(call.getParent().get().value());
      return parent.isPresent() ? parent.get().sources().size() : 0;
    } catch (CallResolutionException broken) {
      return 0;
    }
  }

  private static String pointerSegment(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** An issue with its location as a sort key computed once; in document order, then in pointer order. */
  private record Ordered(ValidationIssue issue, long location) implements Comparable<Ordered> {
    @Override
    public int compareTo(Ordered other) {
      int byLocation = Long.compare(location, other.location);
      return byLocation != 0 ? byLocation : compareSegments(issue.getPointer(), other.issue.getPointer());
    }
  }

  private static List<ValidationIssue> inDocumentOrder(List<ValidationIssue> issues) {
    if (issues.size() < 2) {
      return issues;
    }
    List<Ordered> ordered = new ArrayList<>(issues.size());
    for (ValidationIssue issue : issues) {
      Optional<SourceLocation> at = issue.getLocation();
      long location = at.isPresent() ? ((long) at.get().line() << 32) | at.get().column() : Long.MAX_VALUE;
      ordered.add(new Ordered(issue, location));
    }
    Collections.sort(ordered);
    List<ValidationIssue> result = new ArrayList<>(issues.size());
    for (Ordered issue : ordered) {
      result.add(issue.issue());
    }
    return result;
  }

  /**
   * Pointer order, segment by segment: the first segments that differ decide by number when both
   * are numbers, else not at all (the order of the list stays); a pointer that is a prefix of the
   * other comes first.
   */
  static int compareSegments(String a, String b) {
    int startA = 0;
    int startB = 0;
    while (true) {
      int endA = segmentEnd(a, startA);
      int endB = segmentEnd(b, startB);
      int lengthA = endA - startA;
      if (lengthA != endB - startB || !a.regionMatches(startA, b, startB, lengthA)) {
        return isNumber(a, startA, endA) && isNumber(b, startB, endB)
            ? Integer.compare(Integer.parseInt(a, startA, endA, 10), Integer.parseInt(b, startB, endB, 10)) : 0;
      }
      boolean lastA = endA == a.length();
      boolean lastB = endB == b.length();
      if (lastA || lastB) {
        return Boolean.compare(!lastA, !lastB);
      }
      startA = endA + 1;
      startB = endB + 1;
    }
  }

  private static int segmentEnd(String pointer, int start) {
    int slash = pointer.indexOf('/', start);
    return slash < 0 ? pointer.length() : slash;
  }

  /** A segment of one to nine digits, by {@link Character#isDigit(char)}, as {@link Integer#parseInt} reads them. */
  private static boolean isNumber(String text, int start, int end) {
    if (end == start || end - start >= 10) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<ValidationIssue> portfolio(Portfolio portfolio, SourceMap sourceMap) {
    List<ValidationIssue> issues = new ArrayList<>();
    Set<String> projectIds = new HashSet<>();
    for (Project project : portfolio.getProjects()) {
      projectIds.add(project.getId().value());
    }
    Project shared = Project.builder().id(dev.progetto.model.ProjectId.of("portfolio")).title(portfolio.getTitle())
        .organisations(portfolio.getOrganisations()).build();
    for (ValidationIssue issue : project(shared, "", sourceMap, projectIds, portfolio.getOrganisations().size())) {
      if (issue.getPointer().startsWith("/organisations")) {
        issues.add(issue);
      }
    }
    if (portfolio.getOwner().isPresent()) {
      String owner = portfolio.getOwner().get().value();
      boolean declared = false;
      for (dev.progetto.model.Organisation organisation : portfolio.getOrganisations()) {
        declared |= organisation.getId().value().equals(owner);
      }
      if (!declared) {
        issues.add(issue("reference.unresolved", IssueSeverity.ERROR, "/owner", sourceMap, Optional.empty(),
            "reference.unresolved.organisation", owner));
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < portfolio.getProjects().size(); i++) {
      Project body = portfolio.getProjects().get(i);
      String prefix = "/projects/" + i;
      Integer first = seen.putIfAbsent(body.getId().value(), i);
      if (first != null) {
        issues.add(issue("reference.duplicate-id", IssueSeverity.ERROR, prefix + "/id", sourceMap, Optional.empty(),
            "reference.duplicate-id", body.getId().value(), "/projects/" + first));
      }
      issues.addAll(project(portfolio.standalone(body), prefix, sourceMap, projectIds, body.getOrganisations().size()));
    }
    return issues;
  }

  private List<ValidationIssue> project(Project project, String prefix, SourceMap sourceMap, @Nullable Set<String> projects,
      int own) {
    List<ValidationIssue> issues = new ArrayList<>();
    Optional<ResolvedCall> call = Optional.empty();
    String callProblem = null;
    if (project.getCall().isPresent()) {
      String id = project.getCall().get().getId().value();
      try {
        call = catalogue.resolve(id);
        if (call.isEmpty()) {
          callProblem = "call.unknown";
        } else if (call.get().isAbstract()) {
          issues.add(issue("call.abstract", IssueSeverity.WARNING, prefix + "/call", sourceMap, Optional.of(id),
              "call.abstract", id));
        } else {
          call = Optional.of(ofNumberYear(call.get(), project));
        }
      } catch (CallResolutionException broken) {
        callProblem = "call.unknown.chain";
        issues.add(issue("call.unknown", IssueSeverity.WARNING, prefix + "/call", sourceMap, Optional.of(id),
            "call.unknown.chain", id, broken.getMessage()));
      }
      if ("call.unknown".equals(callProblem)) {
        issues.add(issue("call.unknown", IssueSeverity.WARNING, prefix + "/call", sourceMap, Optional.of(id),
            "call.unknown", id));
      }
    }
    ProjectContext context = new ProjectContext(project, prefix, sourceMap, projects, own,
        call.isPresent() ? Optional.of(call.get().call()) : Optional.empty(), issues);
    for (ModelStep step : modelSteps) {
      context.run(step.rule(), step.severity(), Parameters.empty(), null, Optional.empty(), null);
    }
    if (call.isPresent()) {
      CallPlan plan = plans.get(call.get());
      if (plan == null) {
        CallPlan made = plan(call.get());
        CallPlan first = plans.putIfAbsent(call.get(), made);
        plan = first == null ? made : first;
      }
      for (CallStep step : plan.steps()) {
        if (step.rule() == null) {
          issues.add(issue("call.parameter", IssueSeverity.WARNING, prefix + "/call", sourceMap, plan.callId(),
              "call.parameter.rule", step.ruleId()));
        } else {
          context.run(step.rule(), step.severity(), step.parameters(), step.made(), plan.callId(), step.confidence());
        }
      }
    }
    return waive(project, prefix, sourceMap, issues);
  }

  /**
   * The call of the year a project's Erasmus+ project number states, when the named call leaves
   * its year open ({@code erasmus-plus-ka220-vet}, "a KA220 project whose call year is not
   * stated"): the one call of the catalogue that is not abstract, has that year, the named call's
   * action and field, and extends what the named call extends ({@code erasmus-plus-2021-ka220-vet}
   * for a number {@code 2021-1-FR01-KA220-VET-000012345}). The call years differ in what they
   * require (2021 had a variable grant, later years lump sums), and the number says which one the
   * project answered. Otherwise the named call.
   */
  private ResolvedCall ofNumberYear(ResolvedCall named, Project project) {
    Call descriptor = named.call();
    Optional<String> number = project.getIdentifiers().get(IdentifierScheme.ERASMUS_PROJECT_NUMBER);
    if (descriptor.getYear().isPresent() || descriptor.getAction().isEmpty() || number.isEmpty()) {
      return named;
    }
    Optional<IdentifierChecks.ErasmusProjectNumber> parsed = IdentifierChecks.parseErasmusProjectNumber(number.get());
    if (parsed.isEmpty() || parsed.get().year().isEmpty() || parsed.get().action().isEmpty()
        || !parsed.get().action().get().equalsIgnoreCase(descriptor.getAction().get())
        || (parsed.get().field().isPresent() && descriptor.getField().isPresent()
            && !parsed.get().field().get().equalsIgnoreCase(descriptor.getField().get()))) {
      return named;
    }
    int year = parsed.get().year().getAsInt();
    return ofYear.computeIfAbsent(named.chain().get(0) + "/" + year, key -> callOfYear(named, year)).orElse(named);
  }

  private Optional<ResolvedCall> callOfYear(ResolvedCall named, int year) {
    Call descriptor = named.call();
    List<String> frames = named.chain().subList(1, named.chain().size());
    ResolvedCall found = null;
    for (Call candidate : catalogue.calls()) {
      Optional<ResolvedCall> resolved;
      try {
        resolved = catalogue.resolve(candidate.getId().value());
      } catch (CallResolutionException broken) {
        continue;
      }
      if (resolved.isEmpty() || resolved.get().isAbstract()
          || resolved.get().chain().get(0).equals(named.chain().get(0))) {
        continue;
      }
      Call call = resolved.get().call();
      if (call.getYear().isPresent() && call.getYear().get() == year && call.getAction().equals(descriptor.getAction())
          && call.getField().equals(descriptor.getField()) && resolved.get().chain().containsAll(frames)) {
        if (found != null) {
          // two calls of the year fit: the number does not tell which
          return Optional.empty();
        }
        found = resolved.get();
      }
    }
    return Optional.ofNullable(found);
  }

  /** A model rule that is not switched off, with the severity the configuration gives it. */
  private record ModelStep(ProjectRule rule, IssueSeverity severity) {}

  /**
   * What a resolved call asks of every project that names it: the id reported as the call of its
   * findings, and one step for each rule setting that is not off, in the order of its rules.
   */
  private record CallPlan(Optional<String> callId, List<CallStep> steps) {}

  /**
   * One rule setting of a call: the rule, its severity once the configuration is applied, its
   * parameters, how sure they are (null when the call does not say), and the values the rule
   * made from them; a rule id that names no rule has no rule.
   */
  private record CallStep(String ruleId, @Nullable ProjectRule rule, IssueSeverity severity, Parameters parameters,
      @Nullable Confidence confidence, ConcurrentMap<String, Object> made) {

    CallStep(String ruleId, @Nullable ProjectRule rule, IssueSeverity severity, Parameters parameters,
        @Nullable Confidence confidence) {
      this(ruleId, rule, severity, parameters, confidence, new ConcurrentHashMap<>());
    }
  }

  private static List<ModelStep> modelSteps(Map<String, IssueSeverity> overrides, Set<String> switchedOff) {
    List<ModelStep> steps = new ArrayList<>();
    for (ProjectRule rule : ModelRules.all()) {
      if (!switchedOff.contains(rule.id())) {
        steps.add(new ModelStep(rule, overrides.getOrDefault(rule.id(), rule.defaultSeverity())));
      }
    }
    return List.copyOf(steps);
  }

  private CallPlan plan(ResolvedCall call) {
    List<CallStep> steps = new ArrayList<>();
    for (Map.Entry<String, RuleSetting> entry : call.rules().entrySet()) {
      RuleSetting setting = entry.getValue();
      if (setting.getSeverity().orElse(Severity.ERROR) == Severity.OFF) {
        continue;
      }
      ProjectRule rule = CALL_RULES.get(entry.getKey());
      if (rule == null) {
        steps.add(new CallStep(entry.getKey(), null, IssueSeverity.WARNING, Parameters.empty(), null));
      } else if (!switchedOff.contains(rule.id())) {
        Confidence confidence = call.confidence(entry.getKey()).orElse(null);
        IssueSeverity severity = ResolvedCall.severity(setting, rule.defaultSeverity(), confidence);
        steps.add(new CallStep(entry.getKey(), rule, overrides.getOrDefault(rule.id(), severity), setting.getParameters(),
            confidence));
      }
    }
    return new CallPlan(Optional.of(call.chain().get(0)), List.copyOf(steps));
  }

  /**
   * What the rules of one project see, and where their findings go; {@link #run} sets the
   * running rule with its severity and parameters before each check.
   */
  private final class ProjectContext implements RuleContext {
    private final Project project;
    private final String prefix;
    private final SourceMap sourceMap;
    private final @Nullable Set<String> projects;
    private final int own;
    private final Optional<Call> descriptor;
    private final List<ValidationIssue> issues;
    private final Map<String, Object> shared = new HashMap<>();
    /**
     * Today's date, taken when a rule first asks for it: without a clock of its own, that
     * resolves the system time zone, several milliseconds of a command-line run.
     */
    private @Nullable LocalDate today;
    private @Nullable ProjectRule rule;
    private IssueSeverity severity = IssueSeverity.ERROR;
    private Parameters parameters = Parameters.empty();
    private @Nullable ConcurrentMap<String, Object> made;
    private Optional<String> callId = Optional.empty();
    private @Nullable Confidence confidence;

    ProjectContext(Project project, String prefix, SourceMap sourceMap, @Nullable Set<String> projects, int own,
        Optional<Call> descriptor, List<ValidationIssue> issues) {
      this.project = project;
      this.prefix = prefix;
      this.sourceMap = sourceMap;
      this.projects = projects;
      this.own = own;
      this.descriptor = descriptor;
      this.issues = issues;
    }

    /** Checks the project with one rule; a rule that fails is reported, not thrown. */
    void run(ProjectRule rule, IssueSeverity severity, Parameters parameters, @Nullable ConcurrentMap<String, Object> made,
        Optional<String> callId, @Nullable Confidence confidence) {
      this.rule = rule;
      this.severity = severity;
      this.parameters = parameters;
      this.made = made;
      this.callId = callId;
      this.confidence = confidence;
      try {
        rule.check(project, this);
      } catch (RuntimeException bug) {
        issues.add(issue("call.parameter", IssueSeverity.WARNING, prefix, sourceMap, callId,
            "rule.failed", rule.id(), String.valueOf(bug)));
      }
    }

    @Override
    public LocalDate today() {
      if (today == null) {
        today = LocalDate.now(clock != null ? clock : Clock.systemDefaultZone());
      }
      return today;
    }

    @Override
    public Parameters parameters() {
      return parameters;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromParameters(String name, Function<Parameters, T> make) {
      if (made == null) {
        return make.apply(parameters);
      }
      Object value = made.get(name);
      if (value == null) {
        value = make.apply(parameters);
        if (value != null) {
          Object first = made.putIfAbsent(name, value);
          value = first == null ? value : first;
        }
      }
      return (T) value;
    }

    @Override
    public Optional<String> callId() {
      return callId;
    }

    @Override
    public Optional<Call> call() {
      return descriptor;
    }

    @Override
    public Optional<IndicatorCatalogue> indicatorCatalogue(String id) {
      return catalogue.indicatorCatalogue(id);
    }

    @Override
    public boolean hasProject(String id) {
      return projects != null && projects.contains(id);
    }

    @Override
    public boolean inPortfolio() {
      return projects != null;
    }

    @Override
    public Project project() {
      return project;
    }

    @Override
    public int ownOrganisations() {
      return own;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(String name, Supplier<T> compute) {
      Object value = shared.get(name);
      if (value == null) {
        value = compute.get();
        shared.put(name, value);
      }
      return (T) value;
    }

    @Override
    public boolean isWellFormed(String scheme, String value) {
      return IdentifierChecks.isWellFormed(scheme, value);
    }

    @Override
    public void report(String pointer, String messageKey, Object... arguments) {
      add(severity, false, pointer, messageKey, arguments);
    }

    @Override
    public void reportAbsent(String pointer, String messageKey, Object... arguments) {
      boolean notStated = project.isPartial();
      add(notStated ? atMost(IssueSeverity.INFO) : severity, notStated, pointer, messageKey, arguments);
    }

    @Override
    public void reportAtMost(IssueSeverity most, String pointer, String messageKey, Object... arguments) {
      add(atMost(most), false, pointer, messageKey, arguments);
    }

    /** The running rule's severity, lowered to {@code most} when it is above it. */
    private IssueSeverity atMost(IssueSeverity most) {
      return severity.compareTo(most) < 0 ? most : severity;
    }

    /** Adds a finding of the running rule; a call that sets the rule wrongly is a warning of its own. */
    private void add(IssueSeverity shown, boolean notStated, String pointer, String messageKey, Object... arguments) {
      String at = prefix.isEmpty() ? pointer : prefix + pointer;
      if (messageKey.equals("call.parameter")) {
        issues.add(issue("call.parameter", IssueSeverity.WARNING, at, sourceMap, callId, confidence, false, messageKey,
            rule.id(), arguments[0]));
      } else {
        issues.add(issue(rule.id(), shown, at, sourceMap, callId, confidence, notStated, messageKey, arguments));
      }
    }
  }

  private ValidationIssue issue(String rule, IssueSeverity severity, String pointer, SourceMap sourceMap,
      Optional<String> call, String messageKey, Object... arguments) {
    return issue(rule, severity, pointer, sourceMap, call, null, false, messageKey, arguments);
  }

  /**
   * An issue whose message and argument texts are made when they are first read. A finding of a
   * partial record about what it does not state opens with words that say so; a call parameter
   * that is not verified in the official text adds a sentence that says how sure it is.
   */
  private ValidationIssue issue(String rule, IssueSeverity severity, String pointer, SourceMap sourceMap,
      Optional<String> call, @Nullable Confidence confidence, boolean notStated, String messageKey, Object... arguments) {
    ArgumentTexts texts = new ArgumentTexts(arguments);
    Locale language = locale;
    String at = sourceMap.sourcePointer(pointer);
    Optional<SourceLocation> location = sourceMap.locate(at);
    String confidenceKey = confidence == Confidence.UNVERIFIED ? "confidence.unverified"
        : confidence == Confidence.SECONDARY ? "confidence.secondary" : null;
    return ValidationIssue.builder().rule(rule).severity(severity).pointer(at).location(location)
        .message(language, new FindingMessage(confidenceKey, notStated, messageKey, texts)).messageKey(messageKey)
        .arguments(texts).call(call).build();
  }

  /** The message of a finding, in any language, made when it is read. */
  private static final class FindingMessage implements Function<Locale, String> {
    private final @Nullable String confidenceKey;
    private final boolean notStated;
    private final String messageKey;
    private final ArgumentTexts texts;

    FindingMessage(@Nullable String confidenceKey, boolean notStated, String messageKey, ArgumentTexts texts) {
      this.confidenceKey = confidenceKey;
      this.notStated = notStated;
      this.messageKey = messageKey;
      this.texts = texts;
    }

    @Override
    public String apply(Locale in) {
      return message(in, confidenceKey, notStated, messageKey, texts);
    }
  }

  /**
   * A finding's message in a language: a finding of a partial record about what it does not state
   * opens with words that say so, and a call parameter that is not verified adds a sentence that
   * says how sure it is.
   */
  private static String message(Locale language, @Nullable String confidenceKey, boolean notStated, String messageKey,
      ArgumentTexts texts) {
    String message = Messages.format(language, messageKey, texts.get().toArray());
    if (notStated) {
      message = Messages.format(language, "completeness.partial", message);
    }
    return confidenceKey == null ? message : message + " " + Messages.format(language, confidenceKey);
  }

  /**
   * The texts of a finding's arguments, each {@code String.valueOf} the value a rule reported,
   * made once, when the message or the arguments are first read; the values are immutable.
   */
  private static final class ArgumentTexts implements Supplier<List<String>> {
    private final Object[] values;
    private volatile @Nullable List<String> texts;

    ArgumentTexts(Object[] values) {
      this.values = values;
    }

    @Override
    public List<String> get() {
      List<String> made = texts;
      if (made == null) {
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
          strings[i] = String.valueOf(values[i]);
        }
        made = List.of(strings);
        texts = made;
      }
      return made;
    }
  }

  private List<ValidationIssue> waive(Project project, String prefix, SourceMap sourceMap, List<ValidationIssue> issues) {
    List<Waiver> waivers = project.getWaivers();
    if (waivers.isEmpty()) {
      return issues;
    }
    boolean[] used = new boolean[waivers.size()];
    List<ValidationIssue> result = new ArrayList<>();
    for (ValidationIssue issue : issues) {
      ValidationIssue kept = issue;
      for (int w = 0; w < waivers.size(); w++) {
        Waiver waiver = waivers.get(w);
        String path = waiver.getPath().isPresent() ? prefix + waiver.getPath().get() : prefix;
        boolean pathMatches = issue.getPointer().equals(path) || issue.getPointer().startsWith(path + "/") || path.equals(prefix);
        if (waiver.getRule().equals(issue.getRule()) && pathMatches && issue.getSeverity() != IssueSeverity.WAIVED) {
          used[w] = true;
          kept = issue.toBuilder().severity(IssueSeverity.WAIVED).waiverReason(Optional.of(waiver.getReason())).build();
          break;
        }
      }
      result.add(kept);
    }
    for (int w = 0; w < waivers.size(); w++) {
      if (!used[w] && !switchedOff.contains("waiver.unused")) {
        result.add(issue("waiver.unused", overrides.getOrDefault("waiver.unused", IssueSeverity.INFO), prefix + "/waivers/" + w,
            sourceMap, Optional.empty(), "waiver.unused", waivers.get(w).getRule()));
      }
    }
    return result;
  }
}
