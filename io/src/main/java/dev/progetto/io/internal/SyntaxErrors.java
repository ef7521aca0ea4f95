package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import dev.progetto.io.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Plain descriptions of malformed text. The parsers say what went wrong in their own English,
 * with their own names and a copy of the text; this turns each kind of problem into a message key
 * of the io bundle and arguments that are only positions, code points and structural characters,
 * so that the message reads the same in every language and never repeats the document.
 */
final class SyntaxErrors {

  /** A described problem: the message key, its arguments and where it is. */
  record Problem(String key, Optional<SourceLocation> location, List<String> arguments) {}

  private SyntaxErrors() {}

  /** Describes a problem the JSON parser reported. */
  static Problem json(JsonProcessingException error, Optional<SourceLocation> at, LocatedSourceMap map) {
    String message = String.valueOf(error.getOriginalMessage());
    if (message.startsWith("Unexpected end-of-input")) {
      if (message.contains("VALUE_STRING") || message.contains("closing quote") || message.contains("field name")) {
        return new Problem("format.syntax.unclosed-string.end", at, List.of());
      }
      Object processor = error.getProcessor();
      if (processor instanceof JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (context != null && (context.inObject() || context.inArray())) {
          JsonLocation start = context.startLocation(ContentReference.unknown());
          Optional<SourceLocation> opened = map.at(start.getLineNr(), start.getColumnNr());
          String kind = context.inObject() ? "object" : "array";
          return opened.map(o -> new Problem("format.syntax.unclosed-" + kind, at, position(o)))
              .orElseGet(() -> new Problem("format.syntax.end", at, List.of()));
        }
      }
      return new Problem("format.syntax.end", at, List.of());
    }
    if (message.startsWith("Unexpected character")) {
      String found = found(codeAfter(message, "(code "));
      if (message.contains("double-quote to start field name")) {
        return new Problem("format.syntax.expected-name", at, List.of(found));
      }
      if (message.contains("a colon to separate")) {
        return new Problem("format.syntax.expected-colon", at, List.of(found));
      }
      if (message.contains("comma to separate Object")) {
        return new Problem("format.syntax.expected-object-separator", at, List.of(found));
      }
      if (message.contains("comma to separate Array")) {
        return new Problem("format.syntax.expected-array-separator", at, List.of(found));
      }
      return new Problem("format.syntax.expected-value", at, List.of(found));
    }
    if (message.startsWith("Unexpected close marker")) {
      int quote = message.indexOf('\'');
      int code = quote >= 0 && quote + 1 < message.length() ? message.charAt(quote + 1) : -1;
      // "}" closing a list (or "]" an object): the list is open, and it is its "]" that is missing
      java.util.regex.Matcher open = MISMATCHED_CLOSE.matcher(message);
      if (open.find()) {
        String kind = open.group(1).equals("]") ? "array" : "object";
        Optional<SourceLocation> opened = map.at(Integer.parseInt(open.group(2)), Integer.parseInt(open.group(3)));
        return opened.map(o -> new Problem("format.syntax.unclosed-" + kind, at, position(o)))
            .orElseGet(() -> new Problem("format.syntax.expected-" + kind + "-separator", at, List.of(found(code))));
      }
      return new Problem("format.syntax.unexpected-close", at, List.of(found(code)));
    }
    if (message.startsWith("Unrecognized token") || message.startsWith("Non-standard token")) {
      return new Problem("format.syntax.word", at, List.of());
    }
    if (message.startsWith("Unrecognized character escape")) {
      return new Problem("format.syntax.escape", at, List.of());
    }
    if (message.startsWith("Illegal unquoted character")) {
      return new Problem("format.syntax.control-character", at, List.of(codePoint(codeAfter(message, "code "))));
    }
    if (message.startsWith("Invalid numeric value") || message.contains("Leading zeroes")
        || message.startsWith("Numeric value")) {
      return new Problem("format.syntax.number", at, List.of());
    }
    if (message.contains("Invalid UTF-8")) {
      return new Problem("format.syntax.encoding.unknown", at, List.of());
    }
    return new Problem("format.syntax.json", at, List.of());
  }

  /**
   * Jackson's words for a close marker of the other kind than the open one: the marker expected,
   * then where the open object or list starts.
   */
  private static final java.util.regex.Pattern MISMATCHED_CLOSE =
      java.util.regex.Pattern.compile("expected '([\\]}])' \\(for (?:Array|Object) starting at .*?line: (\\d+), column: (\\d+)",
          java.util.regex.Pattern.DOTALL);

