package dev.progetto.io.internal;

import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Locations by JSON Pointer, packed as one long per element; a pointer falls back to its nearest ancestor. */
public final class LocatedSourceMap implements SourceMap {

  private final Map<String, Long> locations = new HashMap<>();
  private final int lineOffset;

  /**
   * Creates an empty map.
   *
   * @param lineOffset added to every line (the line of a JSON Lines document in its file, minus one)
   */
  public LocatedSourceMap(int lineOffset) {
    this.lineOffset = lineOffset;
  }

  void put(String pointer, int line, int column) {
    locations.put(pointer, ((long) (line + lineOffset) << 32) | (column & 0xffffffffL));
  }

  /** Returns the location of a parser position with this map's line offset applied. */
  public Optional<SourceLocation> at(int line, int column) {
    if (line < 1 || column < 1) {
      return Optional.empty();
    }
    return Optional.of(new SourceLocation(line + lineOffset, column));
  }

  @Override
  public Optional<SourceLocation> locate(String pointer) {
    String current = pointer;
    while (true) {
      Long packed = locations.get(current);
      if (packed != null) {
        return Optional.of(new SourceLocation((int) (packed >>> 32), (int) (long) packed));
      }
      if (current.isEmpty()) {
        return Optional.empty();
      }
      int slash = current.lastIndexOf('/');
      current = slash <= 0 ? "" : current.substring(0, slash);
    }
  }

  /** Escapes a key for a JSON Pointer (RFC 6901). */
  public static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }
}
