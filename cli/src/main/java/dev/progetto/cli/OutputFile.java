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
      throw cannotWrite(target, unwritable);
    }
    err.println("progetto: wrote " + ReportWriter.escapeForTerminal(target.toString()));
    err.flush();
  }

  /** The usage error of an output that cannot be written, saying why in words. */
  static UserError cannotWrite(Path target, IOException failure) {
    String reason;
    Path folder = target.toAbsolutePath().getParent();
    if (failure instanceof java.nio.file.NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
      reason = "the folder " + folder + " does not exist";
    } else {
      reason = Inputs.reason(target, failure);
    }
    return new UserError("cannot write " + target + ": " + reason, failure);
  }

  /**
   * Refuses an output that is one of the inputs: writing it would destroy what the command reads
   * (a slip of the tab key in {@code -o}).
   */
  static void notAnInput(Path target, Path input) {
    try {
      if (Files.exists(target) && Files.isSameFile(target, input)) {
        throw new UserError("the output " + target + " is the input " + input + ": write to another file");
      }
    } catch (IOException unknown) {
      // a path that cannot be compared is written, or fails, as it would
    }
  }

  static void writeStream(Path target, StreamContent content, PrintWriter err) {
    write(target, path -> {
      try (OutputStream out = Files.newOutputStream(path)) {
        content.writeTo(out);
      }
    }, err);
  }
}
