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

  /**
   * The text a message shows after the type of the value: {@code  "NO"} for a scalar (cut
   * after 60 characters), nothing for an object, a list or null.
   */
  default String shown() throws IOException {
    if (!isScalar() || isNull()) {
      return "";
    }
    String text = text();
    return " \"" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "\"";
  }

  /** The kind of the JSON type a token starts, as messages choose its name. */
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

  /**
   * The kinds of value a message names, each a number that the message's choice turns into
   * words of its language ({@code format.type}: "an object", "un oggetto").
   */
  final class Kind {
    static final String OBJECT = "0";
    static final String ARRAY = "1";
    static final String STRING = "2";
    static final String NUMBER = "3";
    static final String BOOLEAN = "4";
    static final String NULL = "5";
    /** An amount or a quantity: a plain number or an object. */
    static final String NUMBER_OR_OBJECT = "6";

    private Kind() {}
  }
}
