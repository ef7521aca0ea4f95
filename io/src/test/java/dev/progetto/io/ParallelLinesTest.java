package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines read by several threads give, line for line and in order, what one thread gives:
 * the same documents, issues, line numbers and locations, broken and over-long lines included.
 */
class ParallelLinesTest {

  @TempDir
  Path folder;

  /** Random projects, one per line, with broken, blank and over-long lines among them. */
  private static byte[] lines(int count) throws IOException {
    RandomModel random = new RandomModel(7L);
    ProgettoMapper mapper = ProgettoMapper.standard();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      switch (i % 97) {
        case 13 -> out.write("{\"format\": 1, \"kind\": \"project\", \"id\": \"broken\"\n".getBytes(StandardCharsets.UTF_8));
        case 29 -> out.write("   \n".getBytes(StandardCharsets.UTF_8));
        case 41 -> out.write(("{\"format\": 1, \"kind\": \"project\", \"id\": \"long\", \"title\": \"" + "x".repeat(300_000)
            + "\"}\n").getBytes(StandardCharsets.UTF_8));
        case 53 -> out.write("{\"format\": 1, \"kind\": \"project\", \"id\": \"Bad Id\", \"title\": 3}\n"
            .getBytes(StandardCharsets.UTF_8));
        default -> {
          String json = mapper.write(random.project(), Syntax.JSON);
          out.write(json.replace("\n", "").getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      }
    }
    return out.toByteArray();
  }

  /** Each result as text: its line, document and issues with their locations. */
  private static List<String> read(ProjectStream stream) {
    List<String> seen = new ArrayList<>();
    try (stream) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        seen.add(stream.lineNumber() + " " + result.getDocument().map(Object::toString).orElse("-") + " "
            + result.getIssues().stream().map(i -> i.getRule() + "@" + i.getPointer() + "@"
                + i.getLocation().map(Object::toString).orElse("?")).toList()
            + " " + result.getSourceMap().locate("/title").map(Object::toString).orElse("?"));
      }
    }
    return seen;
  }

  private static ProgettoMapper mapper() {
    return ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(200_000)).build();
  }

  @Test
  void severalThreadsGiveWhatOneThreadGivesInTheSameOrder() throws Exception {
    Path file = folder.resolve("projects.jsonl");
    Files.write(file, lines(1_500));

    List<String> one = read(mapper().streamProjects(file));
    assertThat(one).hasSize(1_500 - 1_500 / 97 - 1).anyMatch(line -> line.contains("format.limit"))
        .anyMatch(line -> line.contains("format.syntax"));
    for (int threads : new int[] {1, 2, 5}) {
      assertThat(read(mapper().streamProjects(file, threads))).as("%d threads", threads).isEqualTo(one);
    }
  }

  @Test
  void anInputStreamIsReadAsAFileIs() throws Exception {
    byte[] bytes = lines(300);
    List<String> one = read(mapper().streamProjects(new ByteArrayInputStream(bytes), "lines.jsonl"));
    List<String> three = read(mapper().streamProjects(new ByteArrayInputStream(bytes), "lines.jsonl", 3));
    assertThat(three).hasSize(one.size()).isEqualTo(one);
  }

  @Test
  void closingBeforeTheEndStopsTheWorkersAndReadsNoMore() throws Exception {
    Path file = folder.resolve("many.jsonl");
    Files.write(file, lines(2_000));
    ProjectStream stream = mapper().streamProjects(file, 2);
    assertThat(stream.hasNext()).isTrue();
    stream.next();
    stream.close();
    assertThat(stream.hasNext()).isFalse();
    Thread.sleep(50);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("progetto-lines-")
        && thread.isAlive() && thread.getState() == Thread.State.RUNNABLE);
  }
}
