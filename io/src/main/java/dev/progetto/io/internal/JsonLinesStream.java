package dev.progetto.io.internal;

import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines one line at a time on the caller's thread (see {@link JsonLines}); memory
 * stays bounded by the longest allowed line.
 */
public final class JsonLinesStream extends ReadAheadStream {

  private final JsonLines lines;
  private final String sourceName;
  private final Codec codec;

  public JsonLinesStream(InputStream in, String sourceName, Codec codec) {
    this(in, sourceName, codec, false);
  }

  /**
   * A stream whose source may have no end ({@code endless}): a line beyond the size limit is
   * reported and ends the stream.
   */
  public JsonLinesStream(InputStream in, String sourceName, Codec codec, boolean endless) {
    super(sourceName);
    this.lines = new JsonLines(in, sourceName, codec.limits().getMaxDocumentBytes(), endless);
    this.sourceName = sourceName;
    this.codec = codec;
  }

  @Override
  protected @Nullable ReadResult<Project> read() {
    JsonLines.Line line = lines.next();
    if (line == null) {
      return null;
    }
    at(line.number());
    return line.result() != null ? line.result()
        : codec.readLine(line.bytes(), Optional.of(sourceName), (int) Math.min(Integer.MAX_VALUE, line.number()));
  }

  @Override
  public void close() {
    discard();
    lines.close();
  }
}
