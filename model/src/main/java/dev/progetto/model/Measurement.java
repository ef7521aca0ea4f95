package dev.progetto.model;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

  /**
   * Makes each dimension's values an unmodifiable copy: the generated class copies the outer map
   * only, which would leave the caller's inner maps shared with the built value (and its hash
   * code changing when the caller edits them) and hand out maps that can be changed.
   *
   * @return this measurement when its inner maps are already copies, otherwise an equal one with
   *     copies
   */
  @Value.Check
  Measurement normalize() {
    Map<String, Map<String, BigDecimal>> disaggregation = getDisaggregation();
    boolean copied = true;
    for (Map<String, BigDecimal> categories : disaggregation.values()) {
      if (!(categories instanceof Categories)) {
        copied = false;
        break;
      }
    }
    if (copied) {
      return this;
    }
    Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>(disaggregation.size() * 4 / 3 + 1);
    for (Map.Entry<String, Map<String, BigDecimal>> dimension : disaggregation.entrySet()) {
      copy.put(dimension.getKey(), Categories.copyOf(dimension.getKey(), dimension.getValue()));
    }
    return ImmutableMeasurement.copyOf(this).withDisaggregation(copy);
  }

  /** The unmodifiable values of one dimension, in the order given; its type marks a copy made here. */
  private static final class Categories extends AbstractMap<String, BigDecimal> {

    private final Map<String, BigDecimal> values;

    private Categories(Map<String, BigDecimal> values) {
      this.values = values;
    }

    static Categories copyOf(String dimension, Map<String, BigDecimal> values) {
      if (values instanceof Categories) {
        return (Categories) values;
      }
      Map<String, BigDecimal> copy = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
      for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
        String category =
            Objects.requireNonNull(entry.getKey(), () -> "category of dimension " + dimension);
        BigDecimal value =
            Objects.requireNonNull(entry.getValue(), () -> "value of " + dimension + "/" + category);
        copy.put(category, value);
      }
      return new Categories(Collections.unmodifiableMap(copy));
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
      return values.entrySet();
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public boolean containsKey(Object key) {
      return values.containsKey(key);
    }

    @Override
    public BigDecimal get(Object key) {
      return values.get(key);
    }
  }
}
