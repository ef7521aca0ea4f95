package dev.progetto.validation.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Message arguments shown as a number is written in a message. A finding's arguments become text
 * by their {@code toString} only when the finding's message or arguments are read, so a rule
 * hands over these instead of the text.
 */
public final class Shown {

  private Shown() {}

  /**
   * Returns an argument shown as the number without an exponent, as
   * {@link BigDecimal#toPlainString()} writes it.
   *
   * @param number the number
   * @return the argument
   */
  public static Object plain(BigDecimal number) {
    return new Plain(Objects.requireNonNull(number, "number"));
  }

  /**
   * Returns an argument shown as a fraction in percent with one decimal, rounded half even:
   * {@code 12.3} for 0.1234.
   *
   * @param fraction the fraction
   * @return the argument
   */
  public static Object percentNumber(BigDecimal fraction) {
    return new Percent(Objects.requireNonNull(fraction, "fraction"), "");
  }

  /**
   * Returns an argument shown as a fraction in percent with one decimal and a percent sign:
   * {@code 12.3%} for 0.1234.
   *
   * @param fraction the fraction
   * @return the argument
   */
  public static Object percent(BigDecimal fraction) {
    return new Percent(Objects.requireNonNull(fraction, "fraction"), "%");
  }

  private record Plain(BigDecimal number) {
    @Override
    public String toString() {
      return number.toPlainString();
    }
  }

  private record Percent(BigDecimal fraction, String sign) {
    @Override
    public String toString() {
      return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + sign;
    }
  }
}
