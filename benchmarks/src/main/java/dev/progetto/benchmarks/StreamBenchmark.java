package dev.progetto.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.Syntax;
import dev.progetto.validation.Validator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stream-validating a large JSON Lines file in a heap of 256 MB, against Jackson's
 * {@code readTree} of each line of the same file. The file is generated on first use under
 * {@code benchmarks/data/} (not committed): seeded projects, mostly seed-page sized, some
 * FAMI-sized and a few large KA220 ones. Three passes warm up the compiler: the first pass of a
 * fresh JVM over 100 MB runs at about a fifth of the speed of the later ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class StreamBenchmark {

  /** The size of the file in megabytes. */
  @Param({"100", "1000"})
  public int megabytes;

  private Path file;
  private final ProgettoMapper mapper = ProgettoMapper.standard();
  private final Validator validator = Validator.builder().build();
  private final ObjectMapper jackson = new ObjectMapper();

  /**
   * Generates the file unless a file of at least that size is there.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(System.getProperty("progetto.benchmarks.data", "benchmarks/data"));
    Files.createDirectories(folder);
    file = folder.resolve("projects-" + megabytes + "mb.jsonl");
    long bytes = megabytes * 1_000_000L;
    if (Files.exists(file) && Files.size(file) >= bytes) {
      return;
    }
    Path partial = folder.resolve(file.getFileName() + ".partial");
    ProjectGenerator generator = new ProjectGenerator(megabytes);
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        ProjectGenerator.Size size = i % 20 == 19 ? ProjectGenerator.Size.LARGE
            : i % 20 >= 16 ? ProjectGenerator.Size.MEDIUM : ProjectGenerator.Size.SMALL;
        String line = mapper.write(generator.next(i, size), Syntax.JSON_LINES);
        out.write(line);
        written += line.length();
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Reads and validates every project of the file in constant memory.
   *
   * @return the number of errors found
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long progettoStreamValidate() throws IOException {
    long errors = 0;
    try (ProjectStream stream = mapper.streamProjects(file)) {
      while (stream.hasNext()) {
        errors += validator.validate(stream.next()).errorCount();
      }
    }
    return errors;
  }

  /**
   * Baseline: Jackson's tree of each line of the same file.
   *
   * @return the number of fields of the roots
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jacksonReadTreePerLine() throws IOException {
    long fields = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        fields += jackson.readTree(line).size();
      }
    }
    return fields;
  }
}
