package dev.progetto.tabular;

import dev.progetto.tabular.CellSyntax.Cell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Sheets as CSV files, through Apache Commons CSV: RFC 4180, UTF-8, comma or semicolon (what
 * spreadsheets write in Italy) as the separator. An empty field is an empty cell and {@code ""} an
 * empty text, so that nothing changes on the way back.
 */
final class Csv {

  private Csv() {}

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuoteMode(QuoteMode.ALL_NON_NULL)
        .setRecordSeparator("\r\n").get();
  }

  /** Reads a CSV file as a sheet. */
  static Grid read(Reader in, String name, String location) throws IOException {
    List<List<Cell>> rows = new ArrayList<>();
    try (SheetRows sheet = open(in, name, location)) {
      for (SheetRows.Numbered row = sheet.next(); row != null; row = sheet.next()) {
        rows.add(row.cells());
      }
    }
    return new Grid(name, location, rows);
  }

  /** Opens a CSV file as a sheet read one row at a time: a record is a row. */
  static SheetRows open(Reader in, String name, String location) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    reader.mark(1 << 16);
    char[] head = new char[1 << 16];
    int length = Math.max(0, reader.read(head));
    reader.reset();
    int start = length > 0 && head[0] == '\uFEFF' ? 1 : 0;
    if (start == 1) {
      reader.skip(1);
    }
    int commas = 0;
    int semicolons = 0;
    for (int i = start; i < length && head[i] != '\n'; i++) {
      if (head[i] == ',') {
        commas++;
      } else if (head[i] == ';') {
        semicolons++;
      }
    }
    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(semicolons > commas ? ';' : ',')).get();
    Iterator<CSVRecord> records = parser.iterator();
    return new SheetRows(name, location) {
      private int number;

      @Override
      Numbered next() throws IOException {
        try {
          if (!records.hasNext()) {
            return null;
          }
          CSVRecord record = records.next();
          List<Cell> cells = new ArrayList<>(record.size());
          for (String value : record) {
            cells.add(value == null ? null : Cell.text(value));
          }
          return new Numbered(++number, cells);
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
          Throwable cause = malformed.getCause() != null ? malformed.getCause() : malformed;
          if (cause instanceof java.nio.charset.CharacterCodingException coding) {
            throw coding;
          }
          throw new IOException("not well-formed CSV " + String.valueOf(cause.getMessage()).replace("startline", "line"),
              malformed);
        }
      }

      @Override
      public void close() throws IOException {
        parser.close();
      }
    };
  }

  /** Writes a sheet as CSV: the row of codes, the row of Italian labels, the data. */
  static void write(Table table, Writer out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, format(','))) {
      printer.printRecord(table.headers());
      printer.printRecord(table.labels());
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    }
  }
}
