package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook opened and saved again by LibreOffice still reads equal. Runs where {@code soffice}
 * is on the path (.ci/run installs it); skipped elsewhere.
 */
class LibreOfficeTest {

  private static Path soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void aWorkbookSavedByLibreOfficeReadsEqual(@TempDir Path dir) throws Exception {
    Path soffice = soffice();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    for (String name : new String[] {"portfolio-seed-003.yaml", "impact-umbria.yaml", "femminili-plurali-fase-2.json",
        "random-1", "random-2", "random-3", "random-4"}) {
      Document document = name.startsWith("random-")
          ? RoundTripTest.canonical(new dev.progetto.io.testing.RandomModel(Long.parseLong(name.substring(7))).portfolio())
          : ProgettoMapper.standard().read(Path.of("..", "examples", "data", name)).getDocument().orElseThrow();
      Path original = dir.resolve("in").resolve(name + ".xlsx");
      Files.createDirectories(original.getParent());
      try (OutputStream out = Files.newOutputStream(original)) {
        TabularMapper.standard().writeXlsx(document, out);
      }
      Path saved = dir.resolve("out");
      convert(soffice, original, saved, dir);
      ReadResult<Document> back = TabularMapper.standard().read(saved.resolve(original.getFileName()));
      assertThat(back.getIssues()).as(name).isEmpty();
      assertThat(back.getDocument()).as(name).contains(document);
    }
  }

  private static void convert(Path soffice, Path in, Path outDir, Path home) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + home.resolve("profile"),
        "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(home.resolve("soffice.log").toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice ends within 3 minutes").isTrue();
    assertThat(process.exitValue()).as(Files.readString(home.resolve("soffice.log"))).isZero();
  }
}
