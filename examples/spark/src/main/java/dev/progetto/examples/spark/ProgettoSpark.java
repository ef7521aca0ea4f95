package dev.progetto.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.validation.ProjectInputs;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads JSON Lines dumps of projects on Spark: into validation issues, as the single-machine
 * {@link Validator} gives them for the same file, and into {@link ProjectRecord model rows} that
 * {@link Rollups} adds up as {@code PortfolioReport} does.
 *
 * <p>Each line is read by the library itself (see {@link NumberedLines}); the {@link Validator}
 * and the {@link ProgettoMapper} are built once per executor JVM and shared by its tasks (see
 * {@link ValidatorSpec}); nothing of them is serialised per record.
 */
public final class ProgettoSpark {

  /** The columns of {@link #issues}, in order. */
  public static final StructType ISSUE_SCHEMA = new StructType()
      .add("projectId", DataTypes.StringType, true)
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("column", DataTypes.IntegerType, true)
      .add("rule", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("pointer", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  /** The issues, and one row per project read with where its id is, for the ids two lines share. */
  private static final StructType LINE_SCHEMA = ISSUE_SCHEMA.add("ordinal", DataTypes.LongType, false);

  /** Marks the rows of {@link #LINE_SCHEMA} that only say where a project's id is. */
  private static final String ID_ROW = "";

  /** The standard mapper, one per JVM: validation reads lines as {@code progetto validate} does. */
  private static final ProgettoMapper STRICT = ProgettoMapper.standard();

  /** The lenient mapper, one per JVM: roll-ups read lines as {@code progetto report} does. */
  private static final ProgettoMapper LENIENT = ProgettoMapper.builder().lenient(true).build();

  private ProgettoSpark() {}

  /**
   * Validates every project of JSON Lines files: one row per issue, with the columns of
   * {@link #ISSUE_SCHEMA} (the project id, or null for a line that cannot be read; the file as
   * given; the line; the column, or null; the rule; the severity code; the JSON pointer; the
   * message in the spec's language). The rows are those that {@code ProjectInputs.check} and
   * {@link Validator#validate(ReadResult)} give for each line of the files read one after the
   * other, {@code project.duplicate-input} included: a project id that an earlier line (of this
   * file or an earlier one) has.
   *
   * <p>The lines are validated once: their rows are persisted (memory, then disk), since the ids
   * that two lines share are found from them. {@code spark.catalog().clearCache()} frees them once
   * the issues are written.
   *
   * @param spark the session
   * @param files JSON Lines files (any Hadoop path), in the order the lines count
   * @param spec the call files and language of the validator
   * @return the issues
   */
  public static Dataset<Row> issues(SparkSession spark, List<String> files, ValidatorSpec spec) {
    JavaRDD<Row> lines = NumberedLines.read(spark, files, () -> STRICT, (file, ordinal, line, result) -> {
      Validator validator = spec.validator();
      Locale locale = spec.locale();
      Optional<Project> project = result.getDocument();
      String id = project.map(p -> p.getId().value()).orElse(null);
      List<Row> rows = new ArrayList<>();
      ValidationReport report = validator.validate(result);
      for (ValidationIssue issue : report.getIssues()) {
        rows.add(RowFactory.create(id, file, issue.getLine().isPresent() ? (long) issue.getLine().getAsInt() : line,
            issue.getColumn().isPresent() ? issue.getColumn().getAsInt() : null, issue.getRule(),
            issue.getSeverity().code(), issue.getPointer(), issue.getMessage(locale), ordinal));
      }
      if (id != null) {
        Optional<SourceLocation> at = result.getSourceMap().locate("/id");
        rows.add(RowFactory.create(id, file, at.map(l -> (long) l.line()).orElse(line), at.map(SourceLocation::column)
            .orElse(null), ID_ROW, ID_ROW, ID_ROW, ID_ROW, ordinal));
      }
      return rows;
    });
    Dataset<Row> all = spark.createDataFrame(lines, LINE_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> found = all.filter(col("rule").notEqual(lit(ID_ROW))).drop("ordinal");
    Dataset<Row> ids = all.filter(col("rule").equalTo(lit(ID_ROW)));
    // Where each id is met first, and every later line that has it.
    var byId = Window.partitionBy("projectId").orderBy("ordinal");
    Dataset<Row> repeated = ids
        .withColumn("place", concat(col("file"), lit(":"), col("line").cast(DataTypes.StringType)))
        .withColumn("firstPlace", first(col("place")).over(byId))
        .withColumn("nth", row_number().over(byId))
        .filter(col("nth").gt(1))
        .select("projectId", "file", "line", "column", "place", "firstPlace");
    Dataset<Row> duplicates = repeated.mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) rows -> duplicateIssues(rows, spec),
        Encoders.row(ISSUE_SCHEMA));
    return found.unionByName(duplicates);
  }

  /** The {@code project.duplicate-input} issues of repeated ids, made by the library's {@link ProjectInputs}. */
  private static Iterator<Row> duplicateIssues(Iterator<Row> rows, ValidatorSpec spec) {
    Validator validator = spec.validator();
    Locale locale = spec.locale();
    List<Row> issues = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      String id = row.getString(0);
      String file = row.getString(1);
      int line = (int) row.getLong(2);
      int column = row.isNullAt(3) ? 0 : row.getInt(3);
      // A project with the id, located where the line has it, checked after one that had it first.
      Project stub = Project.builder().id(ProjectId.of(id)).title(LocalizedText.italian(id)).build();
      SourceMap at = new SourceMap() {
        @Override
        public Optional<SourceLocation> locate(String pointer) {
          return Optional.of(new SourceLocation(line, column));
        }

        @Override
        public String sourcePointer(String pointer) {
          return pointer;
        }
      };
      ReadResult<Project> result = ReadResult.of(Optional.of(stub), List.of(), at, Optional.of(file));
      ProjectInputs inputs = validator.projectInputs();
      inputs.recordProject(id, row.getString(5));
      for (ValidationIssue issue : inputs.check(result, validator.validate(stub)).getIssues()) {
        if (issue.getRule().equals(ProjectInputs.RULE)) {
          issues.add(RowFactory.create(id, file, (long) line, row.isNullAt(3) ? null : column, issue.getRule(),
              issue.getSeverity().code(), issue.getPointer(), issue.getMessage(locale)));
        }
      }
    }
    return issues.iterator();
  }

  /**
   * Reads every project of JSON Lines files as {@code progetto report} does (leniently; a line that
   * cannot be read is left out) into model rows for {@link Rollups}. A project whose id an earlier
   * line has stays in: {@link Rollups#firstOfEachId} keeps the first, as the report does.
   *
   * @param spark the session
   * @param files JSON Lines files (any Hadoop path), in the order the lines count
   * @param locale the language of titles and names
   * @return one row per project read
   */
  public static Dataset<ProjectRecord> projects(SparkSession spark, List<String> files, Locale locale) {
    String language = locale.toLanguageTag();
    JavaRDD<ProjectRecord> records = NumberedLines.read(spark, files, () -> LENIENT, (file, ordinal, line, result) ->
        result.getDocument().map(project -> List.of(ProjectRecord.of(project, file, line, ordinal,
            Locale.forLanguageTag(language)))).orElse(List.of()));
    return spark.createDataset(records.rdd(), Encoders.bean(ProjectRecord.class));
  }
}
