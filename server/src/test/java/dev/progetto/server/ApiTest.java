package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.validation.CallCatalogue;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.RuleDescriptor;
import dev.progetto.validation.Rules;
import dev.progetto.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiTest extends RunningServer {

  static final Path EXAMPLE = Path.of("..", "examples", "data", "impact-umbria.yaml");
  static final ObjectMapper JSON = new ObjectMapper();


  static URI at(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  /** The report the command line writes for these bytes: the library's own reader, validator and writer. */
  static String libraryReport(byte[] bytes, Syntax syntax, String name, Locale locale) throws IOException {
    ReadResult<Document> result = ProgettoMapper.standard().read(new ByteArrayInputStream(bytes), syntax, name);
    Validator validator = Validator.builder().locale(locale).build();
    return ReportWriter.json().toString(validator.projectInputs().check(result, validator.validate(result)), locale);
  }

  @Test
  void validateAnswersTheReportOfTheCommandLine() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    HttpResponse<String> response = Http.post(at("/api/validate?filename=impact-umbria.yaml&lang=en"), bytes);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(response.body()).isEqualTo(libraryReport(bytes, Syntax.YAML, "impact-umbria.yaml", Locale.ENGLISH));
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("documents").get(0).get("source").asText()).isEqualTo("impact-umbria.yaml");
  }

  static final Path WORKBOOK = Path.of("..", "examples", "data", "portfolio-seed-003.xlsx");

  /** A workbook: the report the library makes of it, its findings at their cells, by name or by its content alone. */
  @Test
  void aWorkbookIsValidatedWithItsFindingsAtTheirCells() throws IOException {
    byte[] bytes = Files.readAllBytes(WORKBOOK);
    ReadResult<Document> read = dev.progetto.tabular.TabularMapper.standard()
        .readXlsx(new ByteArrayInputStream(bytes), "portfolio-seed-003.xlsx");
    Validator validator = Validator.builder().locale(Locale.ENGLISH).build();
    String library = ReportWriter.json().toString(validator.projectInputs().check(read, validator.validate(read)),
        Locale.ENGLISH);

    HttpResponse<String> named = Http.post(at("/api/validate?filename=portfolio-seed-003.xlsx&lang=en"), bytes);
    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(named.body()).isEqualTo(library);
    JsonNode report = JSON.readTree(named.body());
    assertThat(report.get("documents").get(0).get("kind").asText()).isEqualTo("portfolio");
    assertThat(report.get("documents").get(0).get("issues")).isNotEmpty()
        .allSatisfy(issue -> assertThat(issue.get("cell").asText()).contains("!"));

    HttpResponse<String> sniffed = Http.post(at("/api/validate?lang=en"), bytes);
    assertThat(JSON.readTree(sniffed.body()).get("documents").get(0).get("issues"))
        .isEqualTo(report.get("documents").get(0).get("issues"));
  }

  @Test
  void thePageValidatesPastedTextAgainstThePickedCall() throws IOException {
    String yaml = Files.readString(EXAMPLE);
    Http.Form form = new Http.Form().field("text", yaml).field("syntax", "auto").field("call", "erasmus-plus-2024-ka220-vet")
        .field("lang", "it");
    HttpResponse<String> page = Http.post(at("/"), form.contentType(), form.bytes());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"it\">", "Rapporto di document.yaml",
        "<a href=\"/calls/erasmus-plus-2024-ka220-vet?lang=it\">erasmus-plus-2024-ka220-vet</a>", "scelto nel modulo",
        "<input type=\"hidden\" name=\"call\" value=\"erasmus-plus-2024-ka220-vet\">");
    String expected = Http.post(at("/api/validate?syntax=yaml&lang=it&call=erasmus-plus-2024-ka220-vet"),
        yaml.getBytes(StandardCharsets.UTF_8)).body();
    JsonNode report = JSON.readTree(expected);
    assertThat(page.body()).contains("id=\"count-error\"><span class=\"n\">" + report.get("errors").asInt() + "</span>");

    Http.Form nothing = new Http.Form().field("text", "  ").field("lang", "it");
    HttpResponse<String> refused = Http.post(at("/"), nothing.contentType(), nothing.bytes());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Nessun file: scegli un file o incollane il testo.", "id=\"upload\"");
  }

  @Test
  void aFormWithTheFileIsReadAsTheFile() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    Http.Form form = new Http.Form().file("file", "impact-umbria.yaml", bytes);
    HttpResponse<String> response = Http.post(at("/api/validate?lang=en"), form.contentType(), form.bytes());
    assertThat(response.body()).isEqualTo(libraryReport(bytes, Syntax.YAML, "impact-umbria.yaml", Locale.ENGLISH));
    Http.Form empty = new Http.Form().field("text", "x");
    assertThat(Http.post(at("/api/validate"), empty.contentType(), empty.bytes()).statusCode()).isEqualTo(400);
  }

  @Test
  void theLanguageComesFromLangOrAcceptLanguage() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    String italian = libraryReport(bytes, Syntax.YAML, "impact-umbria.yaml", Locale.ITALIAN);
    assertThat(italian).isNotEqualTo(libraryReport(bytes, Syntax.YAML, "impact-umbria.yaml", Locale.ENGLISH));
    assertThat(Http.post(at("/api/validate?filename=impact-umbria.yaml&lang=it"), bytes).body()).isEqualTo(italian);
    HttpResponse<String> byHeader = Http.send(java.net.http.HttpRequest.newBuilder(at("/api/validate?filename=impact-umbria.yaml"))
        .header("Accept-Language", "it-IT,it;q=0.9,en;q=0.8").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    assertThat(byHeader.body()).isEqualTo(italian);
  }

  @Test
  void theSyntaxIsDetectedWithoutAFileName() throws IOException {
    String json = ProgettoMapper.standard().write(ProgettoMapper.standard().read(EXAMPLE).getDocument().orElseThrow(), Syntax.JSON);
    JsonNode fromJson = JSON.readTree(Http.post(at("/api/validate"), json.getBytes(StandardCharsets.UTF_8)).body());
    assertThat(fromJson.get("documents").get(0).get("kind").asText()).isEqualTo("project");
    assertThat(fromJson.get("documents").get(0).get("source").asText()).isEqualTo("document.json");
    JsonNode fromYaml = JSON.readTree(Http.post(at("/api/validate"), Files.readAllBytes(EXAMPLE)).body());
    assertThat(fromYaml.get("documents").get(0).get("id").asText()).isEqualTo("impact-umbria");

    byte[] lines = Files.readAllBytes(FuzzCorpusTest.IO_CORPUS.resolve("jsonLines/seed-003-projects.jsonl"));
    JsonNode fromLines = JSON.readTree(Http.post(at("/api/validate"), lines).body());
    long expected = new String(lines, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    assertThat(fromLines.get("documents")).hasSize((int) expected);
    assertThat(fromLines.get("documents").get(0).get("source").asText()).isEqualTo("document.jsonl");
  }

  @Test
  void sarifIsSarifAndDoesNotTellTheServersDirectory() throws IOException {
    byte[] broken = BrowserTest.broken(Files.readString(EXAMPLE)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = Http.post(at("/api/validate?filename=broken.yaml&format=sarif"), broken);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/sarif+json; charset=utf-8");
    JsonNode sarif = JSON.readTree(response.body());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode report = JSON.readTree(Http.post(at("/api/validate?filename=broken.yaml"), broken).body());
    int issues = 0;
    for (JsonNode document : report.get("documents")) {
      issues += document.get("issues").size();
    }
    assertThat(issues).isPositive();
    assertThat(sarif.get("runs").get(0).get("results")).hasSize(issues);
    assertThat(sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asText()).isEqualTo("broken.yaml");
    assertThat(response.body()).doesNotContain(Path.of("").toAbsolutePath().toUri().toString()).contains("file:///upload/");
  }

  @Test
  void aCallPickedReplacesTheOneTheFileNames() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    CallCatalogue catalogue = CallCatalogue.builtIn();
    String other = catalogue.calls().stream().filter(c -> !c.isAbstractCall() && !c.getId().value().equals("fami-2014-2020"))
        .map(c -> c.getId().value()).filter(id -> id.startsWith("erasmus")).findFirst().orElseThrow();
    JsonNode own = JSON.readTree(Http.post(at("/api/validate?filename=a.yaml"), bytes).body());
    JsonNode picked = JSON.readTree(Http.post(at("/api/validate?filename=a.yaml&call=" + other), bytes).body());
    List<String> calls = new ArrayList<>();
    picked.get("documents").get(0).get("issues").forEach(issue -> {
      if (issue.has("call")) {
        calls.add(issue.get("call").asText());
      }
    });
    assertThat(picked).isNotEqualTo(own);
    assertThat(calls).isNotEmpty().allMatch(call -> !call.equals("fami-2014-2020"));

    HttpResponse<String> unknown = Http.post(at("/api/validate?call=no-such-call"), bytes);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("no-such-call");
  }

  @Test
  void badParametersAreRefusedWithAMessage() throws IOException {
    HttpResponse<String> format = Http.post(at("/api/validate?format=xml"), "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(format.body()).get("error").asText()).contains("xml");
    HttpResponse<String> syntax = Http.post(at("/api/validate?syntax=toml"), "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(syntax.statusCode()).isEqualTo(400);
    HttpResponse<String> method = Http.get(at("/api/validate"));
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.headers().firstValue("Allow")).hasValue("POST");
    assertThat(Http.get(at("/api/nothing")).statusCode()).isEqualTo(404);
  }

  @Test
  void rulesAreTheRuleCatalogue() throws IOException {
    JsonNode rules = JSON.readTree(Http.get(at("/api/rules?lang=it")).body());
    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(Rules.all().stream().map(RuleDescriptor::getId).collect(Collectors.toList()));
    RuleDescriptor first = Rules.all().get(0);
    assertThat(rules.get(0).get("description").asText()).isEqualTo(first.description(Locale.ITALIAN));
    assertThat(rules.get(0).get("severity").asText()).isEqualTo(first.getDefaultSeverity().code());
  }

  @Test
  void callsAreTheCallCatalogue() throws IOException {
    CallCatalogue catalogue = CallCatalogue.builtIn();
    JsonNode calls = JSON.readTree(Http.get(at("/api/calls")).body());
    List<String> ids = new ArrayList<>();
    calls.forEach(call -> ids.add(call.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(catalogue.calls().stream().map(c -> c.getId().value()).collect(Collectors.toList()));

    Call fami = catalogue.call("fami-2014-2020").orElseThrow();
    JsonNode one = JSON.readTree(Http.get(at("/api/calls/fami-2014-2020")).body());
    assertThat(one.get("id").asText()).isEqualTo("fami-2014-2020");
    assertThat(one.get("rules").size()).isEqualTo(catalogue.resolve("fami-2014-2020").orElseThrow().rules().size()).isPositive();
    assertThat(one.get("sources").size()).isEqualTo(catalogue.resolve("fami-2014-2020").orElseThrow().sources().size());
    assertThat(one.get("name").asText()).isEqualTo(fami.getName().orElseThrow().resolve(Locale.ENGLISH));

    HttpResponse<String> missing = Http.get(at("/api/calls/no-such-call"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("no-such-call");
  }

  @Test
  void theOpenApiDescriptionIsServedAsCommittedAndNamesEveryOperation() throws IOException {
    HttpResponse<String> response = Http.get(at("/api/openapi.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Files.readString(Path.of("..", "docs", "server-openapi.json")));
    JsonNode openapi = JSON.readTree(response.body());
    List<String> paths = new ArrayList<>();
    openapi.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/validate", "/api/calls", "/api/calls/{id}", "/api/rules", "/api/openapi.json");
    for (String path : paths) {
      if (openapi.get("paths").get(path).has("get")) {
        assertThat(Http.get(at(path.replace("{id}", "fami-2014-2020"))).statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void downloadsGiveTheReportsAndTheFileInTheOtherSyntaxes() throws IOException {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    String data = java.util.Base64.getEncoder().encodeToString(bytes);
    Http.Form form = new Http.Form().field("data", data).field("filename", "impact-umbria.yaml").field("what", "json");
    HttpResponse<String> json = Http.post(at("/download"), form.contentType(), form.bytes());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("impact-umbria.json");
    ProgettoMapper mapper = ProgettoMapper.standard();
    assertThat(mapper.read(json.body(), Syntax.JSON).getDocument()).isEqualTo(mapper.read(EXAMPLE).getDocument());

    Http.Form lines = new Http.Form().field("data", data).field("filename", "impact-umbria.yaml").field("what", "jsonl");
    HttpResponse<String> jsonl = Http.post(at("/download"), lines.contentType(), lines.bytes());
    assertThat(jsonl.body().strip()).doesNotContain("\n").startsWith("{");

    Http.Form report = new Http.Form().field("data", data).field("filename", "impact-umbria.yaml").field("what", "report-json")
        .field("lang", "it");
    HttpResponse<String> reportResponse = Http.post(at("/download"), report.contentType(), report.bytes());
    assertThat(reportResponse.body()).isEqualTo(libraryReport(bytes, Syntax.YAML, "impact-umbria.yaml", Locale.ITALIAN));

    Http.Form unreadable = new Http.Form().field("data", java.util.Base64.getEncoder().encodeToString("{\"format\": 1,".getBytes(
        StandardCharsets.UTF_8))).field("filename", "t.json").field("what", "yaml");
    HttpResponse<String> refused = Http.post(at("/download"), unreadable.contentType(), unreadable.bytes());
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("cannot be converted");
  }
}
