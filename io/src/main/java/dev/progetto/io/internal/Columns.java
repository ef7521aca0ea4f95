package dev.progetto.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Turns the columns a parser counts into UTF-16 code units, the unit of every location (the
 * default {@code columnKind} of SARIF, and what editors count): Jackson counts the bytes of
 * UTF-8 input, SnakeYAML counts code points. Used while a document is read, then dropped, so that
 * the text is not kept. Positions are asked for mostly in document order: a cursor moves forward
 * along a line, and the text of a line is scanned once however many values it holds.
 */
abstract class Columns {

  /** Where each line starts, as far as the text has been scanned. */
  private int[] lineStarts = new int[16];
  private int lines;
  private int scanned;
  private boolean scannedAll;

  private int cursorLine = -1;
  private int cursorOffset;
  private int cursorColumn;
  private int cursorUnits;

  /**
   * Columns for UTF-8 bytes, or null when every column is already in UTF-16 units: JSON without
   * a byte beyond ASCII, YAML without a character beyond the Basic Multilingual Plane.
   */
  static @Nullable Columns of(byte[] bytes, int start, int end, boolean yaml) {
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (yaml ? b >= 0xF0 : b >= 0x80) {
        return new Utf8(bytes, start, end, yaml);
      }
    }
    return null;
  }

  /** Columns for YAML text, or null when it has no character beyond the Basic Multilingual Plane. */
  static @Nullable Columns of(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new Text(text);
      }
    }
    return null;
  }

  Columns(int start) {
    lineStarts[0] = start;
    lines = 1;
    scanned = start;
  }

  /** The column of a parser's position in UTF-16 code units; both count from 1. */
  final int column(int line, int column) {
    if (line < 1 || column < 1) {
      return column;
    }
    int lineStart = lineStart(line);
    if (lineStart < 0) {
      return column;
    }
    if (line != cursorLine || column < cursorColumn) {
      cursorLine = line;
      cursorOffset = lineStart;
      cursorColumn = 1;
      cursorUnits = 1;
    }
    while (cursorColumn < column && cursorOffset < end()) {
      int length = length(cursorOffset);
      cursorUnits += units(cursorOffset);
      cursorColumn += countsBytes() ? length : 1;
      cursorOffset += length;
    }
    // beyond the end of the text (an error at its end) each further column is one unit
    return cursorUnits + Math.max(0, column - cursorColumn);
  }

  private int lineStart(int line) {
    while (lines < line && !scannedAll) {
      scanLine();
    }
    return line <= lines ? lineStarts[line - 1] : -1;
  }

  /** Scans to the start of the next line, or to the end of the text. */
  private void scanLine() {
    int i = scanned;
    while (i < end()) {
      int breakLength = lineBreak(i);
      if (breakLength > 0) {
        i += breakLength;
        if (lines == lineStarts.length) {
          lineStarts = java.util.Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = i;
        scanned = i;
        return;
      }
      i += length(i);
    }
    scanned = i;
    scannedAll = true;
  }

  abstract int end();

  /** The length of the character at an offset, in the units of the offsets. */
  abstract int length(int offset);

  /** The UTF-16 code units of the character at an offset. */
  abstract int units(int offset);

  /** The length of the line break at an offset, or 0. */
  abstract int lineBreak(int offset);

  /** Whether the parser's columns count bytes rather than characters. */
  abstract boolean countsBytes();

  /** UTF-8 bytes, well-formed. */
  private static final class Utf8 extends Columns {
    private final byte[] bytes;
    private final int end;
    private final boolean yaml;

    Utf8(byte[] bytes, int start, int end, boolean yaml) {
      super(start);
      this.bytes = bytes;
      this.end = end;
      this.yaml = yaml;
    }

    @Override
    int end() {
      return end;
    }

    @Override
    int length(int offset) {
      int b = bytes[offset] & 0xff;
      return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    @Override
    int units(int offset) {
      return (bytes[offset] & 0xff) >= 0xF0 ? 2 : 1;
    }

    @Override
    int lineBreak(int offset) {
      byte b = bytes[offset];
      if (b == '\n') {
        return 1;
      }
      if (b == '\r') {
        return offset + 1 < end && bytes[offset + 1] == '\n' ? 2 : 1;
      }
      if (yaml && offset + 1 < end) {
        int second = bytes[offset + 1] & 0xff;
        if ((b & 0xff) == 0xC2 && second == 0x85) {
          return 2;
        }
        if ((b & 0xff) == 0xE2 && second == 0x80 && offset + 2 < end
            && ((bytes[offset + 2] & 0xff) == 0xA8 || (bytes[offset + 2] & 0xff) == 0xA9)) {
          return 3;
        }
      }
      return 0;
    }

    @Override
    boolean countsBytes() {
      return !yaml;
    }
  }

  /** YAML characters, whose parser counts code points. */
  private static final class Text extends Columns {
    private final String text;

    Text(String text) {
      super(0);
      this.text = text;
    }

    @Override
    int end() {
      return text.length();
    }

    @Override
    int length(int offset) {
      return Character.isHighSurrogate(text.charAt(offset)) && offset + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(offset + 1)) ? 2 : 1;
    }

    @Override
    int units(int offset) {
      return length(offset);
    }

    @Override
    int lineBreak(int offset) {
      char c = text.charAt(offset);
      if (c == '\r') {
        return offset + 1 < text.length() && text.charAt(offset + 1) == '\n' ? 2 : 1;
      }
      return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? 1 : 0;
    }

    @Override
    boolean countsBytes() {
      return false;
    }
  }
}
