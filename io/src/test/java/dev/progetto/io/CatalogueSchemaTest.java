package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema of indicator catalogues: kept in docs/schema, and the built-in catalogues conform. */
class CatalogueSchemaTest {

  private static final Path CATALOGUES = Path.of("..", "validation", "src", "main", "resources", "dev", "progetto",
      "validation", "indicators");
  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(MAPPER.schema(DocumentKind.INDICATOR_CATALOGUE), InputFormat.JSON);

  @Test
  void theCheckedInSchemaIsTheShippedOne() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "schema", "indicator-catalogue.schema.json"), StandardCharsets.UTF_8);
    assertThat(MAPPER.schema(DocumentKind.INDICATOR_CATALOGUE)).as("docs/schema/indicator-catalogue.schema.json is stale")
        .isEqualTo(docs);
  }

  static Stream<Path> catalogues() throws Exception {
    try (Stream<Path> files = Files.list(CATALOGUES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("catalogues")
  void everyBuiltInCatalogueConforms(Path file) throws Exception {
    Document catalogue = MAPPER.read(file).getDocument().orElseThrow();
    assertThat(catalogue.kind()).isEqualTo(DocumentKind.INDICATOR_CATALOGUE);
    assertThat(SCHEMA.validate(JSON.readTree(MAPPER.write(catalogue, Syntax.JSON)))).as(file.toString()).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws Exception {
    String good = "{\"format\": 1, \"kind\": \"indicator-catalogue\", \"id\": \"c\", "
        + "\"indicators\": [{\"code\": \"A.1\", \"type\": \"output\", \"unit\": \"persons\"}]}";
    String unknownField = good.replace("\"id\": \"c\"", "\"id\": \"c\", \"colour\": 1");
    String noCode = good.replace("\"code\": \"A.1\", ", "");
    String badUnit = good.replace("persons", "people");
    assertThat(SCHEMA.validate(JSON.readTree(good))).isEmpty();
    assertThat(MAPPER.read(good.getBytes(StandardCharsets.UTF_8), Syntax.JSON).getIssues()).isEmpty();
    for (String bad : new String[] {unknownField, noCode, badUnit}) {
      assertThat(SCHEMA.validate(JSON.readTree(bad))).as(bad).isNotEmpty();
      assertThat(MAPPER.read(bad.getBytes(StandardCharsets.UTF_8), Syntax.JSON).getIssues()).as(bad).isNotEmpty();
    }
  }
}
