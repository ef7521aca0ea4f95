import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Writes and reads a workbook of ROWS rows and 12 columns of the kind progetto-tabular writes (ids,
 * texts, amounts and dates as text) with Apache POI (XSSF to read, SXSSF to write) and with
 * FastExcel, and prints the best time of five runs and the peak heap of one run, measured in a
 * JVM of its own per library and direction: java MeasureXlsx.java poi|fastexcel|fastexcel-inline read|write [ROWS]
 * (fastexcel-inline writes each text in its cell rather than in the table of shared strings).
 */
public class MeasureXlsx {

  static final int COLUMNS = 12;

  public static void main(String[] args) throws Exception {
    String library = args[0];
    String direction = args[1];
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    boolean inline = library.equals("fastexcel-inline");
    byte[] workbook = library.equals("poi") ? writePoi(rows) : writeFastExcel(rows, inline);
    Callable<Object> task;
    if (direction.equals("write")) {
      task = library.equals("poi") ? () -> writePoi(rows) : () -> writeFastExcel(rows, inline);
    } else {
      task = library.equals("poi") ? () -> readPoi(workbook) : () -> readFastExcel(workbook);
    }
    for (int i = 0; i < 3; i++) {
      task.call(); // warm-up
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      task.call();
      best = Math.min(best, System.nanoTime() - start);
    }
    System.gc();
    long before = heapUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    Object kept = task.call();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%-16s %-5s %6d rows  %7.1f ms  peak heap %6.1f MB  (workbook %d kB)%s%n", library,
        direction, rows, best / 1e6, (peak - before) / 1048576.0, workbook.length / 1024, kept == null ? "" : "");
  }

  static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static String cell(int row, int column) {
    switch (column % 4) {
      case 0:
        return "id-" + row + "-" + column;
      case 1:
        return "Testo della riga " + row + ", colonna " + column + " – «Fase 2»";
      case 2:
        return (row * 37 % 1_000_000) + ".00 EUR";
      default:
        return "2024-" + String.format(Locale.ROOT, "%02d", 1 + row % 12);
    }
  }

  static byte[] writePoi(int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Project");
      for (int r = 0; r < rows; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        for (int c = 0; c < COLUMNS; c++) {
          row.createCell(c).setCellValue(cell(r, c));
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
    return out.toByteArray();
  }

  static byte[] writeFastExcel(int rows, boolean inline) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "measure", "1.0");
    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Project");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        if (inline) {
          sheet.inlineString(r, c, cell(r, c));
        } else {
          sheet.value(r, c, cell(r, c));
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }

  static Object readPoi(byte[] bytes) throws IOException {
    long cells = 0;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new ByteArrayInputStream(bytes))) {
      for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          cells += cell.getStringCellValue().length() > 0 ? 1 : 0;
        }
      }
    }
    return cells;
  }

  static Object readFastExcel(byte[] bytes) throws IOException {
    long[] cells = {0};
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
        new ByteArrayInputStream(bytes))) {
      try (Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
        rows.forEach(row -> row.forEach(cell -> cells[0] += cell.getText().length() > 0 ? 1 : 0));
      }
    }
    return cells[0];
  }
}
