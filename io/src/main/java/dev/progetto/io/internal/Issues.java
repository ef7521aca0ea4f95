package dev.progetto.io.internal;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The issues of one document being read, in the order they are found. */
public final class Issues {

  private final List<ReadIssue> issues = new ArrayList<>();
  /**
   * Which issues are about the text itself (syntax, duplicate keys, aliases, limits) rather than
   * about mapping it: when the text turns out to be malformed, only those are kept.
   */
  private final List<ReadIssue> textIssues = new ArrayList<>();
  private final LocatedSourceMap sourceMap;
  private final boolean lenient;

  public Issues(LocatedSourceMap sourceMap, boolean lenient) {
    this.sourceMap = sourceMap;
    this.lenient = lenient;
  }

  /** Issues for reading the same document again from the start, into an empty source map. */
  Issues restart() {
    return new Issues(sourceMap.emptyCopy(), lenient);
  }

  /** Reports an error at a value recorded in the source map. */
  void error(String rule, int row, String messageKey, String... arguments) {
    add(rule, IssueSeverity.ERROR, sourceMap.pointer(row), sourceMap.location(row), messageKey, arguments);
  }

  /** Reports an error at a pointer with a known location. */
  public void errorAt(String rule, String pointer, Optional<SourceLocation> location, String messageKey, String... arguments) {
    add(rule, IssueSeverity.ERROR, pointer, location, messageKey, arguments);
  }

  /** Reports a problem of the text itself, kept even when the text turns out to be malformed. */
  void textError(String rule, String pointer, Optional<SourceLocation> location, String messageKey, String... arguments) {
    ReadIssue issue = ReadIssue.of(rule, IssueSeverity.ERROR, pointer, location, messageKey, List.of(arguments));
    issues.add(issue);
    textIssues.add(issue);
  }

  /** Reports an unknown field at a recorded value: an error, or a warning when reading leniently. */
  void unknownField(int row, String field, String expected) {
    add("format.unknown-field", lenient ? IssueSeverity.WARNING : IssueSeverity.ERROR, sourceMap.pointer(row),
        sourceMap.location(row), "format.unknown-field", field, expected);
  }

  /**
   * Reports a code written in the wrong case at a recorded value: an error, or a warning when
   * reading leniently; the code is read in its right case either way.
   */
  void wrongCase(int row, String messageKey, String found, String expected) {
    wrongCase(row, messageKey, found, expected, lenient ? IssueSeverity.WARNING : IssueSeverity.ERROR);
  }

  /** Reports a code written in another case than its standard's, with the given severity. */
  void wrongCase(int row, String messageKey, String found, String expected, IssueSeverity severity) {
    add("format.invalid-value", severity, sourceMap.pointer(row), sourceMap.location(row), messageKey, found, expected);
  }

  private void add(String rule, IssueSeverity severity, String pointer, Optional<SourceLocation> location, String key, String... arguments) {
    issues.add(ReadIssue.of(rule, severity, pointer, location, key, List.of(arguments)));
  }

  /** Forgets every issue of mapping the text, keeping those of the text itself. */
  void keepTextIssues() {
    issues.clear();
    issues.addAll(textIssues);
  }

  public List<ReadIssue> list() {
    return issues;
  }

  public LocatedSourceMap sourceMap() {
    return sourceMap;
  }
}
