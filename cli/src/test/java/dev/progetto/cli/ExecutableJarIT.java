package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the executable jar as a process, after it is packaged: standard output and error, exit
 * code, UTF-8 and no stack trace.
 */
class ExecutableJarIT {

  private static final Path JAR = Path.of("target", "progetto.jar");

  @Test
  void runsAsAProcess() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "validate", "--lang", "it", "../examples/data", "missing-too.yaml")
        .redirectErrorStream(false).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).isEqualTo("progetto: cannot read missing-too.yaml: no such file or directory\n");

    Process valid = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "validate", "--lang", "it", "../examples/data/femminili-plurali-fase-2.json").start();
    assertThat(valid.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String italian = new String(valid.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(valid.exitValue()).isZero();
    assertThat(italian).contains("è terminato a ottobre 2025");
    assertThat(new String(valid.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.exists(JAR)).isTrue();
  }
}
