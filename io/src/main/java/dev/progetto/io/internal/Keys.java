package dev.progetto.io.internal;

import java.util.Arrays;

/**
 * The fields an object of the format may have, each with its position and a constant that stands
 * for it (its name, or an enum constant that a mapper switches on): found by an open-addressing
 * table on the key's hash, so that telling a known field from an unknown one costs one probe.
 *
 * @param <E> the type of the constants
 */
final class Keys<E> {

  private final String[] names;
  private final E[] constants;
  private final int[] table;
  private final int mask;
  private final String allowed;

  private Keys(String[] names, E[] constants) {
    if (names.length > 64) {
      throw new IllegalArgumentException("at most 64 fields: " + names.length);
    }
    this.names = names.clone();
    this.constants = constants.clone();
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

  /** The fields, in the order messages name them, each standing for itself. */
  static Keys<String> of(String... names) {
    return new Keys<>(names, names);
  }

  /**
   * The fields named by the constants of an enum, in their order: {@code SHORT_NAME} stands for
   * {@code shortName}.
   */
  static <E extends Enum<E>> Keys<E> of(Class<E> fields) {
    E[] constants = fields.getEnumConstants();
    String[] names = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = camelCase(constants[i].name());
    }
    return new Keys<>(names, constants);
  }

  /** {@code SHORT_NAME} as {@code shortName}. */
  static String camelCase(String constant) {
    StringBuilder name = new StringBuilder(constant.length());
    boolean upper = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return name.toString();
  }

  /** These fields followed by others, each standing for its name. */
  Keys<String> and(String... more) {
    String[] all = Arrays.copyOf(names, names.length + more.length);
    System.arraycopy(more, 0, all, names.length, more.length);
    return of(all);
  }

  /** These fields followed by those of another object, each standing for its name. */
  Keys<String> and(Keys<?> more) {
    return and(more.names);
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

  /** Returns the constant of the field at a position. */
  E constant(int index) {
    return constants[index];
  }

  /** The fields as messages list them: {@code id, name, shortName}. */
  String allowed() {
    return allowed;
  }
}
