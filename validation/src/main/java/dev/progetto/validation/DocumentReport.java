package dev.progetto.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings about one document: its source, kind and id when known, and its issues in document
 * order.
 */
public final class DocumentReport {

  private final Optional<String> source;
  private final Optional<String> kind;
  private final Optional<String> id;
  private final List<ValidationIssue> issues;

  DocumentReport(Optional<String> source, Optional<String> kind, Optional<String> id, List<ValidationIssue> issues) {
    this.source = Objects.requireNonNull(source, "source");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.issues = List.copyOf(issues);
  }

  /**
   * Returns where the document came from, such as its file path.
   *
   * @return the source name
   */
  public Optional<String> getSource() {
    return source;
  }

  /**
   * Returns the kind of document: {@code project}, {@code portfolio} or {@code call}.
   *
   * @return the kind, when the document could be read
   */
  public Optional<String> getKind() {
    return kind;
  }

  /**
   * Returns the id of the document.
   *
   * @return the id, when the document could be read
   */
  public Optional<String> getId() {
    return id;
  }

  /**
   * Returns the findings in document order.
   *
   * @return an unmodifiable list
   */
  public List<ValidationIssue> getIssues() {
    return issues;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentReport report && source.equals(report.source) && kind.equals(report.kind)
        && id.equals(report.id) && issues.equals(report.issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, kind, id, issues);
  }

  @Override
  public String toString() {
    return source.or(() -> id).orElse("document") + ": " + issues;
  }
}
