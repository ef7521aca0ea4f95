package dev.progetto.examples.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.when;

import dev.progetto.report.PortfolioReport;
import dev.progetto.report.PortfolioReport.BudgetRow;
import dev.progetto.report.PortfolioReport.CollaborationRow;
import dev.progetto.report.PortfolioReport.CountRow;
import dev.progetto.report.PortfolioReport.IndicatorTotalRow;
import dev.progetto.report.PortfolioReport.TerritoryRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.storage.StorageLevel;

/**
 * The portfolio roll-ups of {@link PortfolioReport} as Spark aggregations of
 * {@link ProjectRecord} rows: each a {@link Dataset} grouped on the cluster, and a {@code collect}
 * method that brings it to the driver as the report's own rows, in the report's order, equal to
 * what {@code PortfolioReport} gives for the same projects added in the same order.
 *
 * <p>The lists of project ids are in input order (files as given, then lines), as the report adds
 * projects one after the other: each id is collected with its line's ordinal and sorted by it.
 * Amounts are added exactly ({@link ExactSum}). Give every roll-up the rows of
 * {@link #firstOfEachId}: the report counts a project id once, as its first line.
 */
public final class Rollups {

  private static final UserDefinedFunction EXACT_SUM = udaf(new ExactSum(), Encoders.STRING());

  private Rollups() {}

  /**
   * Keeps, for each project id, the row of its first line (files in order, then lines). Only the
   * ids and ordinals are shuffled, to find the ids that several lines have (few, in a real dump);
   * those are broadcast and the rows filtered where they are, not moved. Persist {@code projects}
   * first: they are read twice.
   *
   * @param projects the rows of {@link ProgettoSpark#projects}
   * @return one row per project id
   */
  public static Dataset<ProjectRecord> firstOfEachId(Dataset<ProjectRecord> projects) {
    Dataset<Row> repeated = projects.groupBy(col("id").as("repeatedId"))
        .agg(min(col("ordinal")).as("firstOrdinal"), count("*").as("lines"))
        .filter(col("lines").gt(1)).drop("lines").persist(StorageLevel.MEMORY_AND_DISK());
    return projects.join(broadcast(repeated), col("id").equalTo(col("repeatedId")), "left")
        .filter(col("firstOrdinal").isNull().or(col("ordinal").equalTo(col("firstOrdinal"))))
        .drop("repeatedId", "firstOrdinal").as(Encoders.bean(ProjectRecord.class));
  }

  /**
   * Counts projects by call, status or start year: columns {@code key} and {@code projects}.
   *
   * @param projects one row per project id
   * @param column {@code call}, {@code status} or {@code year}
   * @return the counts
   */
  public static Dataset<Row> projectsBy(Dataset<ProjectRecord> projects, String column) {
    return projects.groupBy(col(column).as("key")).agg(count("*").as("projects"));
  }

  /**
   * Adds up budgets by call (totals and grants) and by funder (grants): columns {@code group},
   * {@code key}, {@code currency}, {@code total}, {@code grant} (decimal text), {@code projects}
   * (ids), and {@code totals} and {@code grants}, how many amounts were added (an amount none
   * states is unknown, not 0).
   *
   * @param projects one row per project id
   * @return the budgets
   */
  public static Dataset<Row> budgets(Dataset<ProjectRecord> projects) {
    return projects.select(col("id"), col("ordinal"), explode(col("money")).as("m"))
        .groupBy(col("m.group").as("group"), col("m.key").as("key"), col("m.currency").as("currency"))
        .agg(EXACT_SUM.apply(col("m.total")).as("total"), EXACT_SUM.apply(col("m.grant")).as("grant"),
            inOrder(collect_set(struct(col("ordinal"), col("id")))).as("projects"), count(col("m.total")).as("totals"),
            count(col("m.grant")).as("grants"));
  }

  /**
   * Pairs the organisations that take part in the same projects: columns {@code first},
   * {@code second} and {@code projects}.
   *
   * @param projects one row per project id
   * @return the pairs
   */
  public static Dataset<Row> collaborations(Dataset<ProjectRecord> projects) {
    return projects.select(col("id"), col("ordinal"), explode(col("pairs")).as("p"))
        .groupBy(col("p.first").as("first"), col("p.second").as("second"))
        .agg(inOrder(collect_list(struct(col("ordinal"), col("id")))).as("projects"));
  }

  /**
   * The places the projects name: columns {@code kind}, {@code key}, {@code name} (as the first
   * project names it), {@code projects}, and {@code firstSeen} (the ordinal and position where it
   * is first named, the report's order).
   *
   * @param projects one row per project id
   * @return the places
   */
  public static Dataset<Row> territories(Dataset<ProjectRecord> projects) {
    return projects.select(col("id"), col("ordinal"), explode(col("places")).as("t"))
        .groupBy(col("t.kind").as("kind"), col("t.key").as("key"))
        .agg(min(struct(col("ordinal"), col("t.position").as("position"), col("t.name").as("name"))).as("firstSeen"),
            inOrder(collect_list(struct(col("ordinal"), col("id")))).as("projects"))
        .select(col("kind"), col("key"), col("firstSeen.name").as("name"), col("projects"), col("firstSeen"));
  }

