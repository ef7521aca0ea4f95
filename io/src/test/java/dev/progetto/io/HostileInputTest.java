package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.progetto.model.Document;
import dev.progetto.model.Project;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile inputs: each ends in its issue within a second, never in an exception. */
class HostileInputTest {

  private static final String HEAD = "format: 1\nkind: project\nid: p\ntitle: t\n";
  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();

  static Stream<Arguments> corpus() {
    String billionLaughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";
    return Stream.of(
        Arguments.of("empty file", Syntax.YAML, "".getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("empty JSON", Syntax.JSON, "".getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("truncated JSON", Syntax.JSON, "{\"format\": 1, \"kind\": \"proj".getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("truncated YAML", Syntax.YAML, "format: 1\nkind: [project, \n".getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("invalid UTF-8", Syntax.JSON, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}'}, "format.syntax"),
        Arguments.of("UTF-16 JSON", Syntax.JSON, json("\"acronym\": \"A\"").getBytes(StandardCharsets.UTF_16LE), "format.syntax"),
        Arguments.of("UTF-16 JSON with its byte order mark", Syntax.JSON, json("\"acronym\": \"A\"").getBytes(StandardCharsets.UTF_16), "format.syntax"),
        Arguments.of("UTF-32 JSON", Syntax.JSON, json("\"acronym\": \"A\"").getBytes(java.nio.charset.Charset.forName("UTF-32BE")), "format.syntax"),
        Arguments.of("binary", Syntax.YAML, new byte[] {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, 0, 7}, "format.syntax"),
        Arguments.of("top-level array", Syntax.JSON, "[{\"format\": 1}]".getBytes(StandardCharsets.UTF_8), "format.type"),
        Arguments.of("two YAML documents", Syntax.YAML, (HEAD + "---\n" + HEAD).getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("tab indentation", Syntax.YAML, "format: 1\nkind: project\norganisations:\n\t- id: x\n".getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("billion laughs", Syntax.YAML, billionLaughs.getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("merge key", Syntax.YAML, (HEAD + "extra: &x {a: 1}\nlinks:\n  - <<: *x\n").getBytes(StandardCharsets.UTF_8), "format.syntax"),
        Arguments.of("java tag", Syntax.YAML, (HEAD + "acronym: !!javax.script.ScriptEngineManager [x]\n").getBytes(StandardCharsets.UTF_8), "format.type"),
        Arguments.of("10,000 levels", Syntax.JSON, ("{\"format\":1,\"kind\":\"project\",\"extensions\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}").getBytes(StandardCharsets.UTF_8), "format.limit"),
        Arguments.of("100,000-digit number", Syntax.JSON, (json("\"budget\": {\"total\": " + "9".repeat(100_000) + "}")).getBytes(StandardCharsets.UTF_8), "format.limit"),
        Arguments.of("NaN", Syntax.YAML, (HEAD + "budget: {total: .nan}\n").getBytes(StandardCharsets.UTF_8), "format.invalid-value"),
        Arguments.of("infinity", Syntax.YAML, (HEAD + "budget: {total: -.inf}\n").getBytes(StandardCharsets.UTF_8), "format.invalid-value"),
        Arguments.of("30 February", Syntax.YAML, (HEAD + "period: {start: 2024-02-30}\n").getBytes(StandardCharsets.UTF_8), "format.invalid-value"),
        Arguments.of("month zero", Syntax.YAML, (HEAD + "period: {start: 0000-00}\n").getBytes(StandardCharsets.UTF_8), "format.invalid-value"),
        Arguments.of("duplicate key", Syntax.JSON, json("\"acronym\": \"A\", \"acronym\": \"B\"").getBytes(StandardCharsets.UTF_8), "format.duplicate-key"),
        Arguments.of("unknown kind", Syntax.JSON, "{\"format\": 1, \"kind\": \"projekt\", \"id\": \"c\"}".getBytes(StandardCharsets.UTF_8), "format.kind"),
        Arguments.of("future version", Syntax.JSON, "{\"format\": 2, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\"}".getBytes(StandardCharsets.UTF_8), "format.version"));
  }

  private static String json(String fields) {
    return "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", " + fields + "}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void endsInItsIssue(String name, Syntax syntax, byte[] bytes, String rule) {
    ReadResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> MAPPER.read(new ByteArrayInputStream(bytes), syntax, name));
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).as(name).contains(rule);
    if (!rule.equals("format.version")) {
      assertThat(result.hasErrors()).isTrue();
    }
  }

  @Test
  void aNumberWithAnExponentBeyondTheLimitIsNamedByItsExponentNotItsLength() {
    ReadResult<Document> big = MAPPER.read(HEAD + "budget:\n  total: 1e400\n", Syntax.YAML);
    ReadResult<Document> fine = MAPPER.read(json("\"budget\": {\"total\": 1.55e-99}"), Syntax.JSON);

    assertThat(big.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("format.limit");
      assertThat(issue.getPointer()).isEqualTo("/budget/total");
      assertThat(issue.getMessageKey()).isEqualTo("format.limit.number-exponent");
      assertThat(issue.getMessage(java.util.Locale.ENGLISH))
          .isEqualTo("number 1e400 is 1 \u00d7 10^400: exponents beyond \u00b1100 are not read");
      assertThat(issue.getMessage(java.util.Locale.ITALIAN))
          .isEqualTo("il numero 1e400 vale 1 \u00d7 10^400: non si leggono esponenti oltre \u00b1100");
    });
    assertThat(fine.getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage(java.util.Locale.ENGLISH))
        .isEqualTo("number 1.55e-99 is 155 \u00d7 10^-101: exponents beyond \u00b1100 are not read"));
    assertThat(MAPPER.read(json("\"budget\": {\"total\": " + "9".repeat(101) + "}"), Syntax.JSON).getIssues())
        .singleElement().satisfies(issue -> assertThat(issue.getMessage(java.util.Locale.ENGLISH))
            .isEqualTo("number of 101 characters: at most 100 are read"));
  }

  @Test
  void aHundredMegabyteStringIsRefusedQuickly() {
    byte[] big = ("{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"" + "x".repeat(100_000_000) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    ReadResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> MAPPER.read(new ByteArrayInputStream(big), Syntax.JSON, "big.json"));
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).containsExactly("format.limit");
  }

  @Test
  void aBrokenLineAmongGoodOnesIsReportedWithItsNumber() throws Exception {
    String good = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p%d\", \"title\": \"t\"}\n";
    String lines = String.format(good, 1) + String.format(good, 2) + "{\"format\": 1, \"kind\": \n" + "\n" + String.format(good, 5);
    List<String> seen = new ArrayList<>();
    try (ProjectStream stream = MAPPER.streamProjects(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "mixed.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> line = stream.next();
        seen.add(stream.lineNumber() + ":" + line.getDocument().map(p -> p.getId().value()).orElseGet(() ->
            line.getIssues().get(0).getRule() + "@" + line.getIssues().get(0).getLocation().orElseThrow().line()));
      }
    }
    assertThat(seen).containsExactly("1:p1", "2:p2", "3:format.syntax@3", "5:p5");
  }

  @Test
  void aBrokenLineOfAFileWithCrLfEndingsIsReportedOnItsLine() throws Exception {
    String good = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p%d\", \"title\": \"t\"}\r\n";
    String lines = String.format(good, 1) + "{\"format\": 1, \"kind\": \r\n" + "{\"format\": 1,\r\"kind\": 7}\r\n" + String.format(good, 4);
    List<String> seen = new ArrayList<>();
    try (ProjectStream stream = MAPPER.streamProjects(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "crlf.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> line = stream.next();
        seen.add(stream.lineNumber() + ":" + line.getDocument().map(p -> p.getId().value()).orElseGet(() ->
            line.getIssues().get(0).getRule() + "@" + line.getIssues().get(0).getLocation().orElseThrow()));
      }
    }
    // Line 2 ends before its value, at the CR of its CR LF; on line 3 the 7 stands after a bare CR.
    assertThat(seen).containsExactly("1:p1", "2:format.syntax@2:24", "3:format.type@3:23", "4:p4");
  }

  @Test
  void invalidUtf8IsLocatedAtItsFirstBadByte() throws Exception {
    byte[] bytes = {'{', '"', 'i', 'd', '"', ':', ' ', '"', 'p', (byte) 0xdd, '\n', '"', '}'};
    ReadResult<Document> result = MAPPER.read(new ByteArrayInputStream(bytes), Syntax.JSON, "bad.json");
    assertThat(result.getIssues()).extracting(ReadIssue::getRule, ReadIssue::getMessageKey, i -> i.getLocation().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("format.syntax", "format.syntax.encoding", new SourceLocation(1, 10)));
  }

  static Stream<Arguments> malformedUtf8() {
    return Stream.of(
        Arguments.of("overlong /", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Arguments.of("overlong 3-byte", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
        Arguments.of("surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("beyond U+10FFFF", new byte[] {(byte) 0xF5, (byte) 0x82, (byte) 0x82, (byte) 0x82}),
        Arguments.of("truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUtf8")
  void malformedUtf8InAStringIsRefusedWhereItStands(String name, byte[] sequence) throws Exception {
    for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
      // The same line in both syntaxes: "é" is two bytes, one character.
      String head = syntax == Syntax.JSON ? "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\",\n\"title\": \"é"
          : "format: 1\nkind: project\nid: p\n\"title\": \"é";
      String tail = syntax == Syntax.JSON ? "x\"}" : "x\"\n";
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      bytes.write(head.getBytes(StandardCharsets.UTF_8));
      bytes.write(sequence);
      bytes.write(tail.getBytes(StandardCharsets.UTF_8));
      ReadResult<Document> result = MAPPER.read(new ByteArrayInputStream(bytes.toByteArray()), syntax, name);
      // Columns count UTF-16 code units in both syntaxes.
      SourceLocation at = syntax == Syntax.JSON ? new SourceLocation(2, 12) : new SourceLocation(4, 12);
      assertThat(result.getIssues()).as("%s in %s", name, syntax)
          .extracting(ReadIssue::getRule, ReadIssue::getMessageKey, i -> i.getLocation().orElseThrow())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("format.syntax", "format.syntax.encoding", at));
      assertThat(result.getDocument()).isEmpty();
    }
  }

  @Test
  void aYamlProblemAfterAFinalCarriageReturnIsOnTheLastLine() {
    // CR line endings; the second document is empty and stands on the line the final CR opens.
    ReadResult<Document> result = MAPPER.read("format: 1\rkind: project\rid: p\rtitle: t\r---\r", Syntax.YAML);
    assertThat(result.getIssues()).extracting(ReadIssue::getMessageKey, i -> i.getLocation().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("format.syntax.documents", new SourceLocation(6, 1)));
  }

  @Test
  void controlCharactersInIdsAreKeptAndFlaggedByTheValidatorNotLost() {
    ReadResult<Project> result = MAPPER.readProject(json("\"acronym\": \"A\\u0000B\"").replace("\"id\": \"p\"", "\"id\": \"p\\u0007\""), Syntax.JSON);
    assertThat(result.getIssues()).isEmpty();
    assertThat(result.getDocument().orElseThrow().getId().value()).isEqualTo("p\u0007");
  }

  @Test
  void deviceFilesAreReadNoFurtherThanTheSizeLimit(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")) && Files.isReadable(Path.of("/dev/urandom")));
    ProgettoMapper small = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20)).build();
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      for (String extension : List.of(".json", ".yaml")) {
        Path link = Files.createSymbolicLink(dir.resolve(device.substring(5) + extension), Path.of(device));
        ReadResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> small.read(link));
        assertThat(result.getIssues()).as(link.toString()).extracting(ReadIssue::getRule, ReadIssue::getMessageKey)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("format.limit", "format.limit.size-over"));
        assertThat(result.getIssues().get(0).getMessage(java.util.Locale.ENGLISH))
            .isEqualTo("the document has more than 1048576 bytes: at most 1048576 are read");
      }
    }
    // The default limit too: 64 MiB of zeros read in a moment, not an endless read.
    Path zero = dir.resolve("zero.json");
    ReadResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MAPPER.read(zero));
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).containsExactly("format.limit");
  }

  @Test
  void aJsonLinesStreamOfADeviceEndsAtItsFirstOverlongLine(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")));
    ProgettoMapper small = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20)).build();
    Path link = Files.createSymbolicLink(dir.resolve("zero.jsonl"), Path.of("/dev/zero"));
    try {
      List<ReadResult<Project>> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        List<ReadResult<Project>> read = new java.util.ArrayList<>();
        try (ProjectStream stream = small.streamProjects(link)) {
          while (stream.hasNext()) {
            read.add(stream.next());
          }
        }
        return read;
      });
      assertThat(lines).singleElement().satisfies(line -> assertThat(line.getIssues()).singleElement().satisfies(issue -> {
        assertThat(issue.getRule()).isEqualTo("format.limit");
        assertThat(issue.getMessage(java.util.Locale.ENGLISH)).isEqualTo("the line has more than 1048576 bytes, the most that is read,"
            + " and its input is not a file that ends: the rest of the input is not read");
      }));
    } finally {
      Files.delete(link);
    }

    // A file has an end: its over-long line is skipped and the lines after it are read.
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, "\"" + "x".repeat(2 << 20) + "\"\n{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\"}\n");
    try (ProjectStream stream = small.streamProjects(file)) {
      assertThat(stream.next().getIssues()).extracting(ReadIssue::getMessageKey).containsExactly("format.limit.size");
      assertThat(stream.next().getDocument()).isPresent();
      assertThat(stream.hasNext()).isFalse();
    }
  }

  @Test
  void aFileThatReportsNoSizeIsReadThroughTheLimit() throws Exception {
    // Files of /proc report a size of 0 whatever they hold.
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isReadable(status) && Files.size(status) == 0);
    ProgettoMapper tiny = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(16)).build();
    ReadResult<Document> result = tiny.read(status);
    assertThat(result.getIssues()).extracting(ReadIssue::getRule, ReadIssue::getMessageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("format.limit", "format.limit.size-over"));
  }

  @Test
  void aSecondByteOrderMarkIsASyntaxError() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
      String body = syntax == Syntax.JSON ? json("\"acronym\": \"A\"") : HEAD;
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      bytes.write(bom);
      bytes.write(body.getBytes(StandardCharsets.UTF_8));
      assertThat(MAPPER.read(bytes.toByteArray(), syntax).getIssues()).as("one mark, %s", syntax).isEmpty();
      bytes.reset();
      bytes.write(bom);
      bytes.write(bom);
      bytes.write(body.getBytes(StandardCharsets.UTF_8));
      ReadResult<Document> twice = MAPPER.read(bytes.toByteArray(), syntax);
      assertThat(twice.getIssues()).as("two marks, %s", syntax).extracting(ReadIssue::getRule, ReadIssue::getMessageKey)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("format.syntax", "format.syntax.bom"));
      assertThat(MAPPER.read("\uFEFF\uFEFF" + body, syntax).getIssues()).as("two marks in text, %s", syntax)
          .extracting(ReadIssue::getMessageKey).containsExactly("format.syntax.bom");
    }
  }

  @Test
  void aByteOrderMarkStartsOnlyTheFirstLineOfJsonLines() throws Exception {
    String good = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p%d\", \"title\": \"t\"}\n";
    String lines = "\uFEFF" + String.format(good, 1) + "\uFEFF" + String.format(good, 2) + String.format(good, 3);
    List<String> seen = new ArrayList<>();
    try (ProjectStream stream = MAPPER.streamProjects(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "bom.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> line = stream.next();
        seen.add(stream.lineNumber() + ":" + line.getDocument().map(p -> p.getId().value()).orElseGet(() ->
            line.getIssues().get(0).getMessageKey() + "@" + line.getIssues().get(0).getLocation().orElseThrow()));
      }
    }
    assertThat(seen).containsExactly("1:p1", "2:format.syntax.bom@2:1", "3:p3");
  }

  @Test
  void yamlAndJsonStringsHaveTheSameLengthLimit() {
    int max = ReadLimits.defaults().getMaxStringLength();
    for (int length : new int[] {max, max + 1}) {
      String text = "x".repeat(length);
      java.util.Map<String, String> documents = new java.util.LinkedHashMap<>();
      documents.put("JSON", json("\"acronym\": \"" + text + "\""));
      documents.put("plain", HEAD + "acronym: " + text + "\n");
      documents.put("double-quoted", HEAD + "acronym: \"" + text + "\"\n");
      documents.put("single-quoted", HEAD + "acronym: '" + text + "'\n");
      documents.put("block", HEAD + "acronym: |-\n  " + text + "\n");
      documents.put("key", HEAD + "extensions:\n  ? " + text + "\n  : 1\n");
      for (java.util.Map.Entry<String, String> document : documents.entrySet()) {
        Syntax syntax = document.getKey().equals("JSON") ? Syntax.JSON : Syntax.YAML;
        ReadResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> MAPPER.read(document.getValue(), syntax));
        if (length == max) {
          assertThat(result.getIssues()).as("%s of %d", document.getKey(), length).isEmpty();
        } else {
          assertThat(result.getIssues()).as("%s of %d", document.getKey(), length).extracting(ReadIssue::getRule)
              .containsExactly("format.limit");
          if (syntax == Syntax.YAML) {
            assertThat(result.getIssues().get(0).getLocation()).as(document.getKey())
                .contains(document.getKey().equals("key") ? new SourceLocation(7, 5) : new SourceLocation(5, 10));
          }
        }
      }
    }
  }
}