  /** Describes a problem the YAML parser reported, from the cause the YAML parser threw. */
  static Problem yaml(Throwable error, Optional<SourceLocation> at, LocatedSourceMap map) {
    Throwable cause = error;
    while (cause != null && !(cause instanceof MarkedYAMLException) && !(cause instanceof ReaderException)) {
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (cause instanceof ReaderException unreadable) {
      return new Problem("format.syntax.character", at, List.of(codePoint(unreadable.getCodePoint())));
    }
    if (!(cause instanceof MarkedYAMLException marked)) {
      String message = String.valueOf(error instanceof JsonProcessingException p ? p.getOriginalMessage() : error.getMessage());
      if (message.startsWith("Expected a field name")) {
        return new Problem("format.syntax.key", at, List.of());
      }
      return new Problem("format.syntax.yaml", at, List.of());
    }
    String context = String.valueOf(marked.getContext());
    String problem = String.valueOf(marked.getProblem());
    Optional<SourceLocation> here = mark(marked.getProblemMark(), map).or(() -> at);
    Optional<SourceLocation> opened = mark(marked.getContextMark(), map);
    boolean atEnd = problem.contains("<stream end>") || problem.contains("end of stream");
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      String kind = context.contains("flow sequence") ? "array" : "object";
      if (atEnd && opened.isPresent()) {
        return new Problem("format.syntax.unclosed-" + kind, here, position(opened.get()));
      }
      return new Problem("format.syntax.expected-" + kind + "-separator", here, List.of(foundToken(problem)));
    }
    if (context.contains("quoted scalar")) {
      if (problem.contains("unknown escape")) {
        return new Problem("format.syntax.escape", here, List.of());
      }
      if (atEnd && opened.isPresent()) {
        return new Problem("format.syntax.unclosed-string", here, position(opened.get()));
      }
      return new Problem("format.syntax.unclosed-string.end", here, List.of());
    }
    if (context.contains("flow node") || context.contains("block node")) {
      return new Problem("format.syntax.expected-value", here, List.of(foundToken(problem)));
    }
    if (problem.contains("that cannot start any token")) {
      int quote = problem.indexOf('\'');
      int code = quote >= 0 && quote + 1 < problem.length() ? problem.codePointAt(quote + 1) : -1;
      if (code == '\t' || problem.contains("(TAB)")) {
        return new Problem("format.syntax.tab", here, List.of());
      }
      return new Problem("format.syntax.token", here, List.of(found(code)));
    }
    if (problem.contains("mapping values are not allowed")) {
      return new Problem("format.syntax.mapping-value", here, List.of());
    }
    if (context.contains("block mapping") || context.contains("block collection") || problem.contains("<block end>")
        || problem.contains("could not find expected ':'")) {
      return new Problem("format.syntax.indentation", here, List.of());
    }
    if (problem.contains("found a tab")) {
      return new Problem("format.syntax.tab", here, List.of());
    }
    return new Problem("format.syntax.yaml", here, List.of());
  }

  /** A line and a column as two arguments. */
  static List<String> position(SourceLocation location) {
    return List.of(Integer.toString(location.line()), Integer.toString(location.column()));
  }

  private static Optional<SourceLocation> mark(@Nullable Mark mark, LocatedSourceMap map) {
    return mark == null ? Optional.empty() : map.at(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The token SnakeYAML names after "but got" or "but found", as a found argument. */
  private static String foundToken(String problem) {
    int but = Math.max(problem.lastIndexOf("but got "), problem.lastIndexOf("but found "));
    if (but < 0) {
      return "?";
    }
    String token = problem.substring(problem.indexOf(' ', but + 4) + 1).trim();
    if (token.startsWith("'") && token.endsWith("'") && token.length() > 2) {
      token = token.substring(1, token.length() - 1);
    }
    return token.codePointCount(0, token.length()) == 1 ? found(token.codePointAt(0)) : "?";
  }

  /** The number after a marker, such as the code of {@code (code 125)}; -1 when there is none. */
  private static int codeAfter(String message, String marker) {
    int at = message.indexOf(marker);
    if (at < 0) {
      return -1;
    }
    int i = at + marker.length();
    int value = 0;
    int digits = 0;
    while (i < message.length() && Character.isDigit(message.charAt(i)) && digits < 8) {
      value = value * 10 + (message.charAt(i++) - '0');
      digits++;
    }
    return digits == 0 ? -1 : value;
  }

  /**
   * A character as it is named in a message: one printable ASCII character in quotes, any other
   * character by its code point; never more of the document's text than that one character.
   */
  static String found(int code) {
    if (code == '"') {
      return "'\"'";
    }
    if (code >= 0x21 && code < 0x7f) {
      return "\"" + (char) code + "\"";
    }
    return code < 0 ? "?" : codePoint(code);
  }

  private static String codePoint(int code) {
    return String.format("U+%04X", code);
  }
}
