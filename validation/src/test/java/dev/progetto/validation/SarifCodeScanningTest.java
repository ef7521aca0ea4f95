package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.Participant;
import dev.progetto.model.Project;
import dev.progetto.model.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fields GitHub code scanning reads from SARIF. */
class SarifCodeScanningTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

  private final Validator validator = Fixtures.validator();
  private final ProgettoMapper mapper = ProgettoMapper.standard();

  private String yaml(String... extraLines) {
    Project project = Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER), Participant.of("ghost", Role.PARTNER));
    return mapper.write(project, Syntax.YAML).replace("id: casa-comune", "id: casa-comune\ncolour: red" + String.join("", extraLines));
  }

  private JsonNode sarif(Path root, String source, String text) throws Exception {
    ReadResult<Document> read = mapper.read(text, Syntax.YAML);
    ValidationReport report = validator.validate(ReadResult.of(read.getDocument(), read.getIssues(), read.getSourceMap(),
        Optional.of(source)));
    return JSON.readTree(ReportWriter.sarif(root).toString(report, Locale.ENGLISH));
  }

  private static List<JsonNode> results(JsonNode sarif) {
    List<JsonNode> all = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(all::add);
    assertThat(all).isNotEmpty();
    return all;
  }

  @Test
  void aSourceUnderTheRootIsARelativeUriWithItsBase() throws Exception {
    Path root = Path.of("/work/checkout");
    JsonNode sarif = sarif(root, "/work/checkout/projects/casa comune.yaml", yaml());

    assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///work/checkout/");
    for (JsonNode result : results(sarif)) {
      JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
      assertThat(artifact.path("uri").asText()).isEqualTo("projects/casa%20comune.yaml");
      assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      JsonNode region = result.at("/locations/0/physicalLocation/region");
      assertThat(region.path("startLine").asInt()).isPositive();
      assertThat(region.path("startColumn").asInt()).isPositive();
    }
    JsonNode relative = sarif(Path.of("").toAbsolutePath(), "projects/casa.yaml", yaml());
    assertThat(relative.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("projects/casa.yaml");
    JsonNode outside = sarif(root, "/elsewhere/casa.yaml", yaml());
    JsonNode artifact = outside.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo("file:///elsewhere/casa.yaml");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void fingerprintsAreStableAcrossRunsAndCheckoutsAndIgnoreMovedLines() throws Exception {
    JsonNode first = sarif(Path.of("/a"), "/a/p.yaml", yaml());
    JsonNode again = sarif(Path.of("/b/other"), "/b/other/p.yaml", yaml());
    JsonNode moved = sarif(Path.of("/a"), "/a/p.yaml", "# a comment that moves every line\n" + yaml());

    List<String> prints = fingerprints(first);
    assertThat(prints).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).matches("[0-9a-f]{32}"));
    assertThat(fingerprints(again)).isEqualTo(prints);
    assertThat(fingerprints(moved)).isEqualTo(prints);
    assertThat(results(moved).get(0).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(results(first).get(0).at("/locations/0/physicalLocation/region/startLine").asInt() + 1);
    assertThat(fingerprints(sarif(Path.of("/a"), "/a/q.yaml", yaml()))).doesNotContainAnyElementsOf(prints);
  }

  private static List<String> fingerprints(JsonNode sarif) {
    List<String> prints = new ArrayList<>();
    for (JsonNode result : results(sarif)) {
      prints.add(result.at("/partialFingerprints/" + ReportWriter.FINGERPRINT.replace("/", "~1")).asText());
    }
    return prints;
  }

  @Test
  void everyRuleHasDescriptionsHelpAndALevelAndItsHelpUriIsAnAnchorOfRulesMd() throws Exception {
    String doc = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    for (RuleDescriptor rule : Rules.all()) {
      assertThat(doc).as("anchor of %s in docs/rules.md", rule.getId()).contains("<a id=\"" + rule.getId() + "\"></a>");
      assertThat(ReportWriter.helpUri(rule.getId()))
          .isEqualTo("https://github.com/progetto-dev/progetto/blob/main/docs/rules.md#" + rule.getId());
    }
    JsonNode sarif = sarif(Path.of("/a"), "/a/p.yaml", yaml());
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
      String id = rule.path("id").asText();
      ids.add(id);
      assertThat(rule.at("/shortDescription/text").asText()).as(id).isNotBlank();
      assertThat(rule.at("/fullDescription/text").asText()).as(id).isEqualTo(Rules.get(id).orElseThrow().description(Locale.ENGLISH));
      assertThat(rule.at("/help/text").asText()).as(id).isNotBlank();
      assertThat(rule.path("helpUri").asText()).as(id).endsWith("docs/rules.md#" + id);
      assertThat(rule.at("/defaultConfiguration/level").asText()).as(id)
          .isEqualTo(Rules.get(id).orElseThrow().getDefaultSeverity() == IssueSeverity.ERROR ? "error" : "warning");
    }
    assertThat(ids).contains("format.unknown-field", "reference.unresolved");
  }

  @Test
  void theShortDescriptionIsTheFirstSentence() {
    assertThat(ReportWriter.firstSentence("One thing. And another.")).isEqualTo("One thing.");
    assertThat(ReportWriter.firstSentence("Only one.")).isEqualTo("Only one.");
  }
}
