package dev.progetto.model;

/**
 * A range of durations in months, both ends included: what a period known only to the year
 * admits.
 */
public final class MonthRange {

  private final int min;
  private final int max;

  private MonthRange(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the range from {@code min} to {@code max} months.
   *
   * @param min the shortest duration
   * @param max the longest duration, not less than {@code min}
   * @return the range
   * @throws IllegalArgumentException if {@code max < min} or {@code min < 0}
   */
  public static MonthRange of(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("not a range of months: " + min + ".." + max);
    }
    return new MonthRange(min, max);
  }

  /**
   * Returns the shortest duration.
   *
   * @return months
   */
  public int getMin() {
    return min;
  }

  /**
   * Returns the longest duration.
   *
   * @return months
   */
  public int getMax() {
    return max;
  }

  /**
   * Tells whether the range admits only one duration.
   *
   * @return true when min equals max
   */
  public boolean isExact() {
    return min == max;
  }

  /**
   * Tells whether a duration is in the range.
   *
   * @param months the duration
   * @return true when {@code min <= months <= max}
   */
  public boolean contains(int months) {
    return months >= min && months <= max;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonthRange range && min == range.min && max == range.max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /** Returns {@code 24} or {@code 26..48}. */
  @Override
  public String toString() {
    return isExact() ? Integer.toString(min) : min + ".." + max;
  }
}
