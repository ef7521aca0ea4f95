/** A consumer of progetto on the module path. */
module dev.progetto.it.jpms {
  requires dev.progetto.validation;
  requires dev.progetto.report;

  exports dev.progetto.it.jpms;
}
