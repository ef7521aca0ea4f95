package dev.progetto.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value of an indicator (<em>risultato raggiunto</em>) over a period, optionally
 * broken down by dimension: 18 migrants trained, of whom 12 women and 6 men, is {@code value 18,
 * disaggregation sex: female 12, male 6}.
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {

  Measurement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Measurement} values. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }

  /**
   * Returns an exact measurement without period.
   *
   * @param value the measured number
   * @return the measurement
   */
  public static Measurement of(long value) {
    return builder().value(Quantity.exactly(value)).build();
  }


  /**
   * Returns the period the value covers; a single date is a period starting and ending on it.
   *
   * @return the period the value covers; a single date is a period starting and ending on it
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Returns the measured value; usually exact, but pages also say "more than 20".
   *
   * @return the measured value; usually exact, but pages also say "more than 20"
   */
  public abstract Quantity getValue();

  /**
   * Returns the breakdown of the value by dimension and category, such as
   * {@code sex -> {female: 12, male: 6}}.
   *
   * @return an unmodifiable map of unmodifiable maps, empty when none
   */
  public abstract Map<String, Map<String, BigDecimal>> getDisaggregation();

  /**
   * Returns where the value comes from: a report, a page.
   *
   * @return where the value comes from: a report, a page
   */
  public abstract Optional<String> getSource();

}
