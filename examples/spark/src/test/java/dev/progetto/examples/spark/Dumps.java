package dev.progetto.examples.spark;

import dev.progetto.benchmarks.ProjectGenerator;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON Lines dumps of generated projects ({@link ProjectGenerator}, seed 42, the mix of the
 * peer benchmarks: 16 in 20 seed-page sized, 3 FAMI-sized, 1 a large KA220 project), with now and
 * then a line that a real dump also has: blank, cut short, not an object, not UTF-8, ended by
 * {@code \r\n}, or a project that an earlier line already has.
 */
final class Dumps {

  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();

  /** The lines written on purpose apart from the generated projects, by file. */
  final List<String> specialLines = new ArrayList<>();

  private final ProjectGenerator generator = new ProjectGenerator(42L);
  private final List<byte[]> firstLines = new ArrayList<>();

  /**
   * Writes generated projects and, every {@code every} of them, the odd lines.
   *
   * @param file the file
   * @param first the index of the first project
   * @param count how many projects
   * @param every how many projects between two runs of odd lines
   * @throws IOException if the file cannot be written
   */
  void write(Path file, int first, int count, int every) throws IOException {
    long line = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = first; i < first + count; i++) {
        byte[] project = MAPPER.write(generator.next(i, sizeOf(i)), Syntax.JSON_LINES).getBytes(StandardCharsets.UTF_8);
        if (firstLines.size() < 50) {
          firstLines.add(project);
        }
        out.write(project);
        line++;
        if ((i - first) % every == every / 2) {
          line = odd(out, file, line);
        }
      }
    }
  }

  private long odd(OutputStream out, Path file, long line) throws IOException {
    List<byte[]> lines = new ArrayList<>();
    lines.add("\n".getBytes(StandardCharsets.UTF_8)); // blank: skipped, yet counted
    lines.add("{\"kind\": \"project\", \"id\": \"cut-short\", \"title\": {\"it\": \"Progetto\n".getBytes(StandardCharsets.UTF_8));
    lines.add("[\"not\", \"a\", \"project\"]\n".getBytes(StandardCharsets.UTF_8));
    lines.add(new byte[] {'{', '"', 'i', 'd', '"', ':', ' ', '"', 'b', 'a', 'd', (byte) 0xff, '"', '}', '\n'});
    byte[] again = firstLines.get((int) (line % firstLines.size()));
    byte[] crlf = new byte[again.length + 1];
    System.arraycopy(again, 0, crlf, 0, again.length - 1);
    crlf[again.length - 1] = '\r';
    crlf[again.length] = '\n';
    lines.add(crlf); // a project again (its id repeated), its line ended by \r\n
    for (byte[] bytes : lines) {
      out.write(bytes);
      line++;
      specialLines.add(file + ":" + line);
    }
    return line;
  }

  /** The mix of the peer benchmarks' files. */
  static ProjectGenerator.Size sizeOf(int index) {
    int slot = index % 20;
    if (slot == 19) {
      return ProjectGenerator.Size.LARGE;
    }
    return slot >= 16 ? ProjectGenerator.Size.MEDIUM : ProjectGenerator.Size.SMALL;
  }
}
