package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Without a clock of its own, a validator judges date-relative rules by today's date in the system's time zone. */
class ValidatorClockTest {

  private static Project ending(ProjectStatus status, int year) {
    return Fixtures.valid().withStatus(status).withPeriod(Period.of(PartialDate.of(year - 2, 1), PartialDate.of(year, 12)));
  }

  @Test
  void theSystemClockByDefault() {
    Validator validator = Validator.builder().build();
    int year = LocalDate.now().getYear();

    assertThat(validator.validate(ending(ProjectStatus.ACTIVE, year - 1)).getIssues())
        .extracting(ValidationIssue::getRule).contains("status.period");
    assertThat(validator.validate(ending(ProjectStatus.CLOSED, year + 1)).getIssues())
        .extracting(ValidationIssue::getRule).contains("status.period");
    assertThat(validator.validate(ending(ProjectStatus.ACTIVE, year + 1)).getIssues())
        .extracting(ValidationIssue::getRule).doesNotContain("status.period");
  }
}
