package dev.progetto.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Turns the columns a parser counts into UTF-16 code units, the unit of every location (the
 * default {@code columnKind} of SARIF, and what editors count): Jackson counts the bytes of
 * UTF-8 input, SnakeYAML counts code points. Used while a document is read, then dropped, so that
 * the text is not kept. Positions are asked for mostly in document order: line starts are found
 * once, as far as they are needed, and a cursor moves forward along a line, so that the text is
 * scanned about once however many values it holds.
 */
final class Columns {

  private final byte @Nullable [] bytes;
  private final @Nullable String text;
  private final int end;
  /** Whether the parser's columns count code points (YAML) rather than bytes (JSON). */
  private final boolean yaml;

  /** Where each line starts, as far as the text has been scanned. */
  private int[] lineStarts = new int[64];
  private int lines = 1;
  private int scanned;
  private boolean scannedAll;

  /**
   * For JSON: where each character beyond ASCII starts, from the start of the text, and how many
   * bytes more than UTF-16 units the characters before it take; made on the first look-up.
   */
  private int @Nullable [] wideAt;
  private int @Nullable [] savedBefore;
  private int wideCount;

  private final int start;

  private int cursorLine = -1;
  private int cursorOffset;
  private int cursorColumn;
  private int cursorUnits;

  private Columns(byte @Nullable [] bytes, @Nullable String text, int start, int end, boolean yaml) {
    this.bytes = bytes;
    this.text = text;
    this.end = end;
    this.yaml = yaml;
    this.start = start;
    lineStarts[0] = start;
    scanned = start;
  }

  /**
   * Columns for UTF-8 bytes, or null when every column is already in UTF-16 units: JSON without
   * a byte beyond ASCII, YAML without a character beyond the Basic Multilingual Plane.
   */
  static @Nullable Columns of(byte[] bytes, int start, int end, boolean yaml) {
    int limit = yaml ? 0xF0 : 0x80;
    for (int i = skipAscii(bytes, start, end); i < end; i++) {
      if ((bytes[i] & 0xff) >= limit) {
        return new Columns(bytes, null, start, end, yaml);
      }
    }
    return null;
  }

