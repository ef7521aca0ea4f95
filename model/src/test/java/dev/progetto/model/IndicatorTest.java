package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Measurement at(String date, long value) {
    return Measurement.builder().period(Period.of(PartialDate.parse(date), PartialDate.parse(date)))
        .value(Quantity.exactly(value)).build();
  }

  @Test
  void latestMeasurementIsTheOneThatEndsLast() {
    Indicator indicator = Indicator.builder().id(LocalId.of("trained"))
        .addMeasurement(at("2024-06", 10))
        .addMeasurement(at("2025-06", 18))
        .addMeasurement(at("2024-12", 14))
        .addMeasurement(Measurement.of(99))
        .build();

    assertThat(indicator.latestMeasurement().map(Measurement::getValue)).contains(Quantity.exactly(18));
  }

  @Test
  void withoutDatesTheLastInTheListIsLatest() {
    Indicator indicator = Indicator.builder().id(LocalId.of("events"))
        .addMeasurement(Measurement.of(3)).addMeasurement(Measurement.of(5)).build();

    assertThat(indicator.latestMeasurement().map(Measurement::getValue)).contains(Quantity.exactly(5));
    assertThat(Indicator.builder().id(LocalId.of("none")).build().latestMeasurement()).isEmpty();
  }

  @Test
  void progressComparesMeasuredWithTarget() {
    Indicator indicator = Indicator.builder().id(LocalId.of("trained"))
        .target(Quantity.exactly(24))
        .addMeasurement(Measurement.builder().value(Quantity.exactly(18))
            .putDisaggregation("sex", java.util.Map.of("female", BigDecimal.valueOf(12), "male", BigDecimal.valueOf(6)))
            .build())
        .build();

    Progress progress = indicator.progress().orElseThrow();
    assertThat(progress.getMeasured()).isEqualTo(BigDecimal.valueOf(18));
    assertThat(progress.ratio()).contains(new BigDecimal("0.75"));
    assertThat(progress.percent()).contains(new BigDecimal("75.0"));
    assertThat(progress.isReached()).isFalse();
    assertThat(indicator.getMeasurements().get(0).getDisaggregation().get("sex")).containsEntry("female", BigDecimal.valueOf(12));
  }

  @Test
  void moreThanTwentyCountsAsTwentyAndReachesTwenty() {
    Indicator events = Indicator.builder().id(LocalId.of("events")).target(Quantity.atLeast(20))
        .addMeasurement(Measurement.builder().value(Quantity.atLeast(21)).build()).build();

    assertThat(events.progress().map(Progress::isReached)).contains(true);
  }

  @Test
  void aYearlyTargetIsNotComparedWithATotal() {
    Indicator users = Indicator.builder().id(LocalId.of("users"))
        .target(Quantity.between(120, 140).per(Quantity.Per.YEAR))
        .addMeasurement(Measurement.of(300)).build();

    assertThat(users.progress()).isEmpty();
  }

  @Test
  void aZeroTargetHasNoRatio() {
    Indicator complaints = Indicator.builder().id(LocalId.of("complaints")).target(Quantity.atMost(BigDecimal.ZERO))
        .addMeasurement(Measurement.of(0)).build();

    assertThat(complaints.progress().flatMap(Progress::ratio)).isEmpty();
    assertThat(complaints.progress().map(Progress::isReached)).contains(true);
  }
}
