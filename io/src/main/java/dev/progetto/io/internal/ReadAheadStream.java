package dev.progetto.io.internal;

import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A stream of projects that reads one result ahead: {@link #hasNext()} reads it, {@link #next()}
 * hands it over and makes its line the current one. The lines of JSON Lines and the rows of a
 * spreadsheet are read so.
 */
public abstract class ReadAheadStream implements ProjectStream {

  private final String sourceName;
  private @Nullable ReadResult<Project> next;
  private long nextLine;
  private long returnedLine;
  private boolean ended;

  /**
   * A stream of the named source.
   *
   * @param sourceName the source's name, for the message of a {@code next()} past the end
   */
  protected ReadAheadStream(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Reads the next result, saying its line with {@link #at(long)}; null after the last. Not
   * called again once it has returned null or called {@link #end()}.
   *
   * @return the result, or null
   */
  protected abstract @Nullable ReadResult<Project> read();

  /**
   * The line (or row) of the result being read.
   *
   * @param line the line, from 1
   */
  protected final void at(long line) {
    nextLine = line;
  }

  /** Says that the result being read, if any, is the last. */
  protected final void end() {
    ended = true;
  }

  /** Drops the result read ahead and ends the stream: for {@code close()}. */
  protected final void discard() {
    next = null;
    ended = true;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      next = read();
      if (next == null) {
        ended = true;
      }
    }
    return next != null;
  }

  @Override
  public final ReadResult<Project> next() {
    ReadResult<Project> result = hasNext() ? next : null;
    if (result == null) {
      throw new NoSuchElementException("no more projects in " + sourceName);
    }
    next = null;
    returnedLine = nextLine;
    return result;
  }

  @Override
  public final long lineNumber() {
    return returnedLine;
  }
}
