package dev.progetto.io.internal;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The issues of one document being read, in the order they are found. */
public final class Issues {

  private final List<ReadIssue> issues = new ArrayList<>();
  private final LocatedSourceMap sourceMap;
  private final boolean lenient;

  public Issues(LocatedSourceMap sourceMap, boolean lenient) {
    this.sourceMap = sourceMap;
    this.lenient = lenient;
  }

  /** Reports an error at a pointer, located by the source map. */
  public void error(String rule, String pointer, String messageKey, String... arguments) {
    add(rule, Severity.ERROR, pointer, sourceMap.locate(pointer), messageKey, arguments);
  }

  /** Reports an error at a pointer, located by the source map. */
  void error(String rule, Pointer pointer, String messageKey, String... arguments) {
    error(rule, pointer.toString(), messageKey, arguments);
  }

  /** Reports an unknown field: an error, or a warning when reading leniently. */
  void unknownField(Pointer pointer, String field, String expected) {
    unknownField(pointer.toString(), field, expected);
  }

  /** Reports an error at a pointer with a known location. */
  public void errorAt(String rule, String pointer, Optional<SourceLocation> location, String messageKey, String... arguments) {
    add(rule, Severity.ERROR, pointer, location, messageKey, arguments);
  }

  /** Reports an unknown field: an error, or a warning when reading leniently. */
  public void unknownField(String pointer, String field, String expected) {
    add("format.unknown-field", lenient ? Severity.WARNING : Severity.ERROR, pointer, sourceMap.locate(pointer),
        "format.unknown-field", field, expected);
  }

  private void add(String rule, Severity severity, String pointer, Optional<SourceLocation> location, String key, String... arguments) {
    issues.add(ReadIssue.of(rule, severity, pointer, location, key, List.of(arguments)));
  }

  public List<ReadIssue> list() {
    return issues;
  }

  public LocatedSourceMap sourceMap() {
    return sourceMap;
  }
}
