/**
 * Roll-ups of a portfolio for report generators: projects by call, status and year; budgets by
 * call and funder; the partner network; territories; indicators with targets against the latest
 * measurements. {@link dev.progetto.report.PortfolioReport} computes them once;
 * {@link dev.progetto.report.ReportRenderer} writes them as Markdown, CSV or one self-contained
 * HTML page with charts.
 */
@NullMarked
package dev.progetto.report;

import org.jspecify.annotations.NullMarked;
