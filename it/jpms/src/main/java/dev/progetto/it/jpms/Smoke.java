package dev.progetto.it.jpms;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Portfolio;
import dev.progetto.report.PortfolioReport;
import dev.progetto.validation.CallCatalogue;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads, validates and reports on a portfolio using only the exported API, from a named module. */
public final class Smoke {

  private Smoke() {}

  /**
   * Validates a portfolio file and returns a one-line summary.
   *
   * @param file the portfolio
   * @return the summary
   * @throws IOException if the file cannot be read
   */
  public static String run(Path file) throws IOException {
    Portfolio portfolio = ProgettoMapper.standard().readPortfolio(file).getDocument().orElseThrow();
    ValidationReport report = Validator.builder().locale(Locale.ITALIAN).build().validate(portfolio);
    PortfolioReport rollUp = PortfolioReport.of(portfolio, Locale.ITALIAN);
    return report.errorCount() + " errors, " + rollUp.getProjects().size() + " projects, "
        + CallCatalogue.builtIn().calls().size() + " calls, problems " + CallCatalogue.builtIn().problems()
        + ", module " + Smoke.class.getModule().getName() + ", validation module "
        + Validator.class.getModule().getName();
  }

  /**
   * Runs the smoke test.
   *
   * @param args the portfolio file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.println(run(Path.of(args[0])));
  }
}
