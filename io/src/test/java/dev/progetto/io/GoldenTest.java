package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each golden file reads without issue, writes back to its checked-in canonical text in JSON and
 * in YAML, and the canonical texts read again to an equal model. Regenerate the canonical files
 * with {@code -Dprogetto.updateGolden=true} and review the difference.
 */
class GoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private final ProgettoMapper mapper = ProgettoMapper.standard();

  @ParameterizedTest
  @ValueSource(strings = {"project", "portfolio", "call"})
  void readsWritesCanonicallyAndReadsBack(String name) throws Exception {
    ReadResult<Document> read = mapper.read(GOLDEN.resolve(name + ".yaml"));
    assertThat(read.getIssues()).isEmpty();
    Document document = read.getDocument().orElseThrow();

    for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
      Path canonical = GOLDEN.resolve(name + ".canonical." + (syntax == Syntax.JSON ? "json" : "yaml"));
      String written = mapper.write(document, syntax);
      if (Boolean.getBoolean("progetto.updateGolden")) {
        Files.writeString(canonical, written, StandardCharsets.UTF_8);
      }
      assertThat(written).as(canonical.toString()).isEqualTo(Files.readString(canonical, StandardCharsets.UTF_8));
      ReadResult<Document> again = mapper.read(canonical);
      assertThat(again.getIssues()).isEmpty();
      assertThat(again.getDocument()).contains(document);
    }
  }
}
