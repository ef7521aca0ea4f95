package dev.progetto.io;

import dev.progetto.model.Document;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one document gave: the document when it could be built, every problem found, and
 * where each element stands in the source text.
 *
 * <p>A document with problems that do not prevent building it (an unknown field, a bad date in an
 * optional field) is returned together with its issues; the offending values are left out of the
 * model and reported. The document is empty only when nothing usable could be read (malformed
 * syntax, a missing id or title, the wrong kind).
 *
 * @param <T> the kind of document
 */
public final class ReadResult<T extends Document> {

  private final Optional<T> document;
  private final List<ReadIssue> issues;
  private final SourceMap sourceMap;
  private final Optional<String> sourceName;

  private ReadResult(Optional<T> document, List<ReadIssue> issues, SourceMap sourceMap, Optional<String> sourceName) {
    this.document = Objects.requireNonNull(document, "document");
    this.issues = List.copyOf(issues);
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * Returns a read result.
   *
   * @param document the document, when it could be built
   * @param issues the problems found, in document order
   * @param sourceMap the locations of the elements
   * @param sourceName the file name or other label of the source
   * @param <T> the kind of document
   * @return the result
   */
  public static <T extends Document> ReadResult<T> of(
      Optional<T> document, List<ReadIssue> issues, SourceMap sourceMap, Optional<String> sourceName) {
    return new ReadResult<>(document, issues, sourceMap, sourceName);
  }

  /**
   * Returns the document, when it could be built.
   *
   * @return the document
   */
  public Optional<T> getDocument() {
    return document;
  }

  /**
   * Returns every problem found while reading, in document order.
   *
   * @return an unmodifiable list
   */
  public List<ReadIssue> getIssues() {
    return issues;
  }

  /**
   * Returns where each element stands in the source text.
   *
   * @return the source map; {@link SourceMap#NONE} when nothing could be parsed
   */
  public SourceMap getSourceMap() {
    return sourceMap;
  }

  /**
   * Returns the name of the source, such as the file path, when known.
   *
   * @return the source name
   */
  public Optional<String> getSourceName() {
    return sourceName;
  }

  /**
   * Tells whether any issue is an error.
   *
   * @return true when reading found an error
   */
  public boolean hasErrors() {
    return issues.stream().anyMatch(issue -> issue.getSeverity() == IssueSeverity.ERROR);
  }
}
