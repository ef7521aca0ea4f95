package dev.progetto.cli;

import dev.progetto.validation.RuleDescriptor;
import dev.progetto.validation.Rules;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto rules}: every rule with its id, default severity and description. */
@Command(
    addMethodSubcommands = false,
    name = "rules",
    versionProvider = VersionProvider.class,
    description = "Lists every rule: id, default severity, owner and description.")
final class RulesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    Locale locale = Inputs.locale(common.lang);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println("[");
      int i = 0;
      for (RuleDescriptor rule : Rules.all()) {
        out.printf("  {\"id\": %s, \"severity\": \"%s\", \"owner\": \"%s\", \"parameters\": [%s], \"description\": %s}%s%n",
            quote(rule.getId()), rule.getDefaultSeverity().code(), rule.getOwner().code(),
            String.join(", ", rule.getParameters().stream().map(RulesCommand::quote).toList()),
            quote(rule.description(locale)), ++i < Rules.all().size() ? "," : "");
      }
      out.println("]");
    } else {
      for (RuleDescriptor rule : Rules.all()) {
        out.printf("%-42s %-8s %-6s %s%n", rule.getId(), rule.getDefaultSeverity().code(), rule.getOwner().code(),
            rule.description(locale));
      }
    }
    out.flush();
    return Main.OK;
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
