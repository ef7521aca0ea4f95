/**
 * Reads and writes project and portfolio documents as xlsx workbooks and CSV files, in the sheet
 * layout of docs/tabular.md, which is derived from the format's description.
 *
 * <p>{@link dev.progetto.tabular.TabularMapper} is the entry point. Reading gives the same
 * {@link dev.progetto.io.ReadResult} as JSON and YAML: every problem is a {@code format.*}
 * {@link dev.progetto.io.ReadIssue} located at its cell ({@code Participants!C3 (role)}), and
 * the result's source map locates validation findings at their cells.
 */
package dev.progetto.tabular;
