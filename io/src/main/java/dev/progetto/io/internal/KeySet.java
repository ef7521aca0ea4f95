package dev.progetto.io.internal;

import java.util.HashSet;
import org.jspecify.annotations.Nullable;

/**
 * The keys met in one object, to tell a duplicate. Objects of this format are small, so a key is
 * compared with the others after a 64-bit mask of their hashes says it may be there; an object
 * with many keys (data under {@code extensions}, or hostile input) gets a hash set so that the
 * check stays linear.
 */
final class KeySet {

  private static final int SCANNED = 16;
  private String[] keys = new String[4];
  private int size;
  private long hashBits;
  private @Nullable HashSet<String> many;

  /** Adds a key; returns false when it was already there. */
  boolean add(String key) {
    if (many != null) {
      return many.add(key);
    }
    int hash = key.hashCode();
    long bit = 1L << hash;
    if ((hashBits & bit) != 0) {
      for (int i = 0; i < size; i++) {
        String other = keys[i];
        if (other == key || (other.hashCode() == hash && other.equals(key))) {
          return false;
        }
      }
    }
    if (size == SCANNED) {
      many = new HashSet<>();
      for (String other : keys) {
        many.add(other);
      }
      return many.add(key);
    }
    if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, SCANNED);
    }
    hashBits |= bit;
    keys[size++] = key;
    return true;
  }
}
