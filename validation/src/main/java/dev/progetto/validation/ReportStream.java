package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report being written document by document (see {@link ReportWriter#open}): each document
 * added is written at once and only its counts are kept, so that the report of millions of
 * documents takes the memory of one. Not thread-safe; close it to write the end of the report.
 */
public final class ReportStream implements AutoCloseable {

  private final ReportWriter.Renderer renderer;
  private final Appendable out;
  private final StringBuilder buffer = new StringBuilder();
  private final long[] counts = new long[IssueSeverity.values().length];
  private long documents;
  private boolean closed;

  ReportStream(ReportWriter.Renderer renderer, Appendable out) {
    this.renderer = renderer;
    this.out = out;
    renderer.begin(buffer);
    flush();
  }

  /**
   * Writes the documents of a report.
   *
   * @param report the report
   * @throws IllegalStateException once the stream is closed
   * @throws UncheckedIOException if writing fails
   */
  public void add(ValidationReport report) {
    for (DocumentReport document : report.getDocuments()) {
      add(document);
    }
  }

  /**
   * Writes the report of one document.
   *
   * @param document the document's report
   * @throws IllegalStateException once the stream is closed
   * @throws UncheckedIOException if writing fails
   */
  public void add(DocumentReport document) {
    if (closed) {
      throw new IllegalStateException("the report is closed");
    }
    documents++;
    for (ValidationIssue issue : document.getIssues()) {
      counts[issue.getSeverity().ordinal()]++;
    }
    renderer.document(document, buffer);
    flush();
  }

  /**
   * Returns how many issues of a severity were written so far.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(IssueSeverity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * Returns how many errors were written so far.
   *
   * @return the number of issues of severity error
   */
  public long errorCount() {
    return count(IssueSeverity.ERROR);
  }

  /**
   * Returns how many documents were written so far.
   *
   * @return the count
   */
  public long documentCount() {
    return documents;
  }

  /**
   * Writes the end of the report; a second call does nothing.
   *
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      renderer.end(this, buffer);
      flush();
    }
  }

  private void flush() {
    try {
      out.append(buffer);
      if (out instanceof Flushable) {
        ((Flushable) out).flush();
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    buffer.setLength(0);
    if (buffer.capacity() > 1 << 20) {
      buffer.trimToSize();
    }
  }
}
