package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command and exit code, run in process. */
class CliTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");

  @TempDir Path temp;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validatesTheExamplesWithoutErrors() {
    CommandRun run = run("validate", EXAMPLES.toString(), "--today", "2026-11-24");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("0 errors, 0 warnings, 13 infos, 1 waived in 5 documents\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void italianMessages() {
    CommandRun run = run("validate", EXAMPLES.toString(), "--lang", "it", "--today", "2026-11-24");

    assertThat(run.out()).contains("info [participants.lead] non indicato in questo record parziale: il progetto ha partecipanti ma nessun capofila")
        .contains("accettato [status.period]")
        .endsWith("0 errori, 0 avvisi, 13 informazioni, 1 accettato in 5 documenti\n");
  }

  @Test
  void aMalformedFileIsAnIssueAndTheOthersAreStillValidated() throws Exception {
    file("broken.json", "{\"format\": 1, \"kind\": ");
    file("bad.yaml", "format: 1\nkind: project\nid: p\ntitle: P\nparticipants:\n  - {organisation: x, role: capofila}\n");
    Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), temp.resolve("impact-umbria.yaml"));
    CommandRun run = run("validate", temp.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("bad.yaml:6:29: error [format.invalid-value] expected one of lead, partner, associated-partner, affiliated-entity, supporter, found \"capofila\"")
        .contains("broken.json:1:23: error [format.syntax]")
        .contains("impact-umbria.yaml:93:5: info [indicator.target.missing]")
        .endsWith("2 errors, 0 warnings, 1 info, 0 waived in 3 documents\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failOnWarningAndLenient() throws Exception {
    Path extra = file("extra.yaml", "format: 1\nkind: project\nid: p\ntitle: P\ncolour: red\n");

    assertThat(run("validate", extra.toString()).exit()).isEqualTo(1);
    assertThat(run("validate", "--lenient", extra.toString()).exit()).isZero();
    assertThat(run("validate", "--lenient", "--fail-on", "warning", extra.toString()).exit()).isEqualTo(1);
  }

  @Test
  void jsonAndSarifOutput() {
    CommandRun json = run("validate", "--format", "json", EXAMPLES.resolve("impact-umbria.yaml").toString());
    CommandRun sarif = run("validate", "--format", "sarif", EXAMPLES.resolve("impact-umbria.yaml").toString());

    assertThat(json.out()).startsWith("{\n  \"documents\": [\n").contains("\n  ],\n  \"valid\": true,\n  \"errors\": 0,").contains("\"rule\": \"indicator.target.missing\"");
    assertThat(sarif.out()).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"indicator.target.missing\"", "\"level\": \"note\"");
  }

  @Test
  void callFilesExtendTheCatalogue() {
    Path call = Path.of("..", "examples", "calls", "regione-ka220-vet-24-mesi.yaml");

    assertThat(run("calls", "--call-file", call.toString()).out()).contains("regione-ka220-vet-24-mesi");
    CommandRun show = run("calls", "show", "regione-ka220-vet-24-mesi", "--call-file", call.toString());
    assertThat(show.out()).contains("chain: regione-ka220-vet-24-mesi -> erasmus-plus-2024-ka220-vet -> erasmus-plus-2024-ka220 -> erasmus-plus-ka220")
        .contains("{min=12, max=24}");
    assertThat(run("validate", "--call-file", call.toString(), EXAMPLES.toString()).exit()).isZero();
  }

  @Test
  void usageErrorsAndUnreadablePathsExitWithTwo() throws Exception {
    CommandRun missing = run("validate", "no/such/file.yaml");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("progetto: cannot read no/such/file.yaml: no such file or directory\n");

    assertThat(run("validate").exit()).isEqualTo(2);
    assertThat(run("validate", "--format", "xml", EXAMPLES.toString()).exit()).isEqualTo(2);
    assertThat(run("validate", "--lang", "de", EXAMPLES.toString()).exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    assertThat(run("calls", "show", "no-such-call").err()).isEqualTo("progetto: no such call: no-such-call; progetto calls lists them\n".replace("no such call: no-such-call", "no call has the id no-such-call"));
    Path brokenCall = file("broken-call.yaml", "format: 1\nkind: call\nid: x\nextends: nowhere\n");
    assertThat(run("calls", "show", "x", "--call-file", brokenCall.toString()).err())
        .isEqualTo("progetto: the call x extends nowhere, which no catalogue has\n");
    assertThat(run("validate", "--call-file", file("notacall.yaml", "format: 1\nkind: project\nid: p\ntitle: t\n").toString(),
        EXAMPLES.toString()).exit()).isEqualTo(2);
  }

  @Test
  void convertRewritesCanonically() throws Exception {
    Path out = temp.resolve("impact.json");
    CommandRun run = run("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "json", "-o", out.toString());
    assertThat(run.exit()).isZero();
    CommandRun back = run("convert", out.toString(), "--to", "yaml");
    assertThat(back.out()).isEqualTo(Files.readString(EXAMPLES.resolve("impact-umbria.yaml")).isEmpty() ? "" : back.out());
    assertThat(back.out()).startsWith("format: 1\nkind: project\nid: impact-umbria\n");
    assertThat(run("convert", file("bad.yaml", "format: 1\nkind: project\nid: p\n").toString(), "--to", "json").exit()).isEqualTo(1);
  }

  @Test
  void reportOfTheSeed003Portfolio() throws Exception {
    Path html = temp.resolve("report.html");
    CommandRun run = run("report", EXAMPLES.resolve("portfolio-seed-003.yaml").toString(), "--format", "html", "-o", html.toString());
    assertThat(run.exit()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<svg id=\"chart-projects-per-year\"", "data-value=\"4\"", "Prefettura di Asti")
        .doesNotContain("<script");

    CommandRun markdown = run("report", EXAMPLES.resolve("portfolio-seed-003.yaml").toString(), "--lang", "it");
    assertThat(markdown.out()).startsWith("# Rapporto sul portafoglio").contains("| territori-inclusivi-2023 | 2 |");
    CommandRun csv = run("report", EXAMPLES.toString(), "--format", "csv", "--table", "indicators");
    assertThat(csv.out()).contains("formazione-inserimento-migranti,migranti-formati,,");
    assertThat(run("report", file("broken.json", "{").toString()).exit()).isEqualTo(1);
  }

  @Test
  void schemaOfEveryKind() {
    assertThat(run("schema", "indicator-catalogue").out())
        .contains("\"$id\": \"https://progetto.dev/schema/1/indicator-catalogue.schema.json\"");
    assertThat(run("schema", "portfolio").out()).contains("portfolio.schema.json");
    assertThat(run("schema", "budget").exit()).isEqualTo(2);
  }

  @Test
  void schemaRulesHelpAndVersion() {
    assertThat(run("schema").out()).contains("\"$id\": \"https://progetto.dev/schema/1/project.schema.json\"");
    assertThat(run("schema", "call").out()).contains("call.schema.json");
    assertThat(run("rules").out()).contains("participants.lead", "partnership.min-countries");
    assertThat(run("rules", "--format", "json").out()).startsWith("[\n  {\"id\": \"format.syntax\"");
    assertThat(run("rules", "--lang", "it").out()).contains("Ci sono partecipanti ma non esattamente un capofila.");
    assertThat(run("--version").out()).startsWith("progetto ");
    for (String command : new String[] {"validate", "convert", "schema", "calls", "rules", "report"}) {
      CommandRun help = run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: progetto " + command);
    }
  }

  @Test
  void aCommandLineBuiltForTheCommandNamedBehavesAsTheWholeOne() throws Exception {
    String examples = EXAMPLES.toString();
    String broken = file("broken.json", "{\"format\": 1").toString();
    String[][] runs = {
      {"validate", examples, "--today", "2026-11-24"}, {"validate", "--format", "sarif", broken}, {"validate", "--help"},
      {"validate", "--version"}, {"validate"}, {"validate", "--frobnicate", examples}, {"validate", "--format", "xml", examples},
      {"validate", "--format=JSON", "--lang", "it", broken}, {"convert", "--help"}, {"convert", broken, "--to", "yaml"},
      {"schema", "call"}, {"calls"}, {"calls", "show", "fami-2021-2027"}, {"calls", "show"}, {"rules", "--lang", "it"},
      {"report", "--help"}, {"report", examples, "--format", "csv"}, {"report", examples, "--format", "csv", "--table", "projects-by-year"}, {"help"}, {"help", "validate"}, {"--help"},
      {"--version"}, {}, {"frobnicate"}, {"validat"}, {"Validate"}, {"--", "validate"}
    };
    for (String[] args : runs) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
      CommandRun whole = run(args);

      String as = String.join(" ", args);
      assertThat(exit).as(as).isEqualTo(whole.exit());
      assertThat(out.toString()).as(as).isEqualTo(whole.out());
      assertThat(err.toString()).as(as).isEqualTo(whole.err());
    }
    CommandLine alone = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new String[] {"validate", "x"});
    assertThat(alone.getParent()).isNull();
    assertThat(alone.getSubcommands()).isEmpty();
    assertThat(alone.getCommandName()).isEqualTo("progetto validate");
  }

  /**
   * The help of every command, word for word as it is kept in {@code help/COMMAND.txt} under the
   * test resources: the commands are declared in code, and a changed description, option or
   * order must be a change of that file too.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "progetto", "validate", "convert", "template", "schema", "calls", "calls show", "rules", "report", "serve", "help"})
  void everyCommandsHelpIsTheOneKept(String command) throws Exception {
    String[] args = command.equals("progetto") ? new String[] {"--help"}
        : (command + " --help").split(" ");
    String kept;
    try (java.io.InputStream in = CliTest.class.getResourceAsStream("help/" + command.replace(' ', '_') + ".txt")) {
      assertThat(in).as("help/%s.txt", command).isNotNull();
      kept = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    CommandRun help = run(args);
    assertThat(help.exit()).isZero();
    assertThat(help.out()).as("the help of %s (kept in help/%s.txt)", command, command.replace(' ', '_')).isEqualTo(kept);
  }

  @Test
  void theSubcommandsAreNamedAsTheirCommands() {
    CommandLine whole = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(whole.getSubcommands().keySet()).containsExactlyElementsOf(ProgettoCommand.SUBCOMMANDS);
    for (String name : ProgettoCommand.SUBCOMMANDS) {
      assertThat(new CommandLine(ProgettoCommand.subcommand(name)).getCommandName()).isEqualTo(name);
    }
  }

  /** A command run without the argument it needs says which, with its usage, instead of failing later. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "validate | PATH", "report | PATH", "convert --to yaml | IN", "calls show | ID"})
  void aMissingArgumentIsAUsageError(String command, String label) {
    CommandRun missing = run(command.split(" "));
    assertThat(missing.exit()).as(command).isEqualTo(Main.USAGE);
    assertThat(missing.err()).as(command).startsWith("progetto: missing required parameter: '" + label + "'")
        .contains("Usage: progetto " + command.split(" --")[0])
        .doesNotContain("a bug of progetto");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "2020-13-01 | --today must be a date YYYY-MM-DD: 2020-13-01 has no month 13",
      "2020-00-10 | --today must be a date YYYY-MM-DD: 2020-00-10 has no month 0",
      "2021-02-29 | --today must be a date YYYY-MM-DD: 2021-02-29 has no day 29: February 2021 has 28 days",
      "-0001-01-01 | --today must be a date YYYY-MM-DD: -0001-01-01 is not written as four digits of year, two of month and two of day",
      "+10000-01-01 | --today must be a date YYYY-MM-DD: +10000-01-01 is not written as four digits of year, two of month and two of day",
      "0000-01-01 | --today must be a date YYYY-MM-DD: 0000-01-01 has no year 0: years go from 0001 to 9999",
      "24-11-2026 | --today must be a date YYYY-MM-DD: 24-11-2026 is not written as four digits of year, two of month and two of day"})
  void aBadTodayIsSaidInPlainWords(String today, String message) {
    CommandRun run = run("validate", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--today", today);

    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("progetto: " + message + "\n");
    assertThat(run.out()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "report", "convert", "template", "calls", "rules", "schema"})
  void helpBreaksLinesOnlyWhereTheyAreFull(String command) {
    String help = run(command, "--help").out();
    java.util.List<String> lines = help.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      String next = lines.get(i + 1);
      if (line.isBlank() || next.isBlank() || line.endsWith(".") || line.endsWith(":")
          || line.startsWith("Usage:") || line.startsWith(" ") || next.startsWith(" ")) {
        continue;
      }
      assertThat(line.length() + 1 + next.split(" ")[0].length())
          .as("line %d of %s --help is broken before it is full:%n%s%n%s", i + 1, command, line, next)
          .isGreaterThan(80);
    }
  }

  @Test
  void callsShowPrintsTheSeverityThatApplies() {
    CommandRun show = run("calls", "show", "erasmus-plus-2024-ka220-vet");

    assertThat(show.exit()).isZero();
    assertThat(show.out()).doesNotContain(" default ").containsPattern("\\n    partnership\\.min-organisations +error ");
  }

  @Test
  void csvReportIsOneFilePerTable() throws Exception {
    CommandRun noOutput = run("report", EXAMPLES.toString(), "--format", "csv");
    assertThat(noOutput.exit()).isEqualTo(Main.USAGE);
    assertThat(noOutput.err()).isEqualTo("progetto: --format csv writes one file per table: give -o DIRECTORY or -o FILE.zip,"
        + " or --table TABLE for one table on standard output\n");

    Path directory = temp.resolve("tables");
    assertThat(run("report", EXAMPLES.toString(), "--format", "csv", "-o", directory.toString()).exit()).isZero();
    assertThat(Files.readString(directory.resolve("projects-by-year.csv"))).startsWith("start year,projects\r\n");
    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      assertThat(files.count()).isEqualTo(10);
    }
    Path zip = temp.resolve("tables.zip");
    assertThat(run("report", EXAMPLES.toString(), "--format", "csv", "-o", zip.toString()).exit()).isZero();
    try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
      assertThat(archive.size()).isEqualTo(10);
      assertThat(archive.getEntry("indicators.csv")).isNotNull();
    }
    assertThat(run("report", EXAMPLES.toString(), "--format", "csv", "--table", "nope").err())
        .startsWith("progetto: --table takes one of projects, budgets,");
  }

  @Test
  void aDirectoryWithoutDocumentsIsAUsageErrorUnlessAllowed() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    file("empty/notes.txt", "not a document");

    CommandRun run = run("validate", empty.toString());
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("progetto: no document to validate in " + empty
        + ": a directory is searched for .json, .yaml, .yml and .jsonl files (--allow-empty accepts none)\n");
    assertThat(run.out()).isEmpty();

    CommandRun allowed = run("validate", "--allow-empty", empty.toString());
    assertThat(allowed.exit()).isZero();
    assertThat(allowed.out()).isEqualTo("0 errors, 0 warnings, 0 infos, 0 waived in 0 documents\n");
  }

  @Test
  void aProjectInTwoInputsIsReportedWithBothPlacesAndCountedOnce() throws Exception {
    String project = "{\"format\": 1, \"kind\": \"project\", \"id\": \"twice\", \"title\": \"Twice\"}";
    Path one = file("one.json", project);
    Path lines = file("lines.jsonl", "{\"format\": 1, \"kind\": \"project\", \"id\": \"other\", \"title\": \"Other\"}\n" + project + "\n");

    CommandRun validate = run("validate", one.toString(), lines.toString());
    assertThat(validate.out()).contains(lines + ":2:40: warning [project.duplicate-input] the project \"twice\" is also at "
        + one + ":1: " + lines + ":2 repeats it, and reports count it once");

    CommandRun report = run("report", one.toString(), lines.toString());
    assertThat(report.err()).isEqualTo("progetto: warning: the project twice at " + lines + ":2 is also at " + one
        + ":1: the report counts it once\n");
    assertThat(report.exit()).isZero();
    assertThat(report.out()).contains("| Twice |").doesNotContain("| twice | 2 |");
  }

  @Test
  void theExamplesCountEachProjectOnce() {
    CommandRun report = run("report", EXAMPLES.toString(), "--format", "csv", "--table", "projects");

    long rows = report.out().lines().count() - 1;
    assertThat(report.out().lines().skip(1).map(line -> line.split(",")[0]).distinct().count()).isEqualTo(rows);
  }

  @Test
  void nullIsTheSameAsAbsentForValidateAndConvert() throws Exception {
    Path nulls = file("nulls.json", "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"P\", \"status\": null,"
        + " \"acronym\": null, \"period\": {\"start\": \"2024\", \"end\": null}}");

    CommandRun validate = run("validate", nulls.toString());
    assertThat(validate.out()).isEqualTo("0 errors, 0 warnings, 0 infos, 0 waived in 1 document\n");
    CommandRun convert = run("convert", nulls.toString(), "--to", "json");
    assertThat(convert.exit()).isZero();
    assertThat(convert.out()).doesNotContain("null", "status", "acronym").contains("\"start\": \"2024\"");
    assertThat(run("validate", file("null-title.json", "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": null}")
        .toString()).out()).contains("error [format.missing-field] the required field \"title\" is missing");
  }

  @CommandLine.Command(name = "fail")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the model lost a field");
    }
  }

  @Test
  void anInternalErrorNamesNoJavaClass() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    commandLine.addSubcommand("fail", new Failing());
    commandLine.setErr(new PrintWriter(err, true));

    assertThat(commandLine.execute("fail")).isEqualTo(Main.INTERNAL);
    assertThat(err.toString()).isEqualTo("progetto: internal error, a bug of progetto: the model lost a field"
        + " (run with --debug to see where, and please report it)\n");
  }

  @Test
  void anErrorOfTheJvmEndsTheRunWithASentenceAndTheExitCodeOfAnInternalError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.failed(new NoClassDefFoundError("org/dhatim/fastexcel/reader/ReadableWorkbook"),
        new PrintWriter(out, true), new PrintWriter(err, true), false, java.util.Locale.ENGLISH)).isEqualTo(Main.INTERNAL);
    assertThat(err.toString()).isEqualTo("progetto: internal error, a bug of progetto: "
        + "org/dhatim/fastexcel/reader/ReadableWorkbook (run with --debug to see where, and please report it)\n");

    StringWriter debug = new StringWriter();
    Main.failed(new StackOverflowError(), new PrintWriter(out, true), new PrintWriter(debug, true), true, java.util.Locale.ENGLISH);
    assertThat(debug.toString()).startsWith("progetto: internal error, a bug of progetto: no message\n")
        .contains("java.lang.StackOverflowError");

    StringWriter memory = new StringWriter();
    assertThat(Main.failed(new OutOfMemoryError("Java heap space"), new PrintWriter(out, true), new PrintWriter(memory, true), false, java.util.Locale.ENGLISH))
        .isEqualTo(Main.INTERNAL);
    assertThat(memory.toString()).startsWith("progetto: out of memory: give Java more (PROGETTO_JAVA_OPTS=-Xmx2g")
        .doesNotContain("Exception", "\tat ");
  }

  private static CommandRun runWithin(java.time.Duration limit, String... args) {
    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(limit, () -> run(args));
  }

  private Path fifo(String name) throws Exception {
    Path fifo = temp.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    return fifo;
  }

  @Test
  void aPipeOrADeviceIsRefusedNotReadForever() throws Exception {
    Path fifo = fifo("f.json");
    CommandRun validate = runWithin(java.time.Duration.ofSeconds(60), "validate", fifo.toString());
    assertThat(validate.exit()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo("progetto: cannot read " + fifo + ": not a regular file (a pipe, a device or a socket is not read)\n");
    CommandRun convert = runWithin(java.time.Duration.ofSeconds(60), "convert", fifo.toString(), "--to", "yaml");
    assertThat(convert.exit()).isEqualTo(2);
    assertThat(convert.err()).contains("not a regular file");

    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path zero = Files.createSymbolicLink(temp.resolve("z.json"), Path.of("/dev/zero"));
    Path zeroLines = Files.createSymbolicLink(temp.resolve("z.jsonl"), Path.of("/dev/zero"));
    try {
      for (Path device : new Path[] {zero, zeroLines}) {
        CommandRun run = runWithin(java.time.Duration.ofSeconds(60), "validate", device.toString());
        assertThat(run.exit()).as(device.toString()).isEqualTo(2);
        assertThat(run.err()).as(device.toString()).contains("not a regular file").doesNotContain("Exception", "internal error");
      }
    } finally {
      // Links out of the temporary directory are removed here, so that its clean-up has nothing to warn about.
      Files.delete(zero);
      Files.delete(zeroLines);
    }
  }

  @Test
  void whatADirectoryHoldsThatCannotBeReadIsReportedAndTheWalkGoesOn() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("walk"));
    Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), dir.resolve("a.yaml"));
    Path fifo = Files.move(fifo("pipe.json"), dir.resolve("pipe.json"));
    Path loop = dir.resolve("loop.yaml");
    Files.createSymbolicLink(loop, loop.getFileName());
    Path loopWithoutExtension = dir.resolve("loop");
    Files.createSymbolicLink(loopWithoutExtension, loopWithoutExtension.getFileName());
    Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), dir.resolve("z.yaml"));

    CommandRun run = runWithin(java.time.Duration.ofSeconds(60), "validate", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactlyInAnyOrder(
        "progetto: cannot read " + fifo + ": not a regular file (a pipe, a device or a socket is not read)",
        "progetto: cannot read " + loop + ": too many levels of symbolic links (a loop)",
        "progetto: cannot read " + loopWithoutExtension + ": too many levels of symbolic links (a loop)");
    assertThat(run.out()).contains("a.yaml:", "z.yaml:").endsWith("in 2 documents\n");

    CommandRun named = run("validate", loop.toString());
    assertThat(named.exit()).isEqualTo(2);
    assertThat(named.err()).isEqualTo("progetto: cannot read " + loop + ": too many levels of symbolic links (a loop)\n");
  }

  @Test
  void anUnreadableFileInADirectoryIsReportedAndTheWalkGoesOn() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("walk"));
    Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), dir.resolve("a.yaml"));
    Path secret = Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), dir.resolve("b.yaml"));
    Path closed = Files.createDirectories(dir.resolve("closed"));
    Files.copy(EXAMPLES.resolve("impact-umbria.yaml"), closed.resolve("c.yaml"));
    Files.setPosixFilePermissions(secret, java.util.Set.of());
    Files.setPosixFilePermissions(closed, java.util.Set.of());
    try {
      // The superuser reads whatever the permissions say.
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "permissions are enforced");
      CommandRun run = run("validate", dir.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err().lines()).containsExactlyInAnyOrder("progetto: cannot read " + secret + ": permission denied",
          "progetto: cannot read " + closed + ": permission denied");
      assertThat(run.out()).contains("a.yaml:").endsWith("in 1 documents\n");
    } finally {
      Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void controlCharactersOfADocumentAreEscapedInTextOutput() throws Exception {
    Path hostile = file("hostile.yaml", "format: 1\nkind: project\nid: p\ntitle: t\norganisations:\n"
        + "  - {id: o, name: O, country: \"X\\e]0;PWNED\\a\\e[2J\"}\nparticipants: [{organisation: o, role: lead}]\n");
    CommandRun run = run("validate", hostile.toString());
    assertThat(run.out()).contains("X\\u001b]0;PWNED\\u0007\\u001b[2J").doesNotContain("\u001b", "\u0007");
  }

  @Test
  void aCallFileWithAnUnknownRuleOrParameterIsAUsageErrorAndAnErrorWhenValidated() throws Exception {
    Path call = file("call.yaml", "format: 1\nkind: call\nid: x\nname: {en: X}\nrules:\n  period.duration-range: {min: 99999999999999999999, max: -1}\n"
        + "  no.such-rule: {}\n");
    CommandRun validate = run("validate", call.toString());
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).contains("call.yaml:6:32: error [call.parameter]", "call.yaml:7:17: error [call.parameter]");
    CommandRun used = run("validate", "--call-file", call.toString(), EXAMPLES.toString());
    assertThat(used.exit()).isEqualTo(2);
    assertThat(used.err()).startsWith("progetto: the call file " + call + " has errors: 6:32: the parameter \"min\" of the rule period.duration-range");
  }

  @Test
  void callValuesShownByTheCallsCommandHaveTheirControlCharactersEscaped() throws Exception {
    Path call = file("call.yaml", "format: 1\nkind: call\nid: x\nname: {en: \"X\\e[2J\"}\nrules:\n  period.duration-range: {max: 24}\n"
        + "sources:\n  - {title: \"T\\e]0;t\\a\"}\n");
    for (String[] args : new String[][] {{"calls", "--call-file", call.toString(), "--lang", "en"},
        {"calls", "show", "x", "--call-file", call.toString(), "--lang", "en"}}) {
      CommandRun run = run(args);
      assertThat(run.exit()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).contains("X\\u001b[2J").doesNotContain("\u001b", "\u0007");
    }
  }
}
