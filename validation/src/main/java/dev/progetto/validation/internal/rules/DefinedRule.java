package dev.progetto.validation.internal.rules;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Project;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the catalogue defined by its id, default severity, the parameters a call may set
 * for it (none for model rules) and the table of checks that holds its check.
 *
 * @param id the rule id
 * @param defaultSeverity the severity unless a call or the validator says otherwise
 * @param parameters the parameter names a call document sets
 * @param checks the table of checks, which checks this rule under its id
 * @param concludesFromAbsence whether some findings of the rule rest on what a project does not
 *     state (a short list, a missing value), which a partial record leaves unknown
 */
public record DefinedRule(String id, IssueSeverity defaultSeverity, List<String> parameters, Checks checks,
    boolean concludesFromAbsence) implements ProjectRule {

  /**
   * The checks of a table of rules, chosen by rule id. A table is one switch over its ids rather
   * than a lambda per rule: the JVM links each lambda on its first call, about a tenth of a
   * millisecond each, which a command line that validates one small file pays on every run.
   */
  @FunctionalInterface
  public interface Checks {

    /**
     * Checks a project for one rule of the table.
     *
     * @param ruleId the rule's id
     * @param project the project
     * @param context where findings go
     * @throws IllegalArgumentException for an id the table has no check for
     */
    void check(String ruleId, Project project, RuleContext context);

    /**
     * The failure of a table asked for a rule it does not hold.
     *
     * @param ruleId the id asked for
     * @return the exception to throw
     */
    static IllegalArgumentException unknown(String ruleId) {
      return new IllegalArgumentException("no check for the rule " + ruleId);
    }
  }

  /** Creates a rule; the parameter list is copied. */
  public DefinedRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(checks, "checks");
  }

  @Override
  public void check(Project project, RuleContext context) {
    checks.check(id, project, context);
  }
}
