package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void eachFormHasItsBounds() {
    assertThat(Quantity.exactly(300).getMin()).contains(BigDecimal.valueOf(300));
    assertThat(Quantity.exactly(300).getMax()).contains(BigDecimal.valueOf(300));
    assertThat(Quantity.approximately(350).getValue()).contains(BigDecimal.valueOf(350));
    assertThat(Quantity.between(120, 140).getValue()).isEmpty();
    assertThat(Quantity.between(120, 140).getMin()).contains(BigDecimal.valueOf(120));
    assertThat(Quantity.between(120, 140).getMax()).contains(BigDecimal.valueOf(140));
    assertThat(Quantity.atLeast("0.8").getMax()).isEmpty();
    assertThat(Quantity.atMost(BigDecimal.TEN).getMin()).isEmpty();
  }

  @Test
  void perYearIsADifferentQuantity() {
    Quantity perYear = Quantity.between(120, 140).per(Quantity.Per.YEAR);

    assertThat(perYear.getPer()).isEqualTo(Quantity.Per.YEAR);
    assertThat(perYear).isNotEqualTo(Quantity.between(120, 140));
    assertThat(perYear).hasToString("120..140 per year");
    assertThat(Quantity.Per.fromCode("month")).contains(Quantity.Per.MONTH);
    assertThat(Quantity.Per.fromCode("week")).isEmpty();
  }

  @Test
  void aReversedRangeCanBeBuiltForTheValidatorToReport() {
    Quantity reversed = Quantity.between(140, 120);

    assertThat(reversed.getMin()).contains(BigDecimal.valueOf(140));
    assertThat(reversed.getMax()).contains(BigDecimal.valueOf(120));
  }

  @Test
  void targetsAreReachedFromTheRightSide() {
    assertThat(Quantity.exactly(18).isReachedBy(BigDecimal.valueOf(18))).isTrue();
    assertThat(Quantity.exactly(18).isReachedBy(BigDecimal.valueOf(17))).isFalse();
    assertThat(Quantity.between(120, 140).isReachedBy(BigDecimal.valueOf(121))).isTrue();
    assertThat(Quantity.atMost(BigDecimal.TEN).isReachedBy(BigDecimal.valueOf(11))).isFalse();
    assertThat(Quantity.atMost(BigDecimal.TEN).isReachedBy(BigDecimal.valueOf(3))).isTrue();
  }
}
