package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.validation.Validator;
import java.io.IOException;
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
 * The library on the peers' files in one JVM that has already read them: the time of a whole
 * pass (stream every line, validate every project, count the issues) once the compilers are
 * done, where {@code benchmarks/peers} also times a fresh JVM's first pass. The files are those
 * of {@code benchmarks/peers} ({@link PeerFile}), which makes them. Five passes warm up: at 10,000
 * projects the third pass still took half again the time of the fifth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(1)
public class PeerBenchmark {

  /** The number of projects in the file. */
  @Param({"10000", "100000"})
  public int projects;

  /** The threads that read the lines ({@code streamProjects(file, threads)}). */
  @Param({"1", "2"})
  public int threads;

  private Path file;
  private final ProgettoMapper mapper = ProgettoMapper.standard();
  private final Validator validator = Validator.builder().build();

  /**
   * Finds the file that {@code benchmarks/peers} made.
   *
   * @throws IOException if there is none
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(System.getProperty("progetto.benchmarks.data", "benchmarks/data"));
    file = folder.resolve("peers-" + projects + ".jsonl");
    if (!Files.isRegularFile(file)) {
      throw new IOException("no " + file + ": benchmarks/peers makes it");
    }
  }

  /**
   * One pass over the file.
   *
   * @return what was counted, so that nothing is optimised away
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public String library() throws IOException {
    return PeerRun.library(mapper, validator, file, threads);
  }
}
