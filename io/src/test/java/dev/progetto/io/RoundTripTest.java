package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** read(write(m)) equals m for random model values, in every syntax; writing is canonical. */
class RoundTripTest {

  private static final long SEED = Long.getLong("progetto.seed", 20261124L);
  private static final int VALUES = 1_000;

  private final ProgettoMapper mapper = ProgettoMapper.standard();

  private <T extends Document> void assertRoundTrip(T value, Syntax syntax, int index) {
    String text = mapper.write(value, syntax);
    ReadResult<Document> read = mapper.read(text, syntax);
    assertThat(read.getIssues()).as("value %d (seed %d) in %s:%n%s", index, SEED, syntax, text).isEmpty();
    assertThat(read.getDocument()).as("value %d (seed %d) in %s:%n%s", index, SEED, syntax, text).contains(value);
    assertThat(mapper.write(read.getDocument().get(), syntax)).as("canonical").isEqualTo(text);
  }

  @Test
  void randomProjectsAndCallsSurviveJsonAndYaml() {
    System.out.println("RoundTripTest seed: " + SEED + " (rerun with -Dprogetto.seed=" + SEED + ")");
    RandomModel random = new RandomModel(SEED);
    for (int i = 0; i < VALUES; i++) {
      Project project = random.project();
      assertRoundTrip(project, Syntax.JSON, i);
      assertRoundTrip(project, Syntax.YAML, i);
      if (i % 5 == 0) {
        Call call = random.call();
        assertRoundTrip(call, Syntax.JSON, i);
        assertRoundTrip(call, Syntax.YAML, i);
      }
    }
  }

  @Test
  void randomProjectsSurviveJsonLines() throws Exception {
    RandomModel random = new RandomModel(SEED + 1);
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < VALUES; i++) {
      projects.add(random.project());
    }
    StringWriter lines = new StringWriter();
    mapper.writeJsonLines(projects, lines);
    assertThat(lines.toString().lines()).hasSize(VALUES);

    List<Project> read = new ArrayList<>();
    try (ProjectStream stream = mapper.streamProjects(
        new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), "random.jsonl")) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        assertThat(result.getIssues()).as("line %d", stream.lineNumber()).isEmpty();
        read.add(result.getDocument().orElseThrow());
      }
    }
    assertThat(read).isEqualTo(projects);
  }

  @Test
  void aReadDisaggregationCannotBeChangedThroughItsGetters() {
    String text = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"indicators\": [{\"id\": \"i\", "
        + "\"measurements\": [{\"value\": 18, \"disaggregation\": {\"sex\": {\"female\": 12, \"male\": 6}}}]}]}";
    ProgettoMapper mapper = ProgettoMapper.standard();
    Project project = mapper.readProject(text, Syntax.JSON).getDocument().orElseThrow();
    java.util.Map<String, java.math.BigDecimal> sex =
        project.getIndicators().get(0).getMeasurements().get(0).getDisaggregation().get("sex");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sex.put("other", java.math.BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(sex.keySet()).containsExactly("female", "male");
    assertThat(mapper.write(project, Syntax.JSON)).doesNotContain("other");
  }
}
