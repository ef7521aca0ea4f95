package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.testing.SourceLines;
import dev.progetto.model.Document;
import java.util.List;
import java.util.Set;

/** What every read result must satisfy, whatever the input: the properties the fuzz targets assert. */
final class FuzzChecks {

  /** The reading rules of the catalogue (docs/rules.md, "Reading"). */
  static final Set<String> FORMAT_RULES = Set.of("format.syntax", "format.version", "format.kind",
      "format.unknown-field", "format.type", "format.missing-field", "format.invalid-value", "format.duplicate-key",
      "format.limit");

  private FuzzChecks() {}

  /**
   * Asserts that every issue has a reading rule, the severity its mapper gives it, a well-formed
   * JSON Pointer and a line and column inside the input; and that a result without a document says
   * why with an error.
   *
   * @param lines the lines of the input as the parser counts them
   * @param lineOffset the line of the input in its file, minus one (JSON Lines)
   */
  static void assertWellFormed(ReadResult<?> result, List<byte[]> lines, int lineOffset, boolean lenient) {
    for (ReadIssue issue : result.getIssues()) {
      assertThat(FORMAT_RULES).as("rule of %s", issue).contains(issue.getRule());
      IssueSeverity expected = lenient && issue.getRule().equals("format.unknown-field") ? IssueSeverity.WARNING : IssueSeverity.ERROR;
      assertThat(issue.getSeverity()).as("severity of %s", issue).isEqualTo(expected);
      assertPointer(issue.getPointer(), issue.toString());
      assertThat(issue.getLocation()).as("location of %s", issue).isPresent();
      SourceLocation at = issue.getLocation().get();
      int line = at.line() - lineOffset;
      assertThat(line).as("line of %s in %d lines", issue, lines.size()).isBetween(1, lines.size());
      assertThat(at.column()).as("column of %s in line %d", issue, line).isLessThanOrEqualTo(lines.get(line - 1).length + 1);
      assertThat(issue.getMessage(java.util.Locale.ENGLISH)).as("message of %s", issue.getMessageKey())
          .doesNotStartWith(issue.getMessageKey() + " [");
    }
    if (result.getDocument().isEmpty()) {
      assertThat(result.hasErrors()).as("a result without a document has an error: %s", result.getIssues()).isTrue();
    }
  }

  /** Asserts that a pointer is "" or a sequence of "/"-prefixed segments with RFC 6901 escapes. */
  static void assertPointer(String pointer, String what) {
    assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("pointer of %s", what).isTrue();
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      assertThat(i + 1 < pointer.length() && (pointer.charAt(i + 1) == '0' || pointer.charAt(i + 1) == '1'))
          .as("escape in pointer of %s", what).isTrue();
    }
  }

  /**
   * Asserts that a document that read without any issue is written back and re-read, in JSON and
   * in YAML, to an equal document without issues, and that writing it again gives the same text.
   */
  static void assertRoundTrip(ProgettoMapper mapper, ReadResult<? extends Document> result) {
    if (!result.getIssues().isEmpty()) {
      return;
    }
    Document document = result.getDocument().orElseThrow();
    for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
      String text = mapper.write(document, syntax);
      ReadResult<Document> again = mapper.read(text, syntax);
      assertThat(again.getIssues()).as("issues re-reading in %s:%n%s", syntax, text).isEmpty();
      assertThat(again.getDocument()).as("document re-read from %s:%n%s", syntax, text).contains(document);
      assertThat(mapper.write(again.getDocument().get(), syntax)).as("canonical %s", syntax).isEqualTo(text);
    }
  }

  /** The lines of JSON text as Jackson counts them: ended by LF, CR LF or CR. */
  static List<byte[]> jsonLines(byte[] bytes) {
    return SourceLines.of(bytes, false);
  }

  /** The lines of YAML text as SnakeYAML counts them: JSON's line breaks and NEL, LS and PS. */
  static List<byte[]> yamlLines(byte[] bytes) {
    return SourceLines.of(bytes, true);
  }
}
