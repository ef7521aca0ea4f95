package dev.progetto.validation;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.SourceLocation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A problem of a built-in catalogue file, met while loading it: a file listed in an index but
 * missing from the jar, a file that cannot be read, or a read issue of a call or indicator
 * catalogue document, with its line and column. A sound jar has none; see
 * {@link CallCatalogue#problems()}.
 */
public final class CatalogueProblem {

  private final String file;
  private final Optional<ReadIssue> issue;
  private final String message;

  private CatalogueProblem(String file, Optional<ReadIssue> issue, String message) {
    this.file = Objects.requireNonNull(file, "file");
    this.issue = issue;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A problem of the file as a whole. */
  static CatalogueProblem ofFile(String file, String message) {
    return new CatalogueProblem(file, Optional.empty(), message);
  }

  /** A read issue of the document in the file. */
  static CatalogueProblem ofIssue(String file, ReadIssue issue) {
    return new CatalogueProblem(file, Optional.of(issue), "[" + issue.getRule() + "] " + issue.getPointer() + ": "
        + issue.getMessage(Locale.ENGLISH));
  }

  /**
   * Returns the file, as named in the jar.
   *
   * @return the name, such as {@code calls/fami-2021-2027.yaml} or {@code calls/index.txt}
   */
  public String getFile() {
    return file;
  }

  /**
   * Returns the read issue this problem is, when the file could be read but its document has
   * problems.
   *
   * @return the issue, or empty for a problem of the whole file
   */
  public Optional<ReadIssue> getIssue() {
    return issue;
  }

  /**
   * Returns the line and column of the problem in the file.
   *
   * @return the location, when the problem is a read issue located in the text
   */
  public Optional<SourceLocation> getLocation() {
    return issue.flatMap(ReadIssue::getLocation);
  }

  /**
   * Returns the line of the problem in the file, counted from 1.
   *
   * @return the line, when known
   */
  public OptionalInt getLine() {
    return issue.map(ReadIssue::getLine).orElse(OptionalInt.empty());
  }

  /**
   * Returns the column of the problem in its line, counted from 1.
   *
   * @return the column, when known
   */
  public OptionalInt getColumn() {
    return issue.map(ReadIssue::getColumn).orElse(OptionalInt.empty());
  }

  /**
   * Returns what is wrong, in English: these are problems of the library's jar, for its
   * maintainers.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  /** Returns {@code file:line:column: message}, or {@code file: message} without a location. */
  @Override
  public String toString() {
    return file + getLocation().map(location -> ":" + location).orElse("") + ": " + message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogueProblem problem && file.equals(problem.file) && issue.equals(problem.issue)
        && message.equals(problem.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, issue, message);
  }
}
