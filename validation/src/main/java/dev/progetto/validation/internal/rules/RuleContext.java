package dev.progetto.validation.internal.rules;

import dev.progetto.model.Call;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Parameters;
import dev.progetto.model.Project;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule sees while it checks a project, and where it reports findings.
 */
public interface RuleContext {

  /**
   * Returns today's date by the validator's clock, for date-relative rules.
   *
   * @return today
   */
  LocalDate today();

  /**
   * Returns the parameters the project's call sets for the running rule; empty for model rules.
   *
   * @return the parameters
   */
  Parameters parameters();

  /**
   * Returns the id of the call that switched the running rule on.
   *
   * @return the call id, or empty for model rules
   */
  Optional<String> callId();

  /**
   * Returns the project's call, resolved: the call it names, with the descriptor fields it does not
   * set (action, field, year, programme) inherited from its parents.
   *
   * @return the resolved call descriptor, or empty when the project names no known call
   */
  Optional<Call> call();

  /**
   * Returns an indicator catalogue known to the validator, such as {@code amif-2021-2027}.
   *
   * @param id the catalogue id
   * @return the catalogue, or empty when unknown
   */
  Optional<IndicatorCatalogue> indicatorCatalogue(String id);

  /**
   * Tells whether the portfolio being validated has a project with the given id, to resolve
   * {@code relatedProjects}.
   *
   * @param id the project id
   * @return true when the portfolio (or the validated set) has a project with that id
   */
  boolean hasProject(String id);

  /**
   * Tells whether the project is validated as part of a portfolio, so that references to other
   * projects can be checked; a standalone project document cannot know its siblings.
   *
   * @return true inside a portfolio
   */
  boolean inPortfolio();

  /**
   * Returns the project being checked.
   *
   * @return the project
   */
  Project project();

  /**
   * Returns how many of the project's organisations, counted from the first, belong to the
   * project's own document; the others are a portfolio's shared organisations, checked once at
   * the portfolio's level.
   *
   * @return the number of the project's own organisations
   */
  int ownOrganisations();

  /**
   * Tells whether an identifier is well formed for its scheme, by the checks the public Bean
   * Validation constraints run too; schemes without a check are always well formed.
   *
   * @param scheme the scheme code, such as {@code partita-iva}
   * @param value the identifier
   * @return false only for a malformed identifier of a checked scheme
   */
  boolean isWellFormed(String scheme, String value);

  /**
   * Returns a value made from the running rule's parameters, such as a set of countries with
   * {@code eu} expanded: made the first time a rule setting of a call is checked, then kept with
   * that setting for every project that names the call. The value must be immutable; for a rule
   * without parameters it is made each time.
   *
   * @param name what the value is, unique per rule
   * @param make how to make it from the parameters
   * @param <T> the type of the value
   * @return the value
   */
  <T> T fromParameters(String name, java.util.function.Function<Parameters, T> make);

  /**
   * Returns a value that several rules of one project need, such as every identifier map with
   * its pointer: computed by the first rule that asks, then shared by the project's other rules.
   *
   * @param name what the value is, unique per kind of value
   * @param compute how to compute it from the project
   * @param <T> the type of the value
   * @return the value
   */
  <T> T shared(String name, java.util.function.Supplier<T> compute);

  /**
   * Reports a finding of the running rule.
   *
   * @param pointer the JSON Pointer of the offending value in the project document, such as
   *     {@code /participants/2/role}; {@code ""} for the whole project
   * @param messageKey the key in {@code dev/progetto/validation/Messages.properties}, by
   *     convention the rule id or the rule id followed by a dot and a variant
   * @param arguments the message arguments, formatted with {@code java.text.MessageFormat}
   */
  void report(String pointer, String messageKey, Object... arguments);

  /**
   * Reports a finding that rests on what the project does not state: fewer organisations than a
   * minimum, no member of a required kind, no project-management work package. In a complete
   * record it is reported as {@link #report}; in a partial record ({@code completeness:
   * partial}), where what is not stated is unknown, it is at most information and its message
   * says so.
   *
   * @param pointer the JSON Pointer of the finding, relative to the project
   * @param messageKey the key of the message
   * @param arguments the arguments of the message
   */
  void reportAbsent(String pointer, String messageKey, Object... arguments);

  /**
   * Reports a finding at the running rule's severity, but no higher than a given one: advice
   * such as a number above what a call recommends, or a finding that a project could settle by
   * stating more.
   *
   * @param most the highest severity the finding may have
   * @param pointer the JSON Pointer of the finding, relative to the project
   * @param messageKey the key of the message
   * @param arguments the arguments of the message
   */
  void reportAtMost(dev.progetto.io.IssueSeverity most, String pointer, String messageKey, Object... arguments);
}
