package dev.progetto.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The syntaxes of the file format. */
public enum Syntax {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML ({@code .yaml}, {@code .yml}). */
  YAML,
  /**
   * JSON Lines ({@code .jsonl}): one project document per line, the streaming form, read with
   * {@link ProgettoMapper#streamProjects(Path)}; a method that reads one document reads one line.
   */
  JSON_LINES;

  /**
   * Returns the syntax a file name's extension stands for.
   *
   * @param path the file
   * @return the syntax, or empty for an extension of no syntax
   */
  public static Optional<Syntax> fromPath(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String file = name.toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (file.endsWith(".yaml") || file.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (file.endsWith(".jsonl")) {
      return Optional.of(JSON_LINES);
    }
    return Optional.empty();
  }
}
