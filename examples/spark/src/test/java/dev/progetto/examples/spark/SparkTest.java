package dev.progetto.examples.spark;

import java.util.function.Predicate;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import dev.progetto.report.PortfolioReport;
import dev.progetto.validation.ProjectInputs;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A quiet local Spark session for the tests, and the single-machine results to compare with. */
final class SparkTest {

  private SparkTest() {}

  /**
   * Skips a test that starts Spark on a Java that Spark 4.1's Hadoop client cannot run on: it asks
   * {@code Subject.getSubject} for the current user, which Java 23 refuses unless the security
   * manager is allowed and Java 24 and later refuse always. Spark 4.1 supports Java 17 and 21.
   */
  static void assumeSparkRunsOnThisJava() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() <= 22,
        "Spark 4.1's Hadoop client calls Subject.getSubject, which Java " + Runtime.version().feature()
            + " refuses: the Spark tests run on Java 17 to 22");
  }

  /**
   * A session of two threads: no web UI, few shuffle partitions, warnings only (see
   * {@code log4j2-test.properties}). The test classes share it (it starts in seconds, not free);
   * it ends with the JVM.
   */
  static SparkSession session() {
    assumeSparkRunsOnThisJava();
    return SparkSession.builder()
        .appName("progetto")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** An issue as one line of text, every column of {@link ProgettoSpark#ISSUE_SCHEMA}. */
  static String text(Row row) {
    return row.getString(1) + ":" + row.getLong(2) + ":" + (row.isNullAt(3) ? "-" : row.getInt(3)) + " " + row.getString(0)
        + " " + row.getString(5) + " " + row.getString(4) + " " + row.getString(6) + " " + row.getString(7);
  }

  /**
   * The single-machine validation: counts by rule and severity, the issues some lines have, and the
   * characters of all messages (each is made, as Spark makes each).
   */
  record Validated(Map<String, Long> counts, List<String> issues, long lines, long messageChars) {}

  /**
   * Validates files as the command line does: one stream per file, one {@link ProjectInputs} for
   * the run.
   *
   * @param files the files
   * @param locale the messages' language
   * @param kept which issues to keep whole, by file and line ({@code file:line})
   */
  static Validated validate(List<Path> files, Locale locale, Predicate<String> kept) throws IOException {
    Validator validator = Validator.builder().locale(locale).build();
    ProjectInputs inputs = validator.projectInputs();
    ProgettoMapper mapper = ProgettoMapper.standard();
    Map<String, Long> counts = new TreeMap<>();
    List<String> issues = new ArrayList<>();
    long lines = 0;
    long chars = 0;
    for (Path file : files) {
      try (ProjectStream stream = mapper.streamProjects(file)) {
        while (stream.hasNext()) {
          ReadResult<Project> result = stream.next();
          lines++;
          long line = stream.lineNumber();
          String id = result.getDocument().map(p -> p.getId().value()).orElse(null);
          for (ValidationIssue issue : inputs.check(result, validator.validate(result)).getIssues()) {
            counts.merge(issue.getRule() + " " + issue.getSeverity().code(), 1L, Long::sum);
            long at = issue.getLine().isPresent() ? issue.getLine().getAsInt() : line;
            String message = issue.getMessage(locale);
            chars += message.length();
            if (kept.test(file + ":" + at)) {
              issues.add(file + ":" + at + ":" + (issue.getColumn().isPresent() ? issue.getColumn().getAsInt() : "-") + " " + id
                  + " " + issue.getSeverity().code() + " " + issue.getRule() + " " + issue.getPointer() + " "
                  + message);
            }
          }
        }
      }
    }
    issues.sort(null);
    return new Validated(counts, issues, lines, chars);
  }

  /** The single-machine report: files read as {@code progetto report} reads them. */
  static PortfolioReport report(List<Path> files, Locale locale) throws IOException {
    PortfolioReport.Builder report = PortfolioReport.builder(locale).detailLimit(0).indicatorLimit(0);
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(true).build();
    for (Path file : files) {
      try (ProjectStream stream = mapper.streamProjects(file)) {
        while (stream.hasNext()) {
          stream.next().getDocument().ifPresent(report::add);
        }
      }
    }
    return report.build();
  }
}
