package dev.progetto.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code IT}, {@code FR}).
 *
 * <p>The EU writes Greece as {@code EL}; {@link #of(String)} reads it as {@code GR} so that one
 * country has one code. Whether a code is assigned by ISO is judged by the validation rule
 * {@code country.code} ({@link #isAssigned()}), not at construction, so a mistyped code can still
 * be loaded and reported with its location.
 *
 * @param value the upper-case code
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

  /** Italy. */
  public static final CountryCode IT = new CountryCode("IT");

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /**
   * Creates a country code as given.
   *
   * @param value the code
   * @throws NullPointerException if {@code value} is null
   */
  public CountryCode {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the country with the given code, upper-cased, with the EU code {@code EL} read as
   * {@code GR}.
   *
   * @param code a two-letter code
   * @return the country code
   */
  public static CountryCode of(String code) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    return new CountryCode(upper.equals("EL") ? "GR" : upper);
  }

  /**
   * Tells whether ISO 3166-1 assigns this code (Kosovo's {@code XK}, used by the EU, counts).
   *
   * @return true for an assigned alpha-2 code
   */
  public boolean isAssigned() {
    return ISO_CODES.contains(value) || value.equals("XK");
  }

  /**
   * Returns the EU spelling of this code: {@code EL} for Greece, the ISO code otherwise.
   *
   * @return the code as the EU institutions write it
   */
  public String euCode() {
    return value.equals("GR") ? "EL" : value;
  }

  @Override
  public int compareTo(CountryCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code CountryCode} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode that && value.equals(that.value);
  }

  /** Returns the hash code of the value, the same as the record's own. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return value;
  }
}
