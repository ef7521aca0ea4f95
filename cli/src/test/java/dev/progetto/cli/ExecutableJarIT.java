package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    assertThat(err).isEqualTo("progetto: impossibile leggere missing-too.yaml: file o cartella inesistente\n");

    Process valid = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "validate", "--lang", "it", "../examples/data/femminili-plurali-fase-2.json").start();
    assertThat(valid.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String italian = new String(valid.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(valid.exitValue()).isZero();
    assertThat(italian).contains("è terminato a ottobre 2025");
    assertThat(new String(valid.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.exists(JAR)).isTrue();
  }

  /**
   * picocli's own jar holds class files of Java 5, which carry no stack maps: the JVM verifies
   * them with its slow inferring verifier on every run, and a class-data archive cannot hold them
   * verified. The executable jar holds picocli compiled from its sources for Java 17 instead,
   * every class of the picocli jar that progetto depends on.
   */
  @Test
  void holdsPicocliCompiledForTheReleaseOfProgetto() throws Exception {
    Path dependency = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Integer> original = picocliClassVersions(dependency);
    Map<String, Integer> shipped = picocliClassVersions(JAR);

    assertThat(original).containsEntry("picocli/CommandLine.class", 49);
    assertThat(shipped.keySet()).containsAll(namedClasses(original));
    assertThat(shipped).allSatisfy((name, major) -> assertThat(major).as(name).isEqualTo(61));
  }

  /** A reader of the jar as a stream finds its manifest, which must come first for it, and the main class. */
  @Test
  void aStreamReaderOfTheJarFindsItsManifest() throws Exception {
    try (java.util.jar.JarInputStream jar = new java.util.jar.JarInputStream(Files.newInputStream(JAR))) {
      assertThat(jar.getManifest()).isNotNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.progetto.cli.Main");
    }
  }

  /** The class file major version of each class of the package picocli in a jar, by entry name. */
  private static Map<String, Integer> picocliClassVersions(Path jar) throws IOException {
    Map<String, Integer> versions = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
          try (InputStream in = zip.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            versions.put(entry.getName(), data.readUnsignedShort());
          }
        }
      }
    }
    return versions;
  }

  /** Classes other than anonymous ones, whose numbering differs from one compiler to another. */
  private static List<String> namedClasses(Map<String, Integer> versions) {
    return versions.keySet().stream().filter(name -> !name.matches(".*\\$[0-9]+\\.class")).toList();
  }

  /**
   * A workbook is read by the jar alone, with the same findings as the YAML file it was written
   * from, located at cells: the reader and what it needs are in the jar.
   */
  @Test
  void readsAWorkbookWithTheFindingsOfItsYaml() throws Exception {
    String[] workbook = run("validate", "../examples/data/portfolio-seed-003.xlsx");
    String[] yaml = run("validate", "../examples/data/portfolio-seed-003.yaml");

    assertThat(workbook[0]).isEqualTo("0");
    assertThat(workbook[2]).isEmpty();
    assertThat(workbook[1]).contains("portfolio-seed-003.xlsx:Project!A3: info [partnership.min-organisations]")
        .endsWith("0 errors, 0 warnings, 2 infos, 0 waived in 1 document\n");
    assertThat(rules(workbook[1])).isNotEmpty().isEqualTo(rules(yaml[1]));
  }

  /** Runs the jar; returns its exit code, standard output and standard error. */
  private static String[] run(String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(java.util.List.of(args));
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {String.valueOf(process.exitValue()), out, new String(err.get(), StandardCharsets.UTF_8)};
  }

  /** The rule of each finding of a text report, in order. */
  private static List<String> rules(String report) {
    java.util.List<String> rules = new java.util.ArrayList<>();
    java.util.regex.Matcher rule = java.util.regex.Pattern.compile(": (?:error|warning|info) \\[([a-z.-]+)]").matcher(report);
    while (rule.find()) {
      rules.add(rule.group(1));
    }
    return rules;
  }
}
