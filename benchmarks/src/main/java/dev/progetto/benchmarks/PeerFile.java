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
 * Writes a JSON Lines file of generated projects for the peer benchmarks ({@code benchmarks/peers}):
 * seed 42, mostly seed-page sized projects, one in five FAMI-sized and one in twenty a large KA220
 * project, as in {@link StreamBenchmark}. The same count always gives the same file.
 */
public final class PeerFile {

  private PeerFile() {
  }

  /**
   * Writes the file.
   *
   * @param args the number of projects and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PeerFile PROJECTS FILE");
      System.exit(2);
    }
    int projects = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    ProgettoMapper mapper = ProgettoMapper.standard();
    ProjectGenerator generator = new ProjectGenerator(42L);
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (int i = 0; i < projects; i++) {
        out.write(mapper.write(generator.next(i, sizeOf(i)), Syntax.JSON_LINES));
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  static ProjectGenerator.Size sizeOf(int index) {
    int slot = index % 20;
    if (slot == 19) {
      return ProjectGenerator.Size.LARGE;
    }
    return slot >= 16 ? ProjectGenerator.Size.MEDIUM : ProjectGenerator.Size.SMALL;
  }
}
