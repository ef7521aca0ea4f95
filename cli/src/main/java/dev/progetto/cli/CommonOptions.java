package dev.progetto.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command takes. */
final class CommonOptions {

  private final Arg<String> lang;

  CommonOptions(CommandSpec spec) {
    lang = Arg.option(spec, "--lang", "LANG", String.class, "en or it: the language of messages (default: the system's, else en).");
    // read where an internal error is reported (Main), from the arguments matched
    Arg.flag(spec, "--debug", "Show stack traces of internal errors.");
  }

  /** The language asked for with --lang, if any. */
  @Nullable String lang() {
    return lang.get();
  }
}
