package dev.progetto.tabular;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceMap;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.RuleSetting;
import dev.progetto.io.IssueSeverity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes project and portfolio documents as spreadsheets: an xlsx workbook, a folder of
 * CSV files (one a sheet, named after it) or one CSV file of projects. The layout is described in
 * docs/tabular.md: a {@code Project} sheet with a row per project, a sheet per list of objects tied
 * to its parent row by {@code @project}-like id columns, the codes of the format as headers and
 * their Italian labels in a second row.
 *
 * <p>Reading gives the same {@link ReadResult} as JSON and YAML: every problem is a
 * {@code format.*} {@link ReadIssue} whose location is its cell ({@code Participants!C7 (role)}),
 * and the result's source map locates the findings of validation at their cells too.
 */
public final class TabularMapper {

  private final ProgettoMapper mapper;
  private final boolean lenient;

  private TabularMapper(boolean lenient) {
    this.lenient = lenient;
    this.mapper = ProgettoMapper.builder().lenient(lenient).build();
  }

  /**
   * Returns a mapper that reads strictly: an unknown sheet or column is an error.
   *
   * @return the mapper
   */
  public static TabularMapper standard() {
    return new TabularMapper(false);
  }

  /**
   * Returns a mapper that reads strictly or leniently.
   *
   * @param lenient whether unknown sheets and columns are warnings rather than errors
   * @return the mapper
   */
  public static TabularMapper lenient(boolean lenient) {
    return new TabularMapper(lenient);
  }

