package dev.progetto.cli;

import dev.progetto.validation.RuleDescriptor;
import dev.progetto.validation.Rules;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code progetto rules}: every rule with its id, default severity and description. */
final class RulesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  final CommandSpec spec = Arg.command(this, "rules", "Lists every rule: id, default severity, owner and description.");

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<Format> formatOption = Arg.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
      .type(Format.class).defaultValue("text").description("text or json. Default: ${DEFAULT-VALUE}."));

  @Override
  public Integer call() {
    Format format = formatOption.orElse(Format.TEXT);
    Locale locale = Inputs.locale(common.lang());
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
