package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.progetto.io.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one document as the mapper reads them: the current value, recorded in the source
 * map with its line and column as it is met, so that reading builds no tree. Duplicate keys, YAML
 * aliases and the nesting limit are reported here, wherever they are, as the text is read.
 */
final class TokenReader implements Value {

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
  private final LocatedSourceMap map;
  private final ReadLimits limits;
  private int depth;
  /** The anchors met so far in a YAML document, with where each was first defined. */
  private java.util.@Nullable Map<String, java.util.Optional<dev.progetto.io.SourceLocation>> anchors;
  /** The fields of the object being read at each depth. */
  private @Nullable Fields[] objects = new Fields[16];

  private JsonToken token = JsonToken.NOT_AVAILABLE;
  private int row = -1;
  /** Whether the current value is an alias, read as null. */
  private boolean alias;
  /** Whether the current object or list was read past already. */
  private boolean consumed;

  /** Whether a string may hold a surrogate that is not half of a pair, so that each is checked. */
  private final boolean mayHoldLoneSurrogates;

  TokenReader(JsonParser parser, Issues issues, ReadLimits limits, boolean mayHoldLoneSurrogates) {
    this.parser = parser;
    this.mayHoldLoneSurrogates = mayHoldLoneSurrogates;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.json = yaml == null && parser instanceof ParserBase ? (ParserBase) parser : null;
    this.issues = issues;
    this.map = issues.sourceMap();
    this.limits = limits;
  }

  Issues issues() {
    return issues;
  }

  LocatedSourceMap map() {
    return map;
  }

