package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ReadResult;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Document;
import dev.progetto.model.FundingKind;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LegalForm;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Role;
import dev.progetto.model.TargetGroupCategory;
import dev.progetto.tabular.Layout.Column;
import dev.progetto.tabular.Layout.Sheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person in Italy types the codes of a workbook in Italian: capofila, in corso, associazione, Italia. */
class ItalianNamesTest {

  @Test
  void codesTypedAsTheirItalianNamesAreReadAsTheCodes() throws IOException {
    byte[] book = ReadingTest.workbook(Map.of(
        "Project", List.of(List.of("id", "title", "status", "territory.countries"),
            List.of("abitare", "Abitare insieme", "In corso", "Italia\nFrancia")),
        "Organisations", List.of(List.of("@project", "id", "name", "legalForm", "country"),
            List.of("abitare", "aps-1", "Casa comune", "Associazione di promozione sociale", "italia"),
            List.of("abitare", "coop", "La Rete", "cooperativa sociale tipo B", "IT"),
            List.of("abitare", "comune", "Comune di Cuneo", "ente pubblico", "Italy"),
            List.of("abitare", "cpia", "CPIA 1 Cuneo", "Università", "IT")),
        "Participants", List.of(List.of("@project", "organisation", "role"),
            List.of("abitare", "aps-1", "Capofila"),
            List.of("abitare", "coop", "ente partner"),
            List.of("abitare", "comune", "in collaborazione con"),
            List.of("abitare", "cpia", "PARTNER_ASSOCIATO")),
        "TargetGroups", List.of(List.of("@project", "id", "description", "category"),
            List.of("abitare", "tg", "Richiedenti asilo accolti nel SAI", "richiedenti asilo")),
        "Indicators", List.of(List.of("@project", "id", "name", "unit", "type", "target"),
            List.of("abitare", "i1", "Persone accolte", "persone", "Realizzazione", "120")),
        "BudgetFunding", List.of(List.of("@project", "source", "kind", "amount"),
            List.of("abitare", "Fondazione CRC", "cofinanziamento", "€ 20.000"))));
    ReadResult<Document> result = ReadingTest.read(book);
    assertThat(result.getIssues()).isEmpty();
    Project project = (Project) result.getDocument().orElseThrow();
    assertThat(project.getStatus()).contains(ProjectStatus.ACTIVE);
    assertThat(project.getTerritory().orElseThrow().getCountries())
        .containsExactly(CountryCode.of("IT"), CountryCode.of("FR"));
    assertThat(project.getOrganisations()).extracting(o -> o.getLegalForm().orElseThrow())
        .containsExactly(LegalForm.APS, LegalForm.COOPERATIVA_SOCIALE_B, LegalForm.OTHER_PUBLIC_BODY, LegalForm.UNIVERSITY);
    assertThat(project.getOrganisations()).extracting(o -> o.getCountry().orElseThrow())
        .containsOnly(CountryCode.of("IT"));
    assertThat(project.getParticipants()).extracting(p -> p.getRole())
        .containsExactly(Role.LEAD, Role.PARTNER, Role.SUPPORTER, Role.ASSOCIATED_PARTNER);
    assertThat(project.getTargetGroups().get(0).getCategory()).contains(TargetGroupCategory.ASYLUM_SEEKERS);
    assertThat(project.getIndicators().get(0).getUnit()).contains(IndicatorUnit.PERSONS);
    assertThat(project.getBudget().orElseThrow().getFunding().get(0).getKind()).isEqualTo(FundingKind.CO_FINANCING);
  }

  @Test
  void aNameOfNoCodeIsStillAnIssueAtItsCell() throws IOException {
    byte[] book = ReadingTest.workbook(Map.of(
        "Project", List.of(List.of("id", "title"), List.of("abitare", "Abitare insieme")),
        "Organisations", List.of(List.of("@project", "id", "name"), List.of("abitare", "a", "A")),
        "Participants", List.of(List.of("@project", "organisation", "role"), List.of("abitare", "a", "capo"))));
    ReadResult<Document> result = ReadingTest.read(book);
    assertThat(result.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getLocation().orElseThrow().reference()).isEqualTo("Participants!C2");
      assertThat(issue.getArguments()).anySatisfy(argument -> assertThat(argument).contains("capo"));
    });
  }

  @Test
  void aNameWithSeveralReadingsIsNoCodesNameAndIsReportedAtItsCell() throws IOException {
    // a consorzio may be a public consorzio socio-assistenziale or a private consortium of cooperatives
    byte[] book = ReadingTest.workbook(Map.of(
        "Project", List.of(List.of("id", "title"), List.of("abitare", "Abitare insieme")),
        "Organisations", List.of(List.of("@project", "id", "name", "legalForm"),
            List.of("abitare", "consolida", "Consolida – consorzio delle cooperative sociali trentine", "consorzio"),
            List.of("abitare", "cisa", "CISA Asti Sud", "Consorzio socio-assistenziale"))));
    ReadResult<Document> result = ReadingTest.read(book);
    assertThat(result.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("format.invalid-value");
      assertThat(issue.getLocation().orElseThrow().reference()).isEqualTo("Organisations!D2");
      assertThat(issue.getArguments()).anySatisfy(argument -> assertThat(argument).isEqualTo("consorzio"));
    });
    assertThat(CodeNames.code("LegalForm", "consorzio")).isEqualTo("consorzio");
    assertThat(CodeNames.code("LegalForm", "consorzio socio assistenziale")).isEqualTo("consorzio-socio-assistenziale");
  }

  @Test
  void codesAreWrittenAsCodes(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("in");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("Project.csv"), "id;title;status\nabitare;Abitare insieme;concluso\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("Organisations.csv"), "@project;id;name;legalForm\nabitare;odv;Amici;ODV\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("Participants.csv"), "@project;organisation;role\nabitare;odv;capofila\n",
        StandardCharsets.UTF_8);
    ReadResult<Document> read = TabularMapper.standard().read(folder);
    assertThat(read.getIssues()).isEmpty();
    TabularMapper.standard().writeCsv(read.getDocument().orElseThrow(), dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out").resolve("Participants.csv"))).contains("\"lead\"")
        .doesNotContain("capofila");
    assertThat(Files.readString(dir.resolve("out").resolve("Organisations.csv"))).contains("\"odv\"");
    assertThat(Files.readString(dir.resolve("out").resolve("Project.csv"))).contains("\"closed\"");
  }

  @Test
  void everyCodeOfEveryListHasAnItalianNameThatReadsAsItself() {
    for (Sheet sheet : Layout.STANDARD.sheets()) {
      for (Column column : sheet.columns) {
        if (column.list().isEmpty() || column.list().equals(CodeNames.COUNTRIES)) {
          continue;
        }
        for (String code : column.codes()) {
          assertThat(CodeNames.lists().get(column.list())).as("names of %s (column %s of %s)", column.list(),
              column.header(), sheet.name).containsKey(code);
          for (String name : CodeNames.lists().get(column.list()).get(code).split("\\|")) {
            assertThat(CodeNames.code(column.list(), name)).as("%s of %s", name, column.list()).isEqualTo(code);
          }
        }
      }
    }
    assertThat(CodeNames.italian("Role", "lead")).isEqualTo("capofila");
    assertThat(CodeNames.italian("CountryCode", "DE")).isEqualTo("Germania");
    assertThat(CodeNames.code("LegalForm", "Consorzio socio assistenziale")).isEqualTo("consorzio-socio-assistenziale");
    assertThat(LegalForm.values()).allSatisfy(form ->
        assertThat(CodeNames.lists().get("LegalForm")).containsKey(form.code()));
  }
}
