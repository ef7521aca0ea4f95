package dev.progetto.cli;

import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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

  static void write(Path target, Content content, PrintWriter err) {
    try {
      content.writeTo(target);
    } catch (IOException unwritable) {
      throw new UserError("cannot write " + target + ": " + unwritable.getMessage(), unwritable);
    }
    err.println("progetto: wrote " + ReportWriter.escapeForTerminal(target.toString()));
    err.flush();
  }

  static void writeStream(Path target, StreamContent content, PrintWriter err) {
    write(target, path -> {
      try (OutputStream out = Files.newOutputStream(path)) {
        content.writeTo(out);
      }
    }, err);
  }
}
