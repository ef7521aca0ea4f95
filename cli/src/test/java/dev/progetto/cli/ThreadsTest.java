package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large JSON Lines file read by several threads gives the report one thread gives, byte for byte. */
class ThreadsTest {

  @TempDir
  Path folder;

  /** Over 1 MiB of projects, some with errors and some broken, so that several threads read it. */
  private Path largeFile() throws IOException {
    Path file = folder.resolve("projects.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 3_000; i++) {
        if (i % 101 == 7) {
          out.write("{\"format\": 1, \"kind\": \"project\", \"id\": \"broken-" + i + "\"\n");
          continue;
        }
        String budget = i % 13 == 0 ? "-5" : Integer.toString(10_000 + i);
        out.write("{\"format\": 1, \"kind\": \"project\", \"id\": \"p-" + i + "\", \"title\": \"Progetto " + i
            + "\", \"description\": \"" + "Un progetto di inclusione. ".repeat(10) + "\", \"period\": {\"start\": \"2023-0"
            + (1 + i % 9) + "\", \"end\": \"2025-12\"}, \"budget\": {\"total\": " + budget + "}}\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(1L << 20);
    return file;
  }

  @Test
  void severalThreadsReportWhatOneThreadReports() throws Exception {
    Path file = largeFile();
    CommandRun one = CommandRun.of("validate", "--format", "json", "--today", "2026-01-01", "--threads", "1", file.toString());
    CommandRun three = CommandRun.of("validate", "--format", "json", "--today", "2026-01-01", "--threads", "3", file.toString());
    CommandRun chosen = CommandRun.of("validate", "--format", "json", "--today", "2026-01-01", file.toString());

    assertThat(one.exit()).isEqualTo(1);
    assertThat(one.out()).contains("\"rule\": \"format.syntax\"").contains("\"line\": 8,").contains("money.negative");
    assertThat(three.exit()).isEqualTo(one.exit());
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(chosen.out()).isEqualTo(one.out());
  }

  @Test
  void aNumberOfThreadsOutOfRangeIsAUsageError() throws Exception {
    CommandRun run = CommandRun.of("validate", "--threads", "0", largeFile().toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--threads takes a number from 1 to 256, not 0");
  }
}
