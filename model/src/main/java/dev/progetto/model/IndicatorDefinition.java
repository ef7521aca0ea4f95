package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator of a catalogue, such as {@code O.2.3.1} of the AMIF 2021-2027 common
 * indicators.
 */
@Value.Immutable
public abstract class IndicatorDefinition implements WithIndicatorDefinition {

  IndicatorDefinition() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorDefinition} values. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}
  }


  /**
   * Returns the code within the catalogue.
   *
   * @return the code within the catalogue
   */
  public abstract String getCode();

  /**
   * Returns what the indicator counts.
   *
   * @return what the indicator counts
   */
  public abstract Optional<LocalizedText> getName();

  /**
   * Returns the level of the indicator.
   *
   * @return the level of the indicator
   */
  public abstract Optional<IndicatorType> getType();

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract Optional<IndicatorUnit> getUnit();

  /**
   * Returns how sure the definition is.
   *
   * @return how sure the definition is
   */
  public abstract Optional<Confidence> getConfidence();

}
