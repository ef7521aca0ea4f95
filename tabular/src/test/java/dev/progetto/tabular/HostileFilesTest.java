package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile spreadsheets (src/test/resources/dev/progetto/tabular/hostile): each gives
 * issues or a document within seconds, never an exception, a hang or a file's content leaked.
 */
class HostileFilesTest {

  static final Path CORPUS = Path.of("src", "test", "resources", "dev", "progetto", "tabular", "hostile");

  static Stream<Path> corpus() throws Exception {
    return Files.list(CORPUS).sorted().toList().stream();
  }

  private static ReadResult<Document> read(String name) {
    return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> TabularMapper.standard().read(CORPUS.resolve(name)));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyHostileFileIsReadWithinSecondsWithoutAnException(Path file) {
    ReadResult<Document> result = read(file.getFileName().toString());
    for (ReadIssue issue : result.getIssues()) {
      assertThat(issue.getRule()).startsWith("format.");
      assertThat(issue.getMessage(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain("root:");
    }
    result.getDocument().ifPresent(document -> assertThat(document.toString()).doesNotContain("root:x:0:0")
        .hasSizeLessThan(100_000));
  }

  @Test
  void bombsAndDamagedArchivesAreFormatSyntaxIssues() {
    for (String name : List.of("zip-bomb.xlsx", "huge-shared-strings.xlsx", "truncated.xlsx", "not-a-zip.xlsx",
        "excel-97.xlsx", "malformed-sheet.xlsx")) {
      ReadResult<Document> result = read(name);
      assertThat(result.getDocument()).as(name).isEmpty();
      assertThat(result.getIssues()).as(name).extracting(ReadIssue::getRule).containsExactly("format.syntax");
    }
    assertThat(read("zip-bomb.xlsx").getIssues().get(0).getMessage(Locale.ENGLISH)).contains("zip bomb");
    assertThat(read("excel-97.xlsx").getIssues().get(0).getMessage(Locale.ENGLISH)).contains("Excel 97-2003");
  }

  @Test
  void macrosAreNotRunAndTheValuesAreRead() {
    ReadResult<Document> result = read("macros.xlsm");
    assertThat(result.getIssues()).extracting(ReadIssue::getMessageKey).containsExactly("format.sheet.macros");
    assertThat(result.getDocument()).containsInstanceOf(Project.class);
  }

  @Test
  void aFormulaOnAnotherWorkbookIsReadAsItsLastValue() {
    ReadResult<Document> result = read("external-link.xlsx");
    assertThat(result.getIssues()).isEmpty();
    assertThat(((Project) result.getDocument().orElseThrow()).getTitle().get("it")).contains("Abitare");
  }

  @Test
  void aLibraryFailureIsToldWithoutTheNamesOfItsExceptions() {
    // a sheet damaged so that the parser fails without a message, as fuzzing met it
    assertThat(TabularMapper.reason(new NullPointerException())).isEqualTo("its content is damaged");
    assertThat(TabularMapper.reason(new IllegalStateException("Organisations: java.lang.NullPointerException")))
        .isEqualTo("Organisations: its content is damaged");
    assertThat(TabularMapper.reason(new java.io.IOException("Measurements: com.fasterxml.aalto.WFCException: "
        + "Unexpected character '1'\n at [row,col]"))).isEqualTo("Measurements: Unexpected character '1'");
  }

  @Test
  void badCsvFilesAreIssues() {
    assertThat(read("unclosed-quote.csv").getIssues()).extracting(ReadIssue::getRule).contains("format.syntax");
    assertThat(read("not-utf8.csv").getIssues()).extracting(ReadIssue::getRule).contains("format.syntax");
  }
}
