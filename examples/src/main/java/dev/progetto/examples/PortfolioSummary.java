package dev.progetto.examples;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Portfolio;
import dev.progetto.report.PortfolioReport;
import dev.progetto.report.ReportFormat;
import dev.progetto.report.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Rolls up a portfolio: projects by call and year, leads, and a self-contained HTML report. */
public final class PortfolioSummary {

  private PortfolioSummary() {}

  /**
   * Runs the example.
   *
   * @param args the portfolio file, and optionally where to write the HTML report
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/portfolio-seed-003.yaml");
    // tag::portfolio[]
    Portfolio portfolio = ProgettoMapper.standard().readPortfolio(file).getDocument().orElseThrow();
    PortfolioReport report = PortfolioReport.of(portfolio, Locale.ITALIAN);
    report.getProjectsByCall().forEach(row -> System.out.println(row.key() + ": " + row.projects()));
    report.getProjects().forEach(p -> System.out.println(p.id() + " – " + p.lead().orElse("?")));

    StringBuilder html = new StringBuilder();
    ReportRenderer.render(report, ReportFormat.HTML, html);
    // end::portfolio[]
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), html, StandardCharsets.UTF_8);
      System.out.println("report written to " + args[1]);
    }
  }
}
