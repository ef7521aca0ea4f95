package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Call;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Parameters;
import dev.progetto.model.Project;
import dev.progetto.validation.internal.calls.CallRules;
import dev.progetto.validation.internal.rules.DefinedRule;
import dev.progetto.validation.internal.rules.ModelRules;
import dev.progetto.validation.internal.rules.ProjectRule;
import dev.progetto.validation.internal.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rule tables: each rule they list is checked by the table's switch, under its own id. */
class RuleTablesTest {

  @Test
  void everyRuleOfTheTablesHasACheck() {
    Project project = Fixtures.valid();
    List<ProjectRule> rules = new ArrayList<>(ModelRules.all());
    rules.addAll(CallRules.all());
    assertThat(rules).hasSize(Rules.all().size() - ModelRules.ENGINE_RULES.size() - formatRules());
    for (ProjectRule rule : rules) {
      // Call rules run without parameters here: they report their misconfiguration, nothing throws.
      assertThatCode(() -> rule.check(project, new PlainContext(project))).as(rule.id()).doesNotThrowAnyException();
    }
  }

  @Test
  void aTableAskedForAnotherRuleSaysWhich() {
    ProjectRule modelRule = ModelRules.all().get(0);
    DefinedRule renamed = new DefinedRule("no.such-rule", IssueSeverity.ERROR, List.of(), ((DefinedRule) modelRule).checks(), false);
    Project project = Fixtures.valid();
    assertThatThrownBy(() -> renamed.check(project, new PlainContext(project)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such-rule");
  }

  private static int formatRules() {
    return (int) Rules.all().stream().filter(rule -> rule.getId().startsWith("format.")).count();
  }

  /** A context without a call, parameters or portfolio, keeping what rules share. */
  private static final class PlainContext implements RuleContext {
    private final Project project;
    private final Map<String, Object> shared = new HashMap<>();

    PlainContext(Project project) {
      this.project = project;
    }

    @Override
    public LocalDate today() {
      return LocalDate.of(2026, 11, 24);
    }

    @Override
    public Parameters parameters() {
      return Parameters.of(Map.of());
    }

    @Override
    public Optional<String> callId() {
      return Optional.empty();
    }

    @Override
    public Optional<Call> call() {
      return Optional.empty();
    }

    @Override
    public Optional<IndicatorCatalogue> indicatorCatalogue(String id) {
      return Optional.empty();
    }

    @Override
    public boolean hasProject(String id) {
      return false;
    }

    @Override
    public boolean inPortfolio() {
      return false;
    }

    @Override
    public Project project() {
      return project;
    }

    @Override
    public int ownOrganisations() {
      return project.getOrganisations().size();
    }

    @Override
    public boolean isWellFormed(String scheme, String value) {
      return true;
    }

    @Override
    public <T> T fromParameters(String name, Function<Parameters, T> make) {
      return make.apply(parameters());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(String name, Supplier<T> compute) {
      // Not computeIfAbsent: a shared value may be made from another.
      Object value = shared.get(name);
      if (value == null) {
        value = compute.get();
        shared.put(name, value);
      }
      return (T) value;
    }

    @Override
    public void report(String pointer, String messageKey, Object... arguments) {}

    @Override
    public void reportAbsent(String pointer, String messageKey, Object... arguments) {}

    @Override
    public void reportAtMost(IssueSeverity most, String pointer, String messageKey, Object... arguments) {}
  }
}
