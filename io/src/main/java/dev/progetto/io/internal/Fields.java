package dev.progetto.io.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object as they are read. With the fields the object may have, an unknown
 * field is reported (and read past) where it stands and a field set to null reads as absent;
 * without them, every field is returned. A key met twice is reported and its second value read
 * past, in either case.
 */
final class Fields {

  private final TokenReader in;
  private int row;
  private @Nullable Keys<?> keys;
  /** The known fields met, by position. */
  private long seen;
  /** The known fields met with a value other than null, by position. */
  private long given;
  /** The known fields met with null, by position. */
  private long nulls;
  /** Where each known field set to null stands, by position; made when the first null is met. */
  private int @Nullable [] nullRows;
  /** The other keys met. */
  private @Nullable KeySet others;
  private int ordinal;
  private String key = "";
  private int index = -1;

  Fields(TokenReader in) {
    this.in = in;
  }

  /** Starts reading the object at a row, which may have the given fields, or any when null. */
  void open(int object, @Nullable Keys<?> fields) {
    row = object;
    keys = fields;
    seen = 0;
    given = 0;
    nulls = 0;
    nullRows = null;
    others = null;
    ordinal = 0;
    key = "";
    index = -1;
  }

  /** The row of the object in the source map. */
  int row() {
    return row;
  }

  /** The key of the field just read. */
  String key() {
    return key;
  }

  /**
   * The constant of the field just read, among the fields the object was opened with.
   *
   * @param fields the same fields the object was opened with
   */
  <E> E field(Keys<E> fields) {
    if (fields != keys) {
      throw new IllegalArgumentException("an object is read with the fields it was opened with");
    }
    return fields.constant(index);
  }

  /**
   * Reads up to the next field to map, leaving the reader at its value; false at the end of the
   * object.
   */
  boolean next() throws IOException {
    while (nextKey()) {
      if (accept()) {
        return true;
      }
    }
    return false;
  }

  /** Reads the next field whatever it is, leaving the reader at its value; false at the end. */
  boolean nextKey() throws IOException {
    while (true) {
      String name = in.nextKey();
      if (name == null) {
        return false;
      }
      if (firstTime(name)) {
        key = name;
        in.field(row, name, ordinal++);
        return true;
      }
      in.duplicate(row, name);
    }
  }

  private boolean firstTime(String name) {
    index = keys == null ? -1 : keys.index(name);
    if (index >= 0) {
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        return false;
      }
      seen |= bit;
      return true;
    }
    if (others == null) {
      others = new KeySet();
    }
    return others.add(name);
  }

  /**
   * Whether the field just read is to be mapped: false, after reporting it, for an unknown field,
   * and false for a known field set to null.
   */
  boolean accept() throws IOException {
    if (keys == null) {
      return true;
    }
    if (index < 0) {
      in.issues().unknownField(in.row(), key, keys.allowed());
      in.skip();
      return false;
    }
    if (in.isNull()) {
      if (nullRows == null) {
        nullRows = new int[64];
      }
      nullRows[index] = in.row();
      nulls |= 1L << index;
      return false;
    }
    given |= 1L << index;
    return true;
  }

  /**
   * From now on, the object may have these fields: for an object whose fields depend on one of
   * them (the kind of a document). The fields read so far count as met.
   */
  void expect(Keys<?> fields) {
    keys = fields;
    index = fields.index(key);
    if (index >= 0) {
      seen |= 1L << index;
    }
  }

  /**
   * Marks a field met before {@link #expect} as met, so that a second one is told a duplicate:
   * the keys met before are among the other keys, and a known key is looked for among the known
   * ones only.
   */
  void met(String name) {
    int position = keys == null ? -1 : keys.index(name);
    if (position >= 0) {
      seen |= 1L << position;
    }
  }

  /** Whether a known field was given a value other than null. */
  boolean has(String name) {
    int position = keys == null ? -1 : keys.index(name);
    return position >= 0 && (given & (1L << position)) != 0;
  }

  /**
   * Reports a missing required field when it was absent or null, at the object or at the null;
   * returns whether it was given.
   */
  boolean require(String name) {
    if (has(name)) {
      return true;
    }
    int position = keys == null ? -1 : keys.index(name);
    boolean isNull = position >= 0 && (nulls & (1L << position)) != 0 && nullRows != null;
    in.issues().error("format.missing-field", isNull ? nullRows[position] : row, "format.missing-field", name);
    return false;
  }
}
