package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static Map<String, BigDecimal> sex(long female, long male) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("female", BigDecimal.valueOf(female));
    values.put("male", BigDecimal.valueOf(male));
    return values;
  }

  @Test
  void theDisaggregationsInnerMapsCannotBeChangedThroughTheGetter() {
    Measurement measurement = Measurement.builder().value(Quantity.exactly(18))
        .putDisaggregation("sex", sex(12, 6)).build();

    Map<String, BigDecimal> inner = measurement.getDisaggregation().get("sex");
    assertThatThrownBy(() -> inner.put("other", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inner.remove("male")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inner.entrySet().iterator().next().setValue(BigDecimal.TEN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(measurement.getDisaggregation().get("sex"))
        .containsExactly(Map.entry("female", BigDecimal.valueOf(12)), Map.entry("male", BigDecimal.valueOf(6)));
  }

  @Test
  void aBuiltMeasurementDoesNotFollowTheCallersMap() {
    Map<String, BigDecimal> inner = new HashMap<>(Map.of("female", new BigDecimal("12")));
    Measurement measurement = Measurement.builder().value(Quantity.exactly(12))
        .putDisaggregation("sex", inner).build();
    Measurement same = Measurement.builder().value(Quantity.exactly(12))
        .putDisaggregation("sex", Map.of("female", new BigDecimal("12"))).build();
    int hash = measurement.hashCode();

    inner.put("male", new BigDecimal("6"));

    assertThat(measurement.hashCode()).isEqualTo(hash);
    assertThat(measurement).isEqualTo(same);
    assertThat(measurement.getDisaggregation().get("sex")).containsOnlyKeys("female");
  }

  @Test
  void everyWayToSetTheDisaggregationCopiesTheInnerMaps() {
    Map<String, BigDecimal> inner = sex(12, 6);
    Map<String, Map<String, BigDecimal>> outer = new LinkedHashMap<>();
    outer.put("sex", inner);
    Measurement base = Measurement.of(18);
    List<Measurement> built = List.of(
        Measurement.builder().value(Quantity.exactly(18)).disaggregation(outer).build(),
        Measurement.builder().value(Quantity.exactly(18)).putAllDisaggregation(outer).build(),
        Measurement.builder().value(Quantity.exactly(18)).putDisaggregation(Map.entry("sex", inner)).build(),
        Measurement.builder().from(base).putDisaggregation("sex", inner).build(),
        base.withDisaggregation(outer));

    inner.put("other", BigDecimal.ONE);

    for (Measurement measurement : built) {
      assertThat(measurement.getDisaggregation().get("sex")).containsOnlyKeys("female", "male");
      assertThatThrownBy(() -> measurement.getDisaggregation().get("sex").clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(measurement).isEqualTo(built.get(0)).hasSameHashCodeAs(built.get(0));
    }
  }

  @Test
  void theCategoriesKeepTheirOrderAndARebuiltValueIsEqual() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("male", BigDecimal.valueOf(6));
    values.put("female", BigDecimal.valueOf(12));
    values.put("other", BigDecimal.ZERO);
    Measurement measurement = Measurement.builder().value(Quantity.exactly(18))
        .putDisaggregation("sex", values).putDisaggregation("age", Map.of()).build();

    assertThat(measurement.getDisaggregation().get("sex").keySet()).containsExactly("male", "female", "other");
    assertThat(measurement.getDisaggregation().get("age")).isEmpty();
    Measurement copy = Measurement.builder().from(measurement).build();
    assertThat(copy).isEqualTo(measurement).hasSameHashCodeAs(measurement);
    assertThat(copy.withSource("report").getDisaggregation()).isEqualTo(measurement.getDisaggregation());
  }

  @Test
  void nullCategoriesAndValuesAreRefusedWithTheirPlace() {
    Map<String, BigDecimal> nullValue = new HashMap<>();
    nullValue.put("female", null);
    Map<String, BigDecimal> nullKey = new HashMap<>();
    nullKey.put(null, BigDecimal.ONE);

    assertThatThrownBy(() -> Measurement.builder().value(Quantity.exactly(1))
        .putDisaggregation("sex", nullValue).build())
        .isInstanceOf(NullPointerException.class).hasMessage("value of sex/female");
    assertThatThrownBy(() -> Measurement.builder().value(Quantity.exactly(1))
        .putDisaggregation("sex", nullKey).build())
        .isInstanceOf(NullPointerException.class).hasMessage("category of dimension sex");
  }
}
