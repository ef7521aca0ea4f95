package dev.progetto.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in a currency: a budget, a grant, a lump sum.
 *
 * <p>Amounts are {@link BigDecimal}, never binary floating point, and keep the scale they were
 * written with: {@code 150000.00} stays {@code 150000.00} on a round trip. Because files must come
 * back exactly as written, {@link #equals(Object)} compares the representation, like
 * {@code BigDecimal.equals}: {@code 150000.00 EUR} and {@code 150000 EUR} are not equal values.
 * When the question is "is this the same amount of money", use {@link #isSameAmount(Money)} or
 * {@link #compareTo(Money)}, which compare by numeric value. A money value always has a currency:
 * without it an amount means nothing.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final CurrencyCode currency;

  private Money(BigDecimal amount, CurrencyCode currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /**
   * Returns an amount in a currency.
   *
   * @param amount the amount, with its scale
   * @param currency the currency
   * @return the money value
   */
  public static Money of(BigDecimal amount, CurrencyCode currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns an amount in a currency, parsed exactly from its decimal text.
   *
   * @param amount a decimal such as {@code 250000} or {@code 1234.50}
   * @param currency an ISO 4217 code such as {@code EUR}
   * @return the money value
   * @throws NumberFormatException if the amount is not a decimal number
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
  }

  /**
   * Returns an amount in euros.
   *
   * @param amount the amount, with its scale
   * @return the money value
   */
  public static Money euros(BigDecimal amount) {
    return new Money(amount, CurrencyCode.EUR);
  }

  /**
   * Returns an amount in euros, parsed exactly from its decimal text.
   *
   * @param amount a decimal such as {@code 250000}
   * @return the money value
   */
  public static Money euros(String amount) {
    return euros(new BigDecimal(amount));
  }

  /**
   * Returns the amount with the scale it was given.
   *
   * @return the amount
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency code
   */
  public CurrencyCode getCurrency() {
    return currency;
  }

  /**
   * Tells whether both values are the same amount of the same currency, whatever their scale:
   * {@code 150000.00 EUR} is the same amount as {@code 150000 EUR}.
   *
   * @param other the other value
   * @return true for equal currency and numerically equal amount
   */
  public boolean isSameAmount(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  /**
   * Returns the sum of two values of the same currency.
   *
   * @param other the value to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Orders values of one currency by numeric amount; values of different currencies are ordered
   * by currency code first. Consistent with {@link #isSameAmount(Money)}, not with
   * {@link #equals(Object)}, as for {@code BigDecimal}.
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency.compareTo(other.currency);
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine amounts in " + currency + " and " + other.currency);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money
        && amount.equals(money.amount)
        && currency.equals(money.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** Returns the amount and currency, such as {@code 250000 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
