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
  /** For one line of JSON Lines: where each row the parser counts starts in the line, else null. */
  private final int @Nullable [] rowStarts;
  private volatile @Nullable Node root;
  /**
   * For each list of which the reader left out items, by its pointer in the source: the source
   * index of each item of the model list. Filled while reading, read-only afterwards.
   */
  private final java.util.Map<String, int[]> keptItems = new java.util.HashMap<>();

  /**
   * Creates a map for one document.
   *
   * @param lineOffset added to every line
   */
  public LocatedSourceMap(int lineOffset) {
    this(lineOffset, null);
  }

  private LocatedSourceMap(int lineOffset, int @Nullable [] rowStarts) {
    this.lineOffset = lineOffset;
    this.rowStarts = rowStarts;
  }

  /**
   * Creates a map for one line of a JSON Lines file. The parser counts a carriage return as a line
   * break, but in JSON Lines only a line feed ends a line (a CR LF ending leaves a CR at the end
   * of the line): a row after a CR is located on the same line of the file, further right.
   *
   * @param lineNumber the line of the document in its file, from 1
   * @param line the bytes of the line, without its line feed
   */
  static LocatedSourceMap ofLine(int lineNumber, byte[] line) {
    int rows = 1;
    for (byte b : line) {
      rows += b == '\r' ? 1 : 0;
    }
    int[] starts = new int[rows];
    for (int i = 0, row = 1; i < line.length; i++) {
      if (line[i] == '\r') {
        starts[row++] = i + 1;
      }
    }
    return new LocatedSourceMap(lineNumber - 1, starts);
  }

  void root(Node parsed) {
    this.root = parsed;
  }

  /** Records that a list kept only some of its items: the source index of each kept one. */
  void keptItems(String listPointer, int[] sourceIndexes) {
    keptItems.put(listPointer, sourceIndexes);
  }

  @Override
  public String sourcePointer(String modelPointer) {
    if (keptItems.isEmpty() || !modelPointer.startsWith("/")) {
      return modelPointer;
    }
    StringBuilder source = new StringBuilder(modelPointer.length() + 4);
    int start = 1;
    while (start <= modelPointer.length()) {
      int end = modelPointer.indexOf('/', start);
      String segment = modelPointer.substring(start, end < 0 ? modelPointer.length() : end);
      int[] kept = keptItems.get(source.toString());
      if (kept != null && !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit)
          && Integer.parseInt(segment) < kept.length) {
        segment = Integer.toString(kept[Integer.parseInt(segment)]);
      }
      source.append('/').append(segment);
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return source.toString();
  }

  /** Returns the location of a parser position with this map's line offset applied. */
  public Optional<SourceLocation> at(int line, int column) {
    if (line < 1 || column < 1) {
      return Optional.empty();
    }
    if (rowStarts != null) {
      return Optional.of(new SourceLocation(1 + lineOffset, rowStarts[Math.min(line, rowStarts.length) - 1] + column));
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
