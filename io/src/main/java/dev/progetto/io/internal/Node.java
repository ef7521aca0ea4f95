package dev.progetto.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value of a parsed document with the line and column where it starts. */
public abstract class Node {

  /** The JSON type of a node, as named in messages. */
  public enum Type {
    OBJECT("an object"),
    ARRAY("a list"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    /** Returns how messages name this type. */
    public String description() {
      return description;
    }
  }

  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public abstract Type type();

  /** An object: keys in document order. */
  public static final class ObjectNode extends Node {
    private final Map<String, Node> fields = new LinkedHashMap<>();

    ObjectNode(int line, int column) {
      super(line, column);
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    public Map<String, Node> fields() {
      return Collections.unmodifiableMap(fields);
    }

    void put(String key, Node value) {
      fields.put(key, value);
    }

    boolean has(String key) {
      return fields.containsKey(key);
    }
  }

  /** A list. */
  public static final class ArrayNode extends Node {
    private final List<Node> items = new ArrayList<>();

    ArrayNode(int line, int column) {
      super(line, column);
    }

    @Override
    public Type type() {
      return Type.ARRAY;
    }

    public List<Node> items() {
      return Collections.unmodifiableList(items);
    }

    void add(Node item) {
      items.add(item);
    }
  }

  /** A scalar, kept as the text that was written. */
  public static final class ScalarNode extends Node {
    private final Type type;
    private final String text;

    ScalarNode(int line, int column, Type type, String text) {
      super(line, column);
      this.type = type;
      this.text = text;
    }

    @Override
    public Type type() {
      return type;
    }

    /** Returns the scalar exactly as written: {@code NO}, {@code 001272}, {@code 150000.00}. */
    public String text() {
      return text;
    }
  }
}
