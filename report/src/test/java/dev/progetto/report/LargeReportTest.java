package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Large portfolios: rows kept on disk give the same report as rows on the heap, in a heap far too small for those. */
class LargeReportTest {

  /** The heap of the forked JVMs: enough for the roll-ups of 30,000 projects, not for their rows. */
  private static final String HEAP = "-Xmx40m";
  private static final int PROJECTS = 30_000;

  @Test
  void rowsOnDiskGiveTheSameReportAsRowsOnTheHeap() {
    PortfolioReport.Builder heap = PortfolioReport.builder(Locale.ITALIAN);
    PortfolioReport.Builder disk = PortfolioReport.builder(Locale.ITALIAN).rowsOnDisk();
    for (int i = 0; i < 120; i++) {
      heap.add(LargePortfolio.project(i));
      disk.add(LargePortfolio.project(i));
    }
    disk.add(LargePortfolio.project(3)); // a project whose id an earlier one has is left out, on disk as on the heap
    PortfolioReport inMemory = heap.build();
    PortfolioReport onDisk = disk.build();

    for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.JSON, ReportFormat.HTML)) {
      assertThat(render(onDisk, format)).as("%s", format).isEqualTo(render(inMemory, format));
    }
    for (ReportTable table : ReportTable.values()) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      ReportRenderer.renderCsv(onDisk, table, a);
      ReportRenderer.renderCsv(inMemory, table, b);
      assertThat(a.toString()).as("%s", table).isEqualTo(b.toString());
    }
    assertThat(onDisk.getIndicators()).isEqualTo(inMemory.getIndicators()).hasSize(720);
    assertThat(onDisk.getProjects()).isEqualTo(inMemory.getProjects()).hasSize(120);
    // Read again: the file is read anew each time.
    assertThat(onDisk.getProjects()).hasSize(120);
    assertThat(ReportRenderer.sheets(onDisk)).isEqualTo(ReportRenderer.sheets(inMemory));

    assertThatThrownBy(() -> disk.add(LargePortfolio.project(500))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after build()");
    assertThatThrownBy(() -> heap.rowsOnDisk()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the first project");
    // A builder on the heap goes on after build(), and its earlier report does not change.
    heap.add(LargePortfolio.project(500));
    assertThat(inMemory.getProjectCount()).isEqualTo(120);
    assertThat(heap.build().getProjectCount()).isEqualTo(121);
  }

  @Test
  void thirtyThousandProjectsRenderInASmallHeapWithRowsOnDisk() throws Exception {
    Run disk = fork("disk");
    assertThat(disk.exit()).as(disk.output()).isZero();
    assertThat(disk.output()).contains("projects 30000 indicators 180000 markdown ");
    // The same heap is too small when the rows are kept on it: the bound is the rows on disk.
    Run memory = fork("memory");
    assertThat(memory.exit()).as(memory.output()).isNotZero();
    assertThat(memory.output()).contains("OutOfMemoryError");
  }

  private record Run(int exit, String output) {}

  private static Run fork(String rows) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LargePortfolio.class.getName());
    command.add(Integer.toString(PROJECTS));
    command.add(rows);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static String render(PortfolioReport report, ReportFormat format) {
    StringBuilder out = new StringBuilder();
    ReportRenderer.render(report, format, out);
    return out.toString();
  }
}
