package dev.progetto.validation.internal.rules;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Project;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A rule of the catalogue defined by its id, default severity, the parameters a call may set
 * for it (none for model rules) and its check.
 *
 * @param id the rule id
 * @param defaultSeverity the severity unless a call or the validator says otherwise
 * @param parameters the parameter names a call document sets
 * @param checker the check
 * @param concludesFromAbsence whether some findings of the rule rest on what a project does not
 *     state (a short list, a missing value), which a partial record leaves unknown
 */
public record DefinedRule(String id, IssueSeverity defaultSeverity, List<String> parameters,
    BiConsumer<Project, RuleContext> checker, boolean concludesFromAbsence) implements ProjectRule {

  /** Creates a rule; the parameter list is copied. */
  public DefinedRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(checker, "checker");
  }

  /** Creates a rule whose findings all rest on what a project states. */
  public DefinedRule(String id, IssueSeverity defaultSeverity, List<String> parameters,
      BiConsumer<Project, RuleContext> checker) {
    this(id, defaultSeverity, parameters, checker, false);
  }

  @Override
  public void check(Project project, RuleContext context) {
    checker.accept(project, context);
  }
}
