package dev.progetto.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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

  /** The subcommands by name, in the order of the help. */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    commands.put("convert", ConvertCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("calls", CallsCommand::new);
    commands.put("rules", RulesCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("help", HelpCommand::new);
    return java.util.Collections.unmodifiableMap(commands);
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is missing: validate, convert, schema, calls, rules or report");
  }
}
