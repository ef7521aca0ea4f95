package dev.progetto.cli;

import dev.progetto.validation.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress of long runs on standard error, only when the user watches a terminal: scripts and CI
 * logs stay clean.
 */
final class Progress {

  private static final int MANY_FILES = 20;
  private static final long MANY_LINES = 10_000;

  private final PrintWriter err;
  private final boolean enabled;
  private final int files;
  private final Locale locale;
  private int file;
  private boolean shown;

  private Progress(PrintWriter err, boolean enabled, int files, Locale locale) {
    this.err = err;
    this.enabled = enabled;
    this.files = files;
    this.locale = locale;
  }

  /**
   * Progress that shows when standard error is a terminal: as the launcher, which can tell, says
   * ({@value #TERMINAL}), or else when the JVM has a console (standard input and output are
   * terminals, and standard error with them as a rule).
   */
  static Progress onTerminal(PrintWriter err, int files, Locale locale) {
    return new Progress(err, Boolean.getBoolean(TERMINAL) || System.console() != null, files, locale);
  }

  /** The system property by which the launcher says that standard error is a terminal. */
  static final String TERMINAL = "progetto.stderr.terminal";

  /** Progress to the given writer, shown or not: for tests. */
  static Progress to(PrintWriter err, boolean enabled, int files, Locale locale) {
    return new Progress(err, enabled, files, locale);
  }

  void file(Path path) {
    file++;
    if (enabled && files >= MANY_FILES) {
      show(ReportWriter.escapeForTerminal(CliMessages.text(locale, "cli.progress.file", file, files, String.valueOf(path.getFileName()))));
    }
  }

  void line(long line) {
    if (enabled && line % MANY_LINES == 0) {
      show(CliMessages.text(locale, "cli.progress.line", file, files, line));
    }
  }

  /**
   * Takes the progress text off its line, before standard output writes there (both go to one
   * terminal): a report line must never start with "validating ...".
   */
  void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  void done() {
    clear();
  }

  private void show(String text) {
    err.print("\r\033[K" + text);
    err.flush();
    shown = true;
  }
}
