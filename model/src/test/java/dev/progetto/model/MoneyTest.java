package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsScaleButComparesByValue() {
    Money twoDecimals = Money.euros("150000.00");
    Money whole = Money.euros("150000");

    assertThat(twoDecimals.getAmount().scale()).isEqualTo(2);
    assertThat(twoDecimals).isNotEqualTo(whole);
    assertThat(twoDecimals.isSameAmount(whole)).isTrue();
    assertThat(twoDecimals.compareTo(whole)).isZero();
    assertThat(twoDecimals).hasToString("150000.00 EUR");
  }

  @Test
  void neverMeansAnythingWithoutACurrency() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
  }

  @Test
  void addsOnlyTheSameCurrency() {
    assertThat(Money.euros("0.10").plus(Money.euros("0.20"))).isEqualTo(Money.euros("0.30"));
    assertThatThrownBy(() -> Money.euros("1").plus(Money.of("1", "CHF")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR").hasMessageContaining("CHF");
  }

  @Test
  void currencyCodesAreJudgedNotRefused() {
    assertThat(CurrencyCode.of("EUR").isIso4217()).isTrue();
    assertThat(CurrencyCode.of("EUR").fractionDigits()).hasValue(2);
    assertThat(CurrencyCode.of("JPY").fractionDigits()).hasValue(0);
    assertThat(CurrencyCode.of("EURO").isIso4217()).isFalse();
    assertThat(CurrencyCode.of("XYZ").isIso4217()).isFalse();
    assertThat(Money.of("10", "XYZ").getCurrency().value()).isEqualTo("XYZ");
  }

  @Test
  void countryCodesReadGreeceTheEuWay() {
    assertThat(CountryCode.of("EL")).isEqualTo(CountryCode.of("GR"));
    assertThat(CountryCode.of("gr").euCode()).isEqualTo("EL");
    assertThat(CountryCode.of("IT").isAssigned()).isTrue();
    assertThat(CountryCode.of("XK").isAssigned()).isTrue();
    assertThat(CountryCode.of("UK").isAssigned()).isFalse();
  }
}
