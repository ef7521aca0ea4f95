package dev.progetto.tabular;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.internal.ReadAheadStream;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import dev.progetto.tabular.CellSyntax.Cell;
import dev.progetto.tabular.Layout.Sheet;
import dev.progetto.tabular.SheetRows.Numbered;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projects of a workbook or of CSV files read one at a time: the rows of sheet {@code Project}
 * one by one, and beside each the rows of the sheets of lists that name it in {@code @project}.
 * Every sheet is read once, front to back, so memory holds the rows of one project, whatever the
 * number of projects; for that, the rows of each sheet of lists must follow the order of the
 * projects, as progetto writes them. A row that names no project that follows is an issue at its
 * cell, given with the last project.
 *
 * <p>Each project is read as a project document of its own, as a line of JSON Lines is: the
 * sheet {@code Document} gives it its language and currency, and the portfolio's own rows (sheet
 * {@code Portfolio}, the rows of lists with no project) are not part of it, which a warning says.
 */
final class TabularStream extends ReadAheadStream {

  private final Layout layout = Layout.STANDARD;
  private final TabularMapper mapper;
  private final boolean lenient;
  private final String sourceName;
  private final Closeable resource;
  private final List<SheetRows> sheets;
  private final List<ReadIssue> pending = new ArrayList<>();
  private final List<Grid> once = new ArrayList<>();
  private Grid document;
  private Part projects;
  private final List<Part> children = new ArrayList<>();
  private boolean portfolio;
  private boolean first = true;

  /** One sheet being read: its header rows, the column that ties its rows, and the row read ahead. */
  private final class Part {
    final SheetRows rows;
    final Sheet sheet;
    final List<List<Cell>> head = new ArrayList<>();
    final List<Integer> headNumbers = new ArrayList<>();
    int keyColumn = -1;
    final List<String> headers = new ArrayList<>();
    Numbered ahead;
    boolean done;
    boolean warned;

    Part(SheetRows rows, Sheet sheet, String key) {
      this.rows = rows;
      this.sheet = sheet;
      Numbered header = read();
      if (header == null) {
        return;
      }
      if (header.number() != 1) {
        // no header row: the rows are read as they are, and reported for it
        ahead = header;
        return;
      }
      head.add(header.cells());
      headNumbers.add(1);
      for (int c = 0; c < header.cells().size(); c++) {
        Cell cell = header.cells().get(c);
        String text = cell == null || cell.asText() == null ? "" : cell.asText().strip();
        headers.add(text);
        if (text.equals(key) && keyColumn < 0) {
          keyColumn = c;
        }
      }
      Numbered second = read();
      if (second != null && second.number() == 2 && GridReader.isLabelRow(second.cells(), sheet.name, headers)) {
        head.add(second.cells());
        headNumbers.add(2);
        second = read();
      }
      ahead = second;
      skipBlank();
    }

