package dev.progetto.it.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void worksOnTheModulePath() throws Exception {
    String summary = Smoke.run(Path.of("..", "..", "examples", "data", "portfolio-seed-003.yaml"));

    assertThat(summary).isEqualTo("0 errors, 7 projects, 51 calls, problems [], module dev.progetto.it.jpms, "
        + "validation module dev.progetto.validation");
  }
}
