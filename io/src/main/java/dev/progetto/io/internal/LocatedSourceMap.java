package dev.progetto.io.internal;

import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Locations by JSON Pointer, found on demand in the parsed tree (whose nodes carry their line and
 * column), so that parsing builds no per-element index; a pointer falls back to its nearest
 * ancestor.
 */
public final class LocatedSourceMap implements SourceMap {

  private final int lineOffset;
  private volatile @Nullable Node root;

  /**
   * Creates a map for one document.
   *
   * @param lineOffset added to every line (the line of a JSON Lines document in its file, minus one)
   */
  public LocatedSourceMap(int lineOffset) {
    this.lineOffset = lineOffset;
  }

  void root(Node parsed) {
    this.root = parsed;
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
    Node node = root;
    if (node == null) {
      return Optional.empty();
    }
    int start = pointer.startsWith("/") ? 1 : pointer.length();
    while (start <= pointer.length() && start > 0) {
      int end = pointer.indexOf('/', start);
      String segment = unescape(pointer.substring(start, end < 0 ? pointer.length() : end));
      Node child = child(node, segment);
      if (child == null) {
        break;
      }
      node = child;
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return at(node.line(), node.column());
  }

  private static @Nullable Node child(Node node, String segment) {
    if (node instanceof Node.ObjectNode) {
      return ((Node.ObjectNode) node).get(segment);
    }
    if (node instanceof Node.ArrayNode && !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit)) {
      List<Node> items = ((Node.ArrayNode) node).items();
      int index = Integer.parseInt(segment);
      return index < items.size() ? items.get(index) : null;
    }
    return null;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes a key for a JSON Pointer (RFC 6901). */
  public static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }
}
