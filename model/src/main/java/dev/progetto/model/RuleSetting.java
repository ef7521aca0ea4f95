package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a call document says of one rule: its parameters, and optionally its severity, the
 * confidence of the parameters and the source they rest on.
 */
@Value.Immutable
public abstract class RuleSetting implements WithRuleSetting {

  RuleSetting() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSetting} values. */
  public static final class Builder extends ImmutableRuleSetting.Builder {
    Builder() {}
  }


  /**
   * Returns the severity the call gives the rule's findings; {@link Severity#OFF} switches the rule off.
   *
   * @return the severity the call gives the rule's findings; {@link Severity#OFF} switches the rule off
   */
  public abstract Optional<Severity> getSeverity();

  /**
   * Returns how sure the parameters are.
   *
   * @return how sure the parameters are
   */
  public abstract Optional<Confidence> getConfidence();

  /**
   * Returns the index of the call's source the parameters rest on.
   *
   * @return the index of the call's source the parameters rest on
   */
  public abstract Optional<Integer> getSource();

  /**
   * Returns the parameters of the rule.
   *
   * @return the parameters, empty when none
   */
  @Value.Default
  public Parameters getParameters() {
    return Parameters.empty();
  }

  /**
   * Returns this setting overridden by a child call's setting for the same rule: the child's
   * severity wins when present, and its parameters override these one by one. The confidence and
   * source describe the parameters: a child that sets parameters of its own without saying how
   * sure they are or where they come from gives the merged setting no confidence and no source
   * (the child's author vouches for them); a child that only changes the severity keeps this
   * setting's confidence and source.
   *
   * @param child the setting of the extending call
   * @return the merged setting
   */
  public RuleSetting overriddenBy(RuleSetting child) {
    boolean ownParameters = !child.getParameters().isEmpty();
    boolean describes = child.getConfidence().isPresent() || child.getSource().isPresent();
    boolean inherits = !ownParameters || describes;
    return builder()
        .severity(child.getSeverity().or(this::getSeverity))
        .confidence(child.getConfidence().or(() -> inherits ? getConfidence() : Optional.empty()))
        .source(child.getSource().or(() -> inherits ? getSource() : Optional.empty()))
        .parameters(getParameters().overriddenBy(child.getParameters()))
        .build();
  }

}
