package dev.progetto.report;

/** The tables of a report, as rendered in CSV. */
public enum ReportTable {
  /** One row per project. */
  PROJECTS,
  /** Totals and grants by call and funder. */
  BUDGETS,
  /** Organisations with their projects and roles. */
  ORGANISATIONS,
  /** Pairs of organisations that worked together. */
  COLLABORATIONS,
  /** Comuni, regions and countries covered. */
  TERRITORIES,
  /** Indicators: target against the latest measurement. */
  INDICATORS
}
