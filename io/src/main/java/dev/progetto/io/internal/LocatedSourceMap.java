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
  /** Turns the parser's columns into UTF-16 code units while the document is read; then null. */
  private @Nullable Columns columns;
  /**
   * For each value, its parent row in the high half and its position in the parent in the low
   * half: the index of a list item, the order of an object's field.
   */
  private long[] links = NO_ROWS;
  /** For each value, its line in the high half and its column in the low half. */
  private long[] positions = NO_ROWS;
  /** The key of each field; null for list items and the root. */
  private @Nullable String[] keys = NO_KEYS;
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

  /** The table of a map before its first row: shared, since a table only grows by copying. */
  private static final long[] NO_ROWS = {};
  private static final String[] NO_KEYS = {};

  /** The row starts of a text of one row; never written to. */
  private static final int[] ONE_ROW = {0};

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
    if (rows == 1) {
      // the usual line, without a carriage return inside: one row, starting at column 1
      return new LocatedSourceMap(lineNumber - 1, ONE_ROW);
    }
    int[] starts = new int[rows];
    // where each row starts in UTF-16 code units, the unit of columns
    for (int i = 0, row = 1, units = 0; i < line.length; i++) {
      int b = line[i] & 0xff;
      if ((b & 0xC0) != 0x80) {
        units += b >= 0xF0 ? 2 : 1;
      }
      if (b == '\r') {
        starts[row++] = units;
      }
    }
    return new LocatedSourceMap(lineNumber - 1, starts);
  }

  /** A map like this one, empty: for reading the same document again. */
  LocatedSourceMap emptyCopy() {
    LocatedSourceMap copy = new LocatedSourceMap(lineOffset, rowStarts);
    copy.columns = columns;
    copy.reserve(keys.length);
    return copy;
  }

  /**
   * Makes room for the values of a text of this length before reading it, so that the table does
   * not grow (and copy itself) as it is filled: a value takes about 20 bytes of compact text (a
   * line of JSON Lines) and 30 to 60 of indented text, so the table made for 16 bytes a value
   * seldom grows, and {@link #trim} gives back what an indented text left unused.
   */
  void expect(long textLength) {
    reserve((int) Math.min(1 << 20, textLength / 16));
  }

  private void reserve(int rows) {
    if (rows > keys.length) {
      links = Arrays.copyOf(links, rows);
      positions = Arrays.copyOf(positions, rows);
      keys = Arrays.copyOf(keys, rows);
    }
  }

  /**
   * Adds a value met by the reader and returns its row.
   *
   * @param parent the row of the object or list holding it, or {@link #NONE} for the root
   * @param key its key in an object, or null in a list
   * @param ordinal its position in the parent
   */
  int add(int parent, @Nullable String key, int ordinal, int line, int column) {
    return put(parent, key, ordinal, line, columns == null ? column : columns.column(line, column));
  }

  /**
   * Adds a value of JSON met at a byte offset from the start of the text, its column counted in
   * bytes, and returns its row.
   */
  int addAt(int parent, @Nullable String key, int ordinal, int line, int column, long offset) {
    return put(parent, key, ordinal, line, columns == null ? column : columns.columnAt(offset, column));
  }

  private int put(int parent, @Nullable String key, int ordinal, int line, int units) {
    int row = size;
    if (row == keys.length) {
      int grown = Math.max(16, row * 2);
      links = Arrays.copyOf(links, grown);
      positions = Arrays.copyOf(positions, grown);
      keys = Arrays.copyOf(keys, grown);
    }
    links[row] = ((long) parent << 32) | (ordinal & 0xFFFFFFFFL);
    positions[row] = ((long) line << 32) | (units & 0xFFFFFFFFL);
    keys[row] = key;
    size = row + 1;
    return row;
  }

  /** Lets go of the room the table grew into beyond its values, once reading is done. */
  void trim() {
    columns = null;
    // a copy is worth it only for much room: the table grows by doubling, or was reserved
    if (size < keys.length / 2) {
      links = Arrays.copyOf(links, size);
      positions = Arrays.copyOf(positions, size);
      keys = Arrays.copyOf(keys, size);
    }
  }

  /** Returns the location of a recorded value. */
  Optional<SourceLocation> location(int row) {
    return located((int) (positions[row] >>> 32), (int) positions[row]);
  }

  /** Sets how the parser's columns become UTF-16 code units, for reading one text. */
  void columns(@Nullable Columns columns) {
    this.columns = columns;
  }

  private int parent(int row) {
    return (int) (links[row] >> 32);
  }

  private int ordinal(int row) {
    return (int) links[row];
  }

  /** Returns the JSON Pointer of a recorded value, such as {@code /participants/2/role}. */
  String pointer(int row) {
    if (row <= 0 || parent(row) == NONE) {
      return "";
    }
    int depth = 0;
    for (int at = row; at > 0 && parent(at) != NONE; at = parent(at)) {
      depth++;
    }
    int[] path = new int[depth];
    for (int at = row, i = depth - 1; i >= 0; at = parent(at), i--) {
      path[i] = at;
    }
    StringBuilder pointer = new StringBuilder(depth * 12);
    for (int at : path) {
      pointer.append('/');
      String key = keys[at];
      if (key == null) {
        pointer.append(ordinal(at));
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
    return located(line, columns == null ? column : columns.column(line, column));
  }

  /** Returns the location of a position whose column counts UTF-16 code units. */
  private Optional<SourceLocation> located(int line, int column) {
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
      int child = index.child(row, segment, keys, links);
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
      made = new Children(links, size);
      children = made;
    }
    return made;
  }

  /** The values of each parent, in the order they were met, as offsets into one array. */
  private static final class Children {
    private final int size;
    private final int[] start;
    private final int[] list;

    Children(long[] links, int size) {
      this.size = size;
      start = new int[size + 1];
      for (int row = 0; row < size; row++) {
        int parent = (int) (links[row] >> 32);
        if (parent != NONE) {
          start[parent + 1]++;
        }
      }
      for (int row = 0; row < size; row++) {
        start[row + 1] += start[row];
      }
      list = new int[size];
      int[] filled = Arrays.copyOf(start, size);
      for (int row = 0; row < size; row++) {
        int parent = (int) (links[row] >> 32);
        if (parent != NONE) {
          list[filled[parent]++] = row;
        }
      }
    }

    /** The child of a row named by a pointer segment, or -1. */
    int child(int row, String segment, @Nullable String[] keys, long[] links) {
      int from = start[row];
      int to = start[row + 1];
      if (from == to) {
        return -1;
      }
      if (keys[list[from]] == null) {
        int index = index(segment);
        // the items of a list are met in order, so item i is the i-th child
        return index >= 0 && index < to - from && (int) links[list[from + index]] == index ? list[from + index] : -1;
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
