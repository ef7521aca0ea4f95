package dev.progetto.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The top-level {@code progetto} command. Its subcommands are added by {@link Main}: all of them,
 * or only the one a run names, since picocli reads the annotations of every command it is given.
 */
@Command(
    name = "progetto",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates, converts and reports on funding projects (FAMI/AMIF, Erasmus+, ESF, Territori Inclusivi).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no issue at or above --fail-on",
      "1:issues found",
      "2:usage error, or a path that cannot be read",
      "3:internal error"
    })
final class ProgettoCommand implements Runnable {

  /** The subcommands' names, in the order of the help. */
  static final List<String> SUBCOMMANDS = List.of("validate", "convert", "template", "schema", "calls", "rules", "report",
      "serve", "help");

  /**
   * Returns a new instance of the named subcommand. A switch rather than a map of constructor
   * references, each of which a run would link before its first argument is parsed.
   */
  static Object subcommand(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand();
      case "convert":
        return new ConvertCommand();
      case "template":
        return new TemplateCommand();
      case "schema":
        return new SchemaCommand();
      case "calls":
        return new CallsCommand();
      case "rules":
        return new RulesCommand();
      case "report":
        return new ReportCommand();
      case "serve":
        return new ServeCommand();
      case "help":
        return new HelpCommand();
      default:
        throw new IllegalArgumentException("no command " + name);
    }
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a command is missing: validate, convert, template, schema, calls, rules, report or serve");
  }
}
