/**
 * The progetto domain model: immutable values that describe funding projects, their calls,
 * organisations, territories, indicators and budgets. No I/O and no validation engine.
 */
// validation and report, named by the qualified export below, are built after this module
@SuppressWarnings("module")
module dev.progetto.model {
  requires static transitive org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports dev.progetto.model;
  // The table of Italian provinces, for the rules of calls and the report's provinces; not API.
  exports dev.progetto.model.internal to dev.progetto.validation, dev.progetto.report;
}
