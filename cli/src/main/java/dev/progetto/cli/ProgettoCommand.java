package dev.progetto.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level {@code progetto} command. Its subcommands are added by {@link Main}: all of them,
 * or only the one a run names, since picocli reads the annotations of every command it is given.
 * The top-level command itself and every command's {@code --help} and {@code --version} are built
 * in code rather than read from annotations: reading picocli's annotations (its standard help
 * options are an annotated class) is most of what a short run spends before its first argument.
 */
final class ProgettoCommand implements Runnable {

  /** The subcommands' names, in the order of the help. */
  static final List<String> SUBCOMMANDS = List.of("validate", "convert", "template", "schema", "calls", "rules", "report",
      "serve", "help");

  /**
   * Returns the specification of a new instance of the named subcommand (picocli's help command is
   * the one given as an annotated object). A switch rather than a map of constructor references,
   * each of which a run would link before its first argument is parsed.
   */
  static Object subcommand(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand().spec;
      case "convert":
        return new ConvertCommand().spec;
      case "template":
        return new TemplateCommand().spec;
      case "schema":
        return new SchemaCommand().spec;
      case "calls":
        return new CallsCommand().spec;
      case "rules":
        return new RulesCommand().spec;
      case "report":
        return new ReportCommand().spec;
      case "serve":
        return new ServeCommand().spec;
      case "help":
        return new HelpCommand();
      default:
        throw new IllegalArgumentException("no command " + name);
    }
  }

  private CommandSpec spec;

  /** The specification of the {@code progetto} command, with its help and version options. */
  static CommandSpec spec() {
    ProgettoCommand command = new ProgettoCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("progetto").versionProvider(new VersionProvider());
    spec.usageMessage()
        .description("Validates, converts and reports on funding projects (FAMI/AMIF, Erasmus+, ESF, Territori Inclusivi).")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(
            "0:no issue at or above --fail-on",
            "1:issues found",
            "2:usage error, or a path that cannot be read",
            "3:internal error"));
    addStandardOptions(spec);
    command.spec = spec;
    return spec;
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} to a command and to its subcommands, as
   * picocli's {@code mixinStandardHelpOptions} would, without reading an annotated class.
   */
  static void addStandardOptions(CommandSpec spec) {
    if (spec.userObject() instanceof HelpCommand) {
      return;
    }
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    for (CommandLine subcommand : spec.subcommands().values()) {
      addStandardOptions(subcommand.getCommandSpec());
    }
  }

  @Override
  public void run() {
    throw UsageErrors.of(spec.commandLine(), "cli.command.missing");
  }
}
