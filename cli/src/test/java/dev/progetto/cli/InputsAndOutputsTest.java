package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands read and write: every document of a folder, each file once, no empty path,
 * no output over an input, outputs that fail saying why, and progress that never garbles a line.
 */
class InputsAndOutputsTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final String BAD = "{\"format\": 1, \"kind\": \"project\", \"id\": \"a\", \"title\": 5}";

  @TempDir Path temp;

  private Path file(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFolderOfCsvFilesHidesNoOtherDocumentOfTheFolder() throws IOException {
    file("data/bad.json", BAD);
    file("data/sub/bad2.json", BAD);
    file("data/Project.csv", "id,title\nx,X\n");

    CommandRun run = CommandRun.of("validate", temp.resolve("data").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("data/bad.json:1:54: error [format.type]").contains("bad2.json:1:54: error [format.type]")
        .endsWith("2 errors, 0 warnings, 0 infos, 0 waived in 3 documents\n");
  }

  @Test
  void aFileNamedTwiceIsReadOnce() {
    Path umbria = EXAMPLES.resolve("impact-umbria.yaml");
    CommandRun run = CommandRun.of("validate", EXAMPLES.toString(), umbria.toString(), "./" + umbria, "--fail-on", "warning");

    assertThat(run.out()).doesNotContain("project.duplicate-input").endsWith("in 5 documents\n");
    assertThat(run.exit()).isZero();
  }

  @Test
  void anEmptyPathIsAUsageErrorNotTheWorkingFolder() {
    for (String[] args : new String[][] {{"validate", ""}, {"report", ""}, {"convert", "", "--to", "yaml"}}) {
      String command = args[0];
      CommandRun run = CommandRun.of(args);
      assertThat(run.exit()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains("cannot read an empty path");
    }
  }

  @Test
  void convertReadsOneDocumentAndNeverWritesOverIt() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("many"));
    file("many/a.json", BAD);
    CommandRun directory = CommandRun.of("convert", folder.toString(), "--to", "yaml");
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains("convert reads one document: " + folder + " is a directory");
    CommandRun empty = CommandRun.of("convert", Files.createDirectories(temp.resolve("none")).toString(), "--to", "yaml");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).doesNotContain("internal error");

    Path input = temp.resolve("umbria.json");
    Files.copy(EXAMPLES.resolve("empowerment-multilivello.json"), input);
    byte[] before = Files.readAllBytes(input);
    CommandRun over = CommandRun.of("convert", input.toString(), "--to", "yaml", "-o", input.toString());
    assertThat(over.exit()).isEqualTo(2);
    assertThat(over.err()).contains("is the input");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void convertNamesTheSeverityOfWhatStopsItInTheLanguageOfItsMessages() throws IOException {
    Path bad = file("bad.json", BAD);

    CommandRun run = CommandRun.of("convert", bad.toString(), "--to", "yaml", "--lang", "it");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(": errore [format.type] atteso un testo, trovato un numero \"5\"");
  }

  @Test
  void anOutputThatCannotBeWrittenSaysWhy() {
    Path missing = temp.resolve("no-such-folder").resolve("out.yaml");
    CommandRun run = CommandRun.of("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "json", "-o", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("progetto: cannot write " + missing + ": the folder " + missing.getParent().toAbsolutePath()
        + " does not exist\n");
  }

  @Test
  void aJsonLinesFileWithoutAProjectIsNoCleanRun() throws IOException {
    Path blank = file("blank.jsonl", "\n\n");

    CommandRun run = CommandRun.of("validate", blank.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no document in " + blank);
    assertThat(CommandRun.of("validate", blank.toString(), "--allow-empty").exit()).isZero();
  }

  @Test
  void aStandardOutputThatCannotBeWrittenIsAnErrorOfTheRun() {
    PrintWriter full = new PrintWriter(new OutputStreamWriter(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, StandardCharsets.UTF_8), true);
    full.print("a report");
    full.flush();
    StringWriter err = new StringWriter();

    assertThat(Main.checked(Main.OK, full, new IOException("No space left on device"), new PrintWriter(err, true), java.util.Locale.ENGLISH))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).isEqualTo(
        "progetto: cannot write to standard output: no space left on device (what was written is incomplete)\n");
    StringWriter quiet = new StringWriter();
    assertThat(Main.checked(Main.ISSUES, new PrintWriter(new StringWriter()), null, new PrintWriter(quiet), java.util.Locale.ENGLISH)).isEqualTo(Main.ISSUES);
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void progressLeavesTheLineBeforeAReportLineIsWritten() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.to(new PrintWriter(err), true, 25, java.util.Locale.ENGLISH);
    progress.file(Path.of("p1.json"));
    assertThat(err.toString()).endsWith("validating 1/25 p1.json");

    progress.clear();
    assertThat(err.toString()).endsWith("validating 1/25 p1.json\r\033[K");
    progress.clear();
    assertThat(err.toString()).endsWith("p1.json\r\033[K").doesNotContain("\r\033[K\r\033[K");
  }

  @Test
  void aControlCharacterInAPathIsShownNotRunByTheTerminal() {
    CommandRun run = CommandRun.of("validate", temp.resolve("x\033[31mRED.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("\033").contains("\\u001b[31mRED.json");
  }

  @Test
  void templateNeverWritesOverAWorkbookOfItsDefaultName() throws IOException {
    Path filled = Path.of("fami-2021-2027.xlsx");
    Files.deleteIfExists(filled);
    try {
      assertThat(CommandRun.of("template", "--call", "fami-2021-2027").exit()).isZero();
      byte[] first = Files.readAllBytes(filled);

      CommandRun again = CommandRun.of("template", "--call", "fami-2021-2027");
      assertThat(again.exit()).isEqualTo(2);
      assertThat(again.err()).contains("fami-2021-2027.xlsx exists");
      assertThat(Files.readAllBytes(filled)).isEqualTo(first);
      Path named = temp.resolve("named.xlsx");
      Files.writeString(named, "old");
      assertThat(CommandRun.of("template", "--call", "fami-2021-2027", "-o", named.toString()).exit()).isZero();
    } finally {
      Files.deleteIfExists(filled);
    }
  }

  @Test
  void templateRefusesABrokenCallFileAndAnUnknownLanguage() throws IOException {
    Path broken = file("broken-call.yaml", "format: 1\nkind: call\nid: mine\nextends: nope\n");
    Path out = temp.resolve("t.xlsx");

    CommandRun named = CommandRun.of("template", "--call-file", broken.toString(), "--call", "mine", "-o", out.toString());
    assertThat(named.exit()).isEqualTo(2);
    assertThat(named.err()).contains("extends nope").doesNotContain("internal error");
    CommandRun missing = CommandRun.of("template", "--call-file", temp.resolve("nowhere.yaml").toString(), "-o", out.toString());
    assertThat(missing.exit()).isEqualTo(2);
    CommandRun french = CommandRun.of("template", "--lang", "fr", "-o", out.toString());
    assertThat(french.exit()).isEqualTo(2);
    assertThat(french.err()).contains("--lang takes en or it");
    assertThat(out).doesNotExist();
  }
}
