package dev.progetto.validation.internal.rules;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Project;

/**
 * One rule of the catalogue, checked on one project. Model rules run on every project; call rules
 * run when the project's call switches them on, with the call's parameters. Implementations are
 * stateless and thread-safe.
 */
public interface ProjectRule {

  /**
   * Returns the rule id, public API: {@code participants.lead}, {@code partnership.min-countries}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the severity of the rule's findings unless a call or the validator's configuration
   * says otherwise.
   *
   * @return the default severity
   */
  IssueSeverity defaultSeverity();

  /**
   * Tells whether some findings of the rule rest on what a project does not state: a list
   * shorter than a minimum, a missing member or value. In a partial record such findings are
   * reported as information ({@link RuleContext#reportAbsent}).
   *
   * @return true for an absence rule
   */
  default boolean concludesFromAbsence() {
    return false;
  }

  /**
   * Checks the project and reports each finding to the context. Never throws for any model value,
   * however incomplete.
   *
   * @param project the project, standalone (a portfolio's shared organisations already included)
   * @param context where findings go, with the call's parameters for call rules
   */
  void check(Project project, RuleContext context);
}
