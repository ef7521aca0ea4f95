package dev.progetto.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in process, as the tests make it: exit code, standard output and
 * standard error. Every JSON validation report a run writes is checked against the report's
 * JSON Schema on the way.
 *
 * @param exit the exit code
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
record CommandRun(int exit, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    ReportSchema.checkIfReport(args, exit, out.toString());
    return new CommandRun(exit, out.toString(), err.toString());
  }

  /** Standard output followed by standard error. */
  String all() {
    return out + err;
  }
}
