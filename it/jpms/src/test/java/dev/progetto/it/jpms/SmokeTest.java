package dev.progetto.it.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void worksOnTheModulePath() throws Exception {
    String summary = Smoke.run(Path.of("..", "..", "examples", "data", "portfolio-seed-003.yaml"));
    long calls = Files.readAllLines(Path.of("..", "..", "validation", "src", "main", "resources", "dev", "progetto", "validation",
        "calls", "index.txt")).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).count();

    assertThat(summary).isEqualTo("0 errors, 7 projects, " + calls + " calls, problems [], module dev.progetto.it.jpms, "
        + "validation module dev.progetto.validation");
  }
}