    /** The next row of the file, or null at its end or when it turns out unreadable (an issue then). */
    Numbered read() {
      if (done) {
        return null;
      }
      try {
        Numbered row = rows.next();
        if (row == null) {
          done = true;
        }
        return row;
      } catch (CharacterCodingException malformed) {
        done = true;
        pending.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(),
            "format.syntax.encoding.unknown", List.of()));
      } catch (IOException malformed) {
        done = true;
        pending.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.sheet.file",
            List.of(rows.location + ": " + TabularMapper.reason(malformed))));
      }
      return null;
    }

    void skipBlank() {
      while (ahead != null && blank(ahead.cells())) {
        ahead = read();
      }
    }

    Numbered take() {
      Numbered row = ahead;
      ahead = read();
      skipBlank();
      return row;
    }

    /** The id the row ahead names in the key column, "" when empty, null when no row is ahead. */
    String aheadKey() {
      if (ahead == null) {
        return null;
      }
      Cell cell = keyColumn >= 0 && keyColumn < ahead.cells().size() ? ahead.cells().get(keyColumn) : null;
      String text = cell == null ? null : cell.asText();
      return text == null ? "" : text.strip();
    }

    Grid grid(List<Numbered> data) {
      List<List<Cell>> cells = new ArrayList<>(head);
      List<Integer> numbers = new ArrayList<>(headNumbers);
      for (Numbered row : data) {
        cells.add(row.cells());
        numbers.add(row.number());
      }
      return new Grid(rows.name, rows.location, cells, numbers);
    }
  }

  TabularStream(TabularMapper mapper, boolean lenient, String sourceName, List<SheetRows> sheets, List<ReadIssue> before,
      Closeable resource) {
    super(sourceName);
    this.mapper = mapper;
    this.lenient = lenient;
    this.sourceName = sourceName;
    this.resource = resource;
    this.sheets = List.copyOf(sheets);
    pending.addAll(before);
    Map<String, SheetRows> byName = new LinkedHashMap<>();
    for (SheetRows rows : sheets) {
      Sheet sheet = layout.sheet(rows.name);
      if (sheet == null || byName.containsKey(sheet.name)) {
        if (!Layout.AUXILIARY.contains(rows.name)) {
          // reported with the first project, as reading the whole workbook reports it
          once.add(new Grid(rows.name, rows.location, List.of()));
        }
        continue;
      }
      byName.put(sheet.name, rows);
    }
    if (byName.containsKey(Layout.DOCUMENT)) {
      Part part = new Part(byName.get(Layout.DOCUMENT), layout.document, "kind");
      List<Numbered> data = new ArrayList<>();
      while (part.ahead != null) {
        data.add(part.take());
      }
      if (!data.isEmpty() && part.keyColumn >= 0) {
        List<Cell> cells = new ArrayList<>(data.get(0).cells());
        if (part.keyColumn < cells.size()) {
          Cell kind = cells.get(part.keyColumn);
          portfolio = kind != null && kind.asText() != null
              && "portfolio".equals(CodeNames.code("DocumentKind", kind.asText().strip()));
          // each project is a project document of its own, not of the portfolio's schema
          cells.set(part.keyColumn, Cell.text("project"));
          int schema = part.headers.indexOf("$schema");
          if (portfolio && schema >= 0 && schema < cells.size()) {
            cells.set(schema, null);
          }
        }
        data.set(0, new Numbered(data.get(0).number(), cells));
      }
      document = part.grid(data);
    }
    for (Map.Entry<String, SheetRows> entry : byName.entrySet()) {
      Sheet sheet = layout.sheet(entry.getKey());
      if (sheet == layout.portfolio || (sheet.parent == null && sheet != layout.project && sheet != layout.document)) {
        // the portfolio's own fields and lists: not part of a project
        Part part = new Part(entry.getValue(), sheet, "");
        if (part.ahead != null) {
          portfolio = true;
          notStreamed(part, part.ahead);
        }
      }
    }
    projects = byName.containsKey(Layout.PROJECT)
        ? new Part(byName.get(Layout.PROJECT), layout.project, "id") : null;
    for (Sheet sheet : layout.lists) {
      if (sheet.parent != null && byName.containsKey(sheet.name)) {
        children.add(new Part(byName.get(sheet.name), sheet, sheet.keys.get(0).header()));
      }
    }
  }

  private void notStreamed(Part part, Numbered row) {
    if (!part.warned) {
      part.warned = true;
      pending.add(ReadIssue.of("format.unknown-field", IssueSeverity.WARNING, "",
          Optional.of(SourceLocation.cell(part.rows.location, row.number(), 1, "")), "format.sheet.not-streamed",
          List.of(part.rows.location)));
    }
  }

  private static boolean blank(List<Cell> cells) {
    return cells == null || cells.stream().allMatch(c -> c == null || (c.asText() == null && c.error() == null));
  }

  /** Reads the next project, or null after the last. */
  @Override
  protected ReadResult<Project> read() {
    Numbered row = projects == null ? null : projects.take();
    if (row == null) {
      end();
      List<ReadIssue> rest = new ArrayList<>(pending);
      pending.clear();
      rest.addAll(leftovers());
      if (first && (!rest.isEmpty() || !once.isEmpty())) {
        // no project, but something to say
        first = false;
        GridReader reader = new GridReader(lenient);
        reader.read(new ArrayList<>(once));
        rest.addAll(0, reader.issues);
        return ReadResult.of(Optional.empty(), rest, dev.progetto.io.SourceMap.NONE, Optional.of(sourceName));
      }
      return null;
    }
    at(row.number());
    if (first && document == null && projects.ahead != null) {
      // without a sheet Document, more than one project is a portfolio
      portfolio = true;
    }
    Cell idCell = projects.keyColumn >= 0 && projects.keyColumn < row.cells().size()
        ? row.cells().get(projects.keyColumn) : null;
    String id = idCell == null || idCell.asText() == null ? "" : idCell.asText().strip();
    List<Grid> grids = new ArrayList<>();
    if (document != null) {
      grids.add(document);
    }
    grids.add(projects.grid(List.of(row)));
    for (Part part : children) {
      List<Numbered> data = new ArrayList<>();
      for (String key = part.aheadKey(); key != null; key = part.aheadKey()) {
        if (key.isEmpty() && portfolio) {
          // a row of the portfolio's own list
          notStreamed(part, part.take());
          continue;
        }
        if (!key.isEmpty() && !key.equals(id)) {
          break;
        }
        data.add(part.take());
      }
      if (!data.isEmpty() || first) {
        grids.add(part.grid(data));
      }
    }
    if (first) {
      grids.addAll(once);
    }
    GridReader reader = new GridReader(lenient);
    Map<String, Object> tree = reader.read(grids);
    List<ReadIssue> issues = new ArrayList<>(pending);
    pending.clear();
    for (ReadIssue issue : reader.issues) {
      // the headers' and the document's issues once, with the first project
      Optional<SourceLocation> at = issue.getLocation();
      boolean shared = at.isPresent() && (at.get().line() == 1
          || (document != null && at.get().sheet().equals(document.location())));
      if (first || !shared) {
        issues.add(issue);
      }
    }
    first = false;
    if (projects.ahead == null) {
      issues.addAll(leftovers());
      issues.addAll(pending);
      pending.clear();
    }
    ReadResult<Document> read = mapper.result(tree, reader.cells, reader.blanks, reader.unread, issues, sourceName);
    Optional<Project> project = read.getDocument().filter(Project.class::isInstance).map(Project.class::cast);
    return ReadResult.of(project, read.getIssues(), read.getSourceMap(), read.getSourceName());
  }

  /** The rows of lists left when the projects have ended: each names no project that followed. */
  private List<ReadIssue> leftovers() {
    List<ReadIssue> issues = new ArrayList<>();
    for (Part part : children) {
      while (part.ahead != null) {
        String key = part.aheadKey();
        Numbered row = part.take();
        if (key.isEmpty() && portfolio) {
          notStreamed(part, row);
          continue;
        }
        String header = part.sheet.keys.get(0).header();
        issues.add(ReadIssue.of("format.invalid-value", IssueSeverity.ERROR, "",
            Optional.of(SourceLocation.cell(part.rows.location, row.number(), Math.max(1, part.keyColumn + 1), header)),
            "format.sheet.parent-order", List.of(key, part.rows.location)));
      }
    }
    issues.addAll(pending);
    pending.clear();
    return issues;
  }

  @Override
  public void close() {
    discard();
    List<Closeable> all = new ArrayList<>(sheets);
    all.add(resource);
    for (Closeable closeable : all) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // nothing more is read
      }
    }
  }
}
