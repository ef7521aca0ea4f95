package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two public exports, read through their column mappings. The rows are made up for the test;
 * the headings are the exports' own.
 */
class PublicExportsTest {

  private static final String GRANT = "EU Grant award in euros (This amount represents the grant awarded after the selection "
      + "stage and is indicative. Please note that any changes made during or after the project's lifetime will not be "
      + "reflected here.)";

  @Test
  void anErasmusPlusResultsExportIsAPortfolio(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ErasmusPlus_KA2_2021-2027.csv");
    Files.writeString(file, String.join(",", "Programme", "Key Action", "Action Type", "Call year", "Project Identifier",
        "Project Title", "Topics", "Project Summary", "Project Status", "\"" + GRANT + "\"", "Project Website",
        "Results Platform Project Card", "Participating countries", "Coordinating organisation name",
        "Coordinating organisation type", "Coordinator's address", "Coordinator's region", "Coordinator's country",
        "Coordinator's website", "Partner 1 name", "Partner 1 organisation type", "Partner 1 address", "Partner 1 region",
        "Partner 1 country", "Partner 1 website") + "\n"
        + "Erasmus+,Cooperation among organisations and institutions,Cooperation partnerships in adult education,2021,"
        + "2021-1-IT02-KA220-ADU-000033456,Example partnership,Inclusion,A summary.,Ongoing,250000,"
        + "www.example.org,https://erasmus-plus.ec.europa.eu/projects/search/details/2021-1-IT02-KA220-ADU-000033456,"
        + "\"Italy,Spain\",Associazione Esempio,NGO,Via Roma 1,Umbria,Italy,http://esempio.it,Asociación Ejemplo,NGO,"
        + "Calle 1,Madrid,Spain,\n", StandardCharsets.UTF_8);
    ReadResult<Document> result = TabularMapper.standard().read(file);
    assertThat(result.getIssues()).isEmpty();
    Portfolio portfolio = (Portfolio) result.getDocument().orElseThrow();
    assertThat(portfolio.getOrganisations()).extracting(o -> o.getId().toString())
        .containsExactly("associazione-esempio", "asociacion-ejemplo");
    Project project = portfolio.getProjects().get(0);
    assertThat(project.getIdentifiers().get(IdentifierScheme.ERASMUS_PROJECT_NUMBER))
        .contains("2021-1-IT02-KA220-ADU-000033456");
    assertThat(project.getParticipants()).extracting(p -> p.getRole()).containsExactly(Role.LEAD, Role.PARTNER);
    assertThat(project.getTerritory().orElseThrow().getCountries()).extracting(Object::toString).containsExactly("IT", "ES");
    assertThat(project.getBudget().orElseThrow().getFunding().get(0).getAmount()).contains(Money.euros("250000"));
    assertThat(result.getSourceMap().locate("/projects/0/title").orElseThrow().toString())
        .isEqualTo("ErasmusPlus_KA2_2021-2027.csv!F2 (Project Title)");
  }

  @Test
  void anOpenCoesioneExportIsAPortfolio(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("progetti.csv");
    Files.writeString(file, "COD_LOCALE_PROGETTO;CUP;OC_TITOLO_PROGETTO;OC_SINTESI_PROGETTO;OC_LINK;"
        + "OC_DESCRIZIONE_PROGRAMMA;FINANZ_UE;OC_FINANZ_TOT_PUB_NETTO;OC_DATA_INIZIO_PROGETTO;"
        + "OC_DATA_FINE_PROGETTO_PREVISTA;OC_DATA_FINE_PROGETTO_EFFETTIVA;DEN_REGIONE;COD_COMUNE;DEN_COMUNE;"
        + "OC_CODFISC_BENEFICIARIO;OC_DENOM_BENEFICIARIO\n"
        + "1MISE123;J11B21000010006;Centro per l'inclusione;Un centro.;https://opencoesione.gov.it/it/progetti/1mise123/;"
        + "PON INCLUSIONE;\"187.500,50\";\"250000,00\";20220301;20241231;;PIEMONTE;001004272;Torino;"
        + "00514490010:::97511460015;COMUNE DI TORINO:::ASSOCIAZIONE ESEMPIO\n"
        + "1MISE124;;Progetto senza data;;;;;;2023;;;;;;;\n"
        // the export's commas are decimal ones, even before three digits
        + "1MISE125;;Piccolo;;;;;123,456;;;;;;;;\n",
        StandardCharsets.UTF_8);
    ReadResult<Document> result = TabularMapper.standard().read(file);
    assertThat(result.getIssues()).extracting(ReadIssue::getRule).isEmpty();
    Portfolio portfolio = (Portfolio) result.getDocument().orElseThrow();
    Project project = portfolio.getProjects().get(0);
    assertThat(project.getId().toString()).isEqualTo("j11b21000010006");
    assertThat(project.getIdentifiers().get(IdentifierScheme.CUP)).contains("J11B21000010006");
    assertThat(project.getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2022, 3, 1));
    assertThat(project.getBudget().orElseThrow().getTotal()).contains(Money.euros("250000.00"));
    assertThat(project.getTerritory().orElseThrow().getMunicipalities().get(0).getIstat()).contains("004272");
    assertThat(portfolio.getOrganisations()).extracting(o -> o.getIdentifiers().asMap().values().iterator().next())
        .containsExactly("00514490010", "97511460015");
    assertThat(portfolio.getProjects().get(1).getPeriod().orElseThrow().getStart()).contains(PartialDate.of(2023));
    assertThat(portfolio.getProjects().get(2).getBudget().orElseThrow().getTotal()).contains(Money.euros("123.456"));
  }
}
