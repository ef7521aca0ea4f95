package dev.progetto.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How many, as the pages say it: exactly 300, about 350 ("circa"), between 120 and 140
 * ("tra ... e ..."), at least 80% ("almeno"), at most 20; optionally per year or per month
 * ("120-140 utenti per anno"). Used for targets, expected sizes of target groups, shares of a
 * composition (fractions between 0 and 1) and measured values.
 *
 * <p>Numbers are exact decimals and keep their scale. A range whose minimum exceeds its maximum can
 * be built: it is reported by the validation rule {@code quantity.range}.
 */
public final class Quantity {

  /** The form of a quantity. */
  public enum Kind implements Coded {
    /** A plain number: exactly this many. */
    EXACT("exact"),
    /** About this many ({@code approx}, "circa"). */
    APPROX("approx"),
    /** Between a minimum and a maximum, both included ({@code min}/{@code max}). */
    RANGE("range"),
    /** At least this many ({@code atLeast}, "almeno", "oltre"). */
    AT_LEAST("atLeast"),
    /** At most this many ({@code atMost}). */
    AT_MOST("atMost");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** What period a quantity counts over. */
  public enum Per implements Coded {
    /** Over the whole project (the default). */
    TOTAL,
    /** Each year. */
    YEAR,
    /** Each month. */
    MONTH;

    private final String code = Coded.kebab(this);

    @Override
    public String code() {
      return code;
    }

    /** The constants, kept: {@code values()} copies them on every call. */
    private static final Per[] VALUES = values();

    /**
     * Returns the constant with the given wire code.
     *
     * @param code {@code total}, {@code year} or {@code month}
     * @return the constant, or empty for an unknown code
     */
    public static Optional<Per> fromCode(String code) {
      return Coded.fromCode(VALUES, code);
    }
  }

  private final Kind kind;
  private final BigDecimal first;
  private final BigDecimal second;
  private final Per per;

  private Quantity(Kind kind, BigDecimal first, BigDecimal second, Per per) {
    this.kind = kind;
    this.first = Objects.requireNonNull(first, "value");
    this.second = Objects.requireNonNull(second, "value");
    this.per = Objects.requireNonNull(per, "per");
  }

  /**
   * Exactly this many.
   *
   * @param value the number
   * @return the quantity
   */
  public static Quantity exactly(BigDecimal value) {
    return new Quantity(Kind.EXACT, value, value, Per.TOTAL);
  }

  /**
   * Exactly this many.
   *
   * @param value the number
   * @return the quantity
   */
  public static Quantity exactly(long value) {
    return exactly(BigDecimal.valueOf(value));
  }

  /**
   * About this many.
   *
   * @param value the number
   * @return the quantity
   */
  public static Quantity approximately(BigDecimal value) {
    return new Quantity(Kind.APPROX, value, value, Per.TOTAL);
  }

  /**
   * About this many.
   *
   * @param value the number
   * @return the quantity
   */
  public static Quantity approximately(long value) {
    return approximately(BigDecimal.valueOf(value));
  }

  /**
   * Between a minimum and a maximum, both included.
   *
   * @param min the minimum
   * @param max the maximum
   * @return the quantity
   */
  public static Quantity between(BigDecimal min, BigDecimal max) {
    return new Quantity(Kind.RANGE, min, max, Per.TOTAL);
  }

  /**
   * Between a minimum and a maximum, both included.
   *
   * @param min the minimum
   * @param max the maximum
   * @return the quantity
   */
  public static Quantity between(long min, long max) {
    return between(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /**
   * At least this many.
   *
   * @param value the minimum
   * @return the quantity
   */
  public static Quantity atLeast(BigDecimal value) {
    return new Quantity(Kind.AT_LEAST, value, value, Per.TOTAL);
  }

  /**
   * At least this many; shares are written as fractions: {@code atLeast("0.8")} for "almeno 80%".
   *
   * @param value the minimum as a decimal text
   * @return the quantity
   */
  public static Quantity atLeast(String value) {
    return atLeast(new BigDecimal(value));
  }

  /**
   * At least this many.
   *
   * @param value the minimum
   * @return the quantity
   */
  public static Quantity atLeast(long value) {
    return atLeast(BigDecimal.valueOf(value));
  }

  /**
   * At most this many.
   *
   * @param value the maximum
   * @return the quantity
   */
  public static Quantity atMost(BigDecimal value) {
    return new Quantity(Kind.AT_MOST, value, value, Per.TOTAL);
  }

  /**
   * Returns the same quantity counted over another period.
   *
   * @param per the period the quantity counts over
   * @return the new quantity
   */
  public Quantity per(Per per) {
    return new Quantity(kind, first, second, per);
  }

  /**
   * Returns the form of this quantity.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the period this quantity counts over.
   *
   * @return {@link Per#TOTAL} unless stated otherwise
   */
  public Per getPer() {
    return per;
  }

  /**
   * Returns the single number of an exact, approximate, at-least or at-most quantity.
   *
   * @return the number, or empty for a range
   */
  public Optional<BigDecimal> getValue() {
    return kind == Kind.RANGE ? Optional.empty() : Optional.of(first);
  }

  /**
   * Returns the smallest value this quantity admits: the number of an exact, approximate or
   * at-least quantity, the minimum of a range.
   *
   * @return the lower bound, or empty for an at-most quantity
   */
  public Optional<BigDecimal> getMin() {
    return kind == Kind.AT_MOST ? Optional.empty() : Optional.of(first);
  }

  /**
   * Returns the largest value this quantity admits: the number of an exact, approximate or
   * at-most quantity, the maximum of a range.
   *
   * @return the upper bound, or empty for an at-least quantity
   */
  public Optional<BigDecimal> getMax() {
    return kind == Kind.AT_LEAST ? Optional.empty() : Optional.of(second);
  }

  /**
   * Returns the number a report compares against: the value of an exact, approximate, at-least or
   * at-most quantity, the minimum of a range.
   *
   * @return the reference number
   */
  public BigDecimal reference() {
    return first;
  }

  /**
   * Tells whether a measured number satisfies this quantity read as a target: at least the number
   * (exact, approximate, at-least), at least the minimum (range), at most the number (at-most).
   *
   * @param measured the measured number
   * @return true when the target is reached
   */
  public boolean isReachedBy(BigDecimal measured) {
    if (kind == Kind.AT_MOST) {
      return measured.compareTo(second) <= 0;
    }
    return measured.compareTo(first) >= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity quantity
        && kind == quantity.kind
        && first.equals(quantity.first)
        && second.equals(quantity.second)
        && per == quantity.per;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, second, per);
  }

  /** Returns a readable form such as {@code about 350}, {@code 120..140 per year}. */
  @Override
  public String toString() {
    String text;
    switch (kind) {
      case APPROX:
        text = "about " + first.toPlainString();
        break;
      case RANGE:
        text = first.toPlainString() + ".." + second.toPlainString();
        break;
      case AT_LEAST:
        text = "at least " + first.toPlainString();
        break;
      case AT_MOST:
        text = "at most " + first.toPlainString();
        break;
      default:
        text = first.toPlainString();
    }
    return per == Per.TOTAL ? text : text + " per " + per.code();
  }
}
