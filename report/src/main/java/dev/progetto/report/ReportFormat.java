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
  /** One self-contained HTML page with inline CSS and SVG charts, readable offline. */
  HTML
}
