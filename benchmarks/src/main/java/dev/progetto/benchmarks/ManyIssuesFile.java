package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a JSON Lines file of seeded projects in which every project has findings: each
 * organisation's country is not a country code and each project has an unknown field, so that
 * a report of the whole file holds a dozen issues a project. {@code benchmarks/cli-memory}
 * validates it with the command line in a small heap.
 */
public final class ManyIssuesFile {

  private ManyIssuesFile() {}

  /**
   * Writes the file unless one of at least that size is there.
   *
   * @param args the size in megabytes and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long bytes = Long.parseLong(args[0]) * 1_000_000L;
    Path file = Path.of(args[1]);
    if (Files.exists(file) && Files.size(file) >= bytes) {
      return;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    ProgettoMapper mapper = ProgettoMapper.standard();
    ProjectGenerator generator = new ProjectGenerator(bytes);
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        ProjectGenerator.Size size = i % 20 == 19 ? ProjectGenerator.Size.LARGE
            : i % 20 >= 16 ? ProjectGenerator.Size.MEDIUM : ProjectGenerator.Size.SMALL;
        String line = mapper.write(generator.next(i, size), Syntax.JSON_LINES)
            .replaceAll("\"country\":\"[A-Z]{2}\"", "\"country\":\"Italia\"")
            .replaceFirst("\\{", "{\"colour\":\"red\",");
        out.write(line);
        written += line.length();
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
