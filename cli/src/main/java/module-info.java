/** The progetto command line: validate, convert, template, schema, calls, rules, report and serve. */
module dev.progetto.cli {
  requires dev.progetto.validation;
  requires dev.progetto.report;
  requires dev.progetto.server;
  requires dev.progetto.tabular;
  requires info.picocli;
  requires org.dhatim.fastexcel;

  exports dev.progetto.cli;
  opens dev.progetto.cli to info.picocli;
}
