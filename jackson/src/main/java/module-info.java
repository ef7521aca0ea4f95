/** The Jackson 2 module of progetto: {@code ObjectMapper.registerModule(new ProgettoModule())}. */
module dev.progetto.jackson {
  requires transitive dev.progetto.io;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.progetto.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.progetto.jackson.ProgettoModule;
}
