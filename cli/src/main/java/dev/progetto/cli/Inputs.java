package dev.progetto.cli;

import dev.progetto.io.Syntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files named on the command line: files as given, directories searched recursively. */
final class Inputs {

  private Inputs() {}

  /**
   * Expands paths into the files to read: a file is taken whatever its extension (an unknown one
   * is reported when read), a directory gives its {@code .json}, {@code .yaml}, {@code .yml} and
   * {@code .jsonl} files in name order, recursively.
   *
   * @throws UserError for a path that does not exist or cannot be read
   */
  static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UserError("cannot read " + path + ": no such file or directory");
      }
      if (!Files.isReadable(path)) {
        throw new UserError("cannot read " + path + ": permission denied");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> Syntax.fromPath(file).isPresent())
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException unreadable) {
          throw new UserError("cannot read directory " + path + ": " + unreadable.getMessage(), unreadable);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** The syntax of a file, or a usage error naming the extensions that are read. */
  static Syntax syntax(Path file) {
    return Syntax.fromPath(file).orElseThrow(() -> new UserError(
        "cannot tell the syntax of " + file + ": use a .json, .yaml, .yml or .jsonl file"));
  }

  /** The locale for messages: {@code it} or {@code en}, default from the system locale. */
  static Locale locale(String lang) {
    String language = lang == null ? Locale.getDefault().getLanguage() : lang.toLowerCase(Locale.ROOT);
    if (language.equals("it")) {
      return Locale.ITALIAN;
    }
    if (lang != null && !language.equals("en")) {
      throw new UserError("--lang takes en or it, not " + lang);
    }
    return Locale.ENGLISH;
  }
}
