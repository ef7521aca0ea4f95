package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to yaml --schema-comment}: the line editors read to find a YAML file's schema. */
class ConvertSchemaCommentTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "data");

  @TempDir Path temp;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void theCommentNamesTheSchemaOfTheDocumentsKindAndTheFileReadsTheSame() throws Exception {
    Path project = EXAMPLES.resolve("femminili-plurali-fase-2.json");
    CommandRun run = run("convert", project.toString(), "--to", "yaml", "--schema-comment");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# yaml-language-server: $schema=https://progetto.dev/schema/1/project.schema.json\n");
    assertThat(Files.readString(Path.of("..", "docs", "schema", "project.schema.json"), StandardCharsets.UTF_8))
        .contains("\"$id\": \"https://progetto.dev/schema/1/project.schema.json\"");
    Document original = ProgettoMapper.standard().read(project).getDocument().orElseThrow();
    assertThat(ProgettoMapper.standard().read(run.out(), Syntax.YAML).getDocument()).contains(original);

    CommandRun portfolio = run("convert", EXAMPLES.resolve("infusione-portfolio.yaml").toString(), "--to", "yaml", "--schema-comment");
    assertThat(portfolio.out()).startsWith("# yaml-language-server: $schema=https://progetto.dev/schema/1/portfolio.schema.json\n");
  }

  @Test
  void aUrlOfOnesOwnAndAFile() throws Exception {
    Path out = temp.resolve("out.yaml");
    CommandRun run = run("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "yaml",
        "--schema-comment=../schema/project.schema.json", "-o", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# yaml-language-server: $schema=../schema/project.schema.json\nformat: 1\n");
  }

  @Test
  void withoutTheOptionThereIsNoCommentAndJsonRefusesIt() {
    assertThat(run("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "yaml").out()).startsWith("format: 1\n");

    CommandRun json = run("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "json", "--schema-comment");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.out()).isEmpty();
    assertThat(json.err()).contains("--schema-comment needs --to yaml").doesNotContain("Exception");

    CommandRun newline = run("convert", EXAMPLES.resolve("impact-umbria.yaml").toString(), "--to", "yaml", "--schema-comment=a\nb");
    assertThat(newline.exit()).isEqualTo(2);
    assertThat(newline.err()).contains("--schema-comment");
  }
}
