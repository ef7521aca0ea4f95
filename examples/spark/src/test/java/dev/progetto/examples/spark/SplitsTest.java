package dev.progetto.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.report.PortfolioReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small dump cut into many splits of 32 KiB, most lines crossing a split's edge: every issue,
 * with its line and column, and every project's line equal what one stream of the whole file gives.
 */
class SplitsTest {

  private static final String SPLIT = "mapreduce.input.fileinputformat.split.maxsize";

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static List<Path> files;

  @BeforeAll
  static void start() throws Exception {
    SparkTest.assumeSparkRunsOnThisJava();
    files = List.of(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"));
    Dumps dumps = new Dumps();
    dumps.write(files.get(0), 0, 120, 40);
    dumps.write(files.get(1), 120, 40, 20);
    spark = SparkTest.session();
    spark.sparkContext().hadoopConfiguration().setLong(SPLIT, 32768);
  }

  @AfterAll
  static void restoreSplitSize() {
    if (spark != null) {
      spark.sparkContext().hadoopConfiguration().unset(SPLIT); // the session goes on, for the next class
    }
  }

  @Test
  void theFileIsReadInManySplits() throws Exception {
    Configuration configuration = spark.sparkContext().hadoopConfiguration();
    assertThat(configuration.getLong(SPLIT, 0)).isEqualTo(32768);
    long bytes = Files.size(files.get(0));
    int splits = JavaSparkContext.fromSparkContext(spark.sparkContext()).newAPIHadoopFile(files.get(0).toString(),
        TextInputFormat.class, LongWritable.class, Text.class, configuration).getNumPartitions();
    assertThat(splits).isGreaterThanOrEqualTo((int) (bytes / 32768));
  }

  @Test
  void everyIssueEqualsTheSingleMachineOne() throws Exception {
    SparkTest.Validated single = SparkTest.validate(files, Locale.ENGLISH, place -> true);
    List<String> issues = ProgettoSpark.issues(spark, names(), ValidatorSpec.of(Locale.ENGLISH)).collectAsList().stream()
        .map(SparkTest::text).sorted().toList();
    assertThat(issues).hasSizeGreaterThan(500).isEqualTo(single.issues());
    assertThat(issues).anyMatch(issue -> issue.contains(" project.duplicate-input "))
        .anyMatch(issue -> issue.contains(" format.syntax"));
  }

  @Test
  void everyProjectKeepsItsLineAndTheRollUpsTheirOrder() throws Exception {
    PortfolioReport report = SparkTest.report(files, Locale.ENGLISH);
    Dataset<ProjectRecord> projects = ProgettoSpark.projects(spark, names(), Locale.ENGLISH).persist(StorageLevel.MEMORY_AND_DISK());
    List<ProjectRecord> rows = projects.collectAsList();
    for (ProjectRecord row : rows) {
      // the line as bytes, the ids being ASCII; a line of the dumps is not all UTF-8
      String line = Files.readAllLines(Path.of(row.getFile()), StandardCharsets.ISO_8859_1).get((int) row.getLine() - 1);
      assertThat(line).contains("\"id\":\"" + row.getId() + "\"");
    }
    Dataset<ProjectRecord> first = Rollups.firstOfEachId(projects);
    assertThat(first.count()).isEqualTo(report.getProjectCount()).isLessThan(rows.size());
    assertThat(Rollups.collectBudgets(Rollups.budgets(first))).isEqualTo(report.getBudgets());
    assertThat(Rollups.collectCollaborations(Rollups.collaborations(first))).isEqualTo(report.getCollaborations());
    assertThat(Rollups.collectTerritories(Rollups.territories(first))).isEqualTo(report.getTerritories());
    assertThat(Rollups.collectIndicatorTotals(Rollups.indicatorTotals(first))).isEqualTo(report.getIndicatorTotals());
    projects.unpersist();
  }

  private static List<String> names() {
    return files.stream().map(Path::toString).toList();
  }
}
