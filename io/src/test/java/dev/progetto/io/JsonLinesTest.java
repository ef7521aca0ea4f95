package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines are cut from blocks of the input: their ends may fall anywhere in a block, or beyond it. */
class JsonLinesTest {

  private static String project(String id, int descriptionLength) {
    return "{\"format\": 1, \"kind\": \"project\", \"id\": \"" + id + "\", \"title\": \"T\", \"description\": \""
        + "d".repeat(descriptionLength) + "\"}";
  }

  /** A stream that hands out at most a few bytes per read, as a socket or a pipe may. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 7));
      }
    };
  }

  private static List<String> read(ProgettoMapper mapper, InputStream in) {
    List<String> seen = new ArrayList<>();
    try (ProjectStream stream = mapper.streamProjects(in, "lines.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        seen.add(stream.lineNumber() + ":" + result.getDocument().map(p -> p.getId().value() + "/"
            + p.getDescription().map(d -> d.asMap().values().iterator().next().length()).orElse(0)).orElse("-")
            + result.getIssues().stream().map(i -> " " + i.getRule() + "@" + i.getLocation().map(Object::toString).orElse("?"))
                .reduce("", String::concat));
      }
    }
    return seen;
  }

  @Test
  void longLinesBlankLinesCarriageReturnsAndNoFinalNewline() {
    String text = project("a", 10) + "\n"
        + project("b", 200_000) + "\r\n"
        + "\n"
        + "   \n"
        + "{\"format\": 1, \"kind\": \"project\", \"id\": \"c\"\n"
        + project("d", 65_536 - 60) + "\n"
        + project("e", 3);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> expected = List.of("1:a/10", "2:b/200000", "5:- format.syntax@5:43", "6:d/65476", "7:e/3");
    assertThat(read(ProgettoMapper.standard(), new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(read(ProgettoMapper.standard(), trickle(bytes))).isEqualTo(expected);
  }

  @Test
  void aLineOverTheLimitIsReportedAndTheNextLinesAreRead() {
    ProgettoMapper mapper = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(100_000)).build();
    String text = project("a", 5) + "\n" + project("b", 150_000) + "\n" + project("c", 5) + "\n";
    assertThat(read(mapper, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("1:a/5", "2:- format.limit@2:1", "3:c/5");
  }

  @Test
  void anEmptyInputHasNoProjects() {
    assertThat(read(ProgettoMapper.standard(), new ByteArrayInputStream(new byte[0]))).isEmpty();
    assertThat(read(ProgettoMapper.standard(), new ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void readingAJsonLinesFileAsOneDocumentSaysToStreamItAndAOneLineFileReads(@TempDir Path folder) throws Exception {
    ProgettoMapper mapper = ProgettoMapper.standard();
    Path two = folder.resolve("two.jsonl");
    Files.writeString(two, project("p1", 1) + "\n" + project("p2", 1) + "\n");
    Path one = folder.resolve("one.jsonl");
    Files.writeString(one, project("p1", 1) + "\n\n");

    ReadResult<dev.progetto.model.Document> result = mapper.read(two);

    assertThat(result.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("format.syntax");
      assertThat(issue.getMessageKey()).isEqualTo("format.syntax.json-lines");
      assertThat(issue.getLocation()).contains(new SourceLocation(2, 1));
      assertThat(issue.getMessage(Locale.ENGLISH)).contains("ProgettoMapper.streamProjects")
          .doesNotContain("unexpected content");
      assertThat(issue.getMessage(Locale.ITALIAN)).contains("ProgettoMapper.streamProjects");
    });
    assertThat(mapper.readProject(two).getIssues()).extracting(ReadIssue::getMessageKey)
        .containsExactly("format.syntax.json-lines");
    assertThat(mapper.read(Files.readString(two), Syntax.JSON_LINES).getIssues()).extracting(ReadIssue::getMessageKey)
        .containsExactly("format.syntax.json-lines");
    assertThat(mapper.read(Files.readString(two), Syntax.JSON).getIssues()).extracting(ReadIssue::getMessageKey)
        .as("JSON that goes on after its document is not named JSON Lines").containsExactly("format.syntax.trailing");
    assertThat(mapper.read(one).getIssues()).isEmpty();
    assertThat(mapper.read(one).getDocument()).map(d -> ((Project) d).getId().value()).contains("p1");
    try (ProjectStream stream = mapper.streamProjects(two)) {
      assertThat(stream.next().getDocument()).isPresent();
      assertThat(stream.next().getDocument().map(p -> p.getId().value())).contains("p2");
    }
  }
}
