package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.progetto.io.ReadLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a token stream into a located tree, reporting malformed syntax, duplicate keys, limits
 * and trailing documents as issues instead of throwing.
 */
final class TreeParser {

  private final JsonParser parser;
  /** The YAML parser, to ask about aliases; null for JSON. */
  private final @Nullable YAMLParser yaml;
  /** The JSON parser, whose token position is read without allocating a location; null for YAML. */
  private final @Nullable ParserBase json;
  /**
   * How far the parser's own token column is from the column of its token location (Jackson
   * counts them differently); measured on the first token so that locations stay those of
   * {@code currentTokenLocation}.
   */
  private int columnSkew;
  private final Issues issues;
  private final ReadLimits limits;
  private int depth;

  private TreeParser(JsonParser parser, Issues issues, ReadLimits limits) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.json = yaml == null && parser instanceof ParserBase ? (ParserBase) parser : null;
    this.issues = issues;
    this.limits = limits;
  }

  /**
   * Parses one document; returns its root, or null when nothing usable could be parsed (the issue
   * is reported). Source failures other than malformed content propagate as IOException.
   */
  static @Nullable Node parse(JsonParser parser, Issues issues, ReadLimits limits, boolean yaml) throws IOException {
    TreeParser tree = new TreeParser(parser, issues, limits);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        issues.errorAt("format.syntax", "", issues.sourceMap().at(1, 1), "format.syntax.empty");
        return null;
      }
      if (tree.json != null) {
        tree.columnSkew = tree.json.getTokenColumnNr() - parser.currentTokenLocation().getColumnNr();
      }
      Node root = tree.value(first);
      issues.sourceMap().root(root);
      JsonToken next = parser.nextToken();
      if (next != null) {
        JsonLocation at = parser.currentTokenLocation();
        issues.errorAt("format.syntax", "", issues.sourceMap().at(at.getLineNr(), at.getColumnNr()),
            yaml ? "format.syntax.documents" : "format.syntax.trailing");
      }
      return root;
    } catch (StreamConstraintsException limit) {
      tree.limit(limit.getMessage());
      return null;
    } catch (JsonProcessingException malformed) {
      String message = String.valueOf(malformed.getOriginalMessage());
      if (yaml && isYamlLimit(message)) {
        tree.limit(message);
      } else {
        JsonLocation at = malformed.getLocation();
        issues.errorAt("format.syntax", "", at == null ? issues.sourceMap().at(1, 1)
            : issues.sourceMap().at(at.getLineNr(), at.getColumnNr()), "format.syntax", firstLine(message));
      }
      return null;
    } catch (CharConversionException notUtf8) {
      issues.errorAt("format.syntax", "", tree.here(), "format.syntax.encoding", firstLine(String.valueOf(notUtf8.getMessage())));
      return null;
    } catch (IOException source) {
      throw source;
    } catch (RuntimeException malformedYaml) {
      String message = String.valueOf(malformedYaml.getMessage());
      if (isYamlLimit(message)) {
        tree.limit(message);
      } else {
        issues.errorAt("format.syntax", "", tree.here(), "format.syntax", firstLine(message));
      }
      return null;
    } catch (StackOverflowError tooDeep) {
      tree.limit("nesting too deep");
      return null;
    }
  }

  private static boolean isYamlLimit(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("aliases") || lower.contains("nesting depth") || lower.contains("exceeds the limit")
        || lower.contains("code point");
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  private java.util.Optional<dev.progetto.io.SourceLocation> here() {
    try {
      JsonLocation at = parser.currentLocation();
      return issues.sourceMap().at(at.getLineNr(), at.getColumnNr());
    } catch (RuntimeException unknown) {
      return java.util.Optional.empty();
    }
  }

  private void limit(String detail) {
    issues.errorAt("format.limit", "", here(), "format.limit", firstLine(detail));
  }

  /** The path from the root to the value being parsed, turned into a pointer only to report a problem. */
  private final java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();

  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    java.util.Iterator<String> segments = path.descendingIterator();
    while (segments.hasNext()) {
      pointer.append('/').append(LocatedSourceMap.escape(segments.next()));
    }
    return pointer.toString();
  }

  private Node value(JsonToken token) throws IOException {
    int line;
    int column;
    if (json != null) {
      line = json.getTokenLineNr();
      column = json.getTokenColumnNr() - columnSkew;
    } else {
      JsonLocation at = parser.currentTokenLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    if (yaml != null && yaml.isCurrentAlias()) {
      issues.errorAt("format.syntax", pointer(), issues.sourceMap().at(line, column), "format.syntax.alias", parser.getText());
      return new Node.ScalarNode(line, column, Node.Type.NULL, "");
    }
    switch (token) {
      case START_OBJECT:
        return object(line, column);
      case START_ARRAY:
        return array(line, column);
      case VALUE_STRING:
        return new Node.ScalarNode(line, column, Node.Type.STRING, parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.ScalarNode(line, column, Node.Type.NUMBER, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.ScalarNode(line, column, Node.Type.BOOLEAN, parser.getText());
      case VALUE_NULL:
        return new Node.ScalarNode(line, column, Node.Type.NULL, parser.getText());
      default:
        return new Node.ScalarNode(line, column, Node.Type.STRING, String.valueOf(parser.getText()));
    }
  }

  private Node object(int line, int column) throws IOException {
    enter();
    Node.ObjectNode object = new Node.ObjectNode(line, column);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      path.push(key);
      if (object.has(key)) {
        JsonLocation keyAt = parser.currentTokenLocation();
        issues.errorAt("format.duplicate-key", pointer(), issues.sourceMap().at(keyAt.getLineNr(), keyAt.getColumnNr()),
            "format.duplicate-key", key);
        parser.nextToken();
        parser.skipChildren();
        path.pop();
        continue;
      }
      object.put(key, value(parser.nextToken()));
      path.pop();
    }
    depth--;
    return object;
  }

  private Node array(int line, int column) throws IOException {
    enter();
    Node.ArrayNode array = new Node.ArrayNode(line, column);
    JsonToken token;
    int index = 0;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      path.push(Integer.toString(index++));
      array.add(value(token));
      path.pop();
    }
    depth--;
    return array;
  }

  private void enter() throws StreamConstraintsException {
    if (++depth > limits.getMaxDepth()) {
      throw new StreamConstraintsException("nesting depth " + depth + " exceeds the maximum of " + limits.getMaxDepth());
    }
  }
}
