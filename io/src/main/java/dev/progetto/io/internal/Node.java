package dev.progetto.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * An object: keys in document order, kept in two parallel arrays. Objects of this format are
   * small, so a key is found by a scan; an object with many keys (data under {@code extensions},
   * or hostile input) also gets a hash index so that lookups and duplicate checks stay linear.
   */
  public static final class ObjectNode extends Node {
    private static final int INDEXED = 16;
    private String[] keys = new String[4];
    private Node[] values = new Node[4];
    private int size;
    /** One bit per key hash modulo 64: most absent keys are known absent without a scan. */
    private long keyBits;
    private @Nullable HashMap<String, Integer> index;

    ObjectNode(int line, int column) {
      super(line, column);
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    /** Returns the number of fields. */
    public int size() {
      return size;
    }

    /** Returns the key of the field at a position. */
    public String key(int position) {
      return keys[position];
    }

    /** Returns the value of the field at a position. */
    public Node value(int position) {
      return values[position];
    }

    /** Returns the position of a key, or -1. */
    public int indexOf(String key) {
      return indexOf(key, 0);
    }

    /**
     * Returns the position of a key, or -1, looking first from a position on: a reader that asks
     * for the keys in the order they were written finds each at once.
     */
    int indexOf(String key, int from) {
      int hash = key.hashCode();
      if ((keyBits & (1L << hash)) == 0) {
        return -1;
      }
      if (index != null) {
        Integer found = index.get(key);
        return found == null ? -1 : found;
      }
      int start = from < size ? from : 0;
      for (int i = start; i < size; i++) {
        String candidate = keys[i];
        if (candidate == key || (candidate.hashCode() == hash && candidate.equals(key))) {
          return i;
        }
      }
      for (int i = 0; i < start; i++) {
        String candidate = keys[i];
        if (candidate == key || (candidate.hashCode() == hash && candidate.equals(key))) {
          return i;
        }
      }
      return -1;
    }

    /** Returns the value of a key, or null. */
    public @Nullable Node get(String key) {
      int at = indexOf(key);
      return at < 0 ? null : values[at];
    }

    /** Adds a field whose key is not yet present. */
    void put(String key, Node value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      keyBits |= 1L << key.hashCode();
      if (index != null) {
        index.put(key, size);
      } else if (size + 1 == INDEXED) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(keys[i], i);
        }
      }
      size++;
    }

    boolean has(String key) {
      return indexOf(key) >= 0;
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
