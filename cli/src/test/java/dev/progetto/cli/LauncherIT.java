package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code progetto} launcher in a checkout copied to another place, as CI caches and container
 * images do: it makes a class-data sharing archive that the JVM accepts for the copied jar, instead
 * of running without one. And the JVM flags it chooses by the size of the input.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  private static final Path JAR = Path.of("target", "progetto.jar");
  private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

  @TempDir Path temp;

  /** A checkout with the launcher, the built jar and sources older than it, so that nothing is built. */
  private Path checkout(Path root) throws IOException {
    Files.createDirectories(root.resolve("cli/target"));
    Files.copy(Path.of("..", "progetto"), root.resolve("progetto"));
    for (String module : List.of("model", "format-processor", "io", "validation", "report", "tabular", "server", "cli")) {
      Path sources = Files.createDirectories(root.resolve(module).resolve("src/main"));
      Files.setLastModifiedTime(sources, FileTime.from(LONG_AGO));
      Path pom = Files.writeString(root.resolve(module).resolve("pom.xml"), "<project/>\n");
      Files.setLastModifiedTime(pom, FileTime.from(LONG_AGO));
    }
    Files.setLastModifiedTime(Files.writeString(root.resolve("pom.xml"), "<project/>\n"), FileTime.from(LONG_AGO));
    Path examples = Files.createDirectories(root.resolve("examples/data"));
    Files.copy(Path.of("..", "examples", "data", "impact-umbria.yaml"), examples.resolve("impact-umbria.yaml"));
    Files.copy(JAR, root.resolve("cli/target/progetto.jar"));
    return root;
  }

  private static String run(Path directory, String... command) throws Exception {
    return run(directory, 0, command);
  }

  /** Runs a command to its end, checks its exit code and returns what it printed. */
  private static String run(Path directory, int exitCode, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isEqualTo(exitCode);
    return output;
  }

  private static List<Path> archives(Path root) throws IOException {
    Path cds = root.resolve("cli/target/cds");
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(cds)) {
      List<Path> found = new ArrayList<>();
      files.filter(f -> (f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")) && Files.isRegularFile(f))
          .forEach(found::add);
      return found;
    }
  }

  /**
   * The JVM refuses to start with {@code -Xshare:on} (a static archive) or {@code -XX:AOTMode=on}
   * (an AOT cache, JDK 25 and later) when the archive does not fit the jar.
   */
  private static void assertTheJvmUses(Path archive, Path jar) throws Exception {
    assertTheJvmUses(archive, jar, Path.of(System.getProperty("java.home")));
  }

  private static void assertTheJvmUses(Path archive, Path jar, Path javaHome) throws Exception {
    assertThat(Files.size(archive)).as("an archive was made").isPositive();
    String java = javaHome.resolve("bin/java").toString();
    if (archive.toString().endsWith(".aot")) {
      run(jar.getParent(), java, "-XX:AOTMode=on", "-XX:AOTCache=" + archive, "-jar", jar.toString(), "--version");
    } else {
      run(jar.getParent(), java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--version");
    }
  }

  /** The major version a JDK's release file names, or 0. */
  private static int majorVersion(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          int end = 0;
          while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
          }
          return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
        }
      }
    } catch (IOException unreadable) {
      return 0;
    }
    return 0;
  }

  /** A JDK 25 or later: the one running the tests, or one installed beside it. */
  private static java.util.Optional<Path> jdk25OrLater() throws IOException {
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    if (majorVersion(home) >= 25) {
      return java.util.Optional.of(home);
    }
    try (Stream<Path> siblings = Files.list(home.getParent())) {
      return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && majorVersion(jdk) >= 25).sorted().findFirst();
    }
  }

  /**
   * On JDK 25 and later the launcher makes an AOT cache, which also keeps classes linked, instead
   * of a static archive, and runs with it: the JVM accepts it for the jar.
   */
  @Test
  void aJdk25OrLaterGetsAnAotCache() throws Exception {
    java.util.Optional<Path> jdk = jdk25OrLater();
    org.junit.jupiter.api.Assumptions.assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
    Path root = checkout(temp.resolve("a checkout")); // a space in the path, which the JVM's training run gets too
    String version = run(root, "env", "JAVA_HOME=" + jdk.get(), "sh", root.resolve("progetto").toString(), "--version");
    assertThat(version).startsWith("progetto ").contains("Java " + majorVersion(jdk.get()));
    assertThat(archives(root)).singleElement().satisfies(archive -> {
      assertThat(archive.toString()).endsWith(".aot");
      assertTheJvmUses(archive, root.resolve("cli/target/progetto.jar"), jdk.get());
    });
    // a user's own sharing settings replace the launcher's cache, which the JVM would refuse beside them
    assertThat(run(root, "env", "JAVA_HOME=" + jdk.get(), "PROGETTO_JAVA_OPTS=-Xshare:off", "sh",
        root.resolve("progetto").toString(), "--version")).isEqualTo(version);
  }

  @Test
  void aCopiedCheckoutMakesAnArchiveThatFitsItsOwnJar() throws Exception {
    String javaHome = System.getProperty("java.home");
    Path first = checkout(temp.resolve("first"));
    String version = run(first, "env", "JAVA_HOME=" + javaHome, "sh", first.resolve("progetto").toString(), "--version");
    assertThat(version).startsWith("progetto ");
    assertThat(archives(first)).singleElement().satisfies(archive -> assertTheJvmUses(archive, first.resolve("cli/target/progetto.jar")));

    // Copied elsewhere with its archive, as a cache restores it: the archive of the old place is
    // of no use to the JVM here, so the launcher makes one for the new place.
    Path copy = temp.resolve("the copy"); // and a space in its path
    try (Stream<Path> files = Files.walk(first)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(first.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    assertThat(run(copy, "env", "JAVA_HOME=" + javaHome, "sh", copy.resolve("progetto").toString(), "--version")).isEqualTo(version);
    assertThat(archives(copy)).singleElement().satisfies(archive -> assertTheJvmUses(archive, copy.resolve("cli/target/progetto.jar")));
  }

  /** The flags the JVM ran with, as {@code -XX:+PrintCommandLineFlags} prints them first. */
  private static String flagsFor(Path root, String largeInputKb, String input) throws Exception {
    return flagsFor(root, largeInputKb, input, "");
  }

  /** The same with options of the user's own before the flag that prints them. */
  private static String flagsFor(Path root, String largeInputKb, String input, String options) throws Exception {
    String output = run(root, "env", "JAVA_HOME=" + System.getProperty("java.home"), "PROGETTO_LARGE_INPUT_KB=" + largeInputKb,
        "PROGETTO_JAVA_OPTS=" + options + " -XX:+PrintCommandLineFlags", "sh", root.resolve("progetto").toString(), "validate",
        input);
    return output.lines().filter(line -> line.startsWith("-XX:")).findFirst().orElseThrow();
  }

  @Test
  void theFlagsFollowTheSizeOfTheInput() throws Exception {
    Path root = checkout(temp.resolve("sizes"));
    String input = "examples/data/impact-umbria.yaml";

    // a file of a few kilobytes: a short run, compiled by C1 alone
    assertThat(flagsFor(root, "102400", input)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC")
        .doesNotContain("-XX:+UseParallelGC");
    // the same file counted as large (above 0 KB): the parallel collector, less inlining, a bounded heap
    assertThat(flagsFor(root, "0", input)).contains("-XX:+UseParallelGC", "-XX:FreqInlineSize=150",
        "-XX:InlineSmallCode=1000", "-XX:MaxHeapSize=402653184").doesNotContain("TieredStopAtLevel");
  }

  @Test
  void aCollectorTheUserNamesReplacesTheLaunchers() throws Exception {
    Path root = checkout(temp.resolve("collector"));
    String input = "examples/data/impact-umbria.yaml";

    // the JVM refuses two collectors: the user's is the one it gets, the other flags stay
    assertThat(flagsFor(root, "102400", input, "-XX:+UseParallelGC")).contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")
        .doesNotContain("-XX:+UseG1GC");
    assertThat(flagsFor(root, "0", input, "-XX:+UseSerialGC")).contains("-XX:+UseSerialGC", "-XX:FreqInlineSize=150",
        "-XX:MaxHeapSize=402653184").doesNotContain("-XX:+UseParallelGC");
  }

  /**
   * Runs {@code progetto --version} with a JDK that cannot run it: a usage error (2), not the exit
   * code of findings nor the shell's 127. Returns what it printed.
   */
  private static String refused(Path root, Path javaHome) throws Exception {
    return run(root, 2, "env", "JAVA_HOME=" + javaHome, "sh", root.resolve("progetto").toString(), "--version");
  }

  @Test
  void aJavaHomeWithoutJavaIsNamedBeforeAnythingRuns() throws Exception {
    Path root = checkout(temp.resolve("no-jdk"));
    Path notAJdk = Files.createDirectories(temp.resolve("not-a-jdk"));
    String output = refused(root, notAJdk);

    assertThat(output).isEqualTo("progetto: JAVA_HOME is " + notAJdk
        + ", which has no bin/java; set it to a JDK 17 or newer, or unset it to use the java on the PATH\n");
    assertThat(archives(root)).isEmpty();
  }

  @Test
  void aJdkOlderThan17IsNamedBeforeTheBuild() throws Exception {
    Path root = checkout(temp.resolve("old-jdk"));
    Files.delete(root.resolve("cli/target/progetto.jar"));
    // a JDK 11 as far as the launcher can tell: what its java -version prints
    Path oldJdk = temp.resolve("jdk-11");
    Path java = Files.createDirectories(oldJdk.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    String output = refused(root, oldJdk);

    assertThat(output).isEqualTo("progetto: " + java + " is Java 11.0.2; progetto needs a JDK 17 or newer (set JAVA_HOME to one)\n");
  }
}
