package dev.progetto.io.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits test inputs into lines the way the readers locate them. */
public final class SourceLines {

  private SourceLines() {}

  /**
   * Returns the lines of a text as the parsers count them: LF, CR LF and CR end a line, and for
   * YAML also NEL, LS and PS.
   *
   * @param bytes the UTF-8 text
   * @param unicodeBreaks whether NEL, LS and PS end a line too (YAML)
   * @return the lines without their breaks; one more than there are breaks
   */
  public static List<byte[]> of(byte[] bytes, boolean unicodeBreaks) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < bytes.length) {
      int breakLength = 0;
      if (bytes[i] == '\n') {
        breakLength = 1;
      } else if (bytes[i] == '\r') {
        breakLength = i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
      } else if (unicodeBreaks && (bytes[i] & 0xff) == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xff) == 0x85) {
        breakLength = 2;
      } else if (unicodeBreaks && (bytes[i] & 0xff) == 0xE2 && i + 2 < bytes.length && (bytes[i + 1] & 0xff) == 0x80
          && ((bytes[i + 2] & 0xff) == 0xA8 || (bytes[i + 2] & 0xff) == 0xA9)) {
        breakLength = 3;
      }
      if (breakLength > 0) {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        i += breakLength;
        start = i;
      } else {
        i++;
      }
    }
    lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    return lines;
  }
}