  /**
   * Adds up the indicators of several projects that share a catalogue code, unit and period:
   * target against measured, the measurements against the targets of the measured indicators
   * only. Columns {@code code}, {@code unit}, {@code per}, {@code target}, {@code measured}
   * (decimal text), {@code projects} (an id for each indicator counted), {@code measuredCount},
   * {@code measuredTarget} (decimal text) and {@code measuredProjects}; only totals of more than
   * one indicator, as in the report.
   *
   * @param projects one row per project id
   * @return the totals
   */
  public static Dataset<Row> indicatorTotals(Dataset<ProjectRecord> projects) {
    return projects.select(col("id"), col("ordinal"), explode(col("indicators")).as("i"))
        .groupBy(col("i.code").as("code"), col("i.unit").as("unit"), col("i.per").as("per"))
        .agg(EXACT_SUM.apply(col("i.target")).as("target"), EXACT_SUM.apply(col("i.measured")).as("measured"),
            array_sort(collect_list(struct(col("ordinal"), col("i.position").as("position"), col("id")))).getField("id")
                .as("projects"), count(col("i.measured")).as("measuredCount"),
            EXACT_SUM.apply(when(col("i.measured").isNotNull(), col("i.target"))).as("measuredTarget"),
            array_sort(collect_list(when(col("i.measured").isNotNull(), struct(col("ordinal"), col("i.position").as("position"),
                col("id"))))).getField("id").as("measuredProjects"))
        .filter(size(col("projects")).gt(1));
  }

  /**
   * Counts projects and indicators: columns {@code projects}, {@code indicators},
   * {@code compared} and {@code reached}, in one row.
   *
   * @param projects one row per project id
   * @return the counts
   */
  public static Dataset<Row> indicatorCounts(Dataset<ProjectRecord> projects) {
    return projects.agg(count("*").as("projects"), sum("indicatorCount").as("indicators"),
        sum("indicatorsCompared").as("compared"), sum("indicatorsReached").as("reached"));
  }

  /** Ids sorted by their line's ordinal. */
  private static Column inOrder(Column pairsOfOrdinalAndId) {
    return array_sort(pairsOfOrdinalAndId).getField("id");
  }

  /**
   * Brings counts to the driver as the report's rows, by key.
   *
   * @param counts the rows of {@link #projectsBy}
   * @return the report's rows
   */
  public static List<CountRow> collectCounts(Dataset<Row> counts) {
    return collect(counts, row -> new CountRow(row.getString(0), Math.toIntExact(row.getLong(1))),
        Comparator.comparing(CountRow::key));
  }

  /**
   * Brings budgets to the driver as the report's rows, by group, key and currency.
   *
   * @param budgets the rows of {@link #budgets}
   * @return the report's rows
   */
  public static List<BudgetRow> collectBudgets(Dataset<Row> budgets) {
    return collect(budgets, row -> new BudgetRow(row.getString(0), row.getString(1), row.getString(2),
        row.getLong(6) == 0 ? Optional.empty() : Optional.of(new BigDecimal(row.getString(3))),
        row.getLong(7) == 0 ? Optional.empty() : Optional.of(new BigDecimal(row.getString(4))), row.getList(5)),
        Comparator.comparing(b -> b.group() + "\n" + b.key() + "\n" + b.currency()));
  }

  /**
   * Brings pairs to the driver as the report's rows, by the two ids.
   *
   * @param collaborations the rows of {@link #collaborations}
   * @return the report's rows
   */
  public static List<CollaborationRow> collectCollaborations(Dataset<Row> collaborations) {
    return collect(collaborations, row -> new CollaborationRow(row.getString(0), row.getString(1), row.getList(2)),
        Comparator.comparing(c -> c.first() + "\n" + c.second()));
  }

  /**
   * Brings places to the driver as the report's rows, in the order the projects first name them.
   *
   * @param territories the rows of {@link #territories}
   * @return the report's rows
   */
  public static List<TerritoryRow> collectTerritories(Dataset<Row> territories) {
    List<Row> rows = new ArrayList<>(territories.collectAsList());
    rows.sort(Comparator.comparingLong((Row row) -> row.getStruct(4).getLong(0)).thenComparingInt(row -> row.getStruct(4).getInt(1)));
    List<TerritoryRow> result = new ArrayList<>();
    for (Row row : rows) {
      result.add(new TerritoryRow(row.getString(0), row.getString(1), row.getString(2), row.getList(3)));
    }
    return result;
  }

  /**
   * Brings indicator totals to the driver as the report's rows, by code, unit and period.
   *
   * @param totals the rows of {@link #indicatorTotals}
   * @return the report's rows
   */
  public static List<IndicatorTotalRow> collectIndicatorTotals(Dataset<Row> totals) {
    List<Row> rows = new ArrayList<>(totals.collectAsList());
    rows.sort(Comparator.comparing(row -> row.getString(0) + "\n" + row.getString(1) + "\n" + row.getString(2)));
    List<IndicatorTotalRow> result = new ArrayList<>();
    for (Row row : rows) {
      result.add(new IndicatorTotalRow(row.getString(0), row.getString(1), new BigDecimal(row.getString(3)),
          row.getLong(6) == 0 ? Optional.empty() : Optional.of(new BigDecimal(row.getString(4))), new BigDecimal(row.getString(7)),
          row.getList(5), row.getList(8)));
    }
    return result;
  }

  private static <T> List<T> collect(Dataset<Row> rows, Function<Row, T> make, Comparator<T> order) {
    List<T> result = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      result.add(make.apply(row));
    }
    result.sort(order);
    return result;
  }
}
