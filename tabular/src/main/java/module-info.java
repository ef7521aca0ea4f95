/**
 * Projects and portfolios as spreadsheets: xlsx workbooks, a folder of CSV files or one CSV file
 * of projects, in a sheet layout derived from the format's description, read into the same
 * {@code ReadResult} as JSON and YAML with every problem located at its cell.
 */
module dev.progetto.tabular {
  requires transitive dev.progetto.io;
  requires com.fasterxml.jackson.core;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires org.apache.commons.csv;

  exports dev.progetto.tabular;
}