  /** Columns for YAML text, or null when it has no character beyond the Basic Multilingual Plane. */
  static @Nullable Columns of(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new Columns(null, text, 0, text.length(), true);
      }
    }
    return null;
  }

  /**
   * The column in UTF-16 code units of a JSON token at a byte offset from the start of the text
   * and a column in bytes: the column less what the characters between the line's start and the
   * token save. A look-up among the characters beyond ASCII, whatever the length of the line.
   */
  int columnAt(long offset, int column) {
    if (bytes == null || yaml || offset < 0 || column < 1 || offset >= Integer.MAX_VALUE) {
      return column;
    }
    if (wideAt == null) {
      findWide(bytes);
    }
    int[] positions = wideAt;
    int[] before = savedBefore;
    if (positions == null || before == null || wideCount == 0) {
      return column;
    }
    int at = (int) offset;
    // Tokens come in order, and so do the starts of their lines: two cursors walk the characters
    // beyond ASCII forward, and search only when a position goes back.
    tokenCursor = seek(positions, tokenCursor, at);
    int lineStart = at - (column - 1);
    if (lineStart != cursorLineStart) {
      // most tokens are on the line of the one before (a line of JSON Lines holds them all)
      lineCursor = seek(positions, lineCursor, lineStart);
      cursorLineStart = lineStart;
    }
    return column - (before[tokenCursor] - before[lineCursor]);
  }

  private int tokenCursor;
  private int lineCursor;
  private int cursorLineStart = -1;

  /** The number of characters beyond ASCII before an offset, from a guess at it. */
  private int seek(int[] positions, int from, int offset) {
    int k = from;
    if (k > 0 && positions[k - 1] >= offset) {
      int low = 0;
      int high = k;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (positions[middle] < offset) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
    while (k < wideCount && positions[k] < offset) {
      k++;
    }
    return k;
  }

  private void findWide(byte[] in) {
    int[] positions = new int[16];
    int[] before = new int[17];
    int count = 0;
    int saved = 0;
    for (int i = skipAscii(in, start, end); i < end; ) {
      int b = in[i] & 0xff;
      if (b < 0x80) {
        i = skipAscii(in, i + 1, end);
        continue;
      }
      int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      if (count == positions.length) {
        positions = java.util.Arrays.copyOf(positions, count * 2);
        before = java.util.Arrays.copyOf(before, count * 2 + 1);
      }
      positions[count] = i - start;
      before[count] = saved;
      count++;
      saved += length - (length == 4 ? 2 : 1);
      i += length;
    }
    before[count] = saved;
    wideAt = positions;
    savedBefore = before;
    wideCount = count;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** The offset of the first byte beyond ASCII from an offset, or the end: eight bytes at a time. */
  private static int skipAscii(byte[] in, int from, int end) {
    int i = from;
    while (i + Long.BYTES <= end && ((long) LONGS.get(in, i) & 0x8080808080808080L) == 0) {
      i += Long.BYTES;
    }
    while (i < end && in[i] >= 0) {
      i++;
    }
    return i;
  }

  /** The column of a parser's position in UTF-16 code units; both count from 1. */
  int column(int line, int column) {
    if (line < 1 || column < 1) {
      return column;
    }
    while (lines < line && !scannedAll) {
      scanLine();
    }
    if (line > lines) {
      return column;
    }
    if (line != cursorLine || column < cursorColumn) {
      cursorLine = line;
      cursorOffset = lineStarts[line - 1];
      cursorColumn = 1;
      cursorUnits = 1;
    }
    if (bytes != null) {
      advanceBytes(bytes, column);
    } else {
      advanceText(text, column);
    }
    // beyond the end of the text (an error at its end) each further column is one unit
    return cursorUnits + Math.max(0, column - cursorColumn);
  }

  private void advanceBytes(byte[] in, int column) {
    int offset = cursorOffset;
    int at = cursorColumn;
    int units = cursorUnits;
    while (at < column && offset < end) {
      int b = in[offset] & 0xff;
      int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      units += length == 4 ? 2 : 1;
      at += yaml ? 1 : length;
      offset += length;
    }
    cursorOffset = offset;
    cursorColumn = at;
    cursorUnits = units;
  }

  private void advanceText(@Nullable String in, int column) {
    if (in == null) {
      return;
    }
    while (cursorColumn < column && cursorOffset < end) {
      boolean pair = Character.isHighSurrogate(in.charAt(cursorOffset)) && cursorOffset + 1 < end
          && Character.isLowSurrogate(in.charAt(cursorOffset + 1));
      cursorUnits += pair ? 2 : 1;
      cursorOffset += pair ? 2 : 1;
      cursorColumn++;
    }
  }

  /** Scans to the start of the next line, or to the end of the text. */
  private void scanLine() {
    int i = scanned;
    int next = -1;
    if (bytes != null) {
      byte[] in = bytes;
      while (i < end && next < 0) {
        byte b = in[i];
        if (b == '\n') {
          next = i + 1;
        } else if (b == '\r') {
          next = i + 1 < end && in[i + 1] == '\n' ? i + 2 : i + 1;
        } else if (yaml && b == (byte) 0xC2 && i + 1 < end && in[i + 1] == (byte) 0x85) {
          next = i + 2;
        } else if (yaml && b == (byte) 0xE2 && i + 2 < end && in[i + 1] == (byte) 0x80
            && (in[i + 2] == (byte) 0xA8 || in[i + 2] == (byte) 0xA9)) {
          next = i + 3;
        } else {
          i++;
        }
      }
    } else if (text != null) {
      String in = text;
      while (i < end && next < 0) {
        char c = in.charAt(i);
        if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          next = i + 1;
        } else if (c == '\r') {
          next = i + 1 < end && in.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        } else {
          i++;
        }
      }
    }
    if (next < 0) {
      scanned = end;
      scannedAll = true;
      return;
    }
    if (lines == lineStarts.length) {
      lineStarts = java.util.Arrays.copyOf(lineStarts, lines * 2);
    }
    lineStarts[lines++] = next;
    scanned = next;
  }
}
