package dev.progetto.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.internal.FormatTypes;
import dev.progetto.io.internal.FormatTypes.Field;
import dev.progetto.io.internal.FormatTypes.Kind;
import dev.progetto.io.internal.FormatTypes.Shape;
import dev.progetto.io.internal.FormatTypes.Type;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.tabular.Layout.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of a project and a portfolio has its column or its sheet, found from the description alone. */
class LayoutTest {

  private final Layout layout = Layout.STANDARD;

  @Test
  void everyFieldOfTheFormatHasAColumnOrASheet() {
    List<String> missing = new ArrayList<>();
    check(layout.project, Layout.type(Project.class), "", missing);
    for (Field field : Layout.type(Portfolio.class).fields()) {
      if (field.kind() == Kind.OBJECT && field.shape() == Shape.LIST) {
        continue; // projects, and the lists shared with the projects' sheets
      }
      covered(layout.portfolio, field, "", missing);
    }
    assertThat(missing).isEmpty();
  }

  private void check(Sheet sheet, Type type, String prefix, List<String> missing) {
    for (Field field : type.fields()) {
      if (field.kind() == Kind.OBJECT && field.shape() == Shape.LIST) {
        Sheet child = layout.lists.stream().filter(s -> s.parent == sheet && s.type.model() == field.type()
            && s.path.get(s.path.size() - 1).equals(field.name())).findFirst().orElse(null);
        if (child == null) {
          missing.add(type.name() + "." + field.name() + " (a sheet)");
        } else {
          assertThat(child.keys).isNotEmpty();
          check(child, child.type, "", missing);
        }
      } else if (field.kind() == Kind.OBJECT) {
        check(sheet, FormatTypes.TYPES.stream().filter(t -> t.model() == field.type()).findFirst().orElseThrow(),
            prefix + field.name() + ".", missing);
      } else {
        covered(sheet, field, prefix, missing);
      }
    }
  }

  private static void covered(Sheet sheet, Field field, String prefix, List<String> missing) {
    String header = prefix + field.name();
    boolean found = sheet.columns.stream().anyMatch(c -> c.header().equals(header) || c.header().startsWith(header + "."))
        || sheet.families.stream().anyMatch(f -> f.prefix().equals(header + "."));
    if (!found) {
      missing.add(sheet.name + "!" + header);
    }
  }

  @Test
  void theSheetsAreTheDocumentedOnes() {
    assertThat(layout.sheets()).extracting(s -> s.name).containsExactly("Document", "Portfolio", "Project", "Phases",
        "RelatedProjects", "Organisations", "Participants", "TerritoryMunicipalities", "TerritoryExcludes", "Objectives",
        "Activities", "WorkPackages", "TargetGroups", "Indicators", "Measurements", "BudgetLines", "BudgetFunding", "Links",
        "Sources", "Waivers");
    assertThat(layout.sheet("Measurements").headers()).startsWith("@project", "@indicator", "period.start", "period.end",
        "period.durationMonths", "value");
    assertThat(layout.sheet("Participants").headers()).containsExactly("@project", "organisation", "role", "budget", "joined");
    assertThat(layout.sheet("Participants").columns.get(1).codes()).contains("lead", "partner", "associated-partner");
    assertThat(layout.sheet("Organisations").portfolioList).isTrue();
  }

  @Test
  void theItalianLabelsAreMadeFromTheParts() {
    assertThat(Labels.italian("period.start")).isEqualTo("Periodo – inizio");
    assertThat(Labels.italian("title@en")).isEqualTo("Titolo (en)");
    assertThat(Labels.italian("@project")).isEqualTo("Progetto (id)");
    assertThat(Labels.italian("identifiers.cup")).isEqualTo("Identificativi – cup");
  }

  @Test
  void aColumnNamedAlikeInTwoSheetsHasTheLabelOfItsOwnSheet() throws java.io.IOException {
    assertThat(Labels.italian(Layout.DOCUMENT, "kind")).isEqualTo("Tipo di documento");
    assertThat(Labels.italian("BudgetFunding", "kind")).isEqualTo("Tipo di finanziamento");
    // the template shows it, and its row of labels is still told from a row of data
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    TabularMapper.standard().writeTemplate(null, java.util.Map.of(), out);
    String xml = ZipText.all(out.toByteArray());
    assertThat(xml).contains("Tipo di finanziamento");
    byte[] book = ReadingTest.workbook(java.util.Map.of(
        "Project", java.util.List.of(java.util.List.of("id", "title"), java.util.List.of("p", "P")),
        "BudgetFunding", java.util.List.of(java.util.List.of("@project", "source", "kind", "amount"),
            java.util.List.of(Labels.italian("@project"), Labels.italian("BudgetFunding", "source"),
                Labels.italian("BudgetFunding", "kind"), Labels.italian("BudgetFunding", "amount")),
            java.util.List.of("p", "Fondazione", "grant", "1000"))));
    assertThat(ReadingTest.read(book).getIssues()).isEmpty();
    // a workbook written before, whose row of labels shows the label the column had then, reads the same
    byte[] before = ReadingTest.workbook(java.util.Map.of(
        "Project", java.util.List.of(java.util.List.of("id", "title"), java.util.List.of("p", "P")),
        "BudgetFunding", java.util.List.of(java.util.List.of("@project", "source", "kind", "amount"),
            java.util.List.of(Labels.italian("@project"), Labels.italian("source"), "Tipo di documento",
                Labels.italian("amount")),
            java.util.List.of("p", "Fondazione", "grant", "1000"))));
    assertThat(ReadingTest.read(before).getIssues()).isEmpty();
  }
}
