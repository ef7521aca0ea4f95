package dev.progetto.cli;

import dev.progetto.validation.ReportWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Arguments that picocli cannot parse: said in the language of the run, in progetto's words, then
 * the suggestions or the usage of the command, exit code 2. picocli's messages are recognised by
 * their words (those of the picocli version the build pins, which a test holds); one not
 * recognised is shown as picocli words it.
 */
final class UsageErrors {

  /** A message of picocli, as a pattern of its words, and the key of progetto's message that says it. */
  private record Wording(Pattern words, String key) {
    Wording(String words, String key) {
      this(Pattern.compile(words, Pattern.DOTALL), key);
    }
  }

  private static final Wording[] WORDINGS = {
      new Wording("Missing required parameter: (.+)",
          "cli.usage.missing-parameter"),
      new Wording("Missing required parameters: (.+)",
          "cli.usage.missing-parameters"),
      new Wording("Missing required option: (.+)",
          "cli.usage.missing-option"),
      new Wording("Missing required options: (.+)",
          "cli.usage.missing-options"),
      new Wording("Missing required parameter for option '(.+)' \\((.+)\\)",
          "cli.usage.missing-value"),
      new Wording("option '(.+)' \\((.+)\\) should be specified only once",
          "cli.usage.once"),
      new Wording("Unknown option: (.+)",
          "cli.usage.unknown-option"),
      new Wording("Unknown options: (.+)",
          "cli.usage.unknown-options"),
      new Wording("Unmatched argument at index \\d+: (.+)",
          "cli.usage.unmatched"),
      new Wording("Unmatched arguments from index \\d+: (.+)",
          "cli.usage.unmatched-several"),
      new Wording("Invalid value for option '(.+)': expected one of \\[?(.+?)\\]?(?: \\(case-insensitive\\))? but was '(.*)'",
          "cli.usage.one-of"),
      new Wording("Invalid value for positional parameter at index \\d+ \\((.+)\\): expected one of \\[?(.+?)\\]?"
          + "(?: \\(case-insensitive\\))? but was '(.*)'",
          "cli.usage.one-of"),
      new Wording("Invalid value for option '(.+)': '(.*)' is not an int",
          "cli.usage.not-a-number"),
      new Wording("Expected parameter for option '(.+)' but found '(.*)'",
          "cli.usage.expected-value")
  };

  private UsageErrors() {}

  /** picocli's handler of arguments it cannot parse. */
  static int handle(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    Locale locale = CliMessages.locale(List.of(args));
    err.println("progetto: " + ReportWriter.escapeForTerminal(message(problem, locale)));
    List<String> suggestions = problem instanceof UnmatchedArgumentException
        ? ((UnmatchedArgumentException) problem).getSuggestions() : List.of();
    if (suggestions.isEmpty()) {
      command.usage(err, command.getColorScheme());
    } else {
      boolean option = ((UnmatchedArgumentException) problem).isUnknownOption();
      if (!option) {
        // a command is suggested by the whole of its name, as it is typed
        String name = command.getCommandSpec().qualifiedName();
        suggestions = suggestions.stream()
            .map(suggestion -> command.getSubcommands().containsKey(suggestion) ? name + " " + suggestion : suggestion)
            .toList();
      }
      String or = " " + CliMessages.text(locale, "cli.usage.or") + " ";
      err.println(ReportWriter.escapeForTerminal(option
          ? CliMessages.text(locale, "cli.usage.solutions", String.join(", ", suggestions))
          : CliMessages.text(locale, "cli.usage.did-you-mean", String.join(or, suggestions))));
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The message of a usage error in a language. */
  static String message(ParameterException problem, Locale locale) {
    if (problem.getCause() instanceof UserError) {
      return ((UserError) problem.getCause()).message(locale);
    }
    String text = String.valueOf(problem.getMessage());
    for (Wording wording : WORDINGS) {
      Matcher matched = wording.words().matcher(text);
      if (matched.matches()) {
        String key = wording.key();
        Object[] arguments = new Object[matched.groupCount()];
        for (int g = 0; g < arguments.length; g++) {
          arguments[g] = matched.group(g + 1);
        }
        if (key.equals("cli.usage.one-of")) {
          arguments[1] = choices((String) arguments[1], locale);
        }
        return CliMessages.text(locale, key, arguments);
      }
    }
    return text;
  }

  /**
   * The values an option takes, as the user types them (picocli names the constants of the enum):
   * {@code text, json or sarif}.
   */
  private static String choices(String constants, Locale locale) {
    String[] values = constants.toLowerCase(Locale.ROOT).split(", ");
    if (values.length == 1) {
      return values[0];
    }
    return String.join(", ", java.util.Arrays.copyOf(values, values.length - 1)) + " "
        + CliMessages.text(locale, "cli.usage.or") + " " + values[values.length - 1];
  }

  /** A usage error of progetto's own, in the language of the run. */
  static ParameterException of(CommandLine command, String key, Object... arguments) {
    UserError error = new UserError(key, arguments);
    return new ParameterException(command, error.getMessage(), error);
  }
}
