package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed getters of parameters: a value of another type reads as absent, never as an error. */
class ParametersTest {

  private final Parameters parameters = Parameters.of(Map.of(
      "whole", 3, "half", 2.5, "huge", new BigDecimal("1e12"), "text", "2024-09", "notADate", "settembre",
      "mixed", List.of("IT", 12, new BigDecimal("0.50")), "withFlag", List.of("IT", true), "numbers", List.of(1, 2.5),
      "nested", List.of(List.of(1))));

  @Test
  void anIntegerIsAWholeNumberThatFitsAnInt() {
    assertThat(parameters.getInteger("whole")).contains(3);
    assertThat(parameters.getInteger("half")).isEmpty();
    assertThat(parameters.getInteger("huge")).isEmpty();
    assertThat(parameters.getInteger("text")).isEmpty();
    assertThat(parameters.getInteger("absent")).isEmpty();
  }

  @Test
  void textsAreStringsAndNumbersAsTheirPlainText() {
    assertThat(parameters.getStrings("mixed")).contains(List.of("IT", "12", "0.50"));
    assertThat(parameters.getStrings("withFlag")).isEmpty();
    assertThat(parameters.getStrings("nested")).isEmpty();
    assertThat(parameters.getStrings("text")).isEmpty();
    assertThat(parameters.getStrings("absent")).isEmpty();
  }

  @Test
  void decimalsAreAListOfNumbersOnly() {
    assertThat(parameters.getDecimals("numbers")).contains(List.of(BigDecimal.ONE, new BigDecimal("2.5")));
    assertThat(parameters.getDecimals("mixed")).isEmpty();
    assertThat(parameters.getDecimals("whole")).isEmpty();
    assertThat(parameters.getDecimals("absent")).isEmpty();
  }

  @Test
  void aDateIsATextInOneOfTheDateShapes() {
    assertThat(parameters.getDate("text")).contains(PartialDate.of(2024, 9));
    assertThat(parameters.getDate("notADate")).isEmpty();
    assertThat(parameters.getDate("whole")).isEmpty();
    assertThat(parameters.getDate("absent")).isEmpty();
  }
}
