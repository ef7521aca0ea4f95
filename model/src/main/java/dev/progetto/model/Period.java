package dev.progetto.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a project or activity runs ({@code periodo}): a start, an end and a declared duration in
 * months ({@code durata}), each optional and each at the precision the source gave.
 *
 * <p>{@link #durationMonths()} answers the declared duration, or the one derived from start and
 * end when their precision allows; {@link #durationRange()} gives every duration that the start
 * and end admit, which is how the validator checks a declared duration "at their precision".
 */
@Value.Immutable
public abstract class Period implements WithPeriod {

  Period() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the period from {@code start} to {@code end}.
   *
   * @param start the first day, month or year
   * @param end the last day, month or year
   * @return the period
   */
  public static Period of(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /** Builds {@link Period} values. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }

  /**
   * Returns when the period starts.
   *
   * @return the start, at its precision
   */
  public abstract Optional<PartialDate> getStart();

  /**
   * Returns when the period ends (the last day, month or year included).
   *
   * @return the end, at its precision
   */
  public abstract Optional<PartialDate> getEnd();

  /**
   * Returns the duration in months as declared by the source ({@code durationMonths} in files),
   * whether or not start and end agree with it.
   *
   * @return the declared duration
   */
  public abstract Optional<Integer> getDeclaredDurationMonths();

  /**
   * Returns the duration in months: the declared one, else the one derived from start and end when
   * both are known to the month or day. A period from {@code 2023-11} to {@code 2025-10} lasts 24
   * months; one from {@code 2024} to {@code 2027} has no single duration (see
   * {@link #durationRange()}).
   *
   * @return the duration in months
   */
  public Optional<Integer> durationMonths() {
    return getDeclaredDurationMonths().or(this::derivedDurationMonths);
  }

  /**
   * Returns the duration derived from start and end alone: exact when both are known to the
   * month; for full dates, whole months rounded to the nearest (15 days or more count as a month).
   *
   * @return the derived duration, or empty when start or end is missing or known only to the year
   */
  public Optional<Integer> derivedDurationMonths() {
    if (getStart().isEmpty() || getEnd().isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = getStart().get();
    PartialDate end = getEnd().get();
    if (start.getPrecision() == PartialDate.Precision.DAY && end.getPrecision() == PartialDate.Precision.DAY) {
      java.time.Period between = java.time.Period.between(start.earliest(), end.earliest().plusDays(1));
      return Optional.of((int) between.toTotalMonths() + (between.getDays() >= 15 ? 1 : 0));
    }
    return durationRange().filter(MonthRange::isExact).map(MonthRange::getMin);
  }

  /**
   * Returns every duration, in months, that the start and end admit at their precision: from
   * {@code 2024} to {@code 2027} a project can last from 26 to 48 months; from {@code 2023-11}
   * to {@code 2025-10}, exactly 24. Full dates count whole months with a partial month admitted
   * both ways. A period that certainly ends before it starts admits only 0.
   *
   * @return the range, or empty when start or end is missing
   */
  public Optional<MonthRange> durationRange() {
    if (getStart().isEmpty() || getEnd().isEmpty()) {
      return Optional.empty();
    }
    PartialDate start = getStart().get();
    PartialDate end = getEnd().get();
    if (start.getPrecision() == PartialDate.Precision.DAY && end.getPrecision() == PartialDate.Precision.DAY) {
      LocalDate afterEnd = end.earliest().plusDays(1);
      if (afterEnd.isBefore(start.earliest())) {
        return Optional.of(MonthRange.of(0, 0));
      }
      java.time.Period between = java.time.Period.between(start.earliest(), afterEnd);
      int months = (int) between.toTotalMonths();
      return Optional.of(MonthRange.of(months, between.getDays() == 0 ? months : months + 1));
    }
    int firstStart = start.monthIndex();
    int lastStart = start.getPrecision() == PartialDate.Precision.YEAR ? firstStart + 11 : firstStart;
    int firstEnd = end.monthIndex();
    int lastEnd = end.getPrecision() == PartialDate.Precision.YEAR ? firstEnd + 11 : firstEnd;
    if (lastEnd < firstStart) {
      return Optional.of(MonthRange.of(0, 0));
    }
    int min = Math.max(1, firstEnd - lastStart + 1);
    int max = Math.max(min, lastEnd - firstStart + 1);
    return Optional.of(MonthRange.of(min, max));
  }

  /**
   * Tells whether the end is certainly before the start, a finding of the rule
   * {@code period.order}.
   *
   * @return true when both are present and the end precedes the start at their precision
   */
  public boolean isReversed() {
    return getStart().isPresent() && getEnd().isPresent() && getEnd().get().isBefore(getStart().get());
  }

  /**
   * Tells whether a day may fall within this period at the precision of its start and end; an open
   * side admits everything.
   *
   * @param day the day
   * @return false only when the day is certainly before the start or after the end
   */
  public boolean mayContain(LocalDate day) {
    boolean afterStart = getStart().map(start -> !day.isBefore(start.earliest())).orElse(true);
    boolean beforeEnd = getEnd().map(end -> !day.isAfter(end.latest())).orElse(true);
    return afterStart && beforeEnd;
  }

  /**
   * Tells whether the period has no start, end or duration at all.
   *
   * @return true for an empty period
   */
  public boolean isEmpty() {
    return getStart().isEmpty() && getEnd().isEmpty() && getDeclaredDurationMonths().isEmpty();
  }
}
