package dev.progetto.report;

/** The formats a report is rendered in. */
public enum ReportFormat {
  /** Markdown tables, one section per roll-up. */
  MARKDOWN,
  /** CSV (RFC 4180): one table, or every table with a leading {@code table} column. */
  CSV,
  /** One self-contained HTML page with inline CSS and SVG charts, readable offline. */
  HTML
}
