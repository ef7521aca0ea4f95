package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.progetto.io.Issue;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Read issues and rule findings speak one vocabulary: the same severity type and accessors. */
class IssueVocabularyTest {

  private static final String YAML = String.join("\n",
      "format: 1",
      "kind: project",
      "id: p",
      "title: {en: A project}",
      "colour: blue",
      "participants:",
      "  - {organisation: nobody, role: lead}",
      "");

  @Test
  void readIssuesAndFindingsAreShownThroughOneInterface() {
    ReadResult<Project> read = ProgettoMapper.builder().lenient(true).build().readProject(YAML, Syntax.YAML);
    ValidationReport report = Validator.builder().build().validate(read);

    List<Issue> issues = new ArrayList<>(read.getIssues());
    issues.addAll(report.getIssues());
    assertThat(issues).extracting(Issue::getRule, Issue::getSeverity, Issue::getPointer, Issue::getLine, Issue::getColumn)
        .contains(
            tuple("format.unknown-field", IssueSeverity.WARNING, "/colour", OptionalInt.of(5), OptionalInt.of(9)),
            tuple("reference.unresolved", IssueSeverity.ERROR, "/participants/0/organisation", OptionalInt.of(7),
                OptionalInt.of(20)));
    ReadIssue unknown = read.getIssues().get(0);
    ValidationIssue reported = report.getIssues().stream().filter(i -> i.getRule().equals("format.unknown-field"))
        .findFirst().orElseThrow();
    assertThat(reported.getSeverity()).isSameAs(unknown.getSeverity());
    assertThat(reported.getMessage(Locale.ITALIAN)).isEqualTo(unknown.getMessage(Locale.ITALIAN))
        .isNotEqualTo(unknown.getMessage(Locale.ENGLISH));
    assertThat(reported.getMessageKey()).isEqualTo(unknown.getMessageKey());
    assertThat(reported.getArguments()).isEqualTo(unknown.getArguments());
  }

  @Test
  void aFindingInAProjectBuiltInCodeHasNoLineOrColumn() {
    Project project = ProgettoMapper.builder().lenient(true).build().readProject(YAML, Syntax.YAML).getDocument().orElseThrow();
    ValidationReport report = Validator.builder().build().validate(project);

    assertThat(report.getIssues()).isNotEmpty().allSatisfy(issue -> {
      assertThat(issue.getLocation()).isEmpty();
      assertThat(issue.getLine()).isEmpty();
      assertThat(issue.getColumn()).isEmpty();
    });
  }
}
