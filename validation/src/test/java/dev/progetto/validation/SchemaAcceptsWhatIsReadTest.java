package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document the project ships that the reader reads without a {@code format.*} error is
 * accepted by the JSON Schema of its kind: the examples, the example calls, the real projects,
 * the built-in calls and indicator catalogues' kinds where a schema exists. A JSON file is
 * checked as it is written; a YAML file through the tree the reader reads from it, written as
 * canonical JSON, since the format reads YAML scalars by the type of their field (`istat: 001272`
 * is a text), which a YAML-unaware schema check would not.
 */
class SchemaAcceptsWhatIsReadTest {

  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<dev.progetto.model.DocumentKind, Schema> SCHEMAS = new EnumMap<>(dev.progetto.model.DocumentKind.class);

  static Stream<Path> documents() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(Path.of("..", "examples", "data"), Path.of("..", "examples", "calls"),
        Path.of("src", "test", "resources", "real"))) {
      try (Stream<Path> found = Files.list(folder)) {
        found.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(40);
    return files.stream();
  }

  private static synchronized Schema schema(dev.progetto.model.DocumentKind kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(MAPPER.schema(k), InputFormat.JSON));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aDocumentReadWithoutFormatErrorsConformsToItsSchema(Path file) throws Exception {
    ReadResult<Document> read = MAPPER.read(file);
    assertThat(read.getIssues()).as(file.toString()).extracting(ReadIssue::getRule).noneMatch(rule -> rule.startsWith("format."));
    Document document = read.getDocument().orElseThrow();
    String json = file.toString().endsWith(".json") ? Files.readString(file, StandardCharsets.UTF_8)
        : MAPPER.write(document, Syntax.JSON);

    assertThat(schema(document.kind()).validate(JSON.readTree(json))).as(file.toString()).isEmpty();
  }
}
