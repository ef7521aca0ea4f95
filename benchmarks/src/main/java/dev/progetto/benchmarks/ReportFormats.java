package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.report.PortfolioReport;
import dev.progetto.report.ReportFormat;
import dev.progetto.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the Markdown, CSV (a zip of every table) and JSON reports of a JSON Lines file against
 * reading the same file as the command line reads it (streamed, lenient), with the rows of
 * projects and indicators on disk ({@code PortfolioReport.Builder.rowsOnDisk}), as the command
 * line makes them: one warm-up round, then the median of the rounds asked for, in the same JVM.
 * Run it in a small heap ({@code -Xmx64m}) to show the report's memory does not grow with the
 * projects' rows. Prints one Markdown table row per format.
 */
public final class ReportFormats {

  private ReportFormats() {
  }

  /**
   * Runs the comparison.
   *
   * @param args the JSON Lines file, the number of measured rounds (default 1), and the folder to
   *     write the reports into (default the system's temporary folder)
   * @throws IOException if the file cannot be read or a report written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReportFormats FILE.jsonl [ROUNDS] [FOLDER]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path folder = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(true).build();
    long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.CSV, ReportFormat.JSON)) {
      List<Long> reads = new ArrayList<>();
      List<Long> reports = new ArrayList<>();
      Path out = folder.resolve("report-" + format.name().toLowerCase(Locale.ROOT) + (format == ReportFormat.CSV ? ".zip" : ""));
      int projects = 0;
      for (int round = 0; round <= rounds; round++) {
        long start = System.nanoTime();
        projects = ReportRatio.read(mapper, file, null);
        long read = System.nanoTime() - start;
        start = System.nanoTime();
        PortfolioReport.Builder builder = PortfolioReport.builder(Locale.ITALIAN).rowsOnDisk();
        ReportRatio.read(mapper, file, builder);
        PortfolioReport report = builder.build();
        builder = null;
        if (format == ReportFormat.CSV) {
          try (OutputStream zip = Files.newOutputStream(out)) {
            ReportRenderer.writeCsvZip(report, zip);
          }
        } else {
          try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ReportRenderer.render(report, format, writer);
          }
        }
        long time = System.nanoTime() - start;
        if (round > 0) {
          reads.add(read);
          reports.add(time);
        }
      }
      double read = ReportRatio.median(reads) / 1e9;
      double report = ReportRatio.median(reports) / 1e9;
      System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.2f | %.1f |%n", format.name().toLowerCase(Locale.ROOT),
          projects, heap, read, report, report / read, Files.size(out) / 1e6);
    }
  }
}
