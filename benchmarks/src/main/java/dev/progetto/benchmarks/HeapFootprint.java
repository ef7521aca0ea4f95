package dev.progetto.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadLimits;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap a 10,000-project portfolio keeps once read: as progetto's model, as progetto's read
 * result (the model and the location table that gives findings their lines), and as Jackson's
 * {@code JsonNode} tree of the same bytes. Heap is measured after repeated full collections,
 * with the bytes themselves held throughout so that they cancel out.
 */
public final class HeapFootprint {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** What is being measured, held where no compiler can decide it is unreachable. */
  private static volatile Object kept;

  private HeapFootprint() {}

  /**
   * Measures and writes {@code {"projects": n, "bytes": n, "progettoModel": n, "progettoReadResult": n, "jacksonTree": n}}.
   *
   * @param args the number of projects and the JSON file to write the figures to
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    ProjectGenerator generator = new ProjectGenerator(7L);
    List<Project> projects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      projects.add(generator.next(i, ProjectGenerator.Size.SMALL));
    }
    Portfolio portfolio = Portfolio.builder().id(PortfolioId.of("national-dump"))
        .title(LocalizedText.italian("Progetti")).projects(projects).build();
    byte[] json = ProgettoMapper.standard().write(portfolio, Syntax.JSON).getBytes(StandardCharsets.UTF_8);
    projects = null;
    portfolio = null;
    ProgettoMapper mapper = ProgettoMapper.builder()
        .limits(ReadLimits.defaults().withMaxDocumentBytes(json.length + 1L)).build();
    ObjectMapper jackson = new ObjectMapper();

    long base = used();
    ReadResult<Document> read = mapper.read(json, Syntax.JSON);
    if (!read.getIssues().isEmpty() || read.getDocument().isEmpty()) {
      throw new IllegalStateException("the portfolio did not read cleanly: " + read.getIssues());
    }
    kept = read;
    long readResult = used() - base;
    kept = read.getDocument().get();
    read = null;
    long modelOnly = used() - base;
    kept = null;

    base = used();
    kept = jackson.readTree(json);
    long jacksonTree = used() - base;
    kept = null;

    String figures = String.format(java.util.Locale.ROOT,
        "{\"projects\": %d, \"bytes\": %d, \"progettoModel\": %d, \"progettoReadResult\": %d, \"jacksonTree\": %d}%n",
        count, json.length, modelOnly, readResult, jacksonTree);
    Files.writeString(Path.of(args[1]), figures, StandardCharsets.UTF_8);
    System.out.print(figures);
  }

  private static long used() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - now) < 64 * 1024) {
        return now;
      }
      previous = now;
    }
    return previous;
  }
}
