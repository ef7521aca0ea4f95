package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The result of validating one or more documents: a {@link DocumentReport} per document and
 * counts by severity. A report is valid when no issue of severity {@link IssueSeverity#ERROR}
 * remains (waived findings do not count).
 */
public final class ValidationReport {

  private final List<DocumentReport> documents;
  private final int[] counts = new int[IssueSeverity.values().length];

  private ValidationReport(List<DocumentReport> documents) {
    this.documents = List.copyOf(documents);
    for (DocumentReport document : this.documents) {
      for (ValidationIssue issue : document.getIssues()) {
        counts[issue.getSeverity().ordinal()]++;
      }
    }
  }

  /**
   * Returns a report of the given documents.
   *
   * @param documents the document reports, in order
   * @return the report
   */
  public static ValidationReport of(List<DocumentReport> documents) {
    return new ValidationReport(documents);
  }

  /**
   * Returns one report with the documents of several, in order: the report of a directory or a
   * JSON Lines file validated document by document.
   *
   * @param reports the reports
   * @return the merged report
   */
  public static ValidationReport merge(Collection<ValidationReport> reports) {
    List<DocumentReport> documents = new ArrayList<>();
    for (ValidationReport report : reports) {
      documents.addAll(report.documents);
    }
    return new ValidationReport(documents);
  }

  /**
   * Tells whether no error remains.
   *
   * @return true when the report has no issue of severity error
   */
  public boolean isValid() {
    return errorCount() == 0;
  }

  /**
   * Returns the documents, in the order they were validated.
   *
   * @return an unmodifiable list
   */
  public List<DocumentReport> getDocuments() {
    return documents;
  }

  /**
   * Returns every issue of every document, in order.
   *
   * @return a new unmodifiable list
   */
  public List<ValidationIssue> getIssues() {
    List<ValidationIssue> all = new ArrayList<>();
    documents.forEach(document -> all.addAll(document.getIssues()));
    return List.copyOf(all);
  }

  /**
   * Returns how many issues have a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(IssueSeverity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * Returns how many errors there are.
   *
   * @return the number of issues of severity error
   */
  public int errorCount() {
    return count(IssueSeverity.ERROR);
  }

  /**
   * Returns how many warnings there are.
   *
   * @return the number of issues of severity warning
   */
  public int warningCount() {
    return count(IssueSeverity.WARNING);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport report && documents.equals(report.documents);
  }

  @Override
  public int hashCode() {
    return documents.hashCode();
  }

  @Override
  public String toString() {
    return String.format("%d errors, %d warnings, %d infos, %d waived in %d documents", count(IssueSeverity.ERROR),
        count(IssueSeverity.WARNING), count(IssueSeverity.INFO), count(IssueSeverity.WAIVED), documents.size());
  }
}
