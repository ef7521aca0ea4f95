package dev.progetto.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code progetto} command. */
@Command(
    name = "progetto",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates, converts and reports on funding projects (FAMI/AMIF, Erasmus+, ESF, Territori Inclusivi).",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      SchemaCommand.class,
      CallsCommand.class,
      RulesCommand.class,
      ReportCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no issue at or above --fail-on",
      "1:issues found",
      "2:usage error, or a path that cannot be read",
      "3:internal error"
    })
final class ProgettoCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is missing: validate, convert, schema, calls, rules or report");
  }
}
