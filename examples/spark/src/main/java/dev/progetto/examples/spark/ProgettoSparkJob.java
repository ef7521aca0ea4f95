package dev.progetto.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job that {@code spark-submit} runs (see docs/scale.md): validates JSON Lines dumps and rolls
 * them up.
 *
 * <pre>
 * ProgettoSparkJob [--lang it] [--call FILE]... --out DIR FILE...
 * </pre>
 *
 * <p>Writes {@code DIR/issues} (JSON Lines, one issue a line, the columns of
 * {@link ProgettoSpark#ISSUE_SCHEMA}) and under {@code DIR/rollups} one JSON Lines table per
 * roll-up (by call, status and year; budgets; collaborations; territories; indicator totals;
 * counts), and prints the number of issues per rule and severity. Call files are read by the
 * driver, from its own file system; the dumps are any path Hadoop reads (HDFS, S3, a shared disk).
 */
public final class ProgettoSparkJob {

  private ProgettoSparkJob() {}

  /**
   * Runs the job; exits with 2 on a usage error.
   *
   * @param args the options and files
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in the session {@code SparkSession.builder().getOrCreate()} gives, and stops it.
   *
   * @param args the options and files
   * @param out where the counts go
   * @param err where usage errors go
   * @return 0, or 2 for a usage error (an unknown option, a missing value, a call file that
   *     cannot be read or has errors)
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Locale locale = Locale.ENGLISH;
    List<Path> calls = new ArrayList<>();
    String target = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("--call") || arg.equals("--out")) {
        if (i + 1 == args.length) {
          return usage(err, arg + " needs a value");
        }
        String value = args[++i];
        switch (arg) {
          case "--lang" -> locale = Locale.forLanguageTag(value);
          case "--call" -> calls.add(Path.of(value));
          default -> target = value;
        }
      } else if (arg.startsWith("--")) {
        return usage(err, "unknown option " + arg);
      } else {
        files.add(arg);
      }
    }
    if (target == null || files.isEmpty()) {
      return usage(err, target == null ? "--out DIR is missing" : "no JSON Lines file given");
    }
    ValidatorSpec spec;
    try {
      spec = ValidatorSpec.of(locale, calls);
    } catch (IllegalArgumentException | IOException unusable) {
      err.println("progetto-spark: " + (unusable instanceof NoSuchFileException ? "no such call file: " : "")
          + unusable.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("progetto").getOrCreate();
    try {
      run(spark, spec, files, target, out);
    } finally {
      spark.stop();
    }
    return 0;
  }

  private static void run(SparkSession spark, ValidatorSpec spec, List<String> files, String out, PrintStream print) {
    Dataset<Row> issues = ProgettoSpark.issues(spark, files, spec);
    issues.write().mode(SaveMode.Overwrite).json(out + "/issues");
    List<Row> counts = issues.groupBy("rule", "severity").count().orderBy("rule", "severity").collectAsList();
    spark.catalog().clearCache();

    Dataset<ProjectRecord> read = ProgettoSpark.projects(spark, files, spec.locale()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<ProjectRecord> projects = Rollups.firstOfEachId(read);
    write(Rollups.projectsBy(projects, "call"), out, "projects-by-call");
    write(Rollups.projectsBy(projects, "status"), out, "projects-by-status");
    write(Rollups.projectsBy(projects, "year"), out, "projects-by-year");
    write(Rollups.budgets(projects), out, "budgets");
    write(Rollups.collaborations(projects).withColumn("shared", size(col("projects"))), out, "collaborations");
    write(Rollups.territories(projects).drop("firstSeen"), out, "territories");
    write(Rollups.indicatorTotals(projects), out, "indicator-totals");
    write(Rollups.indicatorCounts(projects), out, "counts");
    read.unpersist();

    long total = 0;
    for (Row row : counts) {
      print.println(row.getLong(2) + " " + row.getString(1) + " " + row.getString(0));
      total += row.getLong(2);
    }
    print.println(total + " issues; written under " + out);
  }

  private static void write(Dataset<Row> table, String out, String name) {
    table.coalesce(1).write().mode(SaveMode.Overwrite).json(out + "/rollups/" + name);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("progetto-spark: " + problem);
    err.println("usage: ProgettoSparkJob [--lang it] [--call FILE]... --out DIR FILE...");
    return 2;
  }
}
