package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Project;
import dev.progetto.validation.ProjectInputs;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hostile files of the readers' and the validator's fuzz corpora, uploaded one after the
 * other: each gets the report the library gives it (so each broken one its issue), through the
 * API and the page, and the server keeps serving.
 */
class FuzzCorpusTest extends RunningServer {

  static final Path IO_CORPUS = Path.of("..", "io", "src", "test", "resources", "dev", "progetto", "io", "ReaderFuzzTestInputs");
  static final Path VALIDATION_CORPUS = Path.of("..", "validation", "src", "test", "resources", "dev", "progetto", "validation",
      "ReadThenValidateFuzzTestInputs");


  static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(IO_CORPUS, VALIDATION_CORPUS)) {
      try (Stream<Path> walk = Files.walk(root)) {
        files.addAll(walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
      }
    }
    return files;
  }

  /** What the command line's validate reports for the file. */
  static String expected(byte[] bytes, String name) throws IOException {
    Syntax syntax = Syntax.fromPath(Path.of(name)).orElseThrow();
    ProgettoMapper mapper = ProgettoMapper.standard();
    Validator validator = Validator.builder().locale(Locale.ENGLISH).build();
    ProjectInputs inputs = validator.projectInputs();
    ValidationReport report;
    if (syntax == Syntax.JSON_LINES) {
      List<ValidationReport> reports = new ArrayList<>();
      try (ProjectStream stream = mapper.streamProjects(new ByteArrayInputStream(bytes), name)) {
        while (stream.hasNext()) {
          ReadResult<Project> line = stream.next();
          reports.add(inputs.check(line, validator.validate(line)));
        }
      }
      report = ValidationReport.merge(reports);
    } else {
      var result = mapper.read(new ByteArrayInputStream(bytes), syntax, name);
      report = inputs.check(result, validator.validate(result));
    }
    // As sent: UTF-8, in which a lone surrogate of a document (quoted in a pointer) becomes '?'.
    String json = ReportWriter.json().toString(report, Locale.ENGLISH);
    return new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void everyHostileFileGetsItsReportAndTheServerKeepsServing() throws IOException {
    List<Path> files = corpus();
    assertThat(files).hasSizeGreaterThan(50);
    int withErrors = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      HttpResponse<String> response = Http.post(server.uri().resolve("/api/validate?lang=en&filename="
          + URLEncoder.encode(name, StandardCharsets.UTF_8)), bytes);
      assertThat(response.statusCode()).as(name).isEqualTo(200);
      String expected = expected(bytes, name);
      assertThat(response.body()).as(name).isEqualTo(expected);
      if (!expected.contains("\"errors\": 0,")) {
        withErrors++;
      }

      Http.Form form = new Http.Form().file("file", name, bytes).field("lang", "en");
      HttpResponse<String> page = Http.post(server.uri().resolve("/"), form.contentType(), form.bytes());
      assertThat(page.statusCode()).as(name).isEqualTo(200);
      assertThat(page.body()).as(name).contains("id=\"summary\"").doesNotContain("Exception");
    }
    assertThat(withErrors).as("broken files in the corpus").isGreaterThan(20);
    assertThat(Http.get(server.uri().resolve("/api/rules")).statusCode()).isEqualTo(200);
    assertThat(Http.get(server.uri().resolve("/")).statusCode()).isEqualTo(200);
  }
}
