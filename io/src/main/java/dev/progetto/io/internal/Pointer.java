package dev.progetto.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer built while mapping a tree, turned into text only when a problem is reported at
 * it: most values read have nothing to report, so their pointers never become strings.
 */
final class Pointer {

  static final Pointer ROOT = new Pointer(null, "", "");

  private final @Nullable Pointer parent;
  private final String segment;
  private @Nullable String text;

  private Pointer(@Nullable Pointer parent, String segment, @Nullable String text) {
    this.parent = parent;
    this.segment = segment;
    this.text = text;
  }

  /** The pointer of a field of the object at this pointer. */
  Pointer key(String key) {
    return new Pointer(this, LocatedSourceMap.escape(key), null);
  }

  /** The pointer of an item of the list at this pointer. */
  Pointer index(int index) {
    return new Pointer(this, Integer.toString(index), null);
  }

  /** The pointer as text, such as {@code /participants/2/role}; made once. */
  @Override
  public String toString() {
    String made = text;
    if (made == null) {
      made = String.valueOf(parent) + "/" + segment;
      text = made;
    }
    return made;
  }
}
