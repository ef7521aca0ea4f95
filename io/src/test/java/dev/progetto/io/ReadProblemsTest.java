package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Document;
import dev.progetto.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadProblemsTest {

  private final ProgettoMapper mapper = ProgettoMapper.standard();

  private static String where(ReadIssue issue) {
    return issue.getRule() + " " + issue.getPointer() + " " + issue.getLocation().map(Object::toString).orElse("-");
  }

  private static List<String> where(ReadResult<?> result) {
    return result.getIssues().stream().map(ReadProblemsTest::where).collect(Collectors.toList());
  }

  @Test
  void reportsEveryProblemOfADocumentAtOnce() {
    String yaml = String.join("\n",
        "format: 1",
        "kind: project",
        "id: arlekin",
        "title: ARLEKIN",
        "colour: blue",
        "period: {start: 2024-02-30, end: 2027}",
        "organisations:",
        "  - {id: cnam, name: CNAM, country: FR}",
        "participants:",
        "  - organisation: cnam",
        "    role: capofila",
        "");
    ReadResult<Project> result = mapper.readProject(yaml, Syntax.YAML);

    assertThat(where(result)).containsExactly(
        "format.unknown-field /colour 5:9",
        "format.invalid-value /period/start 6:17",
        "format.invalid-value /participants/0/role 11:11");
    assertThat(result.getIssues().get(2).getMessage(Locale.ENGLISH))
        .isEqualTo("expected one of lead, partner, associated-partner, affiliated-entity, supporter, found \"capofila\"");
    assertThat(result.getIssues().get(2).getMessage(Locale.ITALIAN))
        .isEqualTo("atteso uno tra lead, partner, associated-partner, affiliated-entity, supporter, trovato \"capofila\"");
    Project project = result.getDocument().orElseThrow();
    assertThat(project.getParticipants()).isEmpty();
    assertThat(project.getPeriod().flatMap(p -> p.getEnd())).map(Object::toString).contains("2027");
    assertThat(result.getSourceMap().locate("/organisations/0/country")).contains(new SourceLocation(8, 37));
    assertThat(result.getSourceMap().locate("/organisations/0/missing")).contains(new SourceLocation(8, 5));
  }

  @Test
  void unknownFieldsAreWarningsWhenLenient() {
    ReadResult<Project> result = ProgettoMapper.builder().lenient(true).build()
        .readProject("{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"extra\": 1}", Syntax.JSON);

    assertThat(result.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("format.unknown-field");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getLocation()).contains(new SourceLocation(1, 68));
    });
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.getDocument()).isPresent();
  }

  @Test
  void syntaxErrorsSayWhere() {
    ReadResult<Document> json = mapper.read("{\"format\": 1,\n  \"kind\": }", Syntax.JSON);
    ReadResult<Document> yaml = mapper.read("format: 1\nkind: [project\n", Syntax.YAML);

    assertThat(where(json)).containsExactly("format.syntax  2:11");
    assertThat(yaml.getIssues()).singleElement().satisfies(issue -> assertThat(issue.getRule()).isEqualTo("format.syntax"));
    assertThat(json.getDocument()).isEmpty();
  }

  @Test
  void typesMissingFieldsDuplicatesVersionAndKind() {
    String json = String.join("\n",
        "{\"format\": 2, \"kind\": \"project\", \"id\": \"p\",",
        " \"period\": {\"durationMonths\": \"18\"},",
        " \"organisations\": [{\"name\": \"x\"}],",
        " \"acronym\": \"A\", \"acronym\": \"B\"}");
    ReadResult<Project> result = mapper.readProject(json, Syntax.JSON);

    assertThat(where(result)).containsExactly(
        "format.missing-field  1:1",
        "format.version /format 1:12",
        "format.type /period/durationMonths 2:31",
        "format.missing-field /organisations/0 3:20",
        "format.duplicate-key /acronym 4:18");
    assertThat(result.getDocument()).as("no title, no project").isEmpty();

    assertThat(where(mapper.readProject("{\"format\": 1, \"kind\": \"call\", \"id\": \"c\"}", Syntax.JSON)))
        .containsExactly("format.kind /kind 1:23");
    assertThat(where(mapper.read("{\"format\": 1, \"kind\": \"projekt\"}", Syntax.JSON)))
        .containsExactly("format.kind /kind 1:23");
    assertThat(where(mapper.read("{\"id\": \"p\"}", Syntax.JSON)))
        .containsExactly("format.version  1:1", "format.kind  1:1");
  }

  @Test
  void aTopLevelListIsATypeProblem() {
    assertThat(where(mapper.read("[1, 2]", Syntax.JSON))).containsExactly("format.type  1:1");
    assertThat(where(mapper.read("", Syntax.YAML))).containsExactly("format.syntax  1:1");
  }

  @Test
  void yamlTextFieldsTakeTheScalarAsWritten() {
    String yaml = String.join("\n",
        "format: 1", "kind: project", "id: p", "title: 2024",
        "organisations:",
        "  - id: o",
        "    name: Norsk",
        "    country: NO",
        "    identifiers: {partita-iva: 00743110157}",
        "    municipality: {istat: 001272, name: Torino}",
        "");
    ReadResult<Project> result = mapper.readProject(yaml, Syntax.YAML);

    assertThat(result.getIssues()).isEmpty();
    var organisation = result.getDocument().orElseThrow().getOrganisations().get(0);
    assertThat(organisation.getCountry()).map(Object::toString).contains("NO");
    assertThat(organisation.getIdentifiers().asMap().values()).containsExactly("00743110157");
    assertThat(organisation.getMunicipality().flatMap(m -> m.getIstat())).contains("001272");
    assertThat(result.getDocument().get().getTitle().asMap()).containsEntry("it", "2024");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedInTheReadersLanguage() {
    String json = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": [\"t\"],"
        + " \"period\": {\"durationMonths\": \"12\"}, \"budget\": {\"total\": \"1000\"}, \"territory\": {\"countries\": [null]}}";
    List<ReadIssue> issues = mapper.readProject(json, Syntax.JSON).getIssues();

    assertThat(issues).extracting(issue -> issue.getMessage(Locale.ENGLISH)).contains(
        "expected a number, found a string \"12\"",
        "expected a number or an object, found a string \"1000\"");
    assertThat(issues).extracting(issue -> issue.getMessage(Locale.ITALIAN)).contains(
        "atteso un numero, trovato un testo \"12\"",
        "atteso un numero o un oggetto, trovato un testo \"1000\"");
    assertThat(issues).extracting(issue -> issue.getMessage(Locale.ENGLISH))
        .allSatisfy(message -> assertThat(message).doesNotContain("null \"null\""))
        // a null in a list of country codes: the list takes texts
        .contains("expected a string, found null");
  }

  @Test
  void dataOfNoDeclaredTypeKeepsYamlWordsThatAreNotTrueOrFalseAsTexts() {
    String yaml = String.join("\n",
        "format: 1", "kind: project", "id: p", "title: t",
        "extensions:",
        "  acme: {a: yes, b: on, c: Off, d: NO, e: y, f: true, g: FALSE, h: True}",
        "");
    ReadResult<Project> result = mapper.readProject(yaml, Syntax.YAML);

    assertThat(result.getIssues()).isEmpty();
    assertThat(result.getDocument().orElseThrow().getExtensions().asMap().get("acme")).isEqualTo(java.util.Map.of(
        "a", "yes", "b", "on", "c", "Off", "d", "NO", "e", "y", "f", true, "g", false, "h", true));
  }

  @Test
  void limitsAreSaidInTheReadersLanguageWithoutTheParsersWords() {
    ProgettoMapper small = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxStringLength(50).withMaxDepth(5)).build();
    String head = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", ";
    java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put(head + "\"acronym\": \"" + "x".repeat(80) + "\"}", "un testo di più di 50 caratteri: se ne leggono al massimo 50");
    cases.put(head + "\"extensions\": {\"a\": [[[[[[1]]]]]]}}", "oggetti e liste annidati oltre 5 livelli: se ne leggono al massimo 5");
    for (java.util.Map.Entry<String, String> json : cases.entrySet()) {
      List<ReadIssue> issues = small.read(json.getKey(), Syntax.JSON).getIssues();
      assertThat(issues).extracting(ReadIssue::getRule).containsExactly("format.limit");
      assertThat(issues.get(0).getMessage(Locale.ITALIAN)).isEqualTo(json.getValue());
      assertThat(issues.get(0).getMessage(Locale.ENGLISH)).doesNotContain("StreamReadConstraints", "exceeds");
    }
    String deepYaml = "format: 1\nkind: project\nid: p\ntitle: t\nextensions: {a: [[[[[[1]]]]]]}\n";
    assertThat(small.read(deepYaml, Syntax.YAML).getIssues()).singleElement()
        .satisfies(issue -> assertThat(issue.getMessage(Locale.ITALIAN)).doesNotContain("exceed", "depth", "Depth"));
  }

  @Test
  void limitsEndInAnIssueNotAnError() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(mapper.read(deep, Syntax.JSON).getIssues()).extracting(ReadIssue::getRule).containsExactly("format.limit");
    String deepYaml = "a: ".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(mapper.read(deepYaml, Syntax.YAML).getIssues()).extracting(ReadIssue::getRule).containsExactly("format.limit");
    String longNumber = "{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"budget\": {\"total\": 1" + "0".repeat(2000) + "}}";
    assertThat(mapper.read(longNumber, Syntax.JSON).getIssues()).extracting(ReadIssue::getRule).containsExactly("format.limit");
  }

  @Test
  void invalidUtf8IsASyntaxProblem() throws Exception {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    for (Syntax syntax : List.of(Syntax.JSON, Syntax.YAML)) {
      ReadResult<Document> result = mapper.read(new java.io.ByteArrayInputStream(bytes), syntax, "bad");
      assertThat(result.getIssues()).extracting(ReadIssue::getRule).as(syntax.name()).containsExactly("format.syntax");
    }
  }

  @Test
  void codesInTheWrongCaseAreReportedErrorsWhenStrictAndWarningsWhenLenientAndLanguageTagsAlwaysWarnings() {
    String yaml = String.join("\n",
        "format: 1",
        "kind: project",
        "language: EN",
        "currency: eur",
        "id: p",
        "title: {it-it: Titolo}",
        "organisations:",
        "  - {id: o, name: O, country: it}",
        "territory: {countries: [Fr]}",
        "");
    ReadResult<Project> strict = mapper.readProject(yaml, Syntax.YAML);
    ReadResult<Project> lenient = ProgettoMapper.builder().lenient(true).build().readProject(yaml, Syntax.YAML);

    assertThat(where(strict)).containsExactly(
        "format.invalid-value /language 3:11",
        "format.invalid-value /currency 4:11",
        "format.invalid-value /title/it-it 6:16",
        "format.invalid-value /organisations/0/country 8:31",
        "format.invalid-value /territory/countries/0 9:25");
    // BCP 47 tags are the same tag in any case: only warned; ISO codes in another case are errors
    assertThat(strict.getIssues()).extracting(ReadIssue::getSeverity).containsExactly(IssueSeverity.WARNING,
        IssueSeverity.ERROR, IssueSeverity.WARNING, IssueSeverity.ERROR, IssueSeverity.ERROR);
    assertThat(strict.getIssues()).extracting(issue -> issue.getMessage(Locale.ENGLISH)).containsExactly(
        "expected the language tag \"en\", found \"EN\": BCP 47 writes the language in lower case, a script with a capital and a region in upper case",
        "expected the currency code \"EUR\", found \"eur\": ISO 4217 codes are written in upper case",
        "expected the language tag \"it-IT\", found \"it-it\": BCP 47 writes the language in lower case, a script with a capital and a region in upper case",
        "expected the country code \"IT\", found \"it\": ISO 3166-1 codes are written in upper case",
        "expected the country code \"FR\", found \"Fr\": ISO 3166-1 codes are written in upper case");
    assertThat(strict.getIssues().get(3).getMessage(Locale.ITALIAN))
        .isEqualTo("atteso il codice di paese \"IT\", trovato \"it\": i codici ISO 3166-1 si scrivono in maiuscolo");
    assertThat(where(lenient)).isEqualTo(where(strict));
    assertThat(lenient.getIssues()).allMatch(issue -> issue.getSeverity() == IssueSeverity.WARNING);
    assertThat(lenient.hasErrors()).isFalse();
  }

  @Test
  void anEmptyCallReferenceIsAnError() {
    ReadResult<Project> plain = mapper.readProject("{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"call\": \"\"}", Syntax.JSON);
    ReadResult<Project> object = mapper.readProject("format: 1\nkind: project\nid: p\ntitle: t\ncall: {id: ' '}\n", Syntax.YAML);

    assertThat(where(plain)).containsExactly("format.invalid-value /call 1:67");
    assertThat(plain.getIssues().get(0).getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(plain.getIssues().get(0).getMessage(Locale.ENGLISH))
        .isEqualTo("expected the id of a call, found an empty text: name the call, or leave the field out");
    assertThat(where(object)).containsExactly("format.invalid-value /call/id 5:12");
  }

  @org.junit.jupiter.api.Test
  void aRequiredFieldSetToNullIsMissingWhereTheNullStands() {
    String yaml = "format: 1\nkind: project\ntitle: t\nid: ~\norganisations:\n  - {id: o, name: null, country: IT}\n";
    ReadResult<dev.progetto.model.Document> result = ProgettoMapper.standard().read(yaml, Syntax.YAML);
    org.assertj.core.api.Assertions.assertThat(result.getIssues())
        .extracting(ReadIssue::getRule, ReadIssue::getPointer, issue -> issue.getLocation().orElseThrow())
        .contains(org.assertj.core.groups.Tuple.tuple("format.missing-field", "/id", new SourceLocation(4, 5)));
    String json = "{\"format\": 1, \"kind\": \"project\", \"title\": \"t\",\n \"id\": null}";
    org.assertj.core.api.Assertions.assertThat(ProgettoMapper.standard().read(json, Syntax.JSON).getIssues())
        .extracting(ReadIssue::getRule, ReadIssue::getPointer, issue -> issue.getLocation().orElseThrow())
        .contains(org.assertj.core.groups.Tuple.tuple("format.missing-field", "/id", new SourceLocation(2, 8)));
  }
}
