package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real funded projects, written from their public pages into {@code src/test/resources/real}: the
 * validator must read them without a format problem and must not call them wrong where a call rule
 * speaks. Each file says what its source states and nothing more; what the source leaves out is
 * unknown, not absent ({@code completeness: partial}).
 */
class RealProjectsTest {

  private static final Path REAL = Path.of("src", "test", "resources", "real");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
  private static final ProgettoMapper STRICT = ProgettoMapper.standard();
  private static final ProgettoMapper LENIENT = ProgettoMapper.builder().lenient(true).build();
  private static final Validator VALIDATOR = Validator.builder().clock(CLOCK).locale(Locale.ENGLISH).build();
  private static final Set<String> CALL_RULES = Rules.all().stream()
      .filter(rule -> rule.getOwner() == RuleDescriptor.Owner.CALL).map(RuleDescriptor::getId).collect(Collectors.toSet());

  /** The call families of the catalogue, each with the call ids that belong to it. */
  private static final Map<String, Pattern> FAMILIES = new TreeMap<>(Map.of(
      "Erasmus+ KA220", Pattern.compile("erasmus-plus-(\\d{4}-)?ka220(-(adu|hed|sch|vet|you))?"),
      "Erasmus+ KA210", Pattern.compile("erasmus-plus-(\\d{4}-)?ka210(-(adu|sch|vet|you))?"),
      "Erasmus+ 2014-2020 KA2", Pattern.compile("erasmus-plus-20(1[4-9]|20)-ka2(0[1-5]|19|29)"),
      "FAMI 2014-2020", Pattern.compile("fami-2014-2020"),
      "FAMI 2021-2027", Pattern.compile("fami-2021-2027"),
      "Territori Inclusivi 2020", Pattern.compile("territori-inclusivi-2020"),
      "Territori Inclusivi 2023", Pattern.compile("territori-inclusivi-2023(-new-areas|-continuation)?"),
      "Fondazione CRC", Pattern.compile("fondazione-crc"),
      "EQUAL", Pattern.compile("equal-2000-2006"),
      "FSE/ESF+", Pattern.compile("fse-2014-2020|fse-plus-2021-2027")));

  static Stream<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(REAL)) {
      return files.filter(f -> Syntax.fromPath(f).isPresent()).sorted().toList().stream();
    }
  }

  private static String describe(List<ValidationIssue> issues) {
    return issues.stream().map(i -> "[" + i.getRule() + "] " + i.getPointer() + ": " + i.getMessage())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static List<ValidationIssue> errors(Path file) throws Exception {
    ValidationReport report = VALIDATOR.validate(STRICT.readProject(file));
    return report.getIssues().stream().filter(i -> i.getSeverity() == IssueSeverity.ERROR).toList();
  }

  private static Project lenientlyRead(Path file) throws Exception {
    ReadResult<Project> read = LENIENT.readProject(file);
    assertThat(read.getDocument()).as(file + " could not be read even leniently: " + read.getIssues()).isPresent();
    return read.getDocument().get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsWithoutAFormatProblem(Path file) throws Exception {
    List<ReadIssue> problems = STRICT.readProject(file).getIssues().stream()
        .filter(issue -> issue.getRule().startsWith("format.")).toList();

    assertThat(problems).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void noCallRuleCallsARealProjectWrong(Path file) throws Exception {
    List<ValidationIssue> callErrors = errors(file).stream().filter(i -> CALL_RULES.contains(i.getRule())).toList();

    assertThat(callErrors).as(file + describe(callErrors)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void noRuleCallsARealProjectWrong(Path file) throws Exception {
    List<ValidationIssue> errors = errors(file);

    assertThat(errors).as(file + describe(errors)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyProjectNamesACallAndThePagesItWasWrittenFrom(Path file) throws Exception {
    Project project = lenientlyRead(file);

    assertThat(project.getCall()).as(file + ": call").isPresent();
    assertThat(project.getSources()).as(file + ": sources").isNotEmpty()
        .allSatisfy(source -> {
          assertThat(source.getUrl()).as(file + ": source url").isPresent();
          assertThat(source.getRetrieved()).as(file + ": source retrieved").isPresent();
        });
    assertThat(file.getFileName().toString()).as("the file is named after the project")
        .startsWith(project.getId().value() + ".");
  }

  @Test
  void theCorpusCoversEveryCallFamily() throws Exception {
    Map<String, Integer> perFamily = new TreeMap<>();
    FAMILIES.keySet().forEach(family -> perFamily.put(family, 0));
    List<Path> files = files().toList();
    for (Path file : files) {
      String call = lenientlyRead(file).getCall().orElseThrow().getId().value();
      List<String> families = FAMILIES.entrySet().stream().filter(e -> e.getValue().matcher(call).matches())
          .map(Map.Entry::getKey).toList();
      assertThat(families).as(file + ": call " + call + " belongs to exactly one family").hasSize(1);
      perFamily.merge(families.get(0), 1, Integer::sum);
    }

    assertThat(files).as("real projects").hasSizeGreaterThanOrEqualTo(30);
    assertThat(perFamily).as("files per call family").allSatisfy((family, count) ->
        assertThat(count).as(family).isPositive());
  }

  @Test
  void everyFileIsListedInTheReadme() throws Exception {
    String readme = Files.readString(REAL.resolve("README.md"));

    assertThat(files().map(file -> file.getFileName().toString()))
        .allSatisfy(name -> assertThat(readme).as(name).contains("`" + name + "`"));
  }
}
