package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportSheetTest {

  private final PortfolioReport report = PortfolioReport.of(PortfolioReportTest.portfolio(), Locale.ENGLISH);

  @Test
  void theHeadlineComesFirstThenEveryTable() {
    List<ReportSheet> sheets = ReportRenderer.sheets(report);
    assertThat(sheets).extracting(ReportSheet::name).containsExactly("headline", "projects", "budgets", "organisations",
        "collaborations", "territories", "indicators", "projects-by-call", "projects-by-year", "projects-by-status",
        "indicator-totals");
    ReportSheet headline = sheets.get(0);
    // Each coverage says what the projects state, in a word and in a sentence.
    assertThat(headline.headings()).containsExactly("figure", "currency", "value", "what the projects state", "projects that state it",
        "of projects", "coverage");
    assertThat(headline.rows()).contains(List.of("Projects", "", 4, "a status", 0, 4, "0 of 4 projects state a status"),
        List.of("Organisations", "", 4, "a lead", 4, 4, "4 of 4 projects state a lead"),
        List.of("Total budget", "CHF", new BigDecimal("5000"), "a budget", 1, 4, "1 of 4 projects state a budget"),
        List.of("Total budget", "EUR", new BigDecimal("100000.00"), "a budget", 1, 4, "1 of 4 projects state a budget"),
        List.of("Total grant", "EUR", new BigDecimal("155000.00"), "a grant", 2, 4, "2 of 4 projects state a grant"),
        List.of("Calls", "", 3, "a call", 4, 4, "4 of 4 projects state a call"),
        List.of("First year", "", 2022, "a start", 4, 4, "4 of 4 projects state a start"),
        List.of("Participants per project (median)", "", new BigDecimal("1.5"), "", "", "", ""));
    // Years are numbers, so that a sheet sorts them as numbers.
    assertThat(sheets.get(8).rows()).containsExactly(List.of(2022, 1), List.of(2024, 2), List.of(2025, 1));
    ReportSheet byCall = sheets.get(7);
    assertThat(byCall.rows()).containsExactly(List.of("erasmus-plus-ka220-vet", 1), List.of("fami-2014-2020", 1),
        List.of("fami-2021-2027", 2));
    assertThat(sheets.get(1).rows().get(0)).containsExactly("arlekin", "ARLEKIN", "erasmus-plus-ka220-vet", "", 2024, "CNAM");
  }

  @Test
  void markdownAndCsvWriteTheSameNumbersAsText() {
    StringBuilder csv = new StringBuilder();
    ReportRenderer.renderCsv(report, ReportTable.BUDGETS, csv);
    assertThat(csv).contains("call,fami-2014-2020,EUR,100000.00,75000.00,samadhi\r\n");
    StringBuilder projects = new StringBuilder();
    ReportRenderer.renderCsv(report, ReportTable.PROJECTS, projects);
    assertThat(projects).contains("arlekin,ARLEKIN,erasmus-plus-ka220-vet,,2024,CNAM\r\n");
  }

  @Test
  void aSheetRefusesWhatASpreadsheetCannotTake() {
    assertThatThrownBy(() -> new ReportSheet("a".repeat(32), "t", List.of("h"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 31 characters");
    assertThatThrownBy(() -> new ReportSheet("s", "t", List.of("h"), List.of(List.of(1.5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    assertThatThrownBy(() -> new ReportSheet("s", "t", List.of("h", "i"), List.of(List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 1 cells, not 2");
  }
}
