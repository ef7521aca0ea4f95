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
   * severity, confidence and source win when present, and its parameters override these one by
   * one.
   *
   * @param child the setting of the extending call
   * @return the merged setting
   */
  public RuleSetting overriddenBy(RuleSetting child) {
    return builder()
        .severity(child.getSeverity().or(this::getSeverity))
        .confidence(child.getConfidence().or(this::getConfidence))
        .source(child.getSource().or(this::getSource))
        .parameters(getParameters().overriddenBy(child.getParameters()))
        .build();
  }

}
