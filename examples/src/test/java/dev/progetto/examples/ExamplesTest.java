package dev.progetto.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.Syntax;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {

  /** Hibernate Validator announces its version at INFO on first use; the build's output stays quiet. */
  private static final java.util.logging.Logger VALIDATOR_LOG = quiet(java.util.logging.Logger.getLogger("org.hibernate.validator"));

  private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }


  private static final Path DATA = Path.of("data");
  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final Validator VALIDATOR = Validator.builder().build();

  interface Program {
    void run() throws Exception;
  }

  private static String output(Program program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static Stream<Path> dataFiles() throws Exception {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(f -> Syntax.fromPath(f).isPresent()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void everyExampleValidatesWithNoErrorAndNoUnexplainedWarning(Path file) throws Exception {
    List<ValidationReport> reports = new ArrayList<>();
    if (Syntax.fromPath(file).get() == Syntax.JSON_LINES) {
      try (ProjectStream stream = MAPPER.streamProjects(file)) {
        stream.forEachRemaining(line -> reports.add(VALIDATOR.validate(line)));
      }
    } else {
      reports.add(VALIDATOR.validate(MAPPER.read(file)));
    }
    ValidationReport report = ValidationReport.merge(reports);
    assertThat(report.getIssues()).filteredOn(i -> i.getSeverity() == IssueSeverity.ERROR).as(file.toString()).isEmpty();
    assertThat(report.getIssues()).filteredOn(i -> i.getSeverity() == IssueSeverity.WARNING).as(file.toString()).isEmpty();
    assertThat(report.getIssues()).filteredOn(i -> i.getSeverity() == IssueSeverity.WAIVED)
        .allSatisfy(i -> assertThat(i.getWaiverReason()).isPresent());
  }

  @Test
  void theSeedPagesAreAllThere() throws Exception {
    assertThat(dataFiles().map(p -> p.getFileName().toString())).containsExactly(
        "empowerment-multilivello.json", "femminili-plurali-fase-2.json", "impact-umbria.yaml",
        "infusione-portfolio.yaml", "portfolio-seed-003.yaml");
    Portfolio infusione = MAPPER.readPortfolio(DATA.resolve("infusione-portfolio.yaml")).getDocument().orElseThrow();
    assertThat(infusione.project(dev.progetto.model.ProjectId.of("formazione-inserimento-migranti"))
        .flatMap(p -> p.getIndicators().get(0).latestMeasurement()).orElseThrow().getDisaggregation().get("sex"))
        .containsEntry("female", java.math.BigDecimal.valueOf(12)).containsEntry("male", java.math.BigDecimal.valueOf(6));
  }

  @Test
  void theJsonLinesFileHoldsTheProjectsOfTheSeed003Portfolio() throws Exception {
    Portfolio portfolio = MAPPER.readPortfolio(DATA.resolve("portfolio-seed-003.yaml")).getDocument().orElseThrow();
    List<Project> lines = new ArrayList<>();
    try (ProjectStream stream = MAPPER.streamProjects(DATA.resolveSibling("streams").resolve("seed-003-projects.jsonl"))) {
      stream.forEachRemaining(line -> lines.add(line.getDocument().orElseThrow()));
    }
    List<Project> expected = new ArrayList<>();
    for (Project project : portfolio.standaloneProjects()) {
      expected.add(project.withLanguage(java.util.Optional.empty()));
    }
    assertThat(lines).isEqualTo(expected);
  }

  @Test
  void buildProjectWritesYaml() throws Exception {
    String out = output(() -> BuildProject.main(new String[0]));

    assertThat(out).startsWith("format: 1\nkind: project\nid: cuneo-sai-abitare\n")
        .contains("expected:\n", "min: 120", "max: 140", "per: year")
        .endsWith("# lead: Comune di Cuneo, duration: 36 months\n");
  }

  @Test
  void validateInItalianPrintsItalianMessages() throws Exception {
    String out = output(() -> ValidateInItalian.main(new String[] {"data/femminili-plurali-fase-2.json"}));

    assertThat(out).contains("info [participants.lead] non indicato in questo record parziale: il progetto ha partecipanti ma nessun capofila")
        .contains("0 errori, 0 avvisi, 1 informazione, 1 accettato in 1 documento\n").containsPattern("JSON report: \\d+ characters, SARIF: \\d+ characters\n$");
  }

  @Test
  void aCallThatExtendsABuiltInOneIsApplied() throws Exception {
    String out = output(() -> ExtendACall.main(new String[] {"calls/regione-ka220-vet-24-mesi.yaml"}));

    assertThat(out).isEqualTo("erasmus-plus-2024-ka220-vet: valid\n"
        + "regione-ka220-vet-24-mesi: invalid\n"
        + "  [period.duration-range] the project lasts 30 months; the call allows 12 to 24\n");
  }

  @Test
  void streamingCountsIssuesPerRule() throws Exception {
    String out = output(() -> StreamJsonLines.main(new String[] {"streams/seed-003-projects.jsonl"}));

    assertThat(out).startsWith("7 projects\n").contains("1 info partnership.min-countries").endsWith("no errors\n");
  }

  @Test
  void portfolioSummaryRollsUp(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    Path html = temp.resolve("report.html");
    String out = output(() -> PortfolioSummary.main(new String[] {"data/portfolio-seed-003.yaml", html.toString()}));

    assertThat(out).startsWith("erasmus-plus-ka220-vet: 1\nfami-2014-2020: 1\nfami-2021-2027: 2\nfondazione-crc: 1\n"
        + "territori-inclusivi-2023: 2\n")
        .contains("samadhi – Prefettura di Asti\n", "arlekin – CNAM\n");
    assertThat(Files.readString(html)).contains("<svg id=\"chart-projects-per-year\"", "<html lang=\"it\">");
  }

  @Test
  void readmeSnippetsComeFromTheseFiles() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Pattern tag = Pattern.compile("// tag::(\\w+)\\[\\]\\n(.*?)// end::\\1\\[\\]", Pattern.DOTALL);
    int found = 0;
    try (Stream<Path> sources = Files.list(Path.of("src", "main", "java", "dev", "progetto", "examples"))) {
      for (Path source : sources.toList()) {
        Matcher matcher = tag.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (matcher.find()) {
          String snippet = matcher.group(2).stripIndent().strip();
          assertThat(readme).as("README.md must show the snippet %s of %s exactly", matcher.group(1), source)
              .contains(snippet);
          found++;
        }
      }
    }
    assertThat(found).isEqualTo(6);
  }

  /**
   * Each Java block of the README compiles as it stands, its imports included, against the
   * library: what a reader copies into a method of their own works.
   */
  @Test
  void readmeJavaBlocksCompileAsShown(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<Path> sources = new java.util.ArrayList<>();
    while (block.find()) {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : block.group(1).split("\n")) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      String name = "ReadmeBlock" + sources.size();
      Path source = temp.resolve(name + ".java");
      Files.writeString(source, imports + "\nclass " + name + " {\n  static void run() throws Exception {\n" + body
          + "  }\n}\n", StandardCharsets.UTF_8);
      sources.add(source);
    }
    assertThat(sources).hasSize(7);

    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.io.StringWriter diagnostics = new java.io.StringWriter();
    List<String> options = List.of("-d", temp.toString(), "-Xlint:all", "-Werror", "-classpath",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    try (javax.tools.StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(compiled).as("the README's Java blocks compile:%n%s", diagnostics).isTrue();
    }
  }
}
