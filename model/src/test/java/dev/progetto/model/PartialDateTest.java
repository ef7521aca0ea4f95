package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2024, YEAR, 2024-01-01, 2024-12-31",
    "2024-05, MONTH, 2024-05-01, 2024-05-31",
    "2024-02, MONTH, 2024-02-01, 2024-02-29",
    "2023-02, MONTH, 2023-02-01, 2023-02-28",
    "2024-05-13, DAY, 2024-05-13, 2024-05-13",
    "0001, YEAR, 0001-01-01, 0001-12-31",
    "0987-09, MONTH, 0987-09-01, 0987-09-30",
    "9999-12-31, DAY, 9999-12-31, 9999-12-31"
  })
  void keepsItsPrecisionAndSpansTheDaysItCanMean(String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date).hasToString(text);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
  }

  @Test
  void aMonthIsNotItsFirstDay() {
    assertThat(PartialDate.parse("2024-05")).isNotEqualTo(PartialDate.parse("2024-05-01"));
    assertThat(PartialDate.parse("2024-05").getDay()).isEmpty();
    assertThat(PartialDate.parse("2024-05").getMonth()).contains(5);
    assertThat(PartialDate.parse("2024").getMonth()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "0000-00", "2024-13", "2024-00-10", "24-05", "2024/05", "", " 2024", "2024-5", "0000", "\u0662\u0660\u0662\u0664", "2024-05-", "2024-05-1x", "2024-05-013", "+2024"})
  void refusesWhatIsNotADate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void comparesOnlyWhatIsCertain() {
    PartialDate may = PartialDate.parse("2024-05");
    assertThat(may.isBefore(PartialDate.parse("2024-05-20"))).isFalse();
    assertThat(may.isAfter(PartialDate.parse("2024-05-20"))).isFalse();
    assertThat(may.isBefore(PartialDate.parse("2024-06-01"))).isTrue();
    assertThat(PartialDate.parse("2025").isAfter(may)).isTrue();
  }

  /** Order is defined on the days a date can stand for; checked against LocalDate on seeded dates. */
  @Test
  void certainOrderAgreesWithTheDaysEachDateCanMean() {
    java.util.Random random = new java.util.Random(20261201L);
    for (int i = 0; i < 20_000; i++) {
      PartialDate a = randomDate(random);
      PartialDate b = randomDate(random);
      assertThat(a.isBefore(b)).as("%s before %s", a, b).isEqualTo(a.latest().isBefore(b.earliest()));
      assertThat(a.isAfter(b)).as("%s after %s", a, b).isEqualTo(a.earliest().isAfter(b.latest()));
    }
  }

  private static PartialDate randomDate(java.util.Random random) {
    int year = 2019 + random.nextInt(8);
    int month = 1 + random.nextInt(12);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, month);
      default:
        return PartialDate.of(year, month, 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth()));
    }
  }
}
