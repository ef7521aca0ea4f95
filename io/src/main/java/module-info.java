/**
 * Reading and writing progetto documents in JSON, YAML and JSON Lines, with the location of every
 * problem.
 */
module dev.progetto.io {
  requires transitive dev.progetto.model;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.progetto.io;
  exports dev.progetto.io.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.progetto.io.jackson.ProgettoModule;
}
