package dev.progetto.model;

import java.util.List;
import java.util.Objects;

/**
 * What an indicator counts: {@code persons}, {@code events}, {@code eur}, ... or a custom unit
 * starting with {@code x-} ({@code x-meetings}).
 *
 * @param code the wire code
 */
public record IndicatorUnit(String code) {

  /** People. */
  public static final IndicatorUnit PERSONS = new IndicatorUnit("persons");
  /** Organisations. */
  public static final IndicatorUnit ORGANISATIONS = new IndicatorUnit("organisations");
  /** Events, meetings. */
  public static final IndicatorUnit EVENTS = new IndicatorUnit("events");
  /** Hours. */
  public static final IndicatorUnit HOURS = new IndicatorUnit("hours");
  /** Courses. */
  public static final IndicatorUnit COURSES = new IndicatorUnit("courses");
  /** Documents, tools, products. */
  public static final IndicatorUnit DOCUMENTS = new IndicatorUnit("documents");
  /** Euros. */
  public static final IndicatorUnit EUR = new IndicatorUnit("eur");
  /** A percentage. */
  public static final IndicatorUnit PERCENT = new IndicatorUnit("percent");

  /** The units of format version 1, in their documented order. */
  public static final List<IndicatorUnit> KNOWN =
      List.of(PERSONS, ORGANISATIONS, EVENTS, HOURS, COURSES, DOCUMENTS, EUR, PERCENT);

  /**
   * Creates a unit.
   *
   * @param code the wire code
   * @throws NullPointerException if {@code code} is null
   */
  public IndicatorUnit {
    Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the unit with the given code, known or custom.
   *
   * @param code the wire code
   * @return the unit
   */
  public static IndicatorUnit of(String code) {
    return new IndicatorUnit(code);
  }

  /**
   * Tells whether this is a unit of the format or a custom {@code x-} unit.
   *
   * @return true when the unit is allowed in files
   */
  public boolean isAllowed() {
    return KNOWN.contains(this) || code.startsWith("x-");
  }

  /**
   * Tells whether the other is an {@code IndicatorUnit} with the same code. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof IndicatorUnit that && code.equals(that.code);
  }

  /** Returns the hash code of the code, the same as the record's own. */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
