package dev.progetto.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the executable jar. */
public final class Main {

  /** Exit code when no issue reaches {@code --fail-on}. */
  public static final int OK = 0;
  /** Exit code when issues at or above {@code --fail-on} were found. */
  public static final int ISSUES = 1;
  /** Exit code for a usage error or a path that cannot be read. */
  public static final int USAGE = 2;
  /** Exit code for an internal error of progetto itself (a bug: please report it). */
  public static final int INTERNAL = 3;

  private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // picocli registers a converter for every java.time and java.sql type by reflection, which
    // initialises those classes; no option of progetto takes one. A setting of the user's wins.
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, "java\\.(time|sql)\\..*");
    }
    Output stdout = new Output(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = utf8(FileDescriptor.err);
    int exit = run(out, err, args);
    System.exit(checked(exit, out, stdout.failure, err, CliMessages.locale(java.util.Arrays.asList(args))));
  }

  /**
   * The exit code of a run whose standard output may have failed: a report that did not reach
   * its file (a full disk, a closed pipe) is an error of its own, not the run's code.
   */
  static int checked(int exit, PrintWriter out, @org.jspecify.annotations.Nullable IOException failure, PrintWriter err,
      java.util.Locale locale) {
    out.flush();
    if (!out.checkError()) {
      return exit;
    }
    err.println("progetto: " + CliMessages.text(locale, "cli.stdout",
        failure == null || failure.getMessage() == null ? "" : ": " + failure.getMessage().toLowerCase(java.util.Locale.ROOT)));
    err.flush();
    return exit == INTERNAL ? INTERNAL : USAGE;
  }

  /** Standard output that keeps the first failure to write, which a PrintWriter only flags. */
  private static final class Output extends java.io.FilterOutputStream {
    private @org.jspecify.annotations.Nullable IOException failure;

    Output(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException failed) {
        failure = failure == null ? failed : failure;
        throw failed;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException failed) {
        failure = failure == null ? failed : failure;
        throw failed;
      }
    }
  }

  /**
   * Returns the configured command line, writing UTF-8 to standard output and error; call
   * {@code execute(args)} to run it without exiting the JVM.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return commandLine(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
  }

  /**
   * Returns the configured command line writing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, ProgettoCommand.SUBCOMMANDS);
  }

  /**
   * Runs the command line with these arguments and returns its exit code: when the first one
   * names a command other than {@code help}, only that command is built, standing alone under the
   * name {@code progetto COMMAND}, which spares a run the reflection on the others and picocli's
   * fixed costs of a second command line; the run behaves as with the whole command line.
   */
  static int run(PrintWriter out, PrintWriter err, String[] args) {
    try {
      CommandLine commandLine = commandLine(out, err, args);
      return namesOneCommand(args) ? commandLine.execute(java.util.Arrays.copyOfRange(args, 1, args.length))
          : commandLine.execute(args);
    } catch (OutOfMemoryError | LinkageError | StackOverflowError fault) {
      // picocli hands exceptions to the handler of configured(); an error of the JVM passes it by
      return failed(fault, out, err, java.util.Arrays.asList(args).contains("--debug"),
          CliMessages.locale(java.util.Arrays.asList(args)));
    }
  }

  /**
   * Says why a run ended with an error of the JVM, after what the run wrote so far, and returns
   * the exit code of an internal error: running out of memory with what to do about it, anything
   * else (a class missing from the class path, a stack too deep) as a fault of progetto.
   */
  static int failed(Error fault, PrintWriter out, PrintWriter err, boolean debug, java.util.Locale locale) {
    out.flush();
    if (fault instanceof OutOfMemoryError) {
      err.println("progetto: " + CliMessages.text(locale, "cli.out-of-memory"));
      err.flush();
      return INTERNAL;
    }
    internalError(err, fault, debug, locale);
    return INTERNAL;
  }

  /**
   * Says that a run failed through a fault of progetto (not of its input), with the stack trace
   * when the user asked for it.
   */
  private static void internalError(PrintWriter err, Throwable fault, boolean debug, java.util.Locale locale) {
    // The exception's class is a detail of the code: --debug shows it with the stack trace.
    err.println("progetto: " + CliMessages.text(locale, debug ? "cli.internal" : "cli.internal.hint",
        fault.getMessage() == null ? new CliMessages.Text("cli.internal.no-message")
            : dev.progetto.validation.ReportWriter.escapeForTerminal(fault.getMessage())));
    if (debug) {
      fault.printStackTrace(err);
    }
    err.flush();
  }

  private static boolean namesOneCommand(String[] args) {
    return args.length > 0 && ProgettoCommand.SUBCOMMANDS.contains(args[0]) && !args[0].equals("help");
  }

  /**
   * The command line that {@link #run} runs for these arguments: the named command alone, or the
   * whole command line.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
    if (namesOneCommand(args)) {
      CommandLine alone = new CommandLine(ProgettoCommand.subcommand(args[0]));
      alone.getCommandSpec().name("progetto " + args[0]);
      ProgettoCommand.addStandardOptions(alone.getCommandSpec());
      return configured(alone, out, err);
    }
    return commandLine(out, err, ProgettoCommand.SUBCOMMANDS);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
    CommandLine commandLine = new CommandLine(ProgettoCommand.spec());
    for (String name : subcommands) {
      CommandLine subcommand = new CommandLine(ProgettoCommand.subcommand(name));
      ProgettoCommand.addStandardOptions(subcommand.getCommandSpec());
      commandLine.addSubcommand(name, subcommand);
    }
    return configured(commandLine, out, err);
  }

  private static CommandLine configured(CommandLine commandLine, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          boolean debug = parseResult.hasMatchedOption("--debug")
              || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
          if (exception instanceof UserError) {
            // a path in the message may hold control characters: shown, never run by the terminal
            java.util.Locale locale = CliMessages.locale(parseResult.originalArgs());
            cmd.getErr().println("progetto: "
                + dev.progetto.validation.ReportWriter.escapeForTerminal(((UserError) exception).message(locale)));
            if (debug) {
              exception.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return USAGE;
          }
          internalError(cmd.getErr(), exception, debug, CliMessages.locale(parseResult.originalArgs()));
          return INTERNAL;
        });
    commandLine.setParameterExceptionHandler(UsageErrors::handle);
    return commandLine;
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
