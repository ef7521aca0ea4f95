package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.tabular.TabularMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the same projects one at a time from an xlsx workbook, from a folder of CSV files and
 * from one CSV file of projects, against JSON Lines ({@code ProgettoMapper.streamProjects}), in a
 * heap of 256 MB. The files are generated on first use under {@code benchmarks/data/} (not
 * committed) from the seeded generator's seed-page sized projects: the workbook and the folder
 * hold every list of a project, one sheet each; the single CSV file and its JSON Lines twin hold
 * only the fields of sheet {@code Project}, as a list of projects exported from a spreadsheet
 * does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class TabularReadBenchmark {

  /** The number of projects of the workbook, the CSV folder and their JSON Lines twin. */
  @Param({"5000"})
  public int projects;

  /** The number of rows of the single CSV file of projects and its JSON Lines twin. */
  @Param({"100000"})
  public int rows;

  private final ProgettoMapper json = ProgettoMapper.standard();
  private final TabularMapper tabular = TabularMapper.standard();
  private Path jsonl;
  private Path xlsx;
  private Path csvFolder;
  private Path csvRows;
  private Path jsonlRows;

  /**
   * Generates the files unless they are there.
   *
   * @throws IOException if a file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(System.getProperty("progetto.benchmarks.data", "benchmarks/data"));
    Files.createDirectories(folder);
    jsonl = folder.resolve("tabular-" + projects + ".jsonl");
    xlsx = folder.resolve("tabular-" + projects + ".xlsx");
    csvFolder = folder.resolve("tabular-" + projects + "-csv");
    if (!Files.exists(xlsx) || !Files.exists(jsonl) || !Files.isDirectory(csvFolder)) {
      ProjectGenerator generator = new ProjectGenerator(11L);
      List<Project> list = new ArrayList<>(projects);
      for (int i = 0; i < projects; i++) {
        list.add(generator.next(i, ProjectGenerator.Size.SMALL));
      }
      try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
        json.writeJsonLines(list, out);
      }
      Portfolio portfolio = Portfolio.builder().id(PortfolioId.of("benchmark"))
          .title(LocalizedText.italian("Progetti")).projects(list).build();
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        tabular.writeXlsx(portfolio, out);
      }
      tabular.writeCsv(portfolio, csvFolder);
    }
    csvRows = folder.resolve("tabular-rows-" + rows + ".csv");
    jsonlRows = folder.resolve("tabular-rows-" + rows + ".jsonl");
    if (!Files.exists(csvRows) || !Files.exists(jsonlRows)) {
      try (Writer csv = Files.newBufferedWriter(csvRows, StandardCharsets.UTF_8);
          Writer lines = Files.newBufferedWriter(jsonlRows, StandardCharsets.UTF_8)) {
        csv.write("id,title,acronym,status,period.start,period.end,budget.total,territory.countries,summary\r\n");
        for (int i = 0; i < rows; i++) {
          String title = "Progetto " + i + " per l'inclusione sociale";
          String summary = "Sintesi del progetto " + i + ": attività con le scuole, le famiglie e i servizi.";
          String start = "2024-0" + (1 + i % 9);
          csv.write("p-" + i + ",\"" + title + "\",P" + i + ",active," + start + ",2026-12," + (10_000 + i)
              + ".00,IT,\"" + summary + "\"\r\n");
          lines.write("{\"format\":1,\"kind\":\"project\",\"id\":\"p-" + i + "\",\"title\":\"" + title
              + "\",\"acronym\":\"P" + i + "\",\"status\":\"active\",\"period\":{\"start\":\"" + start
              + "\",\"end\":\"2026-12\"},\"budget\":{\"total\":" + (10_000 + i) + ".00},"
              + "\"territory\":{\"countries\":[\"IT\"]},\"summary\":\"" + summary + "\"}\n");
        }
      }
    }
  }

  private static long count(ProjectStream stream) {
    long read = 0;
    try (stream) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        if (result.getDocument().isEmpty() || result.hasErrors()) {
          throw new IllegalStateException("line " + stream.lineNumber() + ": " + result.getIssues());
        }
        read++;
      }
    }
    return read;
  }

  /**
   * Baseline: the projects from JSON Lines.
   *
   * @return the number of projects read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jsonLines() throws IOException {
    return count(json.streamProjects(jsonl));
  }

  /**
   * The same projects from an xlsx workbook, one sheet per list.
   *
   * @return the number of projects read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long xlsx() throws IOException {
    return count(tabular.streamProjects(xlsx));
  }

  /**
   * The same projects from a folder of CSV files, one per sheet.
   *
   * @return the number of projects read
   * @throws IOException if the files cannot be read
   */
  @Benchmark
  public long csvFolder() throws IOException {
    return count(tabular.streamProjects(csvFolder));
  }

  /**
   * Baseline of the single file: its rows as JSON Lines.
   *
   * @return the number of projects read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jsonLinesRows() throws IOException {
    return count(json.streamProjects(jsonlRows));
  }

  /**
   * One CSV file of projects, a row each.
   *
   * @return the number of projects read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long csvRows() throws IOException {
    return count(tabular.streamProjects(csvRows));
  }
}
