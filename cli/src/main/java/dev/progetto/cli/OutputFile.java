package dev.progetto.cli;

import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A file a command writes: named on standard error once written; one that cannot be written is a usage error. */
final class OutputFile {

  /** What goes into the file, or the folder. */
  interface Content {
    void writeTo(Path target) throws IOException;
  }

  /** What goes into a file, as a stream. */
  interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  static void write(Path target, Content content, PrintWriter err, Locale locale) {
    try {
      content.writeTo(target);
    } catch (IOException unwritable) {
      throw cannotWrite(target, unwritable);
    }
    err.println("progetto: " + ReportWriter.escapeForTerminal(CliMessages.text(locale, "cli.path.wrote", target.toString())));
    err.flush();
  }

  /**
   * Says why the output cannot be written: the folder it goes in does not exist, it is not
   * writable, it is a file where a folder is wanted (or a folder where a file is), rather than the
   * bare path the exception carries.
   */
  static UserError cannotWrite(Path out, IOException unwritable) {
    Path absolute = out.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    // The folder as the user wrote it, when they did.
    Object named = out.getParent() != null ? out.getParent() : folder;
    Object why;
    if (unwritable instanceof java.nio.file.FileAlreadyExistsException && Files.isRegularFile(absolute)) {
      why = new CliMessages.Text("cli.path.wants-folder");
    } else if (folder != null && !Files.isDirectory(folder)) {
      why = Files.exists(folder) ? new CliMessages.Text("cli.path.parent-is-file", String.valueOf(named))
          : new CliMessages.Text("cli.path.no-folder", String.valueOf(named));
    } else if (Files.isDirectory(absolute)) {
      why = new CliMessages.Text("cli.path.wants-file");
    } else if (unwritable instanceof java.nio.file.AccessDeniedException) {
      why = Files.exists(absolute) ? new CliMessages.Text("cli.path.not-writable")
          : new CliMessages.Text("cli.path.folder-not-writable", String.valueOf(named));
    } else if (unwritable instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) unwritable).getReason() != null) {
      why = ((java.nio.file.FileSystemException) unwritable).getReason();
    } else {
      why = unwritable.getMessage() == null ? unwritable.getClass().getSimpleName() : unwritable.getMessage();
    }
    return new UserError(unwritable, "cli.path.cannot-write", out.toString(), why);
  }

  /**
   * Refuses an output that is one of the inputs: writing it would destroy what the command reads
   * (a slip of the tab key in {@code -o}).
   */
  static void notAnInput(Path target, Path input) {
    try {
      if (Files.exists(target) && Files.isSameFile(target, input)) {
        throw new UserError("cli.path.output-is-input", target.toString(), input.toString());
      }
    } catch (IOException unknown) {
      // a path that cannot be compared is written, or fails, as it would
    }
  }

  static void writeStream(Path target, StreamContent content, PrintWriter err, Locale locale) {
    write(target, path -> {
      try (OutputStream out = Files.newOutputStream(path)) {
        content.writeTo(out);
      }
    }, err, locale);
  }
}
