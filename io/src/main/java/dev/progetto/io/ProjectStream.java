package dev.progetto.io;

import dev.progetto.model.Project;
import java.util.Iterator;

/**
 * The projects of a JSON Lines source, read one line at a time. Blank lines are skipped; every
 * other line gives one {@link ReadResult}, broken or not. Not thread-safe: one consumer at a time.
 */
public interface ProjectStream extends Iterator<ReadResult<Project>>, AutoCloseable {

  /**
   * Returns the line number of the last result returned by {@link #next()}.
   *
   * @return the 1-based line number, or 0 before the first result
   */
  long lineNumber();

  /** Closes the source; never throws for a failure to close an already finished source. */
  @Override
  void close();
}
