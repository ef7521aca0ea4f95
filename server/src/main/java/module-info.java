/**
 * A web validator over progetto: a page in English and Italian where a file is uploaded or pasted
 * and every problem is shown at its line, pages for the call and rule catalogues, and a JSON API,
 * on the JDK's own HTTP server.
 */
module dev.progetto.server {
  requires transitive dev.progetto.validation;
  requires dev.progetto.tabular;
  requires jdk.httpserver;

  exports dev.progetto.server;
}
