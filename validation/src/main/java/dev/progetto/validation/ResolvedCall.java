package dev.progetto.validation;

import dev.progetto.model.Call;
import dev.progetto.model.Confidence;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
   * Returns the call with inherited descriptor fields (name, programme, action, field, year,
   * funder, managing authority, URL, start window) and the merged rules.
   *
   * @return the descriptor
   */
  public Call descriptor() {
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
    orderedRules.forEach(id -> ordered.put(id, rules.get(id)));
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
    return setting.getConfidence().or(() -> setting.getSource()
        .filter(index -> index >= 0 && index < sources.size())
        .flatMap(index -> sources.get(index).getConfidence()));
  }
}
