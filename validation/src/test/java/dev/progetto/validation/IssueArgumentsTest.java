package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Waiver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments of a finding are the texts of the values a rule reported, however they are first read. */
class IssueArgumentsTest {

  private final Validator validator = Fixtures.validator();

  private static Project endedActive() {
    return Fixtures.valid().withStatus(ProjectStatus.ACTIVE)
        .withPeriod(Period.of(PartialDate.of(2018, 1), PartialDate.of(2020, 12)));
  }

  private static ValidationIssue statusIssue(ValidationReport report) {
    return report.getIssues().stream().filter(i -> i.getRule().equals("status.period")).findFirst().orElseThrow();
  }

  @Test
  void datesAreGivenInTheirFileForm() {
    ValidationIssue issue = statusIssue(validator.validate(endedActive()));

    assertThat(issue.getArguments()).containsExactly("2020-12", "2026-11-24");
    assertThat(issue.getMessage()).contains("2020-12").contains("2026-11-24");
  }

  @Test
  void theSameWhetherTheMessageOrTheArgumentsAreReadFirst() {
    ValidationIssue messageFirst = statusIssue(validator.validate(endedActive()));
    String message = messageFirst.getMessage();
    ValidationIssue argumentsFirst = statusIssue(validator.validate(endedActive()));
    List<String> arguments = argumentsFirst.getArguments();

    assertThat(argumentsFirst.getMessage()).isEqualTo(message);
    assertThat(messageFirst.getArguments()).isEqualTo(arguments);
    assertThat(messageFirst).isEqualTo(argumentsFirst).hasSameHashCodeAs(argumentsFirst);
  }

  @Test
  void aWaivedFindingKeepsItsArguments() {
    Project waived = endedActive().withWaivers(Waiver.of("status.period", "the report is late"));
    ValidationIssue issue = statusIssue(validator.validate(waived));

    assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WAIVED);
    assertThat(issue.getArguments()).containsExactly("2020-12", "2026-11-24");
  }
}
