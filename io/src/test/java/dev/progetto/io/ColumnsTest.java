package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every column counts UTF-16 code units, in JSON and YAML alike, whatever the parser counts. */
class ColumnsTest {

  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();

  /** The same line is JSON and YAML (a flow mapping): letters of two bytes and of four. */
  private static final List<String> LINES = List.of(
      "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"àààà\", \"colour\": \"red\"}",
      "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"😀à😀\", \"colour\": \"red\"}",
      "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"€𝄞\", \"colour\": \"red\", \"shape\": 1}");

  private static int column(String line, String text) {
    return line.indexOf(text) + 1;
  }

  @Test
  void jsonAndYamlCountTheSameUnitAsJavaStrings() {
    for (String line : LINES) {
      for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
        for (boolean asText : new boolean[] {false, true}) {
          String text = "\n" + line + "\n";
          ReadResult<Document> result = asText ? MAPPER.read(text, syntax)
              : MAPPER.read(text.getBytes(StandardCharsets.UTF_8), syntax);
          assertThat(result.getIssues()).as("%s %s %s", syntax, asText, line)
              .extracting(ReadIssue::getRule, issue -> issue.getLocation().orElseThrow())
              .startsWith(org.assertj.core.groups.Tuple.tuple("format.unknown-field",
                  new SourceLocation(2, column(line, "\"red\""))));
          assertThat(result.getSourceMap().locate("/title")).as("%s %s", syntax, line)
              .contains(new SourceLocation(2, column(line, "\"😀") > 0 ? column(line, "\"😀") : column(line, "\"" + line.charAt(line.indexOf("\"title\": \"") + 10))));
        }
      }
    }
  }

  @Test
  void aByteOrderMarkCountsNothing() {
    for (String line : LINES) {
      byte[] text = ("\uFEFF\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
      for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
        assertThat(MAPPER.read(text, syntax).getIssues()).as("%s %s", syntax, line)
            .extracting(issue -> issue.getLocation().orElseThrow())
            .startsWith(new SourceLocation(2, column(line, "\"red\"")));
      }
      byte[] oneLine = ("\uFEFF" + line).getBytes(StandardCharsets.UTF_8);
      assertThat(MAPPER.read(oneLine, Syntax.JSON).getIssues()).as(line).extracting(issue -> issue.getLocation().orElseThrow())
          .startsWith(new SourceLocation(1, column(line, "\"red\"")));
    }
  }

  @Test
  void aSyntaxErrorAfterWideLettersIsAtItsCharacter() {
    String line = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"àà😀\" \"x\"}";
    ReadResult<Document> result = MAPPER.read(line.getBytes(StandardCharsets.UTF_8), Syntax.JSON);
    assertThat(result.getIssues()).extracting(issue -> issue.getLocation().orElseThrow())
        .containsExactly(new SourceLocation(1, column(line, "\"x\"")));
  }

  @Test
  void aJsonLinesLineWithACarriageReturnCountsUnitsAcrossIt() throws Exception {
    String line = "{\"format\": 1, \"kind\": \"project\",\r\"id\": \"p\", \"title\": \"😀é\", \"colour\": \"red\"}";
    String lines = "{\"format\": 1, \"kind\": \"project\", \"id\": \"q\", \"title\": \"t\"}\n" + line + "\n";
    try (ProjectStream stream = MAPPER.streamProjects(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "x.jsonl")) {
      stream.next();
      ReadResult<Project> second = stream.next();
      assertThat(second.getIssues()).extracting(issue -> issue.getLocation().orElseThrow())
          .containsExactly(new SourceLocation(2, column(line, "\"red\"")));
    }
  }

  @Test
  void aControlCharacterInYamlIsReportedWhereItStands() {
    StringBuilder yaml = new StringBuilder("format: 1\nkind: project\nid: p\ntitle: t\nextensions:\n");
    for (int line = 6; line < 414; line++) {
      yaml.append("  k").append(line).append(": \"à😀 value\"\n");
    }
    String[][] cases = {{"\u0000", "0000"}, {"\u0007", "0007"}, {"\u007f", "007F"}, {"\u0080", "0080"}, {"\ufffe", "FFFE"}};
    for (String[] control : cases) {
      String text = yaml + "  k414: \"😀" + control[0] + "\"\n  k415: 1\n";
      for (boolean asText : new boolean[] {false, true}) {
        ReadResult<Document> result = asText ? MAPPER.read(text, Syntax.YAML)
            : MAPPER.read(text.getBytes(StandardCharsets.UTF_8), Syntax.YAML);
        assertThat(result.getIssues()).as("U+%s, text %s", control[1], asText)
            .extracting(ReadIssue::getMessageKey, issue -> issue.getLocation().orElseThrow(), ReadIssue::getArguments)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("format.syntax.character", new SourceLocation(414, 12),
                List.of("U+" + control[1])));
      }
    }
    String nul = "format: 1\nkind: project\nid: p\ntitle: t\n" + "# comment\n".repeat(7) + "acronym: \"x\u0000\"\n";
    assertThat(MAPPER.read(nul, Syntax.YAML).getIssues()).extracting(issue -> issue.getLocation().orElseThrow())
        .containsExactly(new SourceLocation(12, 12));
  }
}
