package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON -> xlsx -> JSON and JSON -> CSV -> JSON give an equal model. */
class RoundTripTest {

  private static final ProgettoMapper JSON = ProgettoMapper.standard();
  private static final TabularMapper TABULAR = TabularMapper.standard();

  static Stream<Path> files() throws IOException {
    Stream<Path> examples = Files.list(Path.of("..", "examples", "data"));
    Stream<Path> real = Files.list(Path.of("..", "validation", "src", "test", "resources", "real"));
    return Stream.concat(examples, real).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyExampleAndRealProjectComesBackEqualFromXlsxAndCsv(Path file, @TempDir Path dir) throws IOException {
    ReadResult<Document> original = JSON.read(file);
    assertThat(original.getDocument()).isPresent();
    Document document = original.getDocument().get();

    ReadResult<Document> fromXlsx = TABULAR.readXlsx(new ByteArrayInputStream(xlsx(document)), "x.xlsx");
    assertThat(fromXlsx.getIssues()).isEmpty();
    assertThat(fromXlsx.getDocument()).contains(document);

    TABULAR.writeCsv(document, dir.resolve("csv"));
    ReadResult<Document> fromCsv = TABULAR.read(dir.resolve("csv"));
    assertThat(fromCsv.getIssues()).isEmpty();
    assertThat(fromCsv.getDocument()).contains(document);
  }

  @Test
  void athousandRandomProjectsAndPortfoliosComeBackEqual() throws IOException {
    for (long seed = 1; seed <= 1000; seed++) {
      RandomModel random = new RandomModel(seed);
      Document document = seed % 4 == 0 ? random.portfolio() : random.project();
      // the model as JSON reads it back is what any file can hold
      Document canonical = canonical(document);
      ReadResult<Document> back = TABULAR.readXlsx(new ByteArrayInputStream(xlsx(canonical)), "seed-" + seed);
      assertThat(back.getIssues()).as("seed %d", seed).isEmpty();
      assertThat(back.getDocument()).as("seed %d: %s", seed, difference(back.getDocument(), canonical)).contains(canonical);
    }
  }

  /** Where two documents' descriptions first differ, to read a failure quickly. */
  static String difference(java.util.Optional<Document> read, Document expected) {
    String a = read.map(Object::toString).orElse("");
    String b = expected.toString();
    try {
      Files.writeString(Path.of("target", "read.txt"), a.replace(", ", ",\n"));
      Files.writeString(Path.of("target", "expected.txt"), b.replace(", ", ",\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return "read ..." + a.substring(Math.max(0, i - 80), Math.min(a.length(), i + 80)) + "... expected ..."
        + b.substring(Math.max(0, i - 80), Math.min(b.length(), i + 80));
  }

  @Test
  void randomPortfoliosComeBackEqualFromCsv(@TempDir Path dir) throws IOException {
    for (long seed = 1; seed <= 50; seed++) {
      Document document = new RandomModel(seed).portfolio();
      Document canonical = canonical(document);
      Path folder = dir.resolve("s" + seed);
      TABULAR.writeCsv(canonical, folder);
      ReadResult<Document> back = TABULAR.read(folder);
      assertThat(back.getIssues()).as("seed %d", seed).isEmpty();
      assertThat(back.getDocument()).as("seed %d", seed).contains(canonical);
    }
  }

  /**
   * The document as a file holds it, less what a sheet has no cell for: an object with no field
   * (a period, budget or territory given as {}, a source of a portfolio's own list given as {}),
   * which reads as no object (docs/tabular.md).
   */
  static Document canonical(Document document) throws IOException {
    Object tree = Json.parse(JSON.write(document, Syntax.JSON));
    dropEmptyObjects(tree);
    return JSON.read(Json.write(tree), Syntax.JSON).getDocument().orElseThrow();
  }

  private static void dropEmptyObjects(Object tree) {
    if (tree instanceof java.util.Map<?, ?> map) {
      map.entrySet().removeIf(e -> !e.getKey().equals("extensions") && e.getValue() instanceof java.util.Map<?, ?> inner
          && inner.isEmpty() && java.util.List.of("period", "budget", "territory").contains(e.getKey()));
      map.forEach((k, v) -> {
        if (!k.equals("extensions")) {
          dropEmptyObjects(v);
        }
      });
    } else if (tree instanceof java.util.List<?> list) {
      // an empty row is no row: a source with no field in a portfolio's own list has no cell
      list.removeIf(item -> item instanceof java.util.Map<?, ?> inner && inner.isEmpty());
      list.forEach(RoundTripTest::dropEmptyObjects);
    }
  }

  static byte[] xlsx(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABULAR.writeXlsx(document, out);
    return out.toByteArray();
  }

}
