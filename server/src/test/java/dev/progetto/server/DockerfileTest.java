package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The container image recipe: built and run where a Docker engine answers, skipped elsewhere.
 * The recipe's jar is the one the command line's build makes.
 */
class DockerfileTest {

  static final Path ROOT = Path.of("..");

  private static boolean run(List<String> command, long seconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  private static boolean dockerRuns() {
    try {
      return run(List.of("docker", "info"), 20);
    } catch (IOException | InterruptedException absent) {
      return false;
    }
  }

  @Test
  void theRecipeServesTheCommandLinesJarOnEveryInterfaceOfTheContainer() throws IOException {
    String recipe = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(recipe).contains("COPY --from=build /src/cli/target/progetto.jar /opt/progetto/progetto.jar")
        .contains("\"serve\", \"--host\", \"0.0.0.0\", \"--port\", \"8080\"").contains("USER progetto");
    assertThat(Files.readString(ROOT.resolve("cli").resolve("pom.xml")))
        .contains("<jar destfile=\"${project.build.directory}/progetto.jar\"");
  }

  @Test
  void theImageBuildsAndServes() throws Exception {
    assumeTrue(dockerRuns(), "no Docker engine answers here: the image is not built");
    String tag = "progetto-server-test:" + ProcessHandle.current().pid();
    assertThat(run(List.of("docker", "build", "-q", "-t", tag, "."), 1800)).as("docker build").isTrue();
    String name = "progetto-server-test-" + ProcessHandle.current().pid();
    try {
      assertThat(run(List.of("docker", "run", "-d", "--rm", "--name", name, "-p", "127.0.0.1::8080", tag), 60)).isTrue();
      Process port = new ProcessBuilder("docker", "port", name, "8080").start();
      port.waitFor(30, TimeUnit.SECONDS);
      String address = new String(port.getInputStream().readAllBytes()).strip().lines().findFirst().orElseThrow();
      URI uri = URI.create("http://" + address + "/api/rules");
      int status = 0;
      for (int i = 0; i < 60 && status != 200; i++) {
        try {
          status = Http.get(uri).statusCode();
        } catch (RuntimeException notYet) {
          Thread.sleep(1000);
        }
      }
      assertThat(status).isEqualTo(200);
    } finally {
      run(List.of("docker", "rm", "-f", name), 60);
      run(List.of("docker", "rmi", "-f", tag), 120);
    }
  }
}
