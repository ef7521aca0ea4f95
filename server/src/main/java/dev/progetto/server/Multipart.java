package dev.progetto.server;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a {@code multipart/form-data} or {@code application/x-www-form-urlencoded} body,
 * held in memory (the body is already bounded by the request-size limit).
 */
final class Multipart {

  /** One field: its bytes and, for a file, the file name the browser gave. */
  static final class Part {
    final byte[] bytes;
    final String filename;

    Part(byte[] bytes, String filename) {
      this.bytes = bytes;
      this.filename = filename;
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final Map<String, Part> parts;

  private Multipart(Map<String, Part> parts) {
    this.parts = parts;
  }

  Optional<Part> part(String name) {
    return Optional.ofNullable(parts.get(name));
  }

  Optional<String> text(String name) {
    return part(name).map(Part::text);
  }

  /**
   * Parses a form body.
   *
   * @throws BadRequest when the body is not a form of the content type it claims
   */
  static Multipart parse(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      Map<String, Part> parts = new HashMap<>();
      Query.parse(new String(body, StandardCharsets.ISO_8859_1)).forEach((k, v) ->
          parts.put(k, new Part(v.getBytes(StandardCharsets.UTF_8), null)));
      return new Multipart(parts);
    }
    if (!type.startsWith("multipart/form-data")) {
      throw new BadRequest("error.form");
    }
    String boundary = parameter(contentType, "boundary");
    if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
      throw new BadRequest("error.form");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Part> parts = new HashMap<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new BadRequest("error.form");
    }
    while (true) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // the closing delimiter
      }
      int headersStart = skipLineBreak(body, start);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        throw new BadRequest("error.form");
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw new BadRequest("error.form");
      }
      String disposition = null;
      for (String header : headers.split("\r\n")) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          disposition = header.substring("content-disposition:".length());
        }
      }
      String name = disposition == null ? null : parameter(disposition, "name");
      if (name != null && !parts.containsKey(name)) {
        byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
        parts.put(name, new Part(content, parameter(disposition, "filename")));
      }
      at = contentEnd + 2;
    }
    return new Multipart(parts);
  }

  private static int skipLineBreak(byte[] body, int at) {
    return at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n' ? at + 2 : at;
  }

  /** A parameter of a header value ({@code name="x"} or {@code name=x}), or null. */
  static String parameter(String header, String name) {
    for (String piece : header.split(";")) {
      String trimmed = piece.trim();
      int equals = trimmed.indexOf('=');
      if (equals > 0 && trimmed.substring(0, equals).trim().equalsIgnoreCase(name)) {
        String value = trimmed.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    return null;
  }

  /** The first index of {@code pattern} in {@code data} from {@code from}, or -1. */
  static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      if (data[i] != pattern[0]) {
        continue;
      }
      for (int j = 1; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
