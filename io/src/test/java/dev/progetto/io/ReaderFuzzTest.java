package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of the three readers. {@code verify} runs each on its committed corpus
 * ({@code ReaderFuzzTestInputs/<method>/} under the test resources); {@code scripts/fuzz} runs one
 * in fuzzing mode. Each asserts what the readers promise for any bytes: no exception, every issue a
 * reading rule with a pointer and a line and column inside the input, and a document that reads
 * without issues writes back and re-reads to an equal one.
 */
class ReaderFuzzTest {

  private static final ProgettoMapper STRICT = ProgettoMapper.standard();
  private static final ProgettoMapper LENIENT = ProgettoMapper.builder().lenient(true).build();

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void json(byte[] input) throws IOException {
    ReadResult<Document> result = STRICT.read(new ByteArrayInputStream(input), Syntax.JSON, "fuzz.json");
    FuzzChecks.assertWellFormed(result, FuzzChecks.jsonLines(input), 0, false);
    FuzzChecks.assertRoundTrip(STRICT, result);

    ReadResult<Document> lenient = LENIENT.read(new ByteArrayInputStream(input), Syntax.JSON, "fuzz.json");
    FuzzChecks.assertWellFormed(lenient, FuzzChecks.jsonLines(input), 0, true);
    assertThat(lenient.getDocument()).as("lenient reading builds the same document").isEqualTo(result.getDocument());
    assertThat(lenient.getIssues()).as("lenient reading finds the same issues")
        .extracting(i -> i.getRule() + " " + i.getPointer() + " " + i.getLocation() + " " + i.getMessageKey() + i.getArguments())
        .containsExactlyElementsOf(result.getIssues().stream()
            .map(i -> i.getRule() + " " + i.getPointer() + " " + i.getLocation() + " " + i.getMessageKey() + i.getArguments())
            .toList());
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void yaml(byte[] input) throws IOException {
    ReadResult<Document> result = STRICT.read(new ByteArrayInputStream(input), Syntax.YAML, "fuzz.yaml");
    FuzzChecks.assertWellFormed(result, FuzzChecks.yamlLines(input), 0, false);
    FuzzChecks.assertRoundTrip(STRICT, result);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void jsonLines(byte[] input) throws IOException {
    List<byte[]> lines = lines(input);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!blank(lines.get(i))) {
        expected.add(i + 1);
      }
    }
    List<Integer> seen = new ArrayList<>();
    List<Project> clean = new ArrayList<>();
    try (ProjectStream stream = STRICT.streamProjects(new ByteArrayInputStream(input), "fuzz.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        int line = (int) stream.lineNumber();
        seen.add(line);
        // Each document is one line of the file: every issue is on that line.
        FuzzChecks.assertWellFormed(result, List.of(lines.get(line - 1)), line - 1, false);
        if (result.getIssues().isEmpty()) {
          clean.add(result.getDocument().orElseThrow());
        }
      }
    }
    assertThat(seen).as("one result for each line that is not blank").isEqualTo(expected);

    StringWriter written = new StringWriter();
    STRICT.writeJsonLines(clean, written);
    List<Project> again = new ArrayList<>();
    try (ProjectStream stream = STRICT.streamProjects(
        new ByteArrayInputStream(written.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "again.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        assertThat(result.getIssues()).as("re-reading line %d of%n%s", stream.lineNumber(), written).isEmpty();
        again.add(result.getDocument().orElseThrow());
      }
    }
    assertThat(again).as("clean lines written and re-read").isEqualTo(clean);
  }

  /** The lines of a JSON Lines file: ended by LF only, the last one possibly unterminated. */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(Arrays.copyOfRange(input, start, input.length));
    }
    return lines;
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
