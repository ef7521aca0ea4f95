package dev.progetto.tabular;

import dev.progetto.tabular.CellSyntax.Cell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Workbooks in the xlsx format, through FastExcel: its reader streams the rows of a sheet, its
 * writer streams them out. Before FastExcel opens a workbook, its zip entries are checked here
 * against limits, so that a zip bomb or an endless shared-string table is refused, not inflated.
 */
final class Xlsx {

  /** The longest text a cell holds. */
  static final int MAX_TEXT = 32_767;
  /** Rows a sheet offers drop-downs on. */
  private static final int VALIDATED_ROWS = 1000;
  /** The most a workbook may inflate to, all entries together. */
  static final long MAX_INFLATED = 1L << 30;
  /** The most an entry may inflate, relative to its compressed size, past the first megabyte. */
  static final long MAX_RATIO = 200;
  /** The most bytes of a workbook read. */
  static final long MAX_BYTES = 256L << 20;

  private Xlsx() {}

  /** The sheets of a workbook read, and whether it holds macros. */
  record Read(List<Grid> grids, boolean macros) {}

  /** Reads every sheet of a workbook; formulas are read as their cached values, never evaluated. */
  static Read read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
    if (bytes.length > MAX_BYTES) {
      throw new IOException("the workbook has more than " + MAX_BYTES + " bytes");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw new IOException(ReadableWorkbook.isOLE2Header(bytes)
          ? "an .xls workbook of Excel 97-2003 or an encrypted workbook: save it as .xlsx"
          : "not an xlsx workbook (an xlsx file is a zip archive)");
    }
    boolean macros;
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      macros = check(zip);
    }
    List<Grid> grids = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            while (rows.size() < row.getRowNum() - 1) {
              rows.add(null);
            }
            rows.add(cells(row));
          }
        }
        grids.add(new Grid(sheet.getName(), sheet.getName(), rows));
      }
    } catch (RuntimeException malformed) {
      throw new IOException(TabularMapper.reason(malformed), malformed);
    }
    return new Read(grids, macros);
  }

  /** Checks the entries of the archive against the limits; returns whether it holds a VBA project. */
  private static boolean check(ZipFile zip) throws IOException {
    boolean macros = false;
    long total = 0;
    byte[] buffer = new byte[8192];
    for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
      String name = entry.getName().toLowerCase(Locale.ROOT);
      if (name.endsWith("vbaproject.bin")) {
        macros = true;
      }
      long compressed = Math.max(entry.getCompressedSize(), 1);
      long inflated = 0;
      try (InputStream in = zip.getInputStream(entry)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          inflated += n;
          total += n;
          if (total > MAX_INFLATED || (inflated > (1 << 20) && inflated / compressed > MAX_RATIO)) {
            throw new IOException("the workbook inflates beyond the limits of a workbook (" + entry.getName()
                + "): refused as a possible zip bomb");
          }
        }
      }
    }
    return macros;
  }

  /** A workbook opened from its file, to read its sheets row by row, and whether it holds macros. */
  record Opened(ReadableWorkbook workbook, boolean macros) {}

  /**
   * Opens a workbook from its file, whose sheets are then read row by row: the archive is read
   * where it lies, never whole into memory, after its entries are checked against the limits.
   */
  static Opened open(Path path) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(8);
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw new IOException(ReadableWorkbook.isOLE2Header(head)
          ? "an .xls workbook of Excel 97-2003 or an encrypted workbook: save it as .xlsx"
          : "not an xlsx workbook (an xlsx file is a zip archive)");
    }
    boolean macros;
    try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
      macros = check(zip);
    }
    try {
      return new Opened(new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false)), macros);
    } catch (RuntimeException malformed) {
      throw new IOException(TabularMapper.reason(malformed), malformed);
    }
  }

  /** A sheet of an opened workbook, read one row at a time. */
  static SheetRows rows(Sheet sheet) throws IOException {
    Stream<Row> stream = sheet.openStream();
    java.util.Iterator<Row> rows = stream.iterator();
    return new SheetRows(sheet.getName(), sheet.getName()) {
      @Override
      Numbered next() throws IOException {
        try {
          if (!rows.hasNext()) {
            return null;
          }
          Row row = rows.next();
          return new Numbered(row.getRowNum(), cells(row));
        } catch (RuntimeException malformed) {
          throw new IOException(TabularMapper.reason(malformed), malformed);
        }
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

  /** The cells of a row read, a missing cell null. */
  static List<Cell> cells(Row row) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
      cells.add(cell == null ? null : cell(cell));
    }
    return cells;
  }

  private static Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    switch (type) {
      case STRING:
        return Cell.text(unescape(cell.asString()));
      case NUMBER: {
        ChronoUnit shown = shown(cell);
        if (shown != null) {
          return new Cell(null, null, cell.asDate().toLocalDate(), shown, null);
        }
        return new Cell(null, cell.asNumber(), null, null);
      }
      case BOOLEAN:
        return Cell.text(String.valueOf(cell.asBoolean()));
      case ERROR:
        return new Cell(null, null, null, raw == null ? "#ERROR" : raw);
      case FORMULA:
        // the value the spreadsheet last computed; the formula itself is never evaluated here
        if (raw == null) {
          return new Cell(null, null, null, "=" + cell.getFormula());
        }
        try {
          BigDecimal number = new BigDecimal(raw);
          ChronoUnit shown = shown(cell);
          return shown != null ? new Cell(null, null, cell.asDate().toLocalDate(), shown, null)
              : new Cell(null, number, null, null);
        } catch (NumberFormatException | java.time.DateTimeException notNumber) {
          return Cell.text(unescape(raw));
        }
      default:
        return null;
    }
  }

  /**
   * What a number cell shows of a date, null when it shows no date: days, or only a month
   * ({@code mmm-yy}, {@code mm/yyyy}, the built-in format 17) or a year ({@code yyyy}).
   */
  static ChronoUnit shown(org.dhatim.fastexcel.reader.Cell cell) {
    String format = cell.getDataFormatString();
    Integer id = cell.getDataFormatId();
    if (format == null || format.isBlank()) {
      if (id != null && id == 17) {
        return ChronoUnit.MONTHS;
      }
      return id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) ? ChronoUnit.DAYS : null;
    }
    return shown(format);
  }

  /** What a number format shows of a date, null when it shows none (a format of numbers). */
  static ChronoUnit shown(String format) {
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
    boolean time = bare.contains("h") || bare.contains("s");
    if (bare.contains("d") || (bare.contains("y") && time)) {
      return ChronoUnit.DAYS;
    }
    if (bare.contains("m") && !time) {
      return ChronoUnit.MONTHS;
    }
    return bare.contains("y") ? ChronoUnit.YEARS : null;
  }

  /** {@code _xHHHH_}, the escape of a character in the texts of a workbook. */
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /**
   * A text as a workbook holds it (OOXML's {@code ST_Xstring}): a character that XML cannot carry
   * (a control character such as U+0007, U+FFFE, U+FFFF) as {@code _xHHHH_}, and the underscore
   * of a text that reads as such an escape as {@code _x005F_}, so that Excel, LibreOffice and
   * {@link #unescape} give the text back as it was.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
        replacement = String.format(Locale.ROOT, "_x%04X_", (int) c);
      } else if (c == '_' && ESCAPED.matcher(text).region(i, text.length()).lookingAt()) {
        replacement = "_x005F_";
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** A text of a workbook with its {@code _xHHHH_} escapes undone. */
  static String unescape(String text) {
    if (text == null || text.indexOf("_x") < 0) {
      return text;
    }
    Matcher escaped = ESCAPED.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (escaped.find()) {
      escaped.appendReplacement(out, Matcher.quoteReplacement(
          String.valueOf((char) Integer.parseInt(escaped.group(1), 16))));
    }
    escaped.appendTail(out);
    return out.toString();
  }

  /** Writes tables as a workbook: a bold row of codes, a row of Italian labels, the data, and drop-downs for codes. */
  static void write(List<Table> tables, Map<String, List<String>> hints, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "progetto", null);
    Worksheet lists = null;
    int listColumn = 0;
    List<Runnable> validations = new ArrayList<>();
    for (Table table : tables) {
      Worksheet sheet = workbook.newWorksheet(table.name());
      for (int c = 0; c < table.headers().size(); c++) {
        sheet.value(0, c, table.headers().get(c));
        sheet.style(0, c).bold().set();
        sheet.value(1, c, table.labels().get(c));
        sheet.style(1, c).italic().set();
        sheet.width(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 2)));
      }
      sheet.freezePane(0, 2);
      int r = 2;
      for (List<String> values : table.rows()) {
        for (int c = 0; c < values.size(); c++) {
          String value = values.get(c);
          if (value != null) {
            if (value.length() > MAX_TEXT) {
              throw new IOException("the text of sheet " + table.name() + ", column " + table.headers().get(c) + " has "
                  + value.length() + " characters: a cell holds at most " + MAX_TEXT);
            }
            // in its cell, not in a table of shared strings that would grow with the workbook
            sheet.inlineString(r, c, escape(value));
          }
        }
        r++;
      }
      for (Map.Entry<String, List<String>> entry : table.codes().entrySet()) {
        if (lists == null) {
          lists = workbook.newWorksheet(Layout.AUXILIARY.get(0));
        }
        Worksheet codes = lists;
        int column = table.headers().indexOf(entry.getKey());
        int at = listColumn++;
        List<String> values = entry.getValue();
        codes.value(0, at, entry.getKey());
        for (int i = 0; i < values.size(); i++) {
          codes.value(i + 1, at, values.get(i));
        }
        int last = Math.max(2 + table.rows().size(), VALIDATED_ROWS);
        validations.add(() -> {
          Range source = codes.range(1, at, values.size(), at);
          sheet.range(2, column, last, column).validateWithList(source).allowBlank(true).showDropdown(true)
              .showErrorMessage(false);
        });
      }
    }
    validations.forEach(Runnable::run);
    if (lists != null) {
      lists.setVisibilityState(VisibilityState.HIDDEN);
    }
    if (!hints.isEmpty()) {
      Worksheet sheet = workbook.newWorksheet(Layout.AUXILIARY.get(1));
      int r = 0;
      for (Map.Entry<String, List<String>> hint : hints.entrySet()) {
        sheet.value(r, 0, hint.getKey());
        sheet.style(r, 0).bold().set();
        for (int c = 0; c < hint.getValue().size(); c++) {
          String text = hint.getValue().get(c);
          sheet.value(r, c + 1, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
        r++;
      }
      sheet.width(0, 40);
      sheet.width(1, 80);
    }
    workbook.finish();
  }

}
