/** The progetto command line: validate, convert, template, schema, calls, rules and report. */
module dev.progetto.cli {
  requires dev.progetto.validation;
  requires dev.progetto.report;
  requires dev.progetto.tabular;
  requires info.picocli;

  exports dev.progetto.cli;
  opens dev.progetto.cli to info.picocli;
}
