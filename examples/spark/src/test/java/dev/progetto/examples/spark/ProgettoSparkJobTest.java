package dev.progetto.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job as {@code spark-submit} runs it: its tables, its counts, its usage errors. */
class ProgettoSparkJobTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ProgettoSparkJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheIssuesAndRollUpsAndCountsAsOneMachineDoes() throws Exception {
    SparkTest.assumeSparkRunsOnThisJava();
    Path dump = dir.resolve("dump.jsonl");
    new Dumps().write(dump, 0, 120, 50);
    SparkTest.Validated single = SparkTest.validate(List.of(dump), Locale.ITALIAN, place -> false);
    long issues = single.counts().values().stream().mapToLong(Long::longValue).sum();
    SparkTest.session();

    int status = run("--lang", "it", "--call", "../calls/regione-ka220-vet-24-mesi.yaml", "--out",
        dir.resolve("out").toString(), dump.toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(issues + " issues; written under ")
        .contains(single.counts().get("project.duplicate-input warning") + " warning project.duplicate-input");
    long written;
    try (Stream<Path> parts = Files.list(dir.resolve("out/issues"))) {
      written = parts.filter(p -> p.getFileName().toString().endsWith(".json")).mapToLong(ProgettoSparkJobTest::lines).sum();
    }
    assertThat(written).isEqualTo(issues);
    for (String table : List.of("projects-by-call", "projects-by-status", "projects-by-year", "budgets", "collaborations",
        "territories", "indicator-totals", "counts")) {
      assertThat(dir.resolve("out/rollups/" + table + "/_SUCCESS")).as(table).exists();
    }
  }

  @Test
  void saysWhatIsWrongWithTheArguments() {
    assertThat(run("dump.jsonl")).isEqualTo(2);
    assertThat(run("--out")).isEqualTo(2);
    assertThat(run("--out", "x", "--threads", "2", "dump.jsonl")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("progetto-spark: --out DIR is missing")
        .contains("progetto-spark: --out needs a value").contains("progetto-spark: unknown option --threads")
        .contains("usage: ProgettoSparkJob");
  }

  @Test
  void refusesACallFileWithErrorsBeforeAnyTask() throws Exception {
    Path call = Files.writeString(dir.resolve("broken.yaml"), "format: 1\nkind: call\nid: [not, an, id]\n");
    assertThat(run("--call", call.toString(), "--out", dir.toString(), "dump.jsonl")).isEqualTo(2);
    assertThat(run("--call", dir.resolve("missing.yaml").toString(), "--out", dir.toString(), "dump.jsonl")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("progetto-spark: the call file " + call + " has errors: ")
        .contains("progetto-spark: no such call file: " + dir.resolve("missing.yaml"));
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }
}
