package dev.progetto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One whole-process run of a Java peer over a JSON Lines file, timed from outside by
 * {@code benchmarks/peers}: the library (stream, validate, count the issues), Jackson's
 * {@code readTree} of each line (the floor of a Java reader) or networknt's JSON Schema validator
 * with the schema that {@code progetto schema project} prints. Prints what it counted, so that a
 * run that did nothing shows.
 */
public final class PeerRun {

  private PeerRun() {
  }

  /**
   * Runs one peer.
   *
   * @param args {@code library FILE}, {@code library-threads FILE} (lines read by one thread per
   *     processor), {@code jackson FILE} or {@code networknt FILE SCHEMA}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String usage = "usage: PeerRun library|library-threads|jackson FILE, or PeerRun networknt FILE SCHEMA";
    if (args.length < 2) {
      System.err.println(usage);
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "library" -> library(file, 1);
      case "library-threads" -> library(file, Runtime.getRuntime().availableProcessors());
      case "jackson" -> jackson(file);
      case "networknt" -> {
        if (args.length != 3) {
          System.err.println(usage);
          System.exit(2);
        }
        networknt(file, Path.of(args[2]));
      }
      default -> {
        System.err.println(usage);
        System.exit(2);
      }
    }
  }

  /**
   * The library as an integrator calls it: one mapper, one validator, a stream of projects, its
   * lines read by {@code threads} threads.
   */
  private static void library(Path file, int threads) throws IOException {
    System.out.println("library: " + library(ProgettoMapper.standard(), Validator.builder().build(), file, threads));
  }

  /**
   * Streams and validates every project of a file: what the whole-process peer runs once and
   * {@link PeerBenchmark} runs again and again in one JVM.
   *
   * @return what was counted: projects, issues and errors
   */
  static String library(ProgettoMapper mapper, Validator validator, Path file, int threads) throws IOException {
    long projects = 0;
    long issues = 0;
    long errors = 0;
    try (ProjectStream stream = mapper.streamProjects(file, threads)) {
      while (stream.hasNext()) {
        ValidationReport report = validator.validate(stream.next());
        projects++;
        issues += report.getIssues().size();
        errors += report.count(IssueSeverity.ERROR);
      }
    }
    return projects + " projects, " + issues + " issues, " + errors + " errors";
  }

  private static void jackson(Path file) throws IOException {
    ObjectMapper jackson = new ObjectMapper();
    long projects = 0;
    long fields = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isEmpty()) {
          fields += jackson.readTree(line).size();
          projects++;
        }
      }
    }
    System.out.println("jackson: " + projects + " projects, " + fields + " fields at the top");
  }

  /** networknt with the 2020-12 dialect and format assertions on, as Ajv runs with ajv-formats. */
  private static void networknt(Path file, Path schemaFile) throws IOException {
    ObjectMapper jackson = new ObjectMapper();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Schema schema = registry.getSchema(Files.readString(schemaFile, StandardCharsets.UTF_8), InputFormat.JSON);
    long projects = 0;
    long invalid = 0;
    long errors = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isEmpty()) {
          JsonNode tree = jackson.readTree(line);
          List<Error> found = schema.validate(tree);
          projects++;
          errors += found.size();
          invalid += found.isEmpty() ? 0 : 1;
        }
      }
    }
    System.out.println("networknt: " + projects + " projects, " + invalid + " invalid, " + errors + " errors");
  }
}
