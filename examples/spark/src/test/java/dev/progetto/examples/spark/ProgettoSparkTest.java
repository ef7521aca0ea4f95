package dev.progetto.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.report.PortfolioReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} on a generated dump (100,000 projects unless the system property
 * {@code progetto.spark.projects} says otherwise) against the single-machine {@code Validator} and
 * {@code PortfolioReport} on the same files: equal counts per rule and equal roll-ups. Prints both
 * throughputs.
 */
class ProgettoSparkTest {

  private static final int PROJECTS = Integer.getInteger("progetto.spark.projects", 100_000);
  /** The second file: projects of its own, and projects of the first file again. */
  private static final int SECOND = 1_000;

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static List<Path> files;
  private static Dumps dumps;

  @BeforeAll
  static void start() throws Exception {
    SparkTest.assumeSparkRunsOnThisJava();
    long started = System.nanoTime();
    files = List.of(dir.resolve("dump.jsonl"), dir.resolve("more.jsonl"));
    dumps = new Dumps();
    dumps.write(files.get(0), 0, PROJECTS - SECOND, 25_000);
    dumps.write(files.get(1), PROJECTS - SECOND, SECOND, 400);
    System.out.printf("dump: %,d projects, %,d MB, written in %.1f s%n", PROJECTS,
        (Files.size(files.get(0)) + Files.size(files.get(1))) >> 20, seconds(started));
    spark = SparkTest.session();
  }

  @Test
  void issuesPerRuleEqualTheSingleMachineValidator() throws Exception {
    long started = System.nanoTime();
    // Whole issues are compared for the first lines, the second file and the odd lines.
    SparkTest.Validated single = SparkTest.validate(files, Locale.ITALIAN,
        place -> place.startsWith(files.get(1).toString()) || dumps.specialLines.contains(place) || lineOf(place) <= 2_000);
    double singleSeconds = seconds(started);

    started = System.nanoTime();
    ValidatorSpec spec = ValidatorSpec.of(Locale.ITALIAN);
    int validators = ValidatorSpec.built();
    Dataset<Row> issues = ProgettoSpark.issues(spark, names(), spec);
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : issues.groupBy("rule", "severity").count().collectAsList()) {
      counts.put(row.getString(0) + " " + row.getString(1), row.getLong(2));
    }
    long messageChars = issues.agg(sum(length(col("message")))).first().getLong(0);
    double sparkSeconds = seconds(started);

    Object[] oddLines = dumps.specialLines.stream().filter(place -> place.startsWith(files.get(0) + ":"))
        .map(ProgettoSparkTest::lineOf).toArray();
    List<String> sample = issues.filter(col("file").equalTo(files.get(1).toString()).or(col("line").leq(2_000))
        .or(col("line").isin(oddLines))).collectAsList().stream().map(SparkTest::text).sorted().toList();

    System.out.printf("validation of %,d lines: single machine %.1f s (%,.0f lines/s), Spark local[2] %.1f s (%,.0f lines/s),"
        + " ratio %.2f%n", single.lines(), singleSeconds, single.lines() / singleSeconds, sparkSeconds,
        single.lines() / sparkSeconds, singleSeconds / sparkSeconds);
    assertThat(counts).isEqualTo(single.counts());
    assertThat(messageChars).isEqualTo(single.messageChars());
    assertThat(counts).containsKeys("project.duplicate-input warning", "format.syntax error")
        .hasSizeGreaterThan(5);
    assertThat(sample).hasSizeGreaterThan(1_000).isEqualTo(single.issues());
    // One validator for the run in this JVM, the local executor's, however many tasks it ran.
    assertThat(ValidatorSpec.built()).isEqualTo(validators + 1);
  }

  @Test
  void rollUpsEqualThePortfolioReport() throws Exception {
    long started = System.nanoTime();
    PortfolioReport report = SparkTest.report(files, Locale.ITALIAN);
    double singleSeconds = seconds(started);

    started = System.nanoTime();
    Dataset<ProjectRecord> read = ProgettoSpark.projects(spark, names(), Locale.ITALIAN).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<ProjectRecord> projects = Rollups.firstOfEachId(read);
    Row counts = Rollups.indicatorCounts(projects).first();
    var byCall = Rollups.collectCounts(Rollups.projectsBy(projects, "call"));
    var byStatus = Rollups.collectCounts(Rollups.projectsBy(projects, "status"));
    var byYear = Rollups.collectCounts(Rollups.projectsBy(projects, "year"));
    var budgets = Rollups.collectBudgets(Rollups.budgets(projects));
    var collaborations = Rollups.collectCollaborations(Rollups.collaborations(projects));
    var territories = Rollups.collectTerritories(Rollups.territories(projects));
    var indicatorTotals = Rollups.collectIndicatorTotals(Rollups.indicatorTotals(projects));
    double sparkSeconds = seconds(started);
    read.unpersist();

    System.out.printf("roll-ups of %,d projects: single machine %.1f s, Spark local[2] %.1f s, ratio %.2f%n",
        report.getProjectCount(), singleSeconds, sparkSeconds, singleSeconds / sparkSeconds);
    assertThat(report.getProjectCount()).isGreaterThanOrEqualTo(PROJECTS);
    assertThat(counts.getLong(0)).isEqualTo(report.getProjectCount());
    assertThat(counts.getLong(1)).isEqualTo(report.getIndicatorCount());
    assertThat(counts.getLong(2)).isEqualTo(report.getIndicatorsCompared());
    assertThat(counts.getLong(3)).isEqualTo(report.getIndicatorsReached());
    assertThat(byCall).isEqualTo(report.getProjectsByCall()).hasSizeGreaterThan(1);
    assertThat(byStatus).isEqualTo(report.getProjectsByStatus()).hasSizeGreaterThan(1);
    assertThat(byYear).isEqualTo(report.getProjectsByYear()).hasSizeGreaterThan(1);
    assertThat(budgets).isEqualTo(report.getBudgets()).hasSizeGreaterThan(2);
    assertThat(collaborations).isEqualTo(report.getCollaborations()).isNotEmpty();
    assertThat(territories).isEqualTo(report.getTerritories()).hasSizeGreaterThan(10);
    assertThat(indicatorTotals).isEqualTo(report.getIndicatorTotals()).isNotEmpty();
  }

  private static List<String> names() {
    return files.stream().map(Path::toString).toList();
  }

  /** The line of {@code file:line} or of an issue's text {@code file:line:column ...}. */
  private static long lineOf(String place) {
    int start = place.indexOf(".jsonl:") + 7;
    int end = start;
    while (end < place.length() && Character.isDigit(place.charAt(end))) {
      end++;
    }
    return Long.parseLong(place.substring(start, end));
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}
