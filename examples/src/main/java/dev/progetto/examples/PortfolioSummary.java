package dev.progetto.examples;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Organisation;
import dev.progetto.model.Participant;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Rolls up a portfolio: projects by call and start year, and each lead with its projects. */
public final class PortfolioSummary {

  private PortfolioSummary() {}

  /**
   * Runs the example.
   *
   * @param args the portfolio file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/portfolio-seed-003.yaml");
    // tag::portfolio[]
    Portfolio portfolio = ProgettoMapper.standard().readPortfolio(file).getDocument().orElseThrow();
    Map<String, Integer> byCall = new TreeMap<>();
    Map<String, Integer> byYear = new TreeMap<>();
    Map<String, String> leads = new TreeMap<>();
    for (Project project : portfolio.standaloneProjects()) {
      byCall.merge(project.getCall().map(c -> c.getId().value()).orElse("(none)"), 1, Integer::sum);
      byYear.merge(project.getPeriod().flatMap(Period::getStart).map(PartialDate::getYear).map(String::valueOf)
          .orElse("(unknown)"), 1, Integer::sum);
      project.lead().map(Participant::getOrganisation).flatMap(project::organisation).map(Organisation::displayName)
          .ifPresent(lead -> leads.merge(lead, project.getTitle().resolve(Locale.ITALIAN), (a, b) -> a + "; " + b));
    }
    // end::portfolio[]
    System.out.println("projects by call: " + byCall);
    System.out.println("projects by start year: " + byYear);
    leads.forEach((lead, projects) -> System.out.println("lead " + lead + ": " + projects));
  }
}
