package dev.progetto.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.model.DocumentKind;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Project;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and validating one project from bytes, each against its baseline in the same run:
 * Jackson's {@code readTree} of the same bytes, a bare {@code nextToken} scan (the most the
 * parser itself allows), networknt's JSON Schema validator with the format's own schema, and the
 * same work on two threads sharing one mapper and one validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadValidateBenchmark {

  /** The size of the generated project. */
  @Param({"SMALL", "LARGE"})
  public ProjectGenerator.Size size;

  private byte[] json;
  private String yaml;
  private Project project;
  private JsonNode tree;
  private Schema schema;
  private final ProgettoMapper mapper = ProgettoMapper.standard();
  private final Validator validator = Validator.builder().build();
  private final ObjectMapper jackson = new ObjectMapper();
  private final YAMLMapper jacksonYaml = new YAMLMapper();
  private final JsonFactory factory = new JsonFactory();

  /** Generates the project once per trial. */
  @Setup
  public void setUp() {
    project = new ProjectGenerator(42L).next(1, size);
    json = mapper.write(project, Syntax.JSON).getBytes(StandardCharsets.UTF_8);
    yaml = mapper.write(project, Syntax.YAML);
    try {
      tree = jackson.readTree(json);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(mapper.schema(DocumentKind.PROJECT), InputFormat.JSON);
    if (!schema.validate(tree).isEmpty()) {
      throw new IllegalStateException("the generated project does not conform to the schema: " + schema.validate(tree));
    }
  }

  /**
   * Baseline: Jackson's tree of the JSON bytes.
   *
   * @return the tree
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Object jacksonReadTree() throws IOException {
    return jackson.readTree(json);
  }

  /**
   * Baseline: every token of the JSON bytes, nothing built.
   *
   * @param sink where tokens go
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public void jacksonTokenScan(Blackhole sink) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      while (parser.nextToken() != null) {
        sink.consume(parser.currentToken());
      }
    }
  }

  /**
   * Read JSON bytes into the model, with locations and every check of the format.
   *
   * @return the read result
   */
  @Benchmark
  public ReadResult<Project> progettoRead() {
    return mapper.readProject(json, Syntax.JSON);
  }

  /**
   * Read JSON bytes and validate them against the model rules and the project's call.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport progettoReadAndValidate() {
    return validator.validate(mapper.readProject(json, Syntax.JSON));
  }

  /**
   * Read JSON bytes and validate them, on two threads sharing this mapper and validator; JMH
   * reports the throughput of both together.
   *
   * @return the report
   */
  @Benchmark
  @Threads(2)
  public ValidationReport progettoReadAndValidateTwoThreads() {
    return validator.validate(mapper.readProject(json, Syntax.JSON));
  }

  /**
   * Baseline: networknt's JSON Schema validator on the same, already-parsed document, with the
   * format's JSON Schema (which checks shapes and codes, none of the cross-field and call rules).
   *
   * @return the schema errors
   */
  @Benchmark
  public Object networkntSchemaValidate() {
    return schema.validate(tree);
  }

  /**
   * Validate an already-read project.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport progettoValidate() {
    return validator.validate(project);
  }

  /**
   * Baseline: Jackson YAML's tree of the YAML text.
   *
   * @return the tree
   * @throws IOException never, for this text
   */
  @Benchmark
  public Object jacksonYamlReadTree() throws IOException {
    return jacksonYaml.readTree(yaml);
  }

  /**
   * Read YAML text into the model.
   *
   * @return the read result
   */
  @Benchmark
  public ReadResult<Project> progettoReadYaml() {
    return mapper.readProject(yaml, Syntax.YAML);
  }
}
