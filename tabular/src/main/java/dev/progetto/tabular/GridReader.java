package dev.progetto.tabular;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.IssueSeverity;
import dev.progetto.tabular.CellSyntax.BadCell;
import dev.progetto.tabular.CellSyntax.Cell;
import dev.progetto.tabular.Layout.Column;
import dev.progetto.tabular.Layout.Family;
import dev.progetto.tabular.Layout.Holds;
import dev.progetto.tabular.Layout.Key;
import dev.progetto.tabular.Layout.Sheet;
import dev.progetto.tabular.Layout.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the sheets of a workbook into the JSON tree of a document, with the cell of every value,
 * and the problems of the sheets themselves (unknown sheets and columns, cells that do not have
 * their column's syntax, rows tied to no parent) as {@code format.*} issues at their cells.
 */
final class GridReader {

  private final Layout layout = Layout.STANDARD;
  private final boolean lenient;
  final List<ReadIssue> issues = new ArrayList<>();
  /** The cell of each value, and the first cell of each object's row, by JSON Pointer. */
  final Map<String, SourceLocation> cells = new HashMap<>();
  /** The empty cells of required fields, by the pointer the field would have. */
  final Map<String, SourceLocation> blanks = new HashMap<>();
  /** The fields whose cell is filled but not read (already an issue at it), by pointer. */
  final Set<String> unread = new HashSet<>();
  private String language = "it";
  /** The name a portfolio takes when the input has no place for its own (one CSV file of projects), else null. */
  private String fileName;
  /** Whether the document read is a portfolio whose own row (sheet Portfolio) is missing. */
  boolean portfolioRowMissing;

  /** What a column of a sheet read stands for. */
  private record Binding(Key key, Column column, String language, Family family, String familyKey) {}

  /** A row read: its object, its keys and the cells of its values by pointer relative to the object. */
  private static final class Row {
    final Map<String, Object> object = new LinkedHashMap<>();
    final Map<String, String> keys = new LinkedHashMap<>();
    final Map<String, SourceLocation> keyCells = new HashMap<>();
    final Map<String, SourceLocation> cells = new LinkedHashMap<>();
    /** The empty cells of the columns of required fields, where a missing field is reported. */
    final Map<String, SourceLocation> blanks = new LinkedHashMap<>();
    /** The fields whose cell holds what cannot be read, already reported there. */
    final Set<String> unread = new HashSet<>();
    SourceLocation first;
  }

  /** An object already placed in the tree, with its pointer. */
  private record Placed(Map<String, Object> object, String pointer) {}

  GridReader(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Names the portfolio after a file that has no place for its id and title, one CSV file of
   * projects: its id is the file's name made a slug, its title the name as it is.
   */
  GridReader named(String fileName) {
    this.fileName = fileName;
    return this;
  }

  /** Reads the grids into the tree of a document. */
  Map<String, Object> read(List<Grid> grids) {
    Map<String, List<Row>> bySheet = new HashMap<>();
    Grid documentGrid = grids.stream().filter(g -> g.name().equals(Layout.DOCUMENT)).findFirst().orElse(null);
    List<Grid> ordered = new ArrayList<>();
    if (documentGrid != null) {
      ordered.add(documentGrid);
    }
    grids.stream().filter(g -> g != documentGrid).forEach(ordered::add);
    for (Grid grid : ordered) {
      Sheet sheet = layout.sheet(grid.name());
      if (sheet == null) {
        if (!Layout.AUXILIARY.contains(grid.name())) {
          issue("format.unknown-field", lenient ? IssueSeverity.WARNING : IssueSeverity.ERROR, "",
              SourceLocation.cell(grid.location(), 1, 1, ""), "format.sheet.unknown-sheet", grid.name(),
              layout.sheets().stream().map(s -> s.name).collect(Collectors.joining(", ")));
        }
        continue;
      }
      List<Row> rows = rows(grid, sheet);
      bySheet.put(sheet.name, rows);
      if (sheet == layout.document && !rows.isEmpty() && rows.get(0).object.get("language") instanceof String tag) {
        language = tag;
      }
    }

    Map<String, Object> document = new LinkedHashMap<>();
    List<Row> header = bySheet.getOrDefault(Layout.DOCUMENT, List.of());
    if (!header.isEmpty()) {
      document.putAll(header.get(0).object);
      header.get(0).cells.forEach((pointer, cell) -> cells.put(pointer, cell));
    }
    document.putIfAbsent("format", new Json.Num("1"));
    List<Row> portfolioRows = bySheet.getOrDefault(Layout.PORTFOLIO, List.of());
    List<Row> projectRows = bySheet.getOrDefault(Layout.PROJECT, List.of());
    if (!(document.get("kind") instanceof String)) {
      document.put("kind", !portfolioRows.isEmpty() || projectRows.size() != 1 ? "portfolio" : "project");
    }
    boolean portfolio = "portfolio".equals(document.get("kind"));
    Map<String, Placed> index = new HashMap<>();
    List<Object> projects = new ArrayList<>();
    if (portfolio) {
      if (!portfolioRows.isEmpty()) {
        Row row = portfolioRows.get(0);
        place(row, "");
        document.putAll(row.object);
      } else if (fileName != null) {
        // one CSV file of projects has no place for the portfolio's own fields: its name is its name
        document.put("id", PublicExports.slug(fileName));
        document.put("title", fileName);
      } else {
        portfolioRowMissing = true;
      }
      document.put("projects", projects);
    }
    for (int i = 0; i < projectRows.size(); i++) {
      Row row = projectRows.get(i);
      String pointer;
      if (portfolio) {
        pointer = "/projects/" + projects.size();
        projects.add(row.object);
      } else if (i == 0) {
        pointer = "";
        document.putAll(row.object);
        // the row's object is the document itself from here on
        row.object.clear();
      } else {
        issue("format.kind", IssueSeverity.ERROR, "", row.first, "format.kind.expected", "portfolio", "project");
        continue;
      }
      place(row, pointer);
      Object id = portfolio ? row.object.get("id") : document.get("id");
      if (id instanceof String text) {
        index.putIfAbsent(Layout.PROJECT + "\u0000\u0000" + text, new Placed(portfolio ? row.object : document, pointer));
      }
    }
    Placed single = !portfolio && !projectRows.isEmpty() ? new Placed(document, "") : null;
    for (Sheet sheet : layout.lists) {
      for (Row row : bySheet.getOrDefault(sheet.name, List.of())) {
        Placed owner = owner(sheet, row, index, portfolio ? new Placed(document, "") : null, single);
        if (owner == null) {
          continue;
        }
        Map<String, Object> container = owner.object();
        for (int i = 0; i < sheet.path.size() - 1; i++) {
          container = child(container, sheet.path.get(i));
        }
        List<Object> list = list(container, sheet.path.get(sheet.path.size() - 1));
        String pointer = owner.pointer() + "/" + String.join("/", escape(sheet.path)) + "/" + list.size();
        list.add(row.object);
        place(row, pointer);
        if (row.object.get("id") instanceof String id) {
          index.putIfAbsent(sheet.name + "\u0000" + owner.pointer() + "\u0000" + id, new Placed(row.object, pointer));
        }
      }
    }
    if (!cells.containsKey("")) {
      // a portfolio with no sheet of its own: what is said of the whole document is said at the
      // first cell of the projects (or of any sheet read)
      ordered.stream().filter(g -> g.name().equals(Layout.PROJECT) && !g.rows().isEmpty()).findFirst()
          .or(() -> ordered.stream().filter(g -> layout.sheet(g.name()) != null && !g.rows().isEmpty()).findFirst())
          .ifPresent(g -> cells.put("", SourceLocation.cell(g.location(), g.number(0), 1, "")));
    }
    return document;
  }

  /** The object a row of a list belongs to, found by its key columns; null (with an issue) when none. */
  private Placed owner(Sheet sheet, Row row, Map<String, Placed> index, Placed portfolio, Placed single) {
    Placed owner = null;
    String ownerPointer = "";
    for (Key key : sheet.keys) {
      String id = row.keys.get(key.header());
      SourceLocation at = row.keyCells.getOrDefault(key.header(), row.first);
      if (id == null || id.isBlank()) {
        if (owner == null && sheet.portfolioList && portfolio != null) {
          return portfolio;
        }
        if (owner == null && single != null) {
          owner = single;
          ownerPointer = single.pointer();
          continue;
        }
        issue("format.missing-field", IssueSeverity.ERROR, "", at, "format.sheet.parent-missing", key.header(),
            key.header().substring(1));
        return null;
      }
      Placed found = index.get(key.sheet() + "\u0000" + ownerPointer + "\u0000" + id.strip());
      if (found == null) {
        issue("format.invalid-value", IssueSeverity.ERROR, "", at, "format.sheet.parent", key.header().substring(1), id,
            key.sheet());
        return null;
      }
      owner = found;
      ownerPointer = found.pointer();
    }
    if (owner == null) {
      // a list of the portfolio's own
      return portfolio;
    }
    return owner;
  }

  private void place(Row row, String pointer) {
    if (row.first != null) {
      cells.put(pointer, row.first);
    }
    row.cells.forEach((relative, cell) -> cells.put(pointer + relative, cell));
    row.blanks.forEach((relative, cell) -> blanks.put(pointer + relative, cell));
    row.unread.forEach(relative -> unread.add(pointer + relative));
  }

  /** Reads the rows of a sheet: its header row, its optional row of labels and its data rows. */
  private List<Row> rows(Grid grid, Sheet sheet) {
    List<List<Cell>> cellsOf = grid.rows();
    List<Row> rows = new ArrayList<>();
    if (cellsOf.isEmpty() || cellsOf.get(0) == null) {
      return rows;
    }
    List<Cell> headerCells = cellsOf.get(0);
    List<Binding> bindings = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < headerCells.size(); c++) {
      Cell cell = headerCells.get(c);
      String header = cell == null || cell.asText() == null ? "" : cell.asText().strip();
      headers.add(header);
      if (header.isEmpty()) {
        bindings.add(null);
        continue;
      }
      SourceLocation at = SourceLocation.cell(grid.location(), 1, c + 1, header);
      if (seen.put(header, c) != null) {
        issue("format.duplicate-key", IssueSeverity.ERROR, "", at, "format.sheet.duplicate-column", header, sheet.name);
        bindings.add(null);
        continue;
      }
      Binding binding = bind(sheet, header);
      if (binding == null) {
        issue("format.unknown-field", lenient ? IssueSeverity.WARNING : IssueSeverity.ERROR, "", at, "format.sheet.unknown-column",
            header, sheet.name, String.join(", ", sheet.headers()));
      }
      bindings.add(binding);
    }
    int start = 1;
    if (cellsOf.size() > 1 && isLabelRow(cellsOf.get(1), sheet.name, headers)) {
      start = 2;
    }
    boolean[] reported = new boolean[headers.size()];
    for (int r = start; r < cellsOf.size(); r++) {
      List<Cell> line = cellsOf.get(r);
      if (line == null || line.stream().allMatch(c -> c == null || (c.asText() == null && c.error() == null))) {
        continue;
      }
      Row row = new Row();
      row.first = SourceLocation.cell(grid.location(), grid.number(r), 1, "");
      Map<Column, Map<String, String>> texts = new LinkedHashMap<>();
      Map<Column, SourceLocation> textCells = new HashMap<>();
      for (int c = 0; c < line.size(); c++) {
        Cell cell = line.get(c);
        if (cell == null || (cell.asText() == null && cell.error() == null)) {
          continue;
        }
        String header = c < headers.size() ? headers.get(c) : "";
        SourceLocation at = SourceLocation.cell(grid.location(), grid.number(r), c + 1, header);
        Binding binding = c < bindings.size() ? bindings.get(c) : null;
        if (binding == null) {
          if (header.isEmpty() && (c >= reported.length || !reported[c])) {
            issue("format.unknown-field", lenient ? IssueSeverity.WARNING : IssueSeverity.ERROR, "", at, "format.sheet.no-header",
                sheet.name);
            if (c < reported.length) {
              reported[c] = true;
            }
          }
          continue;
        }
        if (cell.error() != null) {
          // a formula with no value computed for it holds no error: it was never computed
          boolean uncomputed = cell.error().startsWith("=");
          issue("format.invalid-value", IssueSeverity.ERROR, "", at,
              uncomputed ? "format.sheet.formula-no-value" : "format.sheet.cell-error", cell.error());
          unread(row, binding);
          continue;
        }
        try {
          cell(row, binding, cell, at, texts, textCells);
        } catch (BadCell bad) {
          issues.add(ReadIssue.of("format.invalid-value", IssueSeverity.ERROR, "", Optional.ofNullable(at), bad.key,
              bad.arguments(cell.asText())));
          unread(row, binding);
        }
      }
      for (Map.Entry<Column, Map<String, String>> entry : texts.entrySet()) {
        Map<String, String> byLanguage = entry.getValue();
        Object value;
        if (byLanguage.size() == 1 && byLanguage.containsKey("")) {
          value = byLanguage.get("");
        } else {
          Map<String, Object> map = new LinkedHashMap<>();
          byLanguage.forEach((tag, text) -> map.put(tag.isEmpty() ? language : tag, text));
          value = map;
        }
        put(row.object, entry.getKey().path(), value);
        row.cells.put(pointer(entry.getKey().path()), textCells.get(entry.getKey()));
      }
      for (int c = 0; c < bindings.size(); c++) {
        Binding binding = bindings.get(c);
        if (binding != null && binding.column() != null && binding.column().required() && binding.language().isEmpty()
            && !row.cells.containsKey(pointer(binding.column().path()))) {
          row.blanks.put(pointer(binding.column().path()), SourceLocation.cell(grid.location(), grid.number(r), c + 1, headers.get(c)));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** A field whose cell is reported as unreadable is not missing too: its cell is filled. */
  private static void unread(Row row, Binding binding) {
    if (binding.column() != null) {
      row.unread.add(pointer(binding.column().path()));
    }
  }

  private void cell(Row row, Binding binding, Cell cell, SourceLocation at, Map<Column, Map<String, String>> texts,
      Map<Column, SourceLocation> textCells) throws BadCell {
    if (binding.key() != null) {
      row.keys.put(binding.key().header(), cell.asText());
      row.keyCells.put(binding.key().header(), at);
      return;
    }
    if (binding.family() != null) {
      Family family = binding.family();
      List<String> path = new ArrayList<>(family.path());
      if (family.depth() == 2) {
        int dot = binding.familyKey().indexOf('.');
        if (dot <= 0) {
          throw new BadCell("format.sheet.cell.dimension", family.prefix());
        }
        path.add(binding.familyKey().substring(0, dot));
        path.add(binding.familyKey().substring(dot + 1));
      } else {
        path.add(binding.familyKey());
      }
      Object value = CellSyntax.read(cell, family.syntax());
      if (value != null) {
        put(row.object, path, value);
        row.cells.put(pointer(path), at);
      }
      return;
    }
    Column column = binding.column();
    Object value;
    switch (column.holds()) {
      case LOCALIZED: {
        String text = cell.asText();
        texts.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(binding.language(), text);
        textCells.putIfAbsent(column, at);
        return;
      }
      case LIST:
        value = CellSyntax.readList(cell, column.syntax());
        break;
      case LOCALIZED_LIST:
        value = CellSyntax.readList(cell, Syntax.TEXT);
        break;
      default:
        value = CellSyntax.read(cell, column.syntax());
    }
    if (value != null) {
      if (!column.list().isEmpty()) {
        // a code typed as its Italian name (capofila, in corso, associazione) is that code
        value = CodeNames.codes(column.list(), value);
      }
      put(row.object, column.path(), value);
      row.cells.put(pointer(column.path()), at);
    }
  }

  /** What a header of a sheet stands for, or null when the sheet has no such column. */
  private static Binding bind(Sheet sheet, String header) {
    for (Key key : sheet.keys) {
      if (key.header().equals(header)) {
        return new Binding(key, null, null, null, null);
      }
    }
    for (Column column : sheet.columns) {
      if (column.header().equals(header)) {
        return new Binding(null, column, "", null, null);
      }
      if (column.holds() == Holds.LOCALIZED && header.startsWith(column.header() + "@")
          && header.length() > column.header().length() + 1) {
        return new Binding(null, column, header.substring(column.header().length() + 1), null, null);
      }
    }
    for (Family family : sheet.families) {
      if (header.startsWith(family.prefix()) && header.length() > family.prefix().length()) {
        return new Binding(null, null, null, family, header.substring(family.prefix().length()));
      }
    }
    return null;
  }

  /** The second row holds the Italian labels when each of its cells is its column's label. */
  static boolean isLabelRow(List<Cell> row, String sheet, List<String> headers) {
    if (row == null) {
      return false;
    }
    boolean any = false;
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      String text = cell == null ? null : cell.asText();
      if (text == null || text.isBlank()) {
        continue;
      }
      if (c >= headers.size() || headers.get(c).isEmpty() || !Labels.isLabel(sheet, headers.get(c), text.strip())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> object, List<String> path, Object value) {
    Map<String, Object> at = object;
    for (int i = 0; i < path.size() - 1; i++) {
      Object next = at.get(path.get(i));
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        at.put(path.get(i), next);
      }
      at = (Map<String, Object>) next;
    }
    at.put(path.get(path.size() - 1), value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> object, String name) {
    Object next = object.get(name);
    if (!(next instanceof Map)) {
      next = new LinkedHashMap<String, Object>();
      object.put(name, next);
    }
    return (Map<String, Object>) next;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> object, String name) {
    Object next = object.get(name);
    if (!(next instanceof List)) {
      next = new ArrayList<Object>();
      object.put(name, next);
    }
    return (List<Object>) next;
  }

  static String pointer(List<String> path) {
    StringBuilder out = new StringBuilder();
    for (String name : escape(path)) {
      out.append('/').append(name);
    }
    return out.toString();
  }

  private static List<String> escape(List<String> path) {
    List<String> out = new ArrayList<>();
    for (String name : path) {
      out.add(name.replace("~", "~0").replace("/", "~1"));
    }
    return out;
  }

  private void issue(String rule, IssueSeverity severity, String pointer, SourceLocation at, String key, String... arguments) {
    issues.add(ReadIssue.of(rule, severity, pointer, Optional.ofNullable(at), key, List.of(arguments)));
  }
}
