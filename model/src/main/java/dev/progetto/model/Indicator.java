package dev.progetto.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator of a project: what is counted ({@code name}, {@code unit}), the target (<em>risultato
 * atteso</em>) and the measurements taken (<em>risultati raggiunti</em>). An indicator may refer to
 * a catalogue code ({@code amif-2021-2027:O.2.3.1}) so that reports can add it up across projects.
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator} values. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the indicator.
   *
   * @return the id
   */
  public abstract LocalId getId();

  /**
   * Returns the catalogue code as {@code catalogue:code}, such as {@code amif-2021-2027:O.2.3.1}.
   *
   * @return the code
   */
  public abstract Optional<String> getCode();

  /**
   * Returns what the indicator counts.
   *
   * @return the name
   */
  public abstract Optional<LocalizedText> getName();

  /**
   * Returns the level of the indicator: output, result or impact.
   *
   * @return the type
   */
  public abstract Optional<IndicatorType> getType();

  /**
   * Returns the unit: persons, events, eur, ...
   *
   * @return the unit
   */
  public abstract Optional<IndicatorUnit> getUnit();

  /**
   * Returns the id of the target group the indicator counts.
   *
   * @return the target group id
   */
  public abstract Optional<LocalId> getTargetGroup();

  /**
   * Returns the value before the project started.
   *
   * @return the baseline
   */
  public abstract Optional<BigDecimal> getBaseline();

  /**
   * Returns the target (<em>risultato atteso</em>).
   *
   * @return the target
   */
  public abstract Optional<Quantity> getTarget();

  /**
   * Returns the measurements, in the order given.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Measurement> getMeasurements();

  /**
   * Returns the most recent measurement: the one whose period ends last (a measurement without
   * period counts as older than any dated one); among equals, the later in the list.
   *
   * @return the latest measurement, or empty when none
   */
  public Optional<Measurement> latestMeasurement() {
    Measurement latest = null;
    LocalDate latestEnd = null;
    for (Measurement measurement : getMeasurements()) {
      LocalDate end = measurement.getPeriod().flatMap(Indicator::lastDay).orElse(null);
      boolean newer =
          latest == null
              || (end != null && (latestEnd == null || !end.isBefore(latestEnd)))
              || (end == null && latestEnd == null);
      if (newer) {
        latest = measurement;
        latestEnd = end;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Optional<LocalDate> lastDay(Period period) {
    return period.getEnd().or(period::getStart).map(PartialDate::latest);
  }

  /**
   * Returns how far the latest measurement has gone towards the target, when they are comparable:
   * both present and counted over the same period (a yearly target is not compared with a total).
   * The measured number is the measurement's lower bound ("more than 20" counts as 20).
   *
   * @return the progress, or empty when there is no target, no measurement or they do not compare
   */
  public Optional<Progress> progress() {
    if (getTarget().isEmpty()) {
      return Optional.empty();
    }
    Quantity target = getTarget().get();
    return latestMeasurement()
        .filter(measurement -> measurement.getValue().getPer() == target.getPer())
        .flatMap(measurement -> measurement.getValue().getMin())
        .map(measured -> Progress.of(measured, target));
  }
}
