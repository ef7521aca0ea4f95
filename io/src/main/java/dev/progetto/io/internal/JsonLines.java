package dev.progetto.io.internal;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cuts JSON Lines input into lines, as bytes, so that one bad line (invalid UTF-8, malformed
 * JSON, too long) is reported with its number and the others are still read; memory stays bounded
 * by the longest allowed line. Blank lines are skipped.
 */
final class JsonLines {

  /**
   * One line: its bytes to read, or the result that reports it when it cannot be read (beyond
   * the size limit).
   *
   * @param number the line's number in the input, from 1
   * @param bytes the line's bytes, without its line break; null when {@code result} reports it
   * @param result the line's result when it is already known, else null
   */
  record Line(long number, byte @Nullable [] bytes, @Nullable ReadResult<Project> result) {}

  private final InputStream in;
  /** Lines are cut from this block of the input, not read a byte at a time. */
  private final byte[] buffer = new byte[65536];
  private int position;
  private int filled;
  private final String sourceName;
  private final long limit;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long lineNumber;
  private boolean finished;
  /**
   * Whether the source may have no end (a pipe, a device): a line beyond the size limit then ends
   * the input, since skipping to its end might never finish. A file has an end, so its over-long
   * lines are skipped and the lines after them read.
   */
  private final boolean endless;

  JsonLines(InputStream in, String sourceName, long limit, boolean endless) {
    this.in = in;
    this.sourceName = sourceName;
    this.limit = limit;
    this.endless = endless;
  }

  /** The next line that is not blank, or null at the end of the input. */
  @Nullable Line next() {
    if (finished) {
      return null;
    }
    try {
      while (true) {
        line.reset();
        if (position == filled && !fill()) {
          finished = true;
          return null;
        }
        lineNumber++;
        long length = 0;
        boolean ended = false;
        // the usual line lies within the block: copied out of it once
        byte @Nullable [] whole = null;
        while (!ended && !(endless && length > limit) && (position < filled || fill())) {
          int end = position;
          while (end < filled && buffer[end] != '\n') {
            end++;
          }
          int count = end - position;
          ended = end < filled;
          if (ended && length == 0 && count <= limit) {
            whole = Arrays.copyOfRange(buffer, position, end);
          } else if (length + count <= limit) {
            line.write(buffer, position, count);
          }
          length += count;
          position = ended ? end + 1 : end;
        }
        if (length > limit) {
          Optional<SourceLocation> at = Optional.of(new SourceLocation((int) Math.min(Integer.MAX_VALUE, lineNumber), 1));
          ReadIssue issue = endless
              ? ReadIssue.of("format.limit", IssueSeverity.ERROR, "", at, "format.limit.size-endless",
                  List.of(Long.toString(limit)))
              : ReadIssue.of("format.limit", IssueSeverity.ERROR, "", at, "format.limit.size",
                  List.of(Long.toString(length), Long.toString(limit)));
          if (endless) {
            position = filled;
            finished = true;
          }
          return new Line(lineNumber, null, ReadResult.of(Optional.empty(), List.of(issue), SourceMap.NONE,
              Optional.of(sourceName)));
        }
        byte[] bytes = whole != null ? whole : line.toByteArray();
        if (!isBlank(bytes)) {
          return new Line(lineNumber, bytes, null);
        }
      }
    } catch (IOException unreadable) {
      finished = true;
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

  /** Closes the input; a failure to close it loses no data. */
  void close() {
    finished = true;
    try {
      in.close();
    } catch (IOException ignoredOnClose) {
      // Nothing more is read from a closed input.
    }
  }
}
