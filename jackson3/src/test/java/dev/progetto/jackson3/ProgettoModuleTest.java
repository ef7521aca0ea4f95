package dev.progetto.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A Jackson 3 application, with no Jackson 2 data binding on its class path, reads and writes documents. */
class ProgettoModuleTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");

  static Stream<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> all = files.filter(f -> Syntax.fromPath(f).isPresent()).sorted().toList();
      assertThat(all).isNotEmpty();
      return all.stream();
    }
  }

  static Class<? extends Document> type(Document document) {
    switch (document.kind()) {
      case PROJECT:
        return Project.class;
      case PORTFOLIO:
        return Portfolio.class;
      case CALL:
        return Call.class;
      default:
        return IndicatorCatalogue.class;
    }
  }

  @Test
  void noJackson2DataBindingIsOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("dev.progetto.jackson.ProgettoModule")).isInstanceOf(ClassNotFoundException.class);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleRoundTripsThroughJsonMapperAndYamlMapper(Path file) throws Exception {
    Document document = ProgettoMapper.standard().read(file).getDocument().orElseThrow();
    Class<? extends Document> type = type(document);
    List<ObjectMapper> mappers = List.of(JsonMapper.builder().addModule(new ProgettoModule()).build(),
        YAMLMapper.builder().addModule(new ProgettoModule()).build());
    for (ObjectMapper mapper : mappers) {
      String written = mapper.writeValueAsString(document);
      assertThat(mapper.readValue(written, type)).as("%s through %s:%n%s", file, mapper.getClass().getSimpleName(), written)
          .isEqualTo(document);
    }
    ObjectMapper own = Syntax.fromPath(file).orElseThrow() == Syntax.JSON ? mappers.get(0) : mappers.get(1);
    assertThat(own.readValue(file.toFile(), type)).as("%s read by Jackson", file).isEqualTo(document);
  }

  /** Every YAML file the project ships: examples, real projects, the built-in calls and catalogues. */
  static Stream<Path> shippedYaml() throws Exception {
    List<Path> folders = List.of(EXAMPLES, Path.of("..", "examples", "calls"),
        Path.of("..", "validation", "src", "test", "resources", "real"),
        Path.of("..", "validation", "src", "main", "resources", "dev", "progetto", "validation", "calls"),
        Path.of("..", "validation", "src", "main", "resources", "dev", "progetto", "validation", "indicators"),
        Path.of("..", "io", "src", "test", "resources", "golden"));
    List<Path> all = new java.util.ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> Syntax.fromPath(f).orElse(null) == Syntax.YAML).sorted().forEach(all::add);
      }
    }
    assertThat(all).hasSizeGreaterThan(140);
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("shippedYaml")
  void everyShippedYamlFileReadsThroughYamlMapperAsProgettoMapperReadsIt(Path file) throws Exception {
    ReadResult<Document> expected = ProgettoMapper.standard().read(file);
    ObjectMapper yaml = YAMLMapper.builder().addModule(new ProgettoModule()).build();
    Optional<ReadIssue> error = expected.getIssues().stream().filter(i -> i.getSeverity() == IssueSeverity.ERROR).findFirst();
    if (error.isEmpty()) {
      Document document = expected.getDocument().orElseThrow();
      assertThat(yaml.readValue(file.toFile(), type(document))).as("%s read by YAMLMapper", file).isEqualTo(document);
    } else {
      assertThatThrownBy(() -> yaml.readValue(file.toFile(), expected.getDocument().map(ProgettoModuleTest::type).orElse(Project.class)))
          .isInstanceOfSatisfying(ProgettoReadException.class, refused -> {
            assertThat(refused.getIssue().getRule()).isEqualTo(error.get().getRule());
            assertThat(refused.getIssue().getPointer()).isEqualTo(error.get().getPointer());
          });
    }
  }

  @Test
  void plainYamlScalarsReachTextFieldsAsWrittenAndYearsAreDates() throws Exception {
    ObjectMapper yaml = YAMLMapper.builder().addModule(new ProgettoModule()).build();
    String text = "format: 1\nkind: project\nid: p\ntitle: t\n"
        + "period: {start: 2025, end: 2028}\n"
        + "organisations:\n"
        + "  - id: o\n    name: Org\n    shortName: 2024\n    country: NO\n"
        + "    identifiers: {partita-iva: 00743110157, codice-fiscale: 80012345678}\n"
        + "    municipality: {istat: 001272, name: Torino}\n"
        + "  - id: q\n    name: on\n    shortName: null\n";

    Project read = yaml.readValue(text, Project.class);

    assertThat(read).isEqualTo(ProgettoMapper.standard().readProject(text, Syntax.YAML).getDocument().orElseThrow());
    assertThat(read.getOrganisations().get(0).getShortName()).contains("2024");
    assertThat(read.getOrganisations().get(1).getShortName()).isEmpty();
    assertThat(read.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2025));
    assertThat(read.getOrganisations().get(0).getCountry().map(Object::toString)).contains("NO");
    assertThat(read.getOrganisations().get(0).getIdentifiers().asMap().values()).containsExactly("00743110157", "80012345678");
    assertThat(read.getOrganisations().get(0).getMunicipality().orElseThrow().getIstat()).contains("001272");
    assertThat(read.getOrganisations().get(1).getName()).contains("on");
  }

  @Test
  void quotedAndBlockStringsKeepEveryCharacterThroughTheCopy() throws Exception {
    ObjectMapper yaml = YAMLMapper.builder().addModule(new ProgettoModule()).build();
    String text = "format: 1\nkind: project\nid: p\n"
        + "title: {it: \"virgolette \\\" e \\\\ barra\\tcon tab\", en: 'it''s: {a, b} # no comment'}\n"
        + "summary: |\n  prima riga \u00e8\n  seconda \ud83d\ude00 \"x\"\n"
        + "territory: {regions: [\"yes\", 'null', \"2024\", \"\\u0085next\"]}\n";

    Project read = yaml.readValue(text, Project.class);

    Project expected = ProgettoMapper.standard().readProject(text, Syntax.YAML).getDocument().orElseThrow();
    assertThat(read).isEqualTo(expected);
    assertThat(read.getTitle().asMap()).containsEntry("it", "virgolette \" e \\ barra\tcon tab")
        .containsEntry("en", "it's: {a, b} # no comment");
    assertThat(read.getTerritory().orElseThrow().getRegions()).containsExactly("yes", "null", "2024", "\u0085next");
  }

  @Test
  void aRefusedYamlDocumentIsLocatedInTheMappersInputWithTheValueAsWritten() {
    ObjectMapper yaml = YAMLMapper.builder().addModule(new ProgettoModule()).build();
    String text = "format: 1\nkind: project\nid: p\ntitle: \"a \\\" quote\"\n"
        + "currency: 0x1F\n";

    assertThatThrownBy(() -> yaml.readValue(text, Project.class))
        .isInstanceOfSatisfying(ProgettoReadException.class, refused -> {
          ReadIssue expected = ProgettoMapper.standard().readProject(text, Syntax.YAML).getIssues().stream()
              .filter(i -> i.getSeverity() == IssueSeverity.ERROR).findFirst().orElseThrow();
          assertThat(refused.getIssue().getRule()).isEqualTo(expected.getRule());
          assertThat(refused.getIssue().getPointer()).isEqualTo(expected.getPointer());
          assertThat(refused.getIssue().getArguments()).isEqualTo(expected.getArguments());
          assertThat(refused.getIssue().getLocation()).isEqualTo(expected.getLocation()).contains(new SourceLocation(5, 11));
          assertThat(refused.getOriginalMessage()).contains("found \"0x1F\"");
        });
  }

  @Test
  void theServiceRegistrationFindsTheModuleAndNumbersKeepTheirScale() throws Exception {
    ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    Project project = ProgettoMapper.standard().readProject(Path.of("..", "io", "src", "test", "resources", "golden", "project.yaml"))
        .getDocument().orElseThrow();

    String written = json.writeValueAsString(Map.of("project", project));
    Map<String, Project> back = json.readValue(written, new TypeReference<Map<String, Project>>() {});

    assertThat(back.get("project")).isEqualTo(project);
    assertThat(written).contains("\"budget\":60000.00");
  }

  @Test
  void errorsBecomeJacksonExceptionsWithTheRule() {
    ObjectMapper json = JsonMapper.builder().addModule(new ProgettoModule()).build();

    assertThatThrownBy(() -> json.readValue("{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"x\": 1}", Project.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("[format.unknown-field] /x");
    assertThatThrownBy(() -> json.readValue("{\"format\": 1, \"kind\": \"call\", \"id\": \"c\"}", Project.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("[format.kind]");
  }

  @Test
  void aRefusedDocumentCarriesTheReadIssueAtItsLineAndColumnInTheMappersInput() {
    ObjectMapper json = JsonMapper.builder().addModule(new ProgettoModule()).build();
    String text = "{\"first\": {\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\"},\n"
        + " \"second\": {\"format\": 1, \"kind\": \"project\", \"id\": \"q\",\n"
        + "   \"title\": \"t\",\n"
        + "   \"participants\": [{\"organisation\": \"o\", \"role\": \"capofila\"}]}}";

    assertThatThrownBy(() -> json.readValue(text, new TypeReference<Map<String, Project>>() {}))
        .isInstanceOfSatisfying(ProgettoReadException.class, refused -> {
          ReadIssue issue = refused.getIssue();
          assertThat(issue.getRule()).isEqualTo("format.invalid-value");
          assertThat(issue.getPointer()).isEqualTo("/participants/0/role");
          assertThat(issue.getLocation()).contains(new SourceLocation(4, 51));
          assertThat(refused.getLocation().getLineNr()).isEqualTo(4);
          assertThat(refused.getLocation().getColumnNr()).isEqualTo(51);
          assertThat(refused.getOriginalMessage())
              .startsWith("[format.invalid-value] /participants/0/role: expected one of lead, partner");
        });
    assertThatThrownBy(() -> json.readValue("{\"format\": 1,\n \"kind\": \"call\", \"id\": \"c\"}", Project.class))
        .isInstanceOfSatisfying(ProgettoReadException.class, refused -> {
          assertThat(refused.getIssue().getRule()).isEqualTo("format.kind");
          assertThat(refused.getIssue().getLocation()).contains(new SourceLocation(2, 10));
          assertThat(refused.getOriginalMessage()).isEqualTo("[format.kind] /kind: expected a document of kind project, found kind call");
        });
  }

  @org.junit.jupiter.api.Test
  void theModuleReportsTheVersionItWasBuiltAs() {
    tools.jackson.core.Version version = new ProgettoModule().version();

    org.assertj.core.api.Assertions.assertThat(version.isUnknownVersion()).isFalse();
    org.assertj.core.api.Assertions.assertThat(version.getGroupId()).isEqualTo("dev.progetto");
    org.assertj.core.api.Assertions.assertThat(version.getArtifactId()).isEqualTo("progetto-jackson3");
    org.assertj.core.api.Assertions.assertThat(version.toFullString()).startsWith("dev.progetto/progetto-jackson3/0.");
  }
}
