package dev.progetto.io.internal;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines one line at a time, as bytes, so that one bad line (invalid UTF-8, malformed
 * JSON, too long) is reported with its number and the others are still read; memory stays bounded
 * by the longest allowed line.
 */
public final class JsonLinesStream implements ProjectStream {

  private final InputStream in;
  /** Lines are cut from this block of the input, not read a byte at a time. */
  private final byte[] buffer = new byte[65536];
  private int position;
  private int filled;
  private final String sourceName;
  private final Codec codec;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long lineNumber;
  private long returnedLine;
  private @Nullable ReadResult<Project> next;
  private boolean finished;
  /**
   * Whether the source may have no end (a pipe, a device): a line beyond the size limit then ends
   * the stream, since skipping to its end might never finish. A file has an end, so its over-long
   * lines are skipped and the lines after them read.
   */
  private final boolean endless;

  public JsonLinesStream(InputStream in, String sourceName, Codec codec) {
    this(in, sourceName, codec, false);
  }

  /**
   * A stream whose source may have no end ({@code endless}): a line beyond the size limit is
   * reported and ends the stream.
   */
  public JsonLinesStream(InputStream in, String sourceName, Codec codec, boolean endless) {
    this.in = in;
    this.sourceName = sourceName;
    this.codec = codec;
    this.endless = endless;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
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
    returnedLine = lineNumber;
    return result;
  }

  @Override
  public long lineNumber() {
    return returnedLine;
  }

  private @Nullable ReadResult<Project> advance() {
    try {
      while (true) {
        line.reset();
        long limit = codec.limits().getMaxDocumentBytes();
        if (position == filled && !fill()) {
          finished = true;
          return null;
        }
        lineNumber++;
        long length = 0;
        boolean ended = false;
        while (!ended && !(endless && length > limit) && (position < filled || fill())) {
          int end = position;
          while (end < filled && buffer[end] != '\n') {
            end++;
          }
          int count = end - position;
          if (length + count <= limit) {
            line.write(buffer, position, count);
          }
          length += count;
          ended = end < filled;
          position = ended ? end + 1 : end;
        }
        String name = sourceName;
        if (length > limit) {
          ReadIssue issue = endless
              ? ReadIssue.of("format.limit", IssueSeverity.ERROR, "",
                  Optional.of(new SourceLocation((int) Math.min(Integer.MAX_VALUE, lineNumber), 1)), "format.limit.size-endless",
                  List.of(Long.toString(limit)))
              : ReadIssue.of("format.limit", IssueSeverity.ERROR, "",
                  Optional.of(new SourceLocation((int) Math.min(Integer.MAX_VALUE, lineNumber), 1)), "format.limit.size",
                  List.of(Long.toString(length), Long.toString(limit)));
          if (endless) {
            position = filled;
            finished = true;
          }
          return ReadResult.of(Optional.empty(), List.of(issue), SourceMap.NONE, Optional.of(name));
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
          continue;
        }
        return codec.readLine(bytes, Optional.of(name), (int) Math.min(Integer.MAX_VALUE, lineNumber));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + sourceName + " after line " + lineNumber, unreadable);
    }
  }

  /** Reads the next block of the input; false at its end. */
  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    while (read == 0) {
      read = in.read(buffer, 0, buffer.length);
    }
    position = 0;
    filled = Math.max(read, 0);
    return read > 0;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    finished = true;
    try {
      in.close();
    } catch (IOException ignoredOnClose) {
      // Nothing more is read from a closed stream; a failure to close it loses no data.
    }
  }
}
