package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} to {1}: {2}..{3}")
  @CsvSource({
    "2023-11, 2025-10, 24, 24",
    "2024-05, 2025-12, 20, 20",
    "2024-03, 2024-03, 1, 1",
    "2024, 2027, 26, 48",
    "2025, 2028, 26, 48",
    "2024, 2024, 1, 12",
    "2024-01-01, 2025-06-30, 18, 18",
    "2024-01-15, 2024-07-20, 6, 7",
    "2024-09, 2027, 29, 40"
  })
  void derivesTheDurationsStartAndEndAdmit(String start, String end, int min, int max) {
    Period period = Period.of(PartialDate.parse(start), PartialDate.parse(end));

    assertThat(period.durationRange()).contains(MonthRange.of(min, max));
    if (min == max) {
      assertThat(period.durationMonths()).contains(min);
    }
  }

  @Test
  void yearPrecisionHasNoSingleDuration() {
    Period period = Period.of(PartialDate.of(2025), PartialDate.of(2028));

    assertThat(period.durationMonths()).isEmpty();
    assertThat(period.withDeclaredDurationMonths(36).durationMonths()).contains(36);
    assertThat(period.durationRange().orElseThrow().contains(36)).isTrue();
  }

  @Test
  void roundsFullDatesToTheNearestMonth() {
    assertThat(Period.of(PartialDate.parse("2024-01-15"), PartialDate.parse("2024-07-20")).durationMonths()).contains(6);
    assertThat(Period.of(PartialDate.parse("2024-01-01"), PartialDate.parse("2024-07-20")).durationMonths()).contains(7);
  }

  @Test
  void declaredDurationWinsOverDerived() {
    Period period = Period.builder().start(PartialDate.of(2023, 11)).end(PartialDate.of(2025, 10))
        .declaredDurationMonths(18).build();

    assertThat(period.durationMonths()).contains(18);
    assertThat(period.derivedDurationMonths()).contains(24);
  }

  @Test
  void knowsWhenItIsReversedOrOpen() {
    assertThat(Period.of(PartialDate.of(2025, 1), PartialDate.of(2024, 12)).isReversed()).isTrue();
    assertThat(Period.of(PartialDate.of(2024, 12), PartialDate.of(2024)).isReversed()).isFalse();
    assertThat(Period.builder().start(PartialDate.of(2024)).build().durationRange()).isEmpty();
    assertThat(Period.builder().build().isEmpty()).isTrue();
    assertThat(Period.builder().end(PartialDate.of(2024, 6)).build().mayContain(LocalDate.of(1990, 1, 1))).isTrue();
    assertThat(Period.builder().end(PartialDate.of(2024, 6)).build().mayContain(LocalDate.of(2024, 7, 1))).isFalse();
  }
}
