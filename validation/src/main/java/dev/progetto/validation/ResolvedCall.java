package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Call;
import dev.progetto.model.Confidence;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import dev.progetto.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A call with its {@code extends} chain applied: the descriptor fields it lacks inherited from the
 * nearest parent that sets them, the rules of every ancestor merged (a child's parameters and
 * severities override its parent's), and the sources of the whole chain.
 */
public final class ResolvedCall {

  private final Call descriptor;
  private final Map<String, RuleSetting> rules;
  private final List<String> chain;
  private final List<Source> sources;

  ResolvedCall(Call descriptor, Map<String, RuleSetting> rules, List<String> chain, List<Source> sources) {
    this.descriptor = descriptor;
    this.rules = Map.copyOf(rules);
    this.chain = List.copyOf(chain);
    this.sources = List.copyOf(sources);
    this.orderedRules = List.copyOf(rules.keySet());
  }

  private final List<String> orderedRules;

  /**
   * Returns the call as resolved: its own fields with those it inherits along its chain (name,
   * programme, action, field, year, funder, managing authority, URL, start window) and the merged
   * rules.
   *
   * @return the resolved call
   */
  public Call call() {
    return descriptor;
  }

  /**
   * Returns the merged rule settings by rule id, in the order of the chain from the root; a rule
   * switched off keeps its entry with severity {@code off}.
   *
   * @return an unmodifiable map
   */
  public Map<String, RuleSetting> rules() {
    Map<String, RuleSetting> ordered = new java.util.LinkedHashMap<>();
    for (String id : orderedRules) {
      ordered.put(id, rules.get(id));
    }
    return java.util.Collections.unmodifiableMap(ordered);
  }

  /**
   * Returns the ids of the chain, the named call first and the root last.
   *
   * @return the chain
   */
  public List<String> chain() {
    return chain;
  }

  /**
   * Returns the sources of every call of the chain, the root's first; rule settings cite them by
   * index in this list.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Tells whether the named call is abstract: a frame that projects should not name.
   *
   * @return true for an abstract call
   */
  public boolean isAbstract() {
    return descriptor.isAbstractCall();
  }

  /**
   * Returns how sure the parameters of a rule are: the rule's own confidence, else that of the
   * source it cites.
   *
   * @param ruleId the rule id
   * @return the confidence, or empty when nothing says
   */
  public Optional<Confidence> confidence(String ruleId) {
    RuleSetting setting = rules.get(ruleId);
    if (setting == null) {
      return Optional.empty();
    }
    if (setting.getConfidence().isPresent()) {
      return setting.getConfidence();
    }
    Source source = cited(setting);
    return source == null ? Optional.empty() : source.getConfidence();
  }

  /** The source a setting cites, or null when it cites none or an index out of the sources. */
  private @Nullable Source cited(RuleSetting setting) {
    if (setting.getSource().isEmpty()) {
      return null;
    }
    int index = setting.getSource().get();
    return index >= 0 && index < sources.size() ? sources.get(index) : null;
  }

  /**
   * Returns the source a rule's parameters rest on: the entry of {@link #sources()} its setting
   * cites.
   *
   * @param ruleId the rule id
   * @return the source, or empty when the setting cites none
   */
  public Optional<Source> citation(String ruleId) {
    RuleSetting setting = rules.get(ruleId);
    if (setting == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(cited(setting));
  }

  /**
   * Returns the severity a rule's findings get under this call, before the validator's own
   * overrides: the severity the call sets, else the rule's default, which is at most a warning
   * when the call's parameters are not {@link Confidence#VERIFIED verified} in the official text.
   *
   * @param ruleId the rule id
   * @return the severity, or empty when the call does not set the rule, switches it off, or the
   *     rule does not exist
   */
  public Optional<IssueSeverity> severity(String ruleId) {
    RuleSetting setting = rules.get(ruleId);
    Optional<RuleDescriptor> rule = Rules.get(ruleId);
    if (setting == null || rule.isEmpty() || setting.getSeverity().orElse(null) == Severity.OFF) {
      return Optional.empty();
    }
    return Optional.of(severity(setting, rule.get().getDefaultSeverity(), confidence(ruleId).orElse(null)));
  }

  /**
   * The severity of a rule setting that does not switch the rule off: the one it names, else
   * {@link #defaultSeverity}.
   */
  static IssueSeverity severity(RuleSetting setting, IssueSeverity ruleDefault, @Nullable Confidence confidence) {
    return setting.getSeverity().isPresent() ? issueSeverity(setting.getSeverity().get())
        : defaultSeverity(ruleDefault, confidence);
  }

  /**
   * The severity of a call rule whose setting names none: the rule's default, but at most a
   * warning when the call says its parameters are not verified, since the official text could
   * contradict them. A call that wants an error on such a parameter says {@code severity: error}.
   */
  static IssueSeverity defaultSeverity(IssueSeverity ruleDefault, @Nullable Confidence confidence) {
    if (confidence != null && confidence != Confidence.VERIFIED && ruleDefault == IssueSeverity.ERROR) {
      return IssueSeverity.WARNING;
    }
    return ruleDefault;
  }

  static IssueSeverity issueSeverity(Severity severity) {
    switch (severity) {
      case WARNING:
        return IssueSeverity.WARNING;
      case INFO:
        return IssueSeverity.INFO;
      default:
        return IssueSeverity.ERROR;
    }
  }
}
