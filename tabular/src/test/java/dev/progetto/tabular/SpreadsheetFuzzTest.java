package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of the spreadsheet readers: xlsx bytes and CSV bytes. {@code verify} runs each on
 * its committed corpus ({@code SpreadsheetFuzzTestInputs/<method>/} under the test resources);
 * {@code scripts/fuzz} runs one in fuzzing mode. Each asserts, for any bytes: no exception; every
 * issue a reading rule, located at a cell inside the input unless it is about the whole file; the
 * same of the projects read one at a time; and a document read without issues is written back and
 * re-read to an equal one.
 */
class SpreadsheetFuzzTest {

  /** The reading rules of the catalogue (docs/rules.md, "Reading"). */
  private static final Set<String> FORMAT_RULES = Set.of("format.syntax", "format.version", "format.kind",
      "format.unknown-field", "format.type", "format.missing-field", "format.invalid-value", "format.duplicate-key",
      "format.limit");
  /** The issues about a whole file, which no cell holds. */
  private static final Set<String> WHOLE_FILE = Set.of("format.sheet.file", "format.sheet.macros",
      "format.syntax.encoding.unknown");

  private static final TabularMapper STRICT = TabularMapper.standard();

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void xlsx(byte[] input) throws IOException {
    ReadResult<Document> result = STRICT.readXlsx(new ByteArrayInputStream(input), "fuzz.xlsx");
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = dir.resolve("fuzz.xlsx");
      Files.write(file, input);
      Map<String, Grid> grids = new HashMap<>();
      try {
        Xlsx.Opened opened = Xlsx.open(file);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = opened.workbook()) {
          for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
            try (SheetRows rows = Xlsx.rows(sheet)) {
              grids.put(sheet.getName(), readable(rows));
            }
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        // the cells read so far, if any: the file's issue says why there are no more
      }
      assertWellFormed(result, grids);
      assertStreamsWellFormed(file, grids);
    } finally {
      delete(dir);
    }
    if (result.getIssues().isEmpty()) {
      Document document = result.getDocument().orElseThrow();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      STRICT.writeXlsx(document, out);
      ReadResult<Document> again = STRICT.readXlsx(new ByteArrayInputStream(out.toByteArray()), "again.xlsx");
      assertThat(again.getIssues()).as("issues re-reading the workbook written").isEmpty();
      assertThat(again.getDocument()).as("document re-read").contains(document);
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void csv(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = dir.resolve("fuzz.csv");
      Files.write(file, input);
      ReadResult<Document> result = STRICT.read(file);
      Map<String, Grid> grids = new HashMap<>();
      try (java.io.Reader reader = new java.io.InputStreamReader(new ByteArrayInputStream(input),
          java.nio.charset.StandardCharsets.UTF_8.newDecoder()); SheetRows rows = Csv.open(reader, Layout.PROJECT, "fuzz.csv")) {
        grids.put("fuzz.csv", readable(rows));
      } catch (IOException | RuntimeException unreadable) {
        // no cell to locate an issue at: the file's issue says why
      }
      assertWellFormed(result, grids);
      assertStreamsWellFormed(file, grids);
      if (result.getIssues().isEmpty()) {
        Document document = result.getDocument().orElseThrow();
        STRICT.writeCsv(document, dir.resolve("again"));
        ReadResult<Document> again = STRICT.read(dir.resolve("again"));
        assertThat(again.getIssues()).as("issues re-reading the CSV files written").isEmpty();
        assertThat(again.getDocument()).as("document re-read").contains(document);
      }
    } finally {
      delete(dir);
    }
  }

  /**
   * The rows of a sheet up to the first that cannot be read: reading one project at a time
   * reports what it found before a file turns out damaged, at cells of those rows.
   */
  private static Grid readable(SheetRows rows) {
    java.util.List<java.util.List<CellSyntax.Cell>> cells = new java.util.ArrayList<>();
    try {
      for (SheetRows.Numbered row = rows.next(); row != null; row = rows.next()) {
        while (cells.size() < row.number() - 1) {
          cells.add(null);
        }
        cells.add(row.cells());
      }
    } catch (IOException | RuntimeException unreadable) {
      // the rows before it stay
    }
    return new Grid(rows.name, rows.location, cells);
  }

  private static void assertStreamsWellFormed(Path file, Map<String, Grid> grids) throws IOException {
    try (ProjectStream stream = STRICT.streamProjects(file)) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        assertWellFormed(result, grids);
        if (result.getDocument().isPresent()) {
          assertThat(stream.lineNumber()).as("row of the project").isPositive();
        }
      }
    }
  }

  /** Every issue a reading rule, located at a cell of the input unless it is about the whole file. */
  private static void assertWellFormed(ReadResult<?> result, Map<String, Grid> grids) {
    for (ReadIssue issue : result.getIssues()) {
      assertThat(FORMAT_RULES).as("rule of %s", issue).contains(issue.getRule());
      assertThat(issue.getMessage(Locale.ENGLISH)).as("message of %s", issue.getMessageKey())
          .doesNotStartWith(issue.getMessageKey() + " [").doesNotContain("Exception");
      if (WHOLE_FILE.contains(issue.getMessageKey())) {
        continue;
      }
      if (issue.getLocation().isEmpty()) {
        // only an input without a single cell has nowhere to say it
        assertThat(grids.values()).as("an issue with no cell, %s, in an input with cells", issue)
            .allMatch(grid -> grid.rows().stream().allMatch(row -> row == null || row.isEmpty()));
        continue;
      }
      SourceLocation at = issue.getLocation().get();
      assertThat(at.isCell()).as("cell of %s", issue).isTrue();
      Grid grid = grids.get(at.sheet());
      assertThat(grid).as("sheet of %s among %s", issue, grids.keySet()).isNotNull();
      assertThat(at.line()).as("row of %s", issue).isBetween(1, Math.max(1, grid.rows().size()));
      int width = grid.rows().stream().mapToInt(row -> row == null ? 0 : row.size()).max().orElse(0);
      assertThat(at.column()).as("column of %s", issue).isBetween(1, Math.max(1, width));
    }
    if (result.getDocument().isEmpty()) {
      assertThat(result.hasErrors()).as("a result without a document has an error: %s", result.getIssues()).isTrue();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
