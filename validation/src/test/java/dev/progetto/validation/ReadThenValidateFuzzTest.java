package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.io.Syntax;
import dev.progetto.io.testing.SourceLines;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target of reading and then validating any bytes, as JSON and as YAML. {@code verify} runs it
 * on its committed corpus ({@code ReadThenValidateFuzzTestInputs/readThenValidate/}); {@code
 * scripts/fuzz} runs it in fuzzing mode. Whatever the bytes, the validator does not throw and no rule
 * fails; every issue has a rule of the catalogue, a message, a well-formed pointer and a line and
 * column inside the input; the report holds the read issues as they are; and a project or portfolio
 * that could be built gets the same findings as when it is validated as a model value, at the
 * source pointers of the model's.
 */
class ReadThenValidateFuzzTest {

  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final Validator ENGLISH = Fixtures.validator();
  private static final Validator ITALIAN = Validator.builder().clock(Fixtures.CLOCK).locale(Locale.ITALIAN).build();

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void readThenValidate(byte[] input) throws IOException {
    for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
      ReadResult<Document> result = MAPPER.read(new ByteArrayInputStream(input), syntax, "fuzz");
      Validator validator = input.length % 2 == 0 ? ENGLISH : ITALIAN;
      ValidationReport report = validator.validate(result);
      List<byte[]> lines = SourceLines.of(input, syntax == Syntax.YAML);
      for (ValidationIssue issue : report.getIssues()) {
        assertWellFormed(issue, lines);
      }
      assertThat(report.getIssues().stream().filter(i -> i.getRule().startsWith("format.")).count())
          .as("the read issues are in the report").isEqualTo(result.getIssues().size());
      Document document = result.getDocument().orElse(null);
      if (document instanceof Project || document instanceof Portfolio) {
        ValidationReport model = document instanceof Project ? validator.validate((Project) document)
            : validator.validate((Portfolio) document);
        // The model's pointers skip the list items the reader left out; the report's are those of
        // the source. Waivers match the pointers they see, so with waivers the two reports are
        // comparable only where no finding stands after a left-out item.
        SourceMap sourceMap = result.getSourceMap();
        boolean shifted = model.getIssues().stream().anyMatch(i -> !sourceMap.sourcePointer(i.getPointer()).equals(i.getPointer()));
        if (!(shifted && hasWaivers(document))) {
          assertThat(findings(model, sourceMap)).as("findings of the model value (%s)", syntax)
              .containsExactlyInAnyOrderElementsOf(findings(report, SourceMap.NONE));
        }
      } else if (document instanceof dev.progetto.model.Call) {
        // a call document is checked against the rule catalogue, at its rules
        assertThat(report.getIssues()).as("read issues and rule settings for a call")
            .allMatch(i -> i.getRule().startsWith("format.")
                || (i.getRule().equals("call.parameter") && i.getPointer().startsWith("/rules/")));
      } else {
        assertThat(report.getIssues()).as("only read issues for a %s", document == null ? "missing document" : document.kind())
            .allMatch(i -> i.getRule().startsWith("format."));
      }
    }
  }

  private static void assertWellFormed(ValidationIssue issue, List<byte[]> lines) {
    assertThat(Rules.get(issue.getRule())).as("rule of %s", issue).isPresent();
    assertThat(issue.getMessageKey()).as("a rule failed: %s", issue).isNotEqualTo("rule.failed");
    assertThat(issue.getMessage()).as("message of %s", issue)
        .isNotBlank().isNotEqualTo(issue.getMessageKey()).doesNotStartWith(issue.getMessageKey() + " ");
    String pointer = issue.getPointer();
    assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("pointer of %s", issue).isTrue();
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      assertThat(i + 1 < pointer.length() && (pointer.charAt(i + 1) == '0' || pointer.charAt(i + 1) == '1'))
          .as("escape in pointer of %s", issue).isTrue();
    }
    assertThat(issue.getLocation()).as("location of %s", issue).isPresent();
    SourceLocation at = issue.getLocation().get();
    assertThat(at.line()).as("line of %s in %d lines", issue, lines.size()).isBetween(1, lines.size());
    assertThat(at.column()).as("column of %s", issue).isLessThanOrEqualTo(lines.get(at.line() - 1).length + 1);
  }

  /** Rule, source pointer and message of the findings that are not read issues, without locations. */
  private static List<String> findings(ValidationReport report, SourceMap sourceMap) {
    List<String> findings = new ArrayList<>();
    for (ValidationIssue issue : report.getIssues()) {
      if (!issue.getRule().startsWith("format.")) {
        findings.add(issue.getRule() + " " + issue.getSeverity() + " " + sourceMap.sourcePointer(issue.getPointer()) + " "
            + issue.getMessage());
      }
    }
    return findings;
  }

  private static boolean hasWaivers(Document document) {
    return document instanceof Project ? !((Project) document).getWaivers().isEmpty()
        : ((Portfolio) document).getProjects().stream().anyMatch(project -> !project.getWaivers().isEmpty());
  }
}
