package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceMap;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates projects, portfolios and read results against the model rules and the rules of the
 * call each project answers. Build one, keep it, share it: a validator is immutable and
 * thread-safe, and never throws for any model value.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().locale(Locale.ITALIAN).build();
 * ValidationReport report = validator.validate(mapper.readProject(path));
 * }</pre>
 */
public final class Validator {

  private final Locale locale;
  private final CallCatalogue catalogue;
  private final Map<String, IssueSeverity> overrides;
  private final Set<String> switchedOff;
  /** Runs the rules; it keeps the plan of each call met, so it lives as long as this validator. */
  private final ValidationEngine engine;

  private Validator(Builder builder) {
    this.locale = builder.locale;
    this.catalogue = builder.catalogue.withCalls(builder.calls).withIndicatorCatalogues(builder.indicatorCatalogues);
    this.overrides = Map.copyOf(builder.overrides);
    this.switchedOff = Set.copyOf(builder.off);
    this.engine = new ValidationEngine(locale, builder.clock, catalogue, overrides, switchedOff);
  }

  /**
   * Returns a builder: English messages, the system clock, the built-in calls.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Validator}s. */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;
    private @Nullable Clock clock;
    private CallCatalogue catalogue = CallCatalogue.builtIn();
    private final List<Call> calls = new ArrayList<>();
    private final List<IndicatorCatalogue> indicatorCatalogues = new ArrayList<>();
    private final Map<String, IssueSeverity> overrides = new LinkedHashMap<>();
    private final Set<String> off = new HashSet<>();

    Builder() {}

    /**
     * Sets the language of messages: Italian for {@code it}, English otherwise.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the clock that date-relative rules ({@code status.period}) judge by.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Replaces the built-in catalogue, for integrators who want only their own calls.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(CallCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Adds a call document; it may extend a built-in call and replaces a call with its id.
     *
     * @param call the call
     * @return this builder
     */
    public Builder addCall(Call call) {
      calls.add(Objects.requireNonNull(call, "call"));
      return this;
    }

    /**
     * Adds call documents.
     *
     * @param added the calls
     * @return this builder
     */
    public Builder addCalls(Collection<Call> added) {
      for (Call call : added) {
        addCall(call);
      }
      return this;
    }

    /**
     * Adds an indicator catalogue.
     *
     * @param added the catalogue
     * @return this builder
     */
    public Builder addIndicatorCatalogue(IndicatorCatalogue added) {
      indicatorCatalogues.add(Objects.requireNonNull(added, "catalogue"));
      return this;
    }

    /**
     * Sets the severity of a rule's findings, whatever the rule's default or a call says.
     *
     * @param ruleId the rule id
     * @param severity the severity
     * @return this builder
     * @throws IllegalArgumentException if no rule has the id, or for {@link IssueSeverity#WAIVED}
     */
    public Builder severity(String ruleId, IssueSeverity severity) {
      known(ruleId);
      Objects.requireNonNull(severity, "severity");
      if (severity == IssueSeverity.WAIVED) {
        throw new IllegalArgumentException("waived is given by waivers of documents, not by configuration");
      }
      overrides.put(ruleId, severity);
      off.remove(ruleId);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule id
     * @return this builder
     * @throws IllegalArgumentException if no rule has the id
     */
    public Builder off(String ruleId) {
      known(ruleId);
      overrides.remove(ruleId);
      off.add(ruleId);
      return this;
    }

    /**
     * Checks that a rule id names a rule of the catalogue: a misspelt id would leave the rule as it
     * was, with nothing to say so.
     */
    private static void known(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      if (Rules.get(ruleId).isEmpty()) {
        throw new IllegalArgumentException("no rule has the id \"" + ruleId + "\"" + Rules.closest(ruleId)
            .map(closest -> "; did you mean \"" + closest + "\"?").orElse("") + " (progetto rules lists them)");
      }
    }

    /**
     * Returns the validator.
     *
     * @return a new immutable validator
     */
    public Validator build() {
      return new Validator(this);
    }
  }

  /**
   * Returns the calls this validator knows.
   *
   * @return the catalogue
   */
  public CallCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Validates a project built in code.
   *
   * @param project the project
   * @return the report
   * @throws NullPointerException if {@code project} is null
   */
  public ValidationReport validate(Project project) {
    Objects.requireNonNull(project, "project");
    return ValidationReport.of(List.of(engine.document(Optional.empty(), project, SourceMap.NONE, List.of())));
  }

  /**
   * Validates a portfolio built in code: each project with the portfolio's shared organisations,
   * references between its projects, and the shared organisations once.
   *
   * @param portfolio the portfolio
   * @return the report
   * @throws NullPointerException if {@code portfolio} is null
   */
  public ValidationReport validate(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    return ValidationReport.of(List.of(engine.document(Optional.empty(), portfolio, SourceMap.NONE, List.of())));
  }

  /**
   * Validates what a reader gave: its read issues and, when a project or portfolio could be built,
   * the rule findings, in one report with lines and columns.
   *
   * @param result the read result
   * @return the report
   * @throws NullPointerException if {@code result} is null
   */
  public ValidationReport validate(ReadResult<? extends Document> result) {
    Objects.requireNonNull(result, "result");
    Document document = result.getDocument().orElse(null);
    return ValidationReport.of(List.of(engine.document(result.getSourceName(), document, result.getSourceMap(), result.getIssues())));
  }

  /**
   * Returns a tracker of the projects of one run's inputs, which reports a project id that two
   * inputs share ({@code project.duplicate-input}) in this validator's language and severity.
   *
   * @return a new tracker, for one run
   */
  public ProjectInputs projectInputs() {
    String rule = ProjectInputs.RULE;
    return new ProjectInputs(locale, switchedOff.contains(rule) ? Optional.empty()
        : Optional.of(overrides.getOrDefault(rule, IssueSeverity.WARNING)));
  }
}
