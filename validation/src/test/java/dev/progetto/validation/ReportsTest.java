package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.Participant;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Role;
import dev.progetto.io.IssueSeverity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private final Validator validator = Fixtures.validator();
  private final ProgettoMapper mapper = ProgettoMapper.standard();

  private ReadResult<Document> broken() {
    Project project = Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER), Participant.of("ghost", Role.PARTNER));
    String yaml = mapper.write(project, Syntax.YAML).replace("id: casa-comune", "id: casa-comune\ncolour: red");
    return mapper.read(yaml, Syntax.YAML);
  }

  @Test
  void aFindingAfterAListItemTheReaderLeftOutIsReportedWhereItStands() {
    String yaml = String.join("\n", "format: 1", "kind: project", "id: p", "title: t", "organisations:",
        "  - {name: without an id}", "  - {id: b, name: B, country: ZZ}", "participants:", "  - 3",
        "  - {organisation: b, role: lead}", "  - {organisation: ghost, role: partner}", "");
    ValidationReport report = validator.validate(mapper.read(yaml, Syntax.YAML));
    // The model holds one organisation and two participants: the second of each in the file.
    assertThat(report.getIssues()).extracting(ValidationIssue::getRule, ValidationIssue::getPointer, i -> i.getLocation().get().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("format.missing-field", "/organisations/0", 6),
            org.assertj.core.groups.Tuple.tuple("country.code", "/organisations/1/country", 7),
            org.assertj.core.groups.Tuple.tuple("format.type", "/participants/0", 9),
            org.assertj.core.groups.Tuple.tuple("reference.unresolved", "/participants/2/organisation", 11));
  }

  @Test
  void readIssuesAndRuleFindingsComeInOneReportWithLines() {
    ValidationReport report = validator.validate(broken());

    assertThat(report.getIssues()).extracting(ValidationIssue::getRule)
        .containsExactly("format.unknown-field", "participants.lead", "reference.unresolved");
    assertThat(report.getIssues()).allSatisfy(issue -> assertThat(issue.getLocation()).isPresent());
    assertThat(report.getIssues().get(0).getLocation().get().line()).isEqualTo(4);
  }

  @Test
  void textJsonAndSarif() {
    ReadResult<Document> read = broken();
    ValidationReport report = validator.validate(ReadResult.of(read.getDocument(), read.getIssues(), read.getSourceMap(),
        java.util.Optional.of("examples/casa \"comune\".yaml")));

    String text = ReportWriter.text().toString(report, Locale.ENGLISH);
    assertThat(text).startsWith("examples/casa \"comune\".yaml:4:9: error [format.unknown-field] unknown field \"colour\"");
    assertThat(text).endsWith("3 errors, 0 warnings, 0 infos, 0 waived in 1 document\n");

    String json = ReportWriter.json().toString(report, Locale.ENGLISH);
    assertThat(json).contains("\"valid\": false", "\"errors\": 3", "\"source\": \"examples/casa \\\"comune\\\".yaml\"",
        "\"kind\": \"project\"", "\"id\": \"casa-comune\"", "\"rule\": \"participants.lead\"", "\"path\": \"/participants\"");

    String sarif = ReportWriter.sarif().toString(report, Locale.ENGLISH);
    assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"reference.unresolved\"", "\"startLine\": 4",
        "\"level\": \"error\"", "\"shortDescription\"", "\"uri\": \"examples/casa%20%22comune%22.yaml\"");
  }

  @Test
  void theJsonReportWritesEachDocumentAsTheMapOfItsFields() {
    ValidationIssue plain = ValidationIssue.builder().rule("text.blank").severity(IssueSeverity.ERROR).pointer("/title")
        .message("blank <text>\n").build();
    ValidationIssue located = plain.toBuilder().location(Optional.of(new dev.progetto.io.SourceLocation(3, 7, "", "")))
        .call(Optional.of("fami-2021-2027")).build();
    ValidationIssue cell = plain.toBuilder().severity(IssueSeverity.WAIVED)
        .location(Optional.of(new dev.progetto.io.SourceLocation(7, 3, "Participants", "role")))
        .waiverReason(Optional.of("agreed \"by\" the authority")).build();
    List<DocumentReport> documents = List.of(
        new DocumentReport(Optional.of("a.yaml"), Optional.of("project"), Optional.of("p"), List.of(plain, located, cell)),
        new DocumentReport(Optional.empty(), Optional.empty(), Optional.of("q"), List.of(located)),
        new DocumentReport(Optional.of("c.json"), Optional.empty(), Optional.empty(), List.of()));
    for (DocumentReport document : documents) {
      StringBuilder direct = new StringBuilder();
      ReportWriter.Json.document(document, Locale.ITALIAN, direct);
      StringBuilder generic = new StringBuilder();
      ReportWriter.Json.write(asMap(document, Locale.ITALIAN), generic, 2);
      assertThat(direct.toString()).isEqualTo(generic.toString());
    }
  }

  /** A document of the JSON report as a map of its fields, in their order. */
  private static Map<String, Object> asMap(DocumentReport document, Locale locale) {
    Map<String, Object> item = new LinkedHashMap<>();
    document.getSource().ifPresent(v -> item.put("source", v));
    document.getKind().ifPresent(v -> item.put("kind", v));
    document.getId().ifPresent(v -> item.put("id", v));
    List<Object> issues = new ArrayList<>();
    for (ValidationIssue issue : document.getIssues()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("rule", issue.getRule());
      entry.put("severity", issue.getSeverity().code());
      entry.put("path", issue.getPointer());
      issue.getLocation().ifPresent(l -> {
        entry.put("line", l.line());
        entry.put("column", l.column());
        if (l.isCell()) {
          entry.put("cell", l.reference());
        }
      });
      entry.put("message", issue.getMessage(locale));
      issue.getCall().ifPresent(v -> entry.put("call", v));
      issue.getWaiverReason().ifPresent(v -> entry.put("waiver", v));
      issues.add(entry);
    }
    item.put("issues", issues);
    return item;
  }

  @Test
  void aStreamedReportWritesEachDocumentAsItComesAndTheSameTextAsAWholeOne() {
    ReadResult<Document> read = broken();
    ValidationReport one = validator.validate(ReadResult.of(read.getDocument(), read.getIssues(), read.getSourceMap(),
        java.util.Optional.of("one.yaml")));
    ValidationReport two = validator.validate(ReadResult.of(read.getDocument(), read.getIssues(), read.getSourceMap(),
        java.util.Optional.of("two.yaml")));
    for (ReportWriter writer : List.of(ReportWriter.text(), ReportWriter.json(), ReportWriter.sarif())) {
      StringBuilder out = new StringBuilder();
      try (ReportStream stream = writer.open(Locale.ENGLISH, out)) {
        stream.add(one);
        assertThat(out).contains("one.yaml").doesNotContain("two.yaml");
        stream.add(two);
        assertThat(out).contains("two.yaml");
        assertThat(stream.errorCount()).isEqualTo(6);
        assertThat(stream.documentCount()).isEqualTo(2);
      }
      assertThat(out.toString()).isEqualTo(writer.toString(ValidationReport.merge(List.of(one, two)), Locale.ENGLISH));
    }
    assertThat(ReportWriter.json().toString(ValidationReport.of(List.of()), Locale.ENGLISH))
        .isEqualTo("{\n  \"documents\": [],\n  \"valid\": true,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"infos\": 0,\n  \"waived\": 0\n}\n");
    assertThat(ReportWriter.sarif().toString(ValidationReport.of(List.of()), Locale.ENGLISH))
        .contains("\"results\": [],\n      \"tool\": {\n        \"driver\": {");
  }

  @Test
  void aPortfolioOwnerThatIsNoneOfItsOrganisationsIsAnUnresolvedReference() {
    Portfolio owned = Portfolio.builder().id(PortfolioId.of("p")).title(LocalizedText.italian("Portafoglio"))
        .owner(OrganisationId.of("zz")).addProject(Fixtures.valid()).build();

    assertThat(validator.validate(owned).getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("reference.unresolved");
      assertThat(issue.getPointer()).isEqualTo("/owner");
      assertThat(issue.getMessage()).contains("\"zz\"");
    });
    Portfolio declared = owned.withOwner(OrganisationId.of("coop")).withOrganisations(Fixtures.valid().getOrganisations());
    assertThat(validator.validate(declared).getIssues()).extracting(ValidationIssue::getPointer).doesNotContain("/owner");
  }

  @Test
  void aProjectReportsTheSameAloneInAPortfolioAndFromEightThreads() throws Exception {
    Project project = Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER));
    List<ValidationIssue> alone = validator.validate(project).getIssues();
    assertThat(alone).isNotEmpty();

    Portfolio portfolio = Portfolio.builder().id(PortfolioId.of("p")).title(LocalizedText.italian("Portafoglio"))
        .addProject(Fixtures.valid().withId(ProjectId.of("altro"))).addProject(project).build();
    List<ValidationIssue> inPortfolio = validator.validate(portfolio).getIssues();
    assertThat(inPortfolio).extracting(ValidationIssue::getPointer).allMatch(p -> p.startsWith("/projects/1"));
    assertThat(inPortfolio).extracting(ValidationIssue::getRule).containsExactlyElementsOf(alone.stream().map(ValidationIssue::getRule).toList());
    assertThat(inPortfolio).extracting(ValidationIssue::getMessage).containsExactlyElementsOf(alone.stream().map(ValidationIssue::getMessage).toList());

    ValidationReport single = validator.validate(portfolio);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> reports = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        reports.add(threads.submit(() -> validator.validate(portfolio)));
      }
      for (Future<ValidationReport> report : reports) {
        assertThat(report.get()).isEqualTo(single);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aReportIsWrittenInTheLanguageAskedForWhateverTheValidatorsLanguage() {
    ValidationReport report = validator.validate(broken());

    String italian = ReportWriter.text().toString(report, Locale.ITALIAN);
    assertThat(italian).contains("errore [format.unknown-field] campo sconosciuto \"colour\"")
        .contains("errore [participants.lead] il progetto ha partecipanti ma nessun capofila")
        .doesNotContain("unknown field").endsWith("3 errori, 0 avvisi, 0 informazioni, 0 accettati in 1 documento\n");
    assertThat(ReportWriter.json().toString(report, Locale.ITALIAN)).contains("campo sconosciuto").doesNotContain("unknown field");
    assertThat(ReportWriter.sarif().toString(report, Locale.ITALIAN)).contains("campo sconosciuto").doesNotContain("unknown field");
    assertThat(report.getIssues().get(0).getMessage()).startsWith("unknown field");
    assertThat(report.getIssues().get(0).getMessageKey()).isEqualTo("format.unknown-field");
  }

  @Test
  void countsAgreeInNumber() {
    ReadResult<Document> one = ProgettoMapper.builder().lenient(true).build().read(mapper.write(Fixtures.valid(), Syntax.YAML)
        .replace("id: casa-comune", "id: casa-comune\ncolour: red"), Syntax.YAML);
    ValidationReport report = validator.validate(one);

    assertThat(ReportWriter.text().toString(report, Locale.ENGLISH)).endsWith("0 errors, 1 warning, 0 infos, 0 waived in 1 document\n");
    assertThat(ReportWriter.text().toString(report, Locale.ITALIAN)).endsWith("0 errori, 1 avviso, 0 informazioni, 0 accettati in 1 documento\n");
    assertThat(dev.progetto.validation.internal.Messages.format(Locale.ENGLISH, "partnership.min-organisations", "1", "3"))
        .isEqualTo("the partnership has 1 organisation (lead and partners); the call requires at least 3");
    assertThat(dev.progetto.validation.internal.Messages.format(Locale.ITALIAN, "partnership.min-organisations", "1", "3"))
        .isEqualTo("il partenariato ha 1 organizzazione (capofila e partner); il bando ne richiede almeno 3");
    assertThat(dev.progetto.validation.internal.Messages.format(Locale.ENGLISH, "period.duration-range", "24", "6", "12", "0", "24", "0"))
        .isEqualTo("the project lasts 24 months; the call allows 6 to 12");
    assertThat(dev.progetto.validation.internal.Messages.format(Locale.ENGLISH, "period.duration-range", "1", "6", "12", "0", "1", "0"))
        .isEqualTo("the project lasts 1 month; the call allows 6 to 12");
  }
}
