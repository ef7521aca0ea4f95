package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas of the format: kept in sync with docs/schema, and every written document conforms. */
class SchemaTest {

  private static final Path DOCS = Path.of("..", "docs", "schema");
  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (DocumentKind kind : List.of(DocumentKind.PROJECT, DocumentKind.PORTFOLIO, DocumentKind.CALL)) {
      SCHEMAS.put(kind, registry.getSchema(MAPPER.schema(kind), InputFormat.JSON));
    }
  }

  private static List<Error> errors(Document document) throws Exception {
    return SCHEMAS.get(document.kind()).validate(JSON.readTree(MAPPER.write(document, Syntax.JSON)));
  }

  @ParameterizedTest
  @EnumSource(value = DocumentKind.class, names = {"PROJECT", "PORTFOLIO", "CALL"})
  void theCheckedInSchemaIsTheShippedOne(DocumentKind kind) throws Exception {
    String docs = Files.readString(DOCS.resolve(kind.code() + ".schema.json"), StandardCharsets.UTF_8);
    assertThat(MAPPER.schema(kind)).as("docs/schema/%s.schema.json is stale", kind.code()).isEqualTo(docs);
  }

  static Stream<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> Syntax.fromPath(f).isPresent()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleConformsToTheSchema(Path file) throws Exception {
    List<Document> documents = new ArrayList<>();
    if (Syntax.fromPath(file).get() == Syntax.JSON_LINES) {
      try (ProjectStream stream = MAPPER.streamProjects(file)) {
        stream.forEachRemaining(result -> documents.add(result.getDocument().orElseThrow()));
      }
    } else {
      documents.add(MAPPER.read(file).getDocument().orElseThrow());
    }
    for (Document document : documents) {
      assertThat(errors(document)).as(file + " " + document.documentId()).isEmpty();
    }
    if (Syntax.fromPath(file).get() == Syntax.JSON) {
      assertThat(SCHEMAS.get(documents.get(0).kind()).validate(JSON.readTree(Files.readString(file)))).isEmpty();
    }
  }

  /**
   * Random models hold values the rules reject (negative amounts, blank texts, malformed
   * identifiers) to test reading and writing: they conform to the structure of the schema (fields,
   * types, required fields, codes), not to the value checks it shares with the validator.
   */
  @Test
  void randomProjectsAndCallsConformToTheStructure() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Map<DocumentKind, Schema> structure = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : List.of(DocumentKind.PROJECT, DocumentKind.CALL)) {
      com.fasterxml.jackson.databind.JsonNode schema = JSON.readTree(MAPPER.schema(kind));
      withoutValueChecks(schema);
      structure.put(kind, registry.getSchema(JSON.writeValueAsString(schema), InputFormat.JSON));
    }
    RandomModel random = new RandomModel(7L);
    for (int i = 0; i < 200; i++) {
      for (Document document : List.of(random.project(), random.call())) {
        assertThat(structure.get(document.kind()).validate(JSON.readTree(MAPPER.write(document, Syntax.JSON))))
            .as("%s %d", document.kind(), i).isEmpty();
      }
    }
  }

  private static void withoutValueChecks(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      if (object.has("pattern") && !object.path("pattern").asText().startsWith("^[a-z0-9][a-z0-9-]")) {
        object.remove("pattern");
      }
      object.remove("propertyNames");
      object.remove("not");
      object.remove("minimum");
      object.forEach(SchemaTest::withoutValueChecks);
    } else if (node.isArray()) {
      node.forEach(SchemaTest::withoutValueChecks);
    }
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws Exception {
    String unknownField = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"colour\": 1}";
    String badRole = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", "
        + "\"participants\": [{\"organisation\": \"o\", \"role\": \"capofila\"}]}";
    assertThat(SCHEMAS.get(DocumentKind.PROJECT).validate(JSON.readTree(unknownField))).isNotEmpty();
    assertThat(SCHEMAS.get(DocumentKind.PROJECT).validate(JSON.readTree(badRole))).isNotEmpty();
  }
}
