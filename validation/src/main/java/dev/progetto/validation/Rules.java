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
}