  /**
   * Returns whether a path is read by this mapper: an {@code .xlsx} or {@code .xlsm} file, a
   * {@code .csv} file, or a directory that holds a {@code Project.csv}.
   *
   * @param path the path
   * @return true for a spreadsheet
   */
  public static boolean isSpreadsheet(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".csv")
        || (Files.isDirectory(path) && Files.isRegularFile(path.resolve(Layout.PROJECT + ".csv")));
  }

  /**
   * Returns a text as a workbook's cell holds it, for another writer of xlsx (the report's): a
   * control character that XML cannot carry, and U+FFFE and U+FFFF, as OOXML's {@code _xHHHH_}
   * escape, and an underscore that would read as one escaped in turn, so that a spreadsheet
   * program and this library read the text back as it was.
   *
   * @param text the text
   * @return the text to write into the cell
   */
  public static String cellText(String text) {
    return Xlsx.escape(text);
  }

  /**
   * Reads a workbook, a CSV file or a folder of CSV files.
   *
   * @param path an {@code .xlsx} file, a {@code .csv} file or a directory of {@code .csv} files
   * @return the document and the issues, located at their cells
   * @throws IOException if the file cannot be read
   */
  public ReadResult<Document> read(Path path) throws IOException {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      List<Grid> grids = new ArrayList<>();
      List<Path> files;
      try (Stream<Path> list = Files.list(path)) {
        files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
      }
      List<ReadIssue> issues = new ArrayList<>();
      for (Path file : files) {
        String name = file.getFileName().toString();
        Optional<Grid> grid = csv(file, name.substring(0, name.length() - 4), name, issues);
        grid.ifPresent(grids::add);
      }
      return result(grids, issues, source, null);
    }
    String name = path.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      String sheet = name.substring(0, name.length() - 4);
      List<ReadIssue> issues = new ArrayList<>();
      List<Grid> grids = new ArrayList<>();
      // a single CSV file is the sheet it is named after, or else the projects, a portfolio named after the file
      boolean projects = Layout.STANDARD.sheet(sheet) == null;
      csv(path, projects ? Layout.PROJECT : sheet, name, issues).ifPresent(grids::add);
      return result(grids, issues, source, projects ? sheet : null);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readXlsx(in, source);
    }
  }

  /**
   * Streams the projects of a workbook, a CSV file of projects or a folder of CSV files one at a
   * time, in memory bounded by the rows of one project whatever the number of projects, as
   * {@link ProgettoMapper#streamProjects(Path)} streams JSON Lines. Each result is a project
   * document of its own, its issues and source map located at its cells; its
   * {@link ProjectStream#lineNumber() line number} is the row of the project in sheet
   * {@code Project}.
   *
   * <p>The sheets are read once, front to back: the rows of each sheet of lists must follow the
   * order of the projects, as {@link #writeXlsx} and {@link #writeCsv} write them; a row that names
   * no project that follows is an issue at its cell, given with the last project. The portfolio's
   * own fields and lists are not part of any project, which a warning says: {@link #read(Path)}
   * reads them. A file that cannot be read at all gives one result with no project and its issue.
   *
   * @param path an {@code .xlsx} file, a {@code .csv} file or a directory of {@code .csv} files
   * @return the stream; close it
   * @throws IOException if the file cannot be opened
   */
  public ProjectStream streamProjects(Path path) throws IOException {
    String source = path.toString();
    List<ReadIssue> issues = new ArrayList<>();
    List<SheetRows> sheets = new ArrayList<>();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(path)) {
        files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        csvRows(file, name.substring(0, name.length() - 4), name, issues).ifPresent(sheets::add);
      }
      return new TabularStream(this, lenient, source, sheets, issues, () -> { });
    }
    String name = path.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      String sheet = name.substring(0, name.length() - 4);
      csvRows(path, Layout.STANDARD.sheet(sheet) != null ? sheet : Layout.PROJECT, name, issues).ifPresent(sheets::add);
      return new TabularStream(this, lenient, source, sheets, issues, () -> { });
    }
    if (!Files.isReadable(path)) {
      throw new java.nio.file.NoSuchFileException(source);
    }
    Xlsx.Opened opened;
    try {
      opened = Xlsx.open(path);
    } catch (IOException | RuntimeException unreadable) {
      String reason = reason(unreadable);
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.sheet.file",
          List.of(firstLine(reason))));
      return new TabularStream(this, lenient, source, List.of(), issues, () -> { });
    }
    if (opened.macros()) {
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.WARNING, "", Optional.empty(), "format.sheet.macros", List.of()));
    }
    try {
      for (org.dhatim.fastexcel.reader.Sheet sheet : opened.workbook().getSheets().toList()) {
        sheets.add(Xlsx.rows(sheet));
      }
    } catch (IOException | RuntimeException unreadable) {
      for (SheetRows open : sheets) {
        open.close();
      }
      opened.workbook().close();
      String reason = reason(unreadable);
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.sheet.file",
          List.of(firstLine(reason))));
      return new TabularStream(this, lenient, source, List.of(), issues, () -> { });
    }
    return new TabularStream(this, lenient, source, sheets, issues, opened.workbook());
  }

  private Optional<SheetRows> csvRows(Path file, String sheet, String location, List<ReadIssue> issues)
      throws IOException {
    Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return Optional.of(Csv.open(reader, sheet, location));
    } catch (CharacterCodingException | UncheckedIOException malformed) {
      reader.close();
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.syntax.encoding.unknown",
          List.of()));
    } catch (IOException malformed) {
      reader.close();
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.sheet.file",
          List.of(location + ": " + reason(malformed))));
    }
    return Optional.empty();
  }

  /**
   * Reads an xlsx workbook.
   *
   * @param in the workbook's bytes; not closed
   * @param sourceName the name of the source, for reports
   * @return the document and the issues, located at their cells
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<Document> readXlsx(InputStream in, String sourceName) throws IOException {
    Xlsx.Read read;
    try {
      read = Xlsx.read(in);
    } catch (IOException | RuntimeException unreadable) {
      // not a workbook, a damaged one, or one that would inflate beyond reason: never a crash
      String reason = reason(unreadable);
      return ReadResult.of(Optional.empty(), List.of(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(),
          "format.sheet.file", List.of(firstLine(reason)))), SourceMap.NONE, Optional.of(sourceName));
    }
    List<ReadIssue> issues = new ArrayList<>();
    if (read.macros()) {
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.WARNING, "", Optional.empty(), "format.sheet.macros", List.of()));
    }
    return result(read.grids(), issues, sourceName, null);
  }

  private Optional<Grid> csv(Path file, String sheet, String location, List<ReadIssue> issues) throws IOException {
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return Optional.of(Csv.read(reader, sheet, location));
    } catch (CharacterCodingException | UncheckedIOException malformed) {
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.syntax.encoding.unknown",
          List.of()));
    } catch (IOException malformed) {
      if (!Files.isReadable(file)) {
        throw malformed;
      }
      issues.add(ReadIssue.of("format.syntax", IssueSeverity.ERROR, "", Optional.empty(), "format.sheet.file",
          List.of(location + ": " + reason(malformed))));
    }
    return Optional.empty();
  }

  /** The first line of a library's message, without the names of exceptions it carries. */
  static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    String bare = line.replaceAll("([a-z0-9_]+\\.)+[A-Za-z0-9_$]*(Exception|Error)(: |$)", "").strip();
    return bare.isEmpty() || bare.endsWith(":") ? bare + (bare.isEmpty() ? "" : " ") + DAMAGED : bare;
  }

  /** What a library's failure says, or that the content is damaged when it says nothing. */
  static String reason(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? DAMAGED : firstLine(message);
  }

  /** The required fields of a portfolio's own row. */
  private static final List<String> PORTFOLIO_OWN = List.of("id", "title");

  /** Said of a file when the library that read it gave no reason. */
  static final String DAMAGED = "its content is damaged";

  /**
   * Reads the tree of the grids through the JSON reader, and locates every issue at its cell.
   *
   * @param fileName the name of one CSV file of projects, which a portfolio of them takes; else null
   */
  private ReadResult<Document> result(List<Grid> grids, List<ReadIssue> before, String sourceName, String fileName) {
    if (grids.isEmpty() && !before.isEmpty()) {
      // no file could be read: what it says is all there is to say, not the fields a document lacks
      return ReadResult.of(Optional.empty(), before, SourceMap.NONE, Optional.of(sourceName));
    }
    if (grids.size() == 1 && PublicExports.recognise(grids.get(0)).isPresent()) {
      // a public export: its own columns, mapped onto a portfolio (docs/tabular.md)
      PublicExports export = new PublicExports();
      Map<String, Object> tree = export.read(grids.get(0), PublicExports.recognise(grids.get(0)).get());
      List<ReadIssue> issues = new ArrayList<>(before);
      issues.addAll(export.issues);
      return result(tree, export.cells, Map.of(), java.util.Set.of(), issues, sourceName);
    }
    GridReader reader = new GridReader(lenient).named(fileName);
    Map<String, Object> tree = reader.read(grids);
    List<ReadIssue> issues = new ArrayList<>(before);
    issues.addAll(reader.issues);
    ReadResult<Document> read = result(tree, reader.cells, reader.blanks, reader.unread, issues, sourceName);
    if (!reader.portfolioRowMissing) {
      return read;
    }
    // a portfolio's id and title go in its own row, which the input lacks: say where, at no cell
    boolean folder = grids.stream().anyMatch(g -> g.location().toLowerCase(Locale.ROOT).endsWith(".csv"));
    List<ReadIssue> said = new ArrayList<>();
    for (ReadIssue issue : read.getIssues()) {
      if (issue.getMessageKey().equals("format.missing-field") && issue.getPointer().isEmpty()
          && issue.getArguments().size() == 1 && PORTFOLIO_OWN.contains(issue.getArguments().get(0))) {
        said.add(ReadIssue.of(issue.getRule(), issue.getSeverity(), "", Optional.empty(), "format.sheet.portfolio-missing",
            List.of(issue.getArguments().get(0), folder ? Layout.PORTFOLIO + ".csv" : Layout.PORTFOLIO)));
      } else {
        said.add(issue);
      }
    }
    return ReadResult.of(read.getDocument(), said, read.getSourceMap(), Optional.of(sourceName));
  }

  ReadResult<Document> result(Map<String, Object> tree, Map<String, dev.progetto.io.SourceLocation> located,
      Map<String, dev.progetto.io.SourceLocation> blanks, java.util.Set<String> unread, List<ReadIssue> issues,
      String sourceName) {
    ReadResult<Document> read = mapper.read(Json.write(tree), Syntax.JSON);
    CellMap cells = new CellMap(located, read.getSourceMap());
    for (ReadIssue issue : read.getIssues()) {
      Optional<dev.progetto.io.SourceLocation> at = cells.locate(issue.getPointer());
      if (issue.getMessageKey().equals("format.missing-field") && issue.getArguments().size() == 1) {
        // a required field left empty is reported at its empty cell, when the sheet has its column
        String field = issue.getPointer() + "/" + issue.getArguments().get(0).replace("~", "~0").replace("/", "~1");
        if (unread.contains(field)) {
          // its cell is filled, with what is already reported there: one issue a cell
          continue;
        }
        at = Optional.ofNullable(blanks.get(field)).or(() -> cells.locate(issue.getPointer()));
      }
      issues.add(ReadIssue.of(issue.getRule(), issue.getSeverity(), issue.getPointer(), at, issue.getMessageKey(),
          issue.getArguments()));
    }
    return ReadResult.of(read.getDocument(), issues, cells, Optional.of(sourceName));
  }

  /**
   * Writes a project or portfolio document as an xlsx workbook.
   *
   * @param document a project or a portfolio
   * @param out where the workbook goes; not closed
   * @throws IOException if it cannot be written, or a text is longer than a cell holds
   */
  public void writeXlsx(Document document, OutputStream out) throws IOException {
    Xlsx.write(tables(document), Map.of(), out);
  }

  /**
   * Writes a project or portfolio document as a folder of CSV files, one a sheet that has rows
   * (and always {@code Document.csv} and {@code Project.csv}).
   *
   * @param document a project or a portfolio
   * @param directory the folder, made when missing
   * @throws IOException if a file cannot be written
   */
  public void writeCsv(Document document, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Table table : tables(document)) {
      if (table.rows().isEmpty() && !table.name().equals(Layout.PROJECT) && !table.name().equals(Layout.DOCUMENT)) {
        continue;
      }
      try (Writer writer = Files.newBufferedWriter(directory.resolve(table.name() + ".csv"), StandardCharsets.UTF_8)) {
        Csv.write(table, writer);
      }
    }
  }

  /**
   * Writes an empty workbook to fill in for the projects of a call: every sheet with its columns,
   * drop-downs of the codes (roles, legal forms, units, countries, ...), the usual identifier
   * columns and, in a sheet {@code Hints}, what the call sets (its rules and their parameters).
   * Filled with one row of projects it is a project; with several, a portfolio, whose own id and
   * title go in its sheet {@code Portfolio}.
   *
   * @param call the call, or null for a workbook of no particular call
   * @param rules the call's rules with the settings it resolves to (its own and those it inherits)
   * @param out where the workbook goes; not closed
   * @throws IOException if it cannot be written
   */
  public void writeTemplate(Call call, Map<String, RuleSetting> rules, OutputStream out) throws IOException {
    Map<String, List<String>> extra = new LinkedHashMap<>();
    extra.put(Layout.PROJECT, List.of("title@en", "identifiers.cup", "identifiers.erasmus-project-number",
        "identifiers.fami-project-code"));
    extra.put("Organisations", List.of("identifiers.codice-fiscale", "identifiers.partita-iva", "identifiers.vat",
        "identifiers.pic", "identifiers.oid", "identifiers.runts"));
    // no kind: a workbook of one project row is a project, of several a portfolio, whose own id and
    // title go in sheet Portfolio
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("format", new Json.Num("1"));
    if (call != null) {
      // the first row of projects names the call already
      tree.put("call", call.getId().toString());
    }
    List<Table> tables = new TreeToTables().tables(tree, TreeToTables.TEMPLATE, extra);
    Map<String, List<String>> hints = new LinkedHashMap<>();
    if (call != null) {
      hints.put("call.id", List.of(call.getId().toString()));
      call.getName().ifPresent(name -> hints.put("call", List.of(name.asMap().values().iterator().next())));
      for (Map.Entry<String, RuleSetting> rule : rules.entrySet()) {
        List<String> values = new ArrayList<>();
        values.add(rule.getValue().getParameters().toString());
        rule.getValue().getSeverity().ifPresent(s -> values.add("severity: " + s.code()));
        rule.getValue().getConfidence().ifPresent(c -> values.add("confidence: " + c.code()));
        hints.put(rule.getKey(), values);
      }
    }
    Xlsx.write(tables, hints, out);
  }

  private List<Table> tables(Document document) throws IOException {
    String json = mapper.write(document, Syntax.JSON);
    Object tree = Json.parse(json);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) tree;
    return new TreeToTables().tables(map, document instanceof Portfolio ? "portfolio" : "project", Map.of());
  }
}
