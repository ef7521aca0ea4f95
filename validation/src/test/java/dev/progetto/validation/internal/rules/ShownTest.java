package dev.progetto.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Arguments shown as numbers read as the numbers written out when they are reported. */
class ShownTest {

  @Test
  void plainNumbersHaveNoExponent() {
    for (String number : new String[] {"1E+3", "0.000001", "-12.50", "300"}) {
      BigDecimal value = new BigDecimal(number);
      assertThat(String.valueOf(Shown.plain(value))).isEqualTo(value.toPlainString());
    }
  }

  @Test
  void percentagesHaveOneDecimalRoundedHalfEven() {
    assertThat(String.valueOf(Shown.percent(new BigDecimal("0.1234")))).isEqualTo("12.3%");
    assertThat(String.valueOf(Shown.percentNumber(new BigDecimal("0.1234")))).isEqualTo("12.3");
    assertThat(String.valueOf(Shown.percent(new BigDecimal("0.00125")))).isEqualTo("0.1%");
    assertThat(String.valueOf(Shown.percentNumber(new BigDecimal("0.00135")))).isEqualTo("0.1");
    assertThat(String.valueOf(Shown.percent(BigDecimal.ONE))).isEqualTo("100.0%");
    BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), java.math.MathContext.DECIMAL64);
    assertThat(String.valueOf(Shown.percent(third)))
        .isEqualTo(third.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%");
  }
}
