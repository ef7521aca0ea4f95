package dev.progetto.report;

/** The formats a report is rendered in. */
public enum ReportFormat {
  /** Markdown tables, one section per roll-up. */
  MARKDOWN,
  /**
   * CSV (RFC 4180): one table per file, each with one heading row; see
   * {@link ReportRenderer#renderCsv}, {@link ReportRenderer#writeCsv} and
   * {@link ReportRenderer#writeCsvZip}.
   */
  CSV,
  /**
   * One self-contained HTML page: headline figures, SVG charts, a map of Italy, the partner
   * network, indicator progress and a section per project, readable offline and in print.
   */
  HTML,
  /** The roll-ups as one JSON document, as docs/schema/portfolio-report.schema.json describes it. */
  JSON
}
