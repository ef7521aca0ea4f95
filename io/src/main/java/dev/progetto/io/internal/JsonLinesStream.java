package dev.progetto.io.internal;

import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines one line at a time on the caller's thread (see {@link JsonLines}); memory
 * stays bounded by the longest allowed line.
 */
public final class JsonLinesStream implements ProjectStream {

  private final JsonLines lines;
  private final String sourceName;
  private final Codec codec;
  private long returnedLine;
  private @Nullable ReadResult<Project> next;
  private long nextLine;

  public JsonLinesStream(InputStream in, String sourceName, Codec codec) {
    this(in, sourceName, codec, false);
  }

  /**
   * A stream whose source may have no end ({@code endless}): a line beyond the size limit is
   * reported and ends the stream.
   */
  public JsonLinesStream(InputStream in, String sourceName, Codec codec, boolean endless) {
    this.lines = new JsonLines(in, sourceName, codec.limits().getMaxDocumentBytes(), endless);
    this.sourceName = sourceName;
    this.codec = codec;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      JsonLines.Line line = lines.next();
      if (line != null) {
        nextLine = line.number();
        next = line.result() != null ? line.result()
            : codec.readLine(line.bytes(), Optional.of(sourceName), (int) Math.min(Integer.MAX_VALUE, line.number()));
      }
    }
    return next != null;
  }

  @Override
  public ReadResult<Project> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + sourceName);
    }
    ReadResult<Project> result = next;
    next = null;
    returnedLine = nextLine;
    return result;
  }

  @Override
  public long lineNumber() {
    return returnedLine;
  }

  @Override
  public void close() {
    next = null;
    lines.close();
  }
}
