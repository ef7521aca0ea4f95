package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Project;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an application pays once: building a {@code Validator}, and building one and validating a
 * first project, each in a fresh JVM (one shot per fork, no warm-up). {@code benchmarks/run}
 * times {@code java -version} in the same run as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

  private byte[] json;

  /** Writes the project to read; the generator and writer are not what is measured. */
  @Setup
  public void setUp() {
    Project project = new ProjectGenerator(42L).next(1, ProjectGenerator.Size.SMALL);
    json = ProgettoMapper.standard().write(project, Syntax.JSON).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Builds a validator with the built-in calls.
   *
   * @return the validator
   */
  @Benchmark
  public Validator buildValidator() {
    return Validator.builder().build();
  }

  /**
   * Builds a mapper and a validator, reads a project from bytes and validates it.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport firstValidation() {
    ValidationReport report = Validator.builder().build().validate(ProgettoMapper.standard().readProject(json, Syntax.JSON));
    if (report.getDocuments().isEmpty()) {
      throw new IllegalStateException("no document validated");
    }
    return report;
  }
}
