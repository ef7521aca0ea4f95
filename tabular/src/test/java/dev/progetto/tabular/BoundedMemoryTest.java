package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 projects as one CSV file and as a workbook are read one at a time in a JVM whose heap
 * is too small to hold them: reading the whole file there runs out of memory, streaming does not.
 */
class BoundedMemoryTest {

  private static final int PROJECTS = 100_000;
  /** Enough for the library and one project, far from enough for 100,000 rows. */
  private static final String HEAP = "-Xmx24m";

  @TempDir
  static Path dir;

  private static final String[] HEADERS = {"id", "title", "acronym", "status", "period.start", "period.end",
      "budget.total", "territory.countries", "summary"};

  private static String[] row(int i) {
    return new String[] {"p-" + i, "Progetto numero " + i + " per l'inclusione sociale", "P" + i, "active",
        "2024-0" + (1 + i % 9), "2026-12", (10_000 + i) + ".00", "IT", "Sintesi del progetto " + i
        + ": attività con le scuole, le famiglie e i servizi del territorio."};
  }

  @BeforeAll
  static void writeFiles() throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve("progetti.csv"), StandardCharsets.UTF_8)) {
      out.write(String.join(",", HEADERS) + "\r\n");
      for (int i = 0; i < PROJECTS; i++) {
        StringBuilder line = new StringBuilder();
        for (String cell : row(i)) {
          line.append(line.length() == 0 ? "" : ",").append('"').append(cell).append('"');
        }
        out.write(line + "\r\n");
      }
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("portafoglio.xlsx"))) {
      Workbook workbook = new Workbook(out, "progetto", null);
      // one sheet after another: the writer streams one sheet at a time
      Worksheet projects = workbook.newWorksheet("Project");
      for (int c = 0; c < HEADERS.length; c++) {
        projects.value(0, c, HEADERS[c]);
      }
      for (int i = 0; i < PROJECTS; i++) {
        String[] cells = row(i);
        for (int c = 0; c < cells.length; c++) {
          projects.inlineString(i + 1, c, cells[c]);
        }
        flush(projects, i);
      }
      projects.finish();
      Worksheet organisations = workbook.newWorksheet("Organisations");
      String[] organisation = {"@project", "id", "name", "legalForm"};
      for (int c = 0; c < organisation.length; c++) {
        organisations.value(0, c, organisation[c]);
      }
      for (int i = 0; i < PROJECTS; i++) {
        organisations.inlineString(i + 1, 0, "p-" + i);
        organisations.inlineString(i + 1, 1, "ente-" + i);
        organisations.inlineString(i + 1, 2, "Associazione " + i);
        organisations.inlineString(i + 1, 3, "associazione");
        flush(organisations, i);
      }
      organisations.finish();
      Worksheet participants = workbook.newWorksheet("Participants");
      String[] participant = {"@project", "organisation", "role"};
      for (int c = 0; c < participant.length; c++) {
        participants.value(0, c, participant[c]);
      }
      for (int i = 0; i < PROJECTS; i++) {
        participants.inlineString(i + 1, 0, "p-" + i);
        participants.inlineString(i + 1, 1, "ente-" + i);
        participants.inlineString(i + 1, 2, "lead");
        flush(participants, i);
      }
      participants.finish();
      workbook.finish();
    }
  }

  private static void flush(Worksheet sheet, int row) throws IOException {
    if (row % 1000 == 999) {
      sheet.flush();
    }
  }

  @Test
  void aCsvOfProjectsStreamsInASmallHeapThatCannotHoldIt() throws Exception {
    Path csv = dir.resolve("progetti.csv");
    assertThat(run("stream", csv)).contains("projects " + PROJECTS + " issues 0");
    assertThat(run("read", csv)).contains("OutOfMemoryError");
  }

  @Test
  void aWorkbookOfProjectsStreamsInASmallHeapThatCannotHoldIt() throws Exception {
    Path xlsx = dir.resolve("portafoglio.xlsx");
    assertThat(run("stream", xlsx)).contains("projects " + PROJECTS + " issues 0");
    assertThat(run("read", xlsx)).contains("OutOfMemoryError");
  }

  /** Runs {@link StreamingMemoryCheck} in a JVM with a small heap; returns what it printed. */
  private static String run(String mode, Path file) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StreamingMemoryCheck.class.getName());
    command.add(mode);
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(output, StandardCharsets.UTF_8);
  }
}
