/**
 * The Jackson 3 module of progetto:
 * {@code JsonMapper.builder().addModule(new ProgettoModule()).build()}.
 * The name follows the artifact and the package, digit included, as Jackson's own artifacts do.
 */
@SuppressWarnings("module")
module dev.progetto.jackson3 {
  requires transitive dev.progetto.io;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports dev.progetto.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.progetto.jackson3.ProgettoModule;
}