  /** Reads the root value's first token; false, reported, when the document is empty. */
  boolean root() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      issues.textError("format.syntax", "", map.at(1, 1), "format.syntax.empty");
      return false;
    }
    if (json != null) {
      columnSkew = json.getTokenColumnNr() - parser.currentTokenLocation().getColumnNr();
    }
    enter(first, LocatedSourceMap.NONE, null, 0);
    return true;
  }

  /**
   * Reports what follows the root value: trailing content, a second YAML document, or, in what the
   * caller named JSON Lines, a second line to read with the stream of projects.
   */
  void end(boolean jsonLines) throws IOException {
    JsonToken next = parser.nextToken();
    if (next != null) {
      JsonLocation at = parser.currentTokenLocation();
      issues.textError("format.syntax", "", map.at(at.getLineNr(), at.getColumnNr()),
          yaml != null ? "format.syntax.documents" : jsonLines ? "format.syntax.json-lines" : "format.syntax.trailing");
    }
  }

  @Override
  public JsonToken token() {
    return token;
  }

  @Override
  public String text() throws IOException {
    return alias ? "" : String.valueOf(parser.getText());
  }

  /**
   * The current number when it is plain (see {@link ReadContext#plainDecimal}), read from the
   * parser's characters; else null.
   */
  @Nullable BigDecimal plainNumber() throws IOException {
    if (json == null) {
      return null;
    }
    return ReadContext.plainDecimal(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  @Override
  public int row() {
    return row;
  }

  /** Whether the document is YAML, where any scalar may stand for a text. */
  boolean isYaml() {
    return yaml != null;
  }

  /** A captured copy of the current scalar, for a mapper that decides after reading its object. */
  Scalar capture() throws IOException {
    Scalar scalar = new Scalar(token, isScalar() ? text() : "", row);
    skip();
    return scalar;
  }

  @Override
  public void skip() throws IOException {
    if (consumed) {
      return;
    }
    consumed = true;
    if (token == JsonToken.START_OBJECT) {
      Fields fields = object(null);
      while (fields.next()) {
        skip();
      }
    } else if (token == JsonToken.START_ARRAY) {
      int list = row;
      for (int i = 0; item(list, i); i++) {
        skip();
      }
    }
  }

  /**
   * The fields of the current object, which may have the given fields, or any when null. One
   * object is read at each depth at a time, so each depth keeps one instance for its objects in
   * turn: valid until the next object at the same depth is opened.
   */
  Fields object(@Nullable Keys<?> keys) {
    consumed = true;
    if (depth >= objects.length) {
      objects = java.util.Arrays.copyOf(objects, Math.max(depth + 1, objects.length * 2));
    }
    Fields fields = objects[depth];
    if (fields == null) {
      fields = new Fields(this);
      objects[depth] = fields;
    }
    fields.open(row, keys);
    return fields;
  }

  /**
   * Reads the next item of a list; false at its end.
   *
   * @param list the row of the list
   * @param index the index of the item
   */
  boolean item(int list, int index) throws IOException {
    JsonToken next = parser.nextToken();
    if (next == JsonToken.END_ARRAY || next == null) {
      depth--;
      return false;
    }
    enter(next, list, null, index);
    return true;
  }

  /** Reads the next key of an object, or returns null at its end. */
  @Nullable String nextKey() throws IOException {
    String name = parser.nextFieldName();
    if (name == null) {
      depth--;
    }
    return name;
  }

  /** Reads the value of the key just read. */
  void field(int object, String key, int ordinal) throws IOException {
    enter(parser.nextToken(), object, key, ordinal);
  }

  /** Reports a key met twice in an object and reads past its value. */
  void duplicate(int object, String key) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    String pointer = map.pointer(object) + "/" + LocatedSourceMap.escape(key);
    issues.textError("format.duplicate-key", pointer, map.at(at.getLineNr(), at.getColumnNr()), "format.duplicate-key", key);
    parser.nextToken();
    parser.skipChildren();
  }

  /**
   * Reports an anchor defined a second time: aliases are refused anyway, but two anchors of one
   * name leave a reader unsure which value an alias would mean. The parser names the anchors of
   * objects and lists.
   */
  private void anchor(@Nullable Object name, JsonLocation at) {
    if (name == null) {
      return;
    }
    if (anchors == null) {
      anchors = new java.util.HashMap<>();
    }
    java.util.Optional<dev.progetto.io.SourceLocation> here = map.at(at.getLineNr(), at.getColumnNr());
    java.util.Optional<dev.progetto.io.SourceLocation> first = anchors.putIfAbsent(name.toString(), here);
    if (first != null && first.isPresent()) {
      issues.textError("format.syntax", map.pointer(row), here, "format.syntax.duplicate-anchor",
          SyntaxErrors.position(first.get()).toArray(new String[0]));
    }
  }

  private void enter(JsonToken next, int parent, @Nullable String key, int ordinal) throws IOException {
    token = next;
    consumed = false;
    if (json != null) {
      row = map.addAt(parent, key, ordinal, json.getTokenLineNr(), json.getTokenColumnNr() - columnSkew,
          json.getTokenCharacterOffset());
    } else {
      JsonLocation at = parser.currentTokenLocation();
      row = map.add(parent, key, ordinal, at.getLineNr(), at.getColumnNr());
      alias = yaml != null && yaml.isCurrentAlias();
      if (yaml != null && !alias && next.isStructStart()) {
        anchor(yaml.getObjectId(), at);
      }
      if (alias) {
        issues.textError("format.syntax", map.pointer(row), map.location(row), "format.syntax.alias");
        token = JsonToken.VALUE_NULL;
        return;
      }
    }
    if (yaml != null && (next == JsonToken.VALUE_STRING || key != null)) {
      // Jackson bounds the strings of JSON as it reads them; those of YAML get the same limit.
      checkLength(key);
      if (next == JsonToken.VALUE_STRING) {
        checkLength(parser.getText());
      }
    }
    if (mayHoldLoneSurrogates) {
      if (next == JsonToken.VALUE_STRING) {
        checkSurrogates(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      }
      if (key != null) {
        checkSurrogates(key);
      }
    }
    if (next.isStructStart() && ++depth > limits.getMaxDepth()) {
      throw new StreamConstraintsException("nesting depth " + depth + " exceeds the maximum of " + limits.getMaxDepth());
    }
  }

  private void checkLength(@Nullable String text) throws StreamConstraintsException {
    if (text != null && text.length() > limits.getMaxStringLength()) {
      throw new LocatedLimit(String.format("String value length (%d) exceeds the maximum allowed (%d)", text.length(),
          limits.getMaxStringLength()), map.location(row));
    }
  }

  /** A limit found at a value already recorded: reported where the value starts. */
  static final class LocatedLimit extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    final transient java.util.Optional<dev.progetto.io.SourceLocation> location;

    LocatedLimit(String message, java.util.Optional<dev.progetto.io.SourceLocation> location) {
      super(message);
      this.location = location;
    }
  }

  /**
   * Reports a surrogate that is not one half of a pair, which an escape ({@code \\ud800} in JSON
   * or in YAML double quotes) can write although it is not a character: no UTF-8 or other
   * encoding can write it back.
   */
  private void checkSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ((text.charAt(i) & 0xF800) == 0xD800) {
        char[] chars = text.toCharArray();
        checkSurrogates(chars, 0, chars.length);
        return;
      }
    }
  }

  private void checkSurrogates(char[] text, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text[i];
      if ((c & 0xF800) != 0xD800) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        i++;
        continue;
      }
      issues.error("format.invalid-value", row, "format.invalid-value.surrogate", String.format("%04X", (int) c));
      return;
    }
  }
}
