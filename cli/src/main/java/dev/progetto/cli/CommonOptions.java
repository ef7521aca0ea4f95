package dev.progetto.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

  @Option(names = "--lang", paramLabel = "LANG", description = "en or it: the language of messages (default: the system's, else en).")
  String lang;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;
}
