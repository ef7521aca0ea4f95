package dev.progetto.io.internal;

import java.util.Arrays;

/**
 * The fields an object of the format may have, each with its position: found by an open-addressing
 * table on the key's hash, so that telling a known field from an unknown one costs one probe.
 */
final class Keys {

  private final String[] names;
  private final int[] table;
  private final int mask;
  private final String allowed;

  private Keys(String[] names) {
    if (names.length > 64) {
      throw new IllegalArgumentException("at most 64 fields: " + names.length);
    }
    this.names = names.clone();
    int capacity = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
    this.table = new int[capacity];
    Arrays.fill(table, -1);
    this.mask = capacity - 1;
    for (int i = 0; i < names.length; i++) {
      if (index(names[i]) >= 0) {
        throw new IllegalArgumentException("duplicate field " + names[i]);
      }
      int slot = names[i].hashCode() & mask;
      while (table[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i;
    }
    this.allowed = String.join(", ", names);
  }

  /** The fields, in the order messages name them. */
  static Keys of(String... names) {
    return new Keys(names);
  }

  /** These fields followed by others. */
  Keys and(String... more) {
    String[] all = Arrays.copyOf(names, names.length + more.length);
    System.arraycopy(more, 0, all, names.length, more.length);
    return new Keys(all);
  }

  /** Returns the position of a field, or -1 when the object has no such field. */
  int index(String key) {
    int slot = key.hashCode() & mask;
    while (true) {
      int candidate = table[slot];
      if (candidate < 0) {
        return -1;
      }
      String name = names[candidate];
      if (name == key || name.equals(key)) {
        return candidate;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The fields as messages list them: {@code id, name, shortName}. */
  String allowed() {
    return allowed;
  }
}
