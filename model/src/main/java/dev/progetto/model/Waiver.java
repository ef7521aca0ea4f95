package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted exception to a rule, written in the document: the validator keeps the matching
 * findings in its report with the severity {@code waived} and this reason.
 */
@Value.Immutable
public abstract class Waiver implements WithWaiver {

  Waiver() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Waiver} values. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }

  /**
   * Returns a waiver of a rule for the whole document.
   *
   * @param rule the rule id
   * @param reason why the exception is accepted
   * @return the waiver
   */
  public static Waiver of(String rule, String reason) {
    return builder().rule(rule).reason(reason).build();
  }


  /**
   * Returns the rule id the waiver applies to, such as {@code participants.lead}.
   *
   * @return the rule id the waiver applies to, such as {@code participants.lead}
   */
  public abstract String getRule();

  /**
   * Returns the JSON Pointer the waiver is limited to; without it the waiver covers the whole document.
   *
   * @return the JSON Pointer the waiver is limited to; without it the waiver covers the whole document
   */
  public abstract Optional<String> getPath();

  /**
   * Returns why the exception is accepted; required.
   *
   * @return why the exception is accepted; required
   */
  public abstract String getReason();

}
