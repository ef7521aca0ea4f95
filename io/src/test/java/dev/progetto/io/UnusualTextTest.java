package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Strings with characters that YAML folds, drops or refuses survive JSON, YAML and JSON again. */
class UnusualTextTest {

  private static final long SEED = Long.getLong("progetto.seed", 20261206L);
  private final ProgettoMapper mapper = ProgettoMapper.standard();

  /** A JSON string literal with every character beyond ASCII or below a space escaped. */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private Project project(String title) {
    String json = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": " + jsonString(title) + "}";
    ReadResult<Project> read = mapper.readProject(json, Syntax.JSON);
    assertThat(read.getIssues()).as(json).isEmpty();
    return read.getDocument().orElseThrow();
  }

  private void assertRoundTrip(String title) {
    Project project = project(title);
    assertThat(project.getTitle().get("it")).contains(title);
    String yaml = mapper.write(project, Syntax.YAML);
    ReadResult<Document> fromYaml = mapper.read(yaml, Syntax.YAML);
    assertThat(fromYaml.getIssues()).as("%s%n%s", jsonString(title), yaml).isEmpty();
    assertThat(fromYaml.getDocument()).as("%s%n%s", jsonString(title), yaml).contains(project);
    String json = mapper.write(fromYaml.getDocument().get(), Syntax.JSON);
    assertThat(json).isEqualTo(mapper.write(project, Syntax.JSON));
    assertThat(mapper.read(json, Syntax.JSON).getDocument()).contains(project);
  }

  static Stream<String> unusual() {
    return Stream.of("a\u0085b", "a\u2028b", "a\u2029b", "\u0085", "a\u0080\u009fb", "\ufeffa", "a\ufeff", "a\u0000b",
        "a\u0007\u001b[2Jb", "\t a \t", "a\r\nb", "a\rb", " \u0085 ", "e\u0301", "\ud83d\ude00", "\udbff\udfff",
        "\ufffe\uffff", "a\nb\u0085c", "a\n\u2028", "a\n\u0000", "\n\ufeff", "a\n\u0085\n", "a\u00a0", "- a", "a: b", "#", "'", "\"", "\\N", "null", "~", "yes", "0x10", "1e3");
  }

  @ParameterizedTest
  @MethodSource("unusual")
  void anUnusualStringSurvivesYaml(String title) {
    assertRoundTrip(title);
  }

  static Stream<String> numberLike() {
    return Stream.of("12:30", "1:20:30", "-1:30", "1_000", "0b1010", "017", "0o17", "0x1F", "0x_1F", "1e5", "1E+5", "-2.5e-3",
        "1.5", ".5", "+12", "1:30.5", ".inf", "-.Inf", ".NaN", "0", "-0", "1.000_5", "2025-01-31 10:30:00",
        "2025-01-31T10:30:00Z", "2025-1-5 9:05:00.5 +01:00", "<<", "=");
  }

  /**
   * progetto reads back every text as written, but a YAML file is also read by other programs: a
   * text that a YAML 1.1 reader (SnakeYAML's, PyYAML's) or a YAML 1.2 reader would take for a
   * number, a date and time, a merge key or a default value is written in quotes, and SnakeYAML's
   * YAML 1.1 reader gives it back as the text.
   */
  @ParameterizedTest
  @MethodSource("numberLike")
  void aTextThatAYamlReaderWouldTakeForANumberIsQuoted(String title) {
    String yaml = mapper.write(project(title), Syntax.YAML);

    assertThat(yaml).contains("\ntitle: \"" + title + "\"\n");
    Object read = new org.yaml.snakeyaml.Yaml().load(yaml);
    assertThat(read).extracting("title").isEqualTo(title);
    assertRoundTrip(title);
  }

  @Test
  void aTextLikeANumberOnlyInPartOrLikeADateStaysPlain() {
    for (String title : new String[] {"12:30 a.m.", "0:30", "v1.2", "1e", "2025-01-31", "x1_000", "1.2.3", "192.168.0.1",
        "2025-01-31 10:30", "<<a"}) {
      String yaml = mapper.write(project(title), Syntax.YAML);
      assertThat(yaml).as(title).contains("\ntitle: " + title + "\n");
    }
  }

  @Test
  void randomUnicodeStringsSurviveJsonYamlJson() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(8);
        int codePoint;
        if (kind == 0) {
          codePoint = random.nextInt(0x20); // C0 controls
        } else if (kind == 1) {
          codePoint = 0x7f + random.nextInt(0x21); // DEL and C1 controls
        } else if (kind == 2) {
          int[] special = {0x85, 0x2028, 0x2029, 0xfeff, 0xfffe, 0xffff, 0xa0, 0x200b, 0x202e, 0x1680, 0x3000};
          codePoint = special[random.nextInt(special.length)];
        } else if (kind == 3) {
          codePoint = 0x300 + random.nextInt(0x70); // combining marks
        } else if (kind == 4) {
          codePoint = 0x20 + random.nextInt(0x5f); // ASCII
        } else {
          codePoint = random.nextInt(Character.MAX_CODE_POINT + 1); // any plane
        }
        if (Character.isSurrogate((char) codePoint) && codePoint <= 0xffff) {
          codePoint = 'x';
        }
        text.appendCodePoint(codePoint);
      }
      assertRoundTrip(text.toString());
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> loneSurrogates() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(Syntax.JSON,
            "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\",\n  \"title\": \"a\\ud800\"}", "/title", 2, 12, "D800"),
        org.junit.jupiter.params.provider.Arguments.of(Syntax.JSON,
            "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\",\n\"extensions\": {\"x\": [\"\\udc00\\ud800\"]}}",
            "/extensions/x/0", 2, 22, "DC00"),
        org.junit.jupiter.params.provider.Arguments.of(Syntax.YAML,
            "format: 1\nkind: project\nid: p\ntitle: \"\\ud800\"\n", "/title", 4, 8, "D800"),
        org.junit.jupiter.params.provider.Arguments.of(Syntax.YAML,
            "format: 1\nkind: project\nid: p\ntitle: t\nextensions:\n  \"k\\udfff\": 1\n", "/extensions/k\udfff", 6, 14, "DFFF"));
  }

  @ParameterizedTest
  @MethodSource("loneSurrogates")
  void aLoneSurrogateIsAnInvalidValueWhereItStands(Syntax syntax, String text, String pointer, int line, int column,
      String hex) {
    ReadResult<Document> read = mapper.read(text, syntax);
    assertThat(read.getIssues()).extracting(ReadIssue::getRule, ReadIssue::getPointer, i -> i.getLocation().orElseThrow(),
            ReadIssue::getArguments)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("format.invalid-value", pointer, new SourceLocation(line, column),
            java.util.List.of(hex)));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Syntax.class)
  void aLoneSurrogateBuiltInCodeIsRefusedNotWrittenAsSomethingElse(Syntax syntax) {
    Project project = Project.builder().id(dev.progetto.model.ProjectId.of("p"))
        .title(dev.progetto.model.LocalizedText.italian("ok \ud83d\ude00"))
        .acronym("A\ud800B").build();

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> mapper.write(project, syntax))
        .withMessage("cannot write /acronym: the text has the unpaired surrogate U+D800 at character 2, which is not a"
            + " character and which no file of the format can hold");
    assertThat(mapper.write(project.withAcronym("A\ud83d\ude00B"), syntax)).contains("A\ud83d\ude00B");
  }
}
