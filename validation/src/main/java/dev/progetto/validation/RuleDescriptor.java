package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.validation.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of the catalogue: its id (public API, never renamed or reused), default severity,
 * owner and description in English or Italian.
 */
public final class RuleDescriptor {

  /** Who checks a rule. */
  public enum Owner {
    /** Reading: the {@code format.*} rules, reported by the io module with line and column. */
    IO,
    /** The model rules, checked on every document. */
    MODEL,
    /** The call rules, switched on and parameterised by call documents. */
    CALL;

    /**
     * Returns the lower-case name: {@code io}, {@code model}, {@code call}.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final IssueSeverity defaultSeverity;
  private final Owner owner;
  private final List<String> parameters;
  private final boolean absence;

  RuleDescriptor(String id, IssueSeverity defaultSeverity, Owner owner, List<String> parameters, boolean absence) {
    this.id = Objects.requireNonNull(id, "id");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.parameters = List.copyOf(parameters);
    this.absence = absence;
  }

  /**
   * Tells whether some findings of the rule rest on what a project does not state (fewer
   * organisations than a minimum, no member of a required kind, lines that add up to less than
   * the total). In a record marked {@code completeness: partial} those findings are reported as
   * information, since what a partial record does not state is unknown.
   *
   * @return true for an absence rule
   */
  public boolean isAbsenceRule() {
    return absence;
  }

  /**
   * Returns the rule id.
   *
   * @return the id, such as {@code partnership.min-countries}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the severity of the rule's findings unless a call or the validator says otherwise.
   *
   * @return the default severity
   */
  public IssueSeverity getDefaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns who checks the rule.
   *
   * @return the owner
   */
  public Owner getOwner() {
    return owner;
  }

  /**
   * Returns the parameters a call document sets for the rule.
   *
   * @return the parameter names, empty for format and model rules
   */
  public List<String> getParameters() {
    return parameters;
  }

  /**
   * Returns what the rule checks, in English or Italian.
   *
   * @param locale the reader's locale
   * @return the description
   */
  public String description(Locale locale) {
    return Messages.format(locale, "rule." + id);
  }

  @Override
  public String toString() {
    return id + " (" + defaultSeverity.code() + ")";
  }
}
