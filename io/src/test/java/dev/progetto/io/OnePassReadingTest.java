package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.io.testing.SourceLines;
import dev.progetto.model.CurrencyCode;
import dev.progetto.model.Project;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading maps the tokens as they come: these tests hold that the order of the fields does not
 * change what is read, and that every value is located where it starts.
 */
class OnePassReadingTest {

  // numbers stay exactly as written
  private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();
  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final List<String> HEADER = List.of("format", "kind", "$schema", "language", "currency");

  private static List<String> issues(ReadResult<?> result) {
    List<String> found = new ArrayList<>();
    for (ReadIssue issue : result.getIssues()) {
      found.add(issue.getRule() + " " + issue.getPointer());
    }
    return found;
  }

  /** The same object with the header fields moved after the others, or between them. */
  private static ObjectNode reordered(ObjectNode document, boolean last) {
    ObjectNode moved = JSON.createObjectNode();
    List<String> body = new ArrayList<>();
    document.fieldNames().forEachRemaining(name -> {
      if (!HEADER.contains(name)) {
        body.add(name);
      }
    });
    int split = last ? body.size() : Math.min(1, body.size());
    for (int i = 0; i < split; i++) {
      moved.set(body.get(i), document.get(body.get(i)));
    }
    for (String name : HEADER) {
      if (document.has(name)) {
        moved.set(name, document.get(name));
      }
    }
    for (int i = split; i < body.size(); i++) {
      moved.set(body.get(i), document.get(body.get(i)));
    }
    return moved;
  }

  @Test
  void aHeaderAfterTheBodyReadsTheSameDocument() throws Exception {
    RandomModel random = new RandomModel(20261201L);
    for (int i = 0; i < 60; i++) {
      Project project = random.project();
      String text = MAPPER.write(project, Syntax.JSON);
      ReadResult<Project> first = MAPPER.readProject(text, Syntax.JSON);
      ObjectNode tree = (ObjectNode) JSON.readTree(text);
      for (boolean last : new boolean[] {true, false}) {
        ReadResult<Project> moved = MAPPER.readProject(JSON.writeValueAsString(reordered(tree, last)), Syntax.JSON);
        assertThat(moved.getDocument()).as("project %d, header %s", i, last ? "last" : "second").isEqualTo(first.getDocument());
        assertThat(issues(moved)).isEqualTo(issues(first));
      }
    }
  }

  @Test
  void theLanguageAndCurrencyOfTheHeaderApplyToTheFieldsBeforeThem() {
    String text = "{\"id\": \"p-1\", \"title\": \"Welcome\", \"budget\": {\"total\": 1000},"
        + " \"kind\": \"project\", \"format\": 1, \"language\": \"en\", \"currency\": \"CHF\"}";
    ReadResult<Project> result = MAPPER.readProject(text, Syntax.JSON);
    assertThat(result.getIssues()).isEmpty();
    Project project = result.getDocument().orElseThrow();
    assertThat(project.getTitle().languages()).containsExactly("en");
    assertThat(project.getBudget().orElseThrow().getTotal().orElseThrow().getCurrency()).isEqualTo(CurrencyCode.of("CHF"));
    assertThat(project.getLanguage()).contains("en");
  }

  @Test
  void aLateHeaderThatCannotBeReadReportsOnlyItsOwnProblems() {
    ReadResult<Project> unknownKind = MAPPER.readProject(
        "{\"id\": 5, \"nonsense\": true, \"kind\": \"projekt\", \"format\": 1}", Syntax.JSON);
    assertThat(issues(unknownKind)).containsExactly("format.kind /kind");
    assertThat(unknownKind.getDocument()).isEmpty();

    // without a kind nothing of the body is read, but the text is still checked throughout
    ReadResult<Project> noKind = MAPPER.readProject("{\"id\": \"p\", \"x\": {\"a\": 1, \"a\": 2}}", Syntax.JSON);
    assertThat(issues(noKind)).containsExactlyInAnyOrder("format.version ", "format.kind ", "format.duplicate-key /x/a");
  }

  @Test
  void aHeaderFieldGivenTwiceIsADuplicateWhereverItStands() {
    ReadResult<Project> result = MAPPER.readProject(
        "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"kind\": \"call\"}", Syntax.JSON);
    assertThat(issues(result)).containsExactly("format.duplicate-key /kind");
    assertThat(result.getDocument()).isPresent();
  }

  @Test
  void malformedTextReportsOnlyTheProblemsOfTheText() {
    // the type error of "id" comes before the text breaks off: only the text's problems remain
    ReadResult<Project> result = MAPPER.readProject("{\"format\": 1, \"kind\": \"project\", \"id\": 5, \"title\": \"t\","
        + " \"organisations\": [{\"id\": \"a\", \"id\": \"b\"}], \"links\": ", Syntax.JSON);
    assertThat(issues(result)).containsExactly("format.duplicate-key /organisations/0/id", "format.syntax ");
    assertThat(result.getDocument()).isEmpty();
  }

  @Test
  void everyValueIsLocatedWhereItStartsAndAMissingOneAtItsNearestAncestor() throws Exception {
    RandomModel random = new RandomModel(7L);
    for (int i = 0; i < 20; i++) {
      String text = MAPPER.write(random.project(), Syntax.JSON);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<byte[]> lines = SourceLines.of(bytes, false);
      ReadResult<Project> result = MAPPER.readProject(bytes, Syntax.JSON);
      SourceMap map = result.getSourceMap();
      List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
      collect("", JSON.readTree(text), values);
      for (Map.Entry<String, JsonNode> value : values) {
        SourceLocation at = map.locate(value.getKey()).orElseThrow();
        String line = new String(lines.get(at.line() - 1), StandardCharsets.UTF_8);
        // columns count UTF-16 code units from 1
        char first = line.charAt(at.column() - 1);
        JsonNode node = value.getValue();
        char expected = node.isObject() ? '{' : node.isArray() ? '[' : node.isTextual() ? '"'
            : node.isBoolean() ? (node.booleanValue() ? 't' : 'f') : node.isNull() ? 'n' : first;
        assertThat(first).as("%s at %s", value.getKey(), at).isEqualTo(expected);
        if (node.isNumber()) {
          assertThat(first).as(value.getKey()).matches(c -> c == '-' || Character.isDigit(c));
        }
        if (node.isContainerNode()) {
          assertThat(map.locate(value.getKey() + "/absent~1key")).as(value.getKey()).contains(at);
          assertThat(map.locate(value.getKey() + "/99999")).as(value.getKey()).contains(at);
        }
      }
    }
  }

  private static void collect(String pointer, JsonNode node, List<Map.Entry<String, JsonNode>> values) {
    values.add(Map.entry(pointer, node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), field.getValue(), values);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(pointer + "/" + i, node.get(i), values);
      }
    }
  }

  @Test
  void keysWithSlashesAndTildesAreLocatedByTheirEscapedPointer() {
    String text = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\",\n"
        + " \"extensions\": {\"x-a/b\": {\"c~d\": [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]}}}";
    ReadResult<Project> result = MAPPER.readProject(text, Syntax.JSON);
    assertThat(result.getIssues()).isEmpty();
    assertThat(result.getSourceMap().locate("/extensions/x-a~1b/c~0d/11")).contains(new SourceLocation(2, 81));
    assertThat(result.getSourceMap().locate("/extensions/x-a~1b/c~0d/011")).contains(new SourceLocation(2, 34));
  }
}
