package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the projects of a workbook or of CSV files one at a time gives the projects the whole file holds. */
class StreamingTest {

  private static final ProgettoMapper JSON = ProgettoMapper.standard();
  private static final TabularMapper TABULAR = TabularMapper.standard();

  static Stream<Path> files() throws IOException {
    return RoundTripTest.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyExampleStreamsTheProjectsItHolds(Path file, @TempDir Path dir) throws IOException {
    Document document = JSON.read(file).getDocument().orElseThrow();
    List<Project> expected = standalone(document);

    Path xlsx = dir.resolve("d.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      TABULAR.writeXlsx(document, out);
    }
    assertStreams(xlsx, expected);
    TABULAR.writeCsv(document, dir.resolve("csv"));
    assertStreams(dir.resolve("csv"), expected);
  }

  @Test
  void randomPortfoliosStreamTheirProjects(@TempDir Path dir) throws IOException {
    for (long seed = 1; seed <= 60; seed++) {
      Portfolio portfolio = (Portfolio) RoundTripTest.canonical(new RandomModel(seed).portfolio());
      Path xlsx = dir.resolve("s" + seed + ".xlsx");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        TABULAR.writeXlsx(portfolio, out);
      }
      assertStreams(xlsx, standalone(portfolio));
    }
  }

  /** A project of a portfolio as a document of its own: with the portfolio's language and currency. */
  private static List<Project> standalone(Document document) {
    if (!(document instanceof Portfolio portfolio)) {
      return List.of((Project) document);
    }
    List<Project> projects = new ArrayList<>();
    for (Project project : portfolio.getProjects()) {
      Project.Builder builder = Project.builder().from(project);
      portfolio.getLanguage().ifPresent(builder::language);
      portfolio.getCurrency().ifPresent(builder::currency);
      projects.add(builder.build());
    }
    return projects;
  }

  private static void assertStreams(Path path, List<Project> expected) throws IOException {
    List<Project> read = new ArrayList<>();
    List<ReadIssue> issues = new ArrayList<>();
    try (ProjectStream stream = TABULAR.streamProjects(path)) {
      while (stream.hasNext()) {
        ReadResult<Project> result = stream.next();
        issues.addAll(result.getIssues());
        result.getDocument().ifPresent(read::add);
      }
    }
    assertThat(issues).as("%s", path).allSatisfy(issue -> assertThat(issue.getMessageKey()).isEqualTo("format.sheet.not-streamed"));
    assertThat(read).as("%s", path).hasSameSizeAs(expected);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i)).as("%s project %d: %s", path, i,
          RoundTripTest.difference(java.util.Optional.of(read.get(i)), expected.get(i))).isEqualTo(expected.get(i));
    }
  }

  @Test
  void aRowOutOfTheProjectsOrderIsLocatedAtItsCell(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("p");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("Project.csv"), "id,title\na,Primo\nb,Secondo\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("Organisations.csv"), "@project,id,name\nb,o1,Uno\na,o2,Due\n", StandardCharsets.UTF_8);
    List<ReadResult<Project>> results = new ArrayList<>();
    try (ProjectStream stream = TABULAR.streamProjects(folder)) {
      stream.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(2);
    assertThat(results.get(0).getDocument().orElseThrow().getOrganisations()).isEmpty();
    assertThat(results.get(1).getDocument().orElseThrow().getOrganisations()).hasSize(1);
    assertThat(results.get(1).getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getMessageKey()).isEqualTo("format.sheet.parent-order");
      assertThat(issue.getLocation().orElseThrow().reference()).isEqualTo("Organisations.csv!A3");
    });
  }

  @Test
  void aSingleCsvOfProjectsStreamsRowByRowWithCellLocations(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("progetti.csv");
    Files.writeString(csv, "id;title;period.start\nuno;Primo;2024-01\ndue;Secondo;tredici\n", StandardCharsets.UTF_8);
    List<ReadResult<Project>> results = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (ProjectStream stream = TABULAR.streamProjects(csv)) {
      while (stream.hasNext()) {
        results.add(stream.next());
        lines.add(stream.lineNumber());
      }
    }
    assertThat(lines).containsExactly(2L, 3L);
    assertThat(results.get(0).getIssues()).isEmpty();
    assertThat(results.get(0).getDocument().orElseThrow().getId().toString()).isEqualTo("uno");
    assertThat(results.get(1).getIssues()).singleElement().satisfies(issue ->
        assertThat(issue.getLocation().orElseThrow().reference()).isEqualTo("progetti.csv!C3"));
  }

  @Test
  void anUnreadableWorkbookIsOneResultWithItsIssue(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("x.xlsx");
    Files.writeString(xlsx, "not a workbook");
    try (ProjectStream stream = TABULAR.streamProjects(xlsx)) {
      assertThat(stream.hasNext()).isTrue();
      ReadResult<Project> result = stream.next();
      assertThat(result.getDocument()).isEmpty();
      assertThat(result.getIssues()).singleElement().satisfies(i -> assertThat(i.getRule()).isEqualTo("format.syntax"));
      assertThat(stream.hasNext()).isFalse();
    }
  }
}
