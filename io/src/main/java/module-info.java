/**
 * Reading and writing progetto documents in JSON, YAML and JSON Lines, with the location of every
 * problem. Jackson's streaming parser and its YAML parser do the tokenising; no Jackson type is
 * part of this module's API, and Jackson's data binding is not used (the Jackson modules are the
 * artifacts progetto-jackson and progetto-jackson3).
 */
// validation, tabular, server and the Jackson modules, named by the qualified export below, are built after this module
@SuppressWarnings("module")
module dev.progetto.io {
  requires transitive dev.progetto.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.progetto.io;
  // The generated walker and type description, for the rules of validation and the sheet layout of
  // tabular, the message catalogue of validation, server and the command line, and the YAML copy of the Jackson
  // modules; not API.
  exports dev.progetto.io.internal to dev.progetto.validation, dev.progetto.tabular, dev.progetto.server,
      dev.progetto.cli, dev.progetto.jackson, dev.progetto.jackson3;
}
