package dev.progetto.io.internal;

import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.model.Project;
import dev.progetto.model.Severity;
import java.io.BufferedInputStream;
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
  private final String sourceName;
  private final Codec codec;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long lineNumber;
  private long returnedLine;
  private @Nullable ReadResult<Project> next;
  private boolean finished;

  public JsonLinesStream(InputStream in, String sourceName, Codec codec) {
    this.in = new BufferedInputStream(in, 65536);
    this.sourceName = sourceName;
    this.codec = codec;
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
        boolean tooLong = false;
        long length = 0;
        int read = in.read();
        if (read < 0) {
          finished = true;
          return null;
        }
        lineNumber++;
        while (read >= 0 && read != '\n') {
          length++;
          if (length > limit) {
            tooLong = true;
          } else {
            line.write(read);
          }
          read = in.read();
        }
        String name = sourceName;
        if (tooLong) {
          ReadIssue issue = ReadIssue.of("format.limit", Severity.ERROR, "",
              Optional.of(new SourceLocation((int) Math.min(Integer.MAX_VALUE, lineNumber), 1)), "format.limit.size",
              List.of(Long.toString(length), Long.toString(limit)));
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
