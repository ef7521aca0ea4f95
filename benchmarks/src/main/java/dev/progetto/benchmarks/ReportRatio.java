package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import dev.progetto.report.PortfolioReport;
import dev.progetto.report.ReportFormat;
import dev.progetto.report.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time of the HTML report of a JSON Lines file against the time of reading the same file, as
 * the command line reads it (streamed, lenient): one warm-up round, then the median of the rounds
 * asked for, each in the same JVM. Prints the times, their ratio, the page's size and the heap the
 * finished report keeps (after a full collection), as a Markdown table row.
 */
public final class ReportRatio {

  private ReportRatio() {
  }

  /**
   * Runs the comparison.
   *
   * @param args the JSON Lines file, the number of measured rounds (default 3), and the page to write
   * @throws IOException if the file cannot be read or the page written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReportRatio FILE.jsonl [ROUNDS] [PAGE.html]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(true).build();
    List<Long> reads = new ArrayList<>();
    List<Long> reports = new ArrayList<>();
    int projects = 0;
    String page = "";
    PortfolioReport kept = null;
    for (int round = 0; round <= rounds; round++) {
      long start = System.nanoTime();
      projects = read(mapper, file, null);
      long read = System.nanoTime() - start;
      start = System.nanoTime();
      PortfolioReport.Builder builder = PortfolioReport.builder(Locale.ITALIAN).indicatorLimit(ReportRenderer.PAGE_ROWS);
      read(mapper, file, builder);
      StringBuilder html = new StringBuilder();
      kept = builder.build();
      ReportRenderer.render(kept, ReportFormat.HTML, html);
      page = html.toString();
      long report = System.nanoTime() - start;
      if (round > 0) {
        reads.add(read);
        reports.add(report);
      }
    }
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), page, StandardCharsets.UTF_8);
    }
    long pageBytes = page.getBytes(StandardCharsets.UTF_8).length;
    page = "";
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long live = runtime.totalMemory() - runtime.freeMemory();
    int size = kept.getProjectCount();
    double read = median(reads) / 1e9;
    double report = median(reports) / 1e9;
    System.out.printf(Locale.ROOT, "| %,d | %.1f | %.2f | %.2f | %.2f | %.2f | %d |%n", projects, Files.size(file) / 1e6, read, report,
        report / read, pageBytes / 1e6, live / (1024 * 1024));
    if (size != projects) {
      throw new IllegalStateException("the report counts " + size + " projects of " + projects);
    }
  }

  /** Reads the projects of a JSON Lines file, into the builder when there is one; returns their number. */
  static int read(ProgettoMapper mapper, Path file, PortfolioReport.Builder builder) throws IOException {
    int projects = 0;
    try (ProjectStream stream = mapper.streamProjects(file)) {
      while (stream.hasNext()) {
        ReadResult<Project> line = stream.next();
        if (line.getDocument().isPresent()) {
          projects++;
          if (builder != null) {
            builder.add(line.getDocument().get());
          }
        }
      }
    }
    return projects;
  }

  static double median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
