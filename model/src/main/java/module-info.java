/**
 * The progetto domain model: immutable values that describe funding projects, their calls,
 * organisations, territories, indicators and budgets. No I/O and no validation engine.
 */
module dev.progetto.model {
  requires static transitive org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports dev.progetto.model;
}
