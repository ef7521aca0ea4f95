package dev.progetto.validation.internal.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list types read every item: one item of another type makes the list one the rule ignores. */
class ParameterTypeTest {

  private static final BigDecimal TEN = BigDecimal.TEN;

  @Test
  void textsAreStringsAndNumbers() {
    assertThat(ParameterType.TEXTS.accepts(List.of("ngo", TEN))).isTrue();
    assertThat(ParameterType.TEXTS.accepts(List.of())).isTrue();
    assertThat(ParameterType.TEXTS.accepts(List.of("ngo", true))).isFalse();
    assertThat(ParameterType.TEXTS.accepts(List.of(Map.of()))).isFalse();
    assertThat(ParameterType.TEXTS.accepts("ngo")).isFalse();
  }

  @Test
  void decimalsAreNumbersOnly() {
    assertThat(ParameterType.DECIMALS.accepts(List.of(TEN, BigDecimal.ONE))).isTrue();
    assertThat(ParameterType.DECIMALS.accepts(List.of(TEN, "10"))).isFalse();
    assertThat(ParameterType.DECIMALS.accepts(TEN)).isFalse();
  }

  @Test
  void countriesAreAssignedCodesOrTheirGroups() {
    assertThat(ParameterType.COUNTRIES.accepts(List.of("IT", "fr", "EU", "associated"))).isTrue();
    assertThat(ParameterType.COUNTRIES.accepts(List.of("IT", "XX"))).isFalse();
    assertThat(ParameterType.COUNTRIES.accepts(List.of("IT", "ITA"))).isFalse();
    assertThat(ParameterType.COUNTRIES.accepts(List.of("IT", TEN))).isFalse();
    assertThat(ParameterType.COUNTRIES.accepts(Map.of("IT", "IT"))).isFalse();
  }
}
