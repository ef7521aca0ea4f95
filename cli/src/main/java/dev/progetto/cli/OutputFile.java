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
    String why;
    if (unwritable instanceof java.nio.file.FileAlreadyExistsException && Files.isRegularFile(absolute)) {
      why = "it is a file, and a folder is wanted here (or give a name ending in .zip)";
    } else if (folder != null && !Files.isDirectory(folder)) {
      why = Files.exists(folder) ? named + " is a file, not a folder" : "the folder " + named + " does not exist";
    } else if (Files.isDirectory(absolute)) {
      why = "it is a folder, and a file is wanted here";
    } else if (unwritable instanceof java.nio.file.AccessDeniedException) {
      why = Files.exists(absolute) ? "it is not writable" : "the folder " + named + " is not writable";
    } else if (unwritable instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) unwritable).getReason() != null) {
      why = ((java.nio.file.FileSystemException) unwritable).getReason();
    } else {
      why = unwritable.getMessage() == null ? unwritable.getClass().getSimpleName() : unwritable.getMessage();
    }
    return new UserError("cannot write " + out + ": " + why, unwritable);
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
