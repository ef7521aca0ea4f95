package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every format case of the test resources is judged twice: by the reader and the validator, and
 * by the JSON Schema. Where they disagree, docs/format.md says so and why, case by case; a case
 * that starts or stops disagreeing fails here until the documentation follows.
 */
class FormatAgreementTest {

  private static final Path CASES = Path.of("src", "test", "resources", "format");
  private static final Path FORMAT = Path.of("..", "docs", "format.md");
  private static final String SECTION = "## What only the reader and the validator check";

  @Test
  void theSchemaAgreesWithTheReaderAndTheValidatorExceptWhereDocumented() throws Exception {
    ProgettoMapper mapper = ProgettoMapper.standard();
    Validator validator = Fixtures.validator();
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(mapper.schema(DocumentKind.PROJECT), InputFormat.JSON);
    ObjectMapper json = new ObjectMapper();

    Map<String, String> disagreements = new TreeMap<>();
    List<Path> cases;
    try (Stream<Path> files = Files.list(CASES)) {
      cases = files.filter(f -> f.getFileName().toString().startsWith("format.")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(20);
    for (Path file : cases) {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      boolean accepted = validator.validate(mapper.read(file)).isValid();
      boolean conforms = schema.validate(json.readTree(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
      if (accepted != conforms) {
        disagreements.put(name, accepted ? "only the schema rejects it" : "only the reader and the validator reject it");
      }
    }
    assertThat(cases).extracting(f -> f.getFileName().toString()).contains("format.valid.json");

    assertThat(disagreements.keySet()).as("disagreements, documented in docs/format.md under \"%s\": %s", SECTION,
        disagreements).containsExactlyElementsOf(documented());
  }

  /** The case names docs/format.md lists in its section on what the schema cannot check. */
  private static TreeSet<String> documented() throws Exception {
    String text = Files.readString(FORMAT, StandardCharsets.UTF_8);
    int start = text.indexOf(SECTION);
    assertThat(start).as("docs/format.md has the section %s", SECTION).isNotNegative();
    int end = text.indexOf("\n## ", start + SECTION.length());
    Matcher cases = Pattern.compile("`(format\\.[a-z0-9-]+)`").matcher(text.substring(start, end < 0 ? text.length() : end));
    TreeSet<String> names = new TreeSet<>();
    while (cases.find()) {
      names.add(cases.group(1));
    }
    return names;
  }
}
