package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.validation.internal.calls.CallRules;
import dev.progetto.validation.internal.rules.DefinedRule;
import dev.progetto.validation.internal.rules.ModelRules;
import dev.progetto.validation.internal.rules.ProjectRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue as data: every rule of reading, of the model and of calls, with its id,
 * default severity and description. {@code docs/rules.md} is generated from it.
 */
public final class Rules {

  private static final List<String> FORMAT_RULES = List.of("format.syntax", "format.version", "format.kind",
      "format.unknown-field", "format.type", "format.missing-field", "format.invalid-value", "format.duplicate-key",
      "format.limit");

  private static final List<RuleDescriptor> ALL = build();

  private Rules() {}

  private static List<RuleDescriptor> build() {
    List<RuleDescriptor> rules = new ArrayList<>();
    for (String id : FORMAT_RULES) {
      rules.add(new RuleDescriptor(id, IssueSeverity.ERROR, RuleDescriptor.Owner.IO, List.of(), false));
    }
    for (ProjectRule rule : ModelRules.all()) {
      rules.add(new RuleDescriptor(rule.id(), rule.defaultSeverity(), RuleDescriptor.Owner.MODEL, List.of(),
          rule.concludesFromAbsence()));
    }
    for (String id : ModelRules.ENGINE_RULES.keySet()) {
      rules.add(new RuleDescriptor(id, ModelRules.ENGINE_RULES.get(id), RuleDescriptor.Owner.MODEL, List.of(), false));
    }
    for (DefinedRule rule : CallRules.all()) {
      rules.add(new RuleDescriptor(rule.id(), rule.defaultSeverity(), RuleDescriptor.Owner.CALL, rule.parameters(),
          rule.concludesFromAbsence()));
    }
    return List.copyOf(rules);
  }

  /**
   * Returns every rule: reading rules first, then model rules, then call rules.
   *
   * @return an unmodifiable list
   */
  public static List<RuleDescriptor> all() {
    return ALL;
  }

  /**
   * Returns the rule with the given id.
   *
   * @param id the rule id
   * @return the rule, or empty for an id of no rule
   */
  public static Optional<RuleDescriptor> get(String id) {
    return ALL.stream().filter(rule -> rule.getId().equals(id)).findFirst();
  }

  /**
   * Returns the id of the rule whose id is nearest to a text that names no rule, such as
   * {@code participants.lead} for {@code participant.lead}: at most a few letters apart.
   *
   * @param id the text
   * @return the nearest rule id, or empty when none is near
   */
  static Optional<String> closest(String id) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (RuleDescriptor rule : ALL) {
      int distance = distance(id, rule.getId());
      if (distance < bestDistance) {
        best = rule.getId();
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, best.length() / 4) ? Optional.of(best) : Optional.empty();
  }

  /** The Levenshtein distance: the fewest insertions, deletions and replacements from one text to the other. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
