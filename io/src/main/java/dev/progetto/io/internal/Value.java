package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** A value being mapped: its token, its text, and where to report a problem about it. */
interface Value {

  /** The token that starts the value; {@code VALUE_NULL} for a YAML alias, which is reported. */
  JsonToken token();

  /** The text of a scalar exactly as written: {@code NO}, {@code 001272}, {@code 150000.00}. */
  String text() throws IOException;

  /** Reads past the rest of an object or a list, checking it as text; nothing for a scalar. */
  void skip() throws IOException;

  /** The row of the value in the source map. */
  int row();

  /** Whether the value is an object. */
  default boolean isObject() {
    return token() == JsonToken.START_OBJECT;
  }

  /** Whether the value is a list. */
  default boolean isArray() {
    return token() == JsonToken.START_ARRAY;
  }

  /** Whether the value is null. */
  default boolean isNull() {
    return token() == JsonToken.VALUE_NULL;
  }

  /** Whether the value is a number. */
  default boolean isNumber() {
    JsonToken token = token();
    return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
  }

  /** Whether the value is a scalar: a string, a number, true, false or null. */
  default boolean isScalar() {
    return !isObject() && !isArray();
  }

  /** How messages name the type of the value, with the text of a scalar. */
  default String describe() throws IOException {
    JsonToken token = token();
    String type = typeOf(token);
    if (!isScalar()) {
      return type;
    }
    String text = text();
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    return type + " \"" + shown + "\"";
  }

  /** How messages name the JSON type a token starts. */
  static String typeOf(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return Kind.OBJECT;
      case START_ARRAY:
        return Kind.ARRAY;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Kind.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Kind.BOOLEAN;
      case VALUE_NULL:
        return Kind.NULL;
      default:
        return Kind.STRING;
    }
  }

  /** How messages name each JSON type. */
  final class Kind {
    static final String OBJECT = "an object";
    static final String ARRAY = "a list";
    static final String STRING = "a string";
    static final String NUMBER = "a number";
    static final String BOOLEAN = "true or false";
    static final String NULL = "null";

    private Kind() {}
  }
}
