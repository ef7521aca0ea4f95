package dev.progetto.io.internal;

import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Locations by JSON Pointer, kept as a table of the values a reader met: for each, its parent,
 * its key (or its index in a list), its line and its column, in parallel arrays and in document
 * order. Reading adds a row per value and builds nothing else; a pointer is resolved on demand,
 * and falls back to its nearest ancestor present in the source.
 */
public final class LocatedSourceMap implements SourceMap {

  /** The parent of the root. */
  static final int NONE = -1;

  private final int lineOffset;
  /** For one line of JSON Lines: where each row the parser counts starts in the line, else null. */
  private final int @Nullable [] rowStarts;

  private int size;
  private int[] parents = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];
  /** The position of each value in its parent: the index of a list item, the field order of an object. */
  private int[] ordinals = new int[64];
  /** The key of each field; null for list items and the root. */
  private @Nullable String[] keys = new String[64];
  /** The values of each parent in order, made on the first look-up after values were added. */
  private volatile @Nullable Children children;

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

  /** A map like this one, empty: for reading the same document again. */
  LocatedSourceMap emptyCopy() {
    return new LocatedSourceMap(lineOffset, rowStarts);
  }

  /**
   * Adds a value met by the reader and returns its row.
   *
   * @param parent the row of the object or list holding it, or {@link #NONE} for the root
   * @param key its key in an object, or null in a list
   * @param ordinal its position in the parent
   */
  int add(int parent, @Nullable String key, int ordinal, int line, int column) {
    if (size == parents.length) {
      int grown = Math.max(16, size * 2);
      parents = Arrays.copyOf(parents, grown);
      lines = Arrays.copyOf(lines, grown);
      columns = Arrays.copyOf(columns, grown);
      ordinals = Arrays.copyOf(ordinals, grown);
      keys = Arrays.copyOf(keys, grown);
    }
    parents[size] = parent;
    keys[size] = key;
    ordinals[size] = ordinal;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }

  /** Lets go of the room the table grew into beyond its values, once reading is done. */
  void trim() {
    if (size < parents.length) {
      parents = Arrays.copyOf(parents, size);
      lines = Arrays.copyOf(lines, size);
      columns = Arrays.copyOf(columns, size);
      ordinals = Arrays.copyOf(ordinals, size);
      keys = Arrays.copyOf(keys, size);
    }
  }

  /** Returns the number of values recorded. */
  int size() {
    return size;
  }

  /** Returns the location of a recorded value. */
  Optional<SourceLocation> location(int row) {
    return at(lines[row], columns[row]);
  }

  /** Returns the JSON Pointer of a recorded value, such as {@code /participants/2/role}. */
  String pointer(int row) {
    if (row <= 0 || parents[row] == NONE) {
      return "";
    }
    int depth = 0;
    for (int at = row; at > 0 && parents[at] != NONE; at = parents[at]) {
      depth++;
    }
    int[] path = new int[depth];
    for (int at = row, i = depth - 1; i >= 0; at = parents[at], i--) {
      path[i] = at;
    }
    StringBuilder pointer = new StringBuilder(depth * 12);
    for (int at : path) {
      pointer.append('/');
      String key = keys[at];
      if (key == null) {
        pointer.append(ordinals[at]);
      } else {
        pointer.append(escape(key));
      }
    }
    return pointer.toString();
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
      int index = index(segment);
      if (kept != null && index >= 0 && index < kept.length) {
        segment = Integer.toString(kept[index]);
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
    if (size == 0) {
      return Optional.empty();
    }
    Children index = children();
    int row = 0;
    int start = pointer.startsWith("/") ? 1 : pointer.length() + 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      String segment = unescape(pointer.substring(start, end < 0 ? pointer.length() : end));
      int child = index.child(row, segment, keys, ordinals);
      if (child < 0) {
        break;
      }
      row = child;
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return location(row);
  }

  private Children children() {
    Children made = children;
    if (made == null || made.size != size) {
      made = new Children(parents, size);
      children = made;
    }
    return made;
  }

  /** The values of each parent, in the order they were met, as offsets into one array. */
  private static final class Children {
    private final int size;
    private final int[] start;
    private final int[] list;

    Children(int[] parents, int size) {
      this.size = size;
      start = new int[size + 1];
      for (int row = 0; row < size; row++) {
        if (parents[row] != NONE) {
          start[parents[row] + 1]++;
        }
      }
      for (int row = 0; row < size; row++) {
        start[row + 1] += start[row];
      }
      list = new int[size];
      int[] filled = Arrays.copyOf(start, size);
      for (int row = 0; row < size; row++) {
        if (parents[row] != NONE) {
          list[filled[parents[row]]++] = row;
        }
      }
    }

    /** The child of a row named by a pointer segment, or -1. */
    int child(int row, String segment, @Nullable String[] keys, int[] ordinals) {
      int from = start[row];
      int to = start[row + 1];
      if (from == to) {
        return -1;
      }
      if (keys[list[from]] == null) {
        int index = index(segment);
        // the items of a list are met in order, so item i is the i-th child
        return index >= 0 && index < to - from && ordinals[list[from + index]] == index ? list[from + index] : -1;
      }
      for (int i = from; i < to; i++) {
        if (segment.equals(keys[list[i]])) {
          return list[i];
        }
      }
      return -1;
    }
  }

  /** The list index a pointer segment names, or -1 when it names none. */
  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return -1;
    }
    int index = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index;
  }

  private static String unescape(String segment) {
    return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes a key for a JSON Pointer (RFC 6901). */
  public static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }
}
