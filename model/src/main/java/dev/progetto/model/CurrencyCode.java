package dev.progetto.model;

import java.util.Currency;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A currency as an ISO 4217 code ({@code EUR}).
 *
 * <p>Kept as text so that an unknown code can be loaded and reported by the validation rule
 * {@code money.currency} ({@link #isIso4217()}) instead of failing the whole read.
 *
 * @param value the code as written
 */
public record CurrencyCode(String value) implements Comparable<CurrencyCode> {

  /** The euro, the default currency of documents. */
  public static final CurrencyCode EUR = new CurrencyCode("EUR");

  /**
   * Creates a currency code.
   *
   * @param value the code
   * @throws NullPointerException if {@code value} is null
   */
  public CurrencyCode {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the currency with the given code.
   *
   * @param code an ISO 4217 code
   * @return the currency code
   */
  public static CurrencyCode of(String code) {
    return code.equals("EUR") ? EUR : new CurrencyCode(code);
  }

  /**
   * Tells whether this is a currency code known to the JDK's ISO 4217 table.
   *
   * @return true for a known code
   */
  public boolean isIso4217() {
    return toCurrency() != null;
  }

  /**
   * Returns how many decimals the currency has (2 for the euro), when the code is known and the
   * currency has decimals at all.
   *
   * @return the number of minor-unit digits, or empty for an unknown code or a pseudo-currency
   */
  public OptionalInt fractionDigits() {
    Currency currency = toCurrency();
    if (currency == null || currency.getDefaultFractionDigits() < 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(currency.getDefaultFractionDigits());
  }

  private @org.jspecify.annotations.Nullable Currency toCurrency() {
    if (value.length() != 3) {
      return null;
    }
    try {
      return Currency.getInstance(value);
    } catch (IllegalArgumentException notIso) {
      return null;
    }
  }

  @Override
  public int compareTo(CurrencyCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code CurrencyCode} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CurrencyCode that && value.equals(that.value);
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
