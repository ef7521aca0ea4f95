package dev.progetto.report;

import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.Indicator;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.Participant;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Progress;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roll-ups of a set of projects, computed once: immutable and safe to share. Projects are
 * taken as standalone documents (a portfolio's shared organisations included), so names and
 * countries resolve.
 */
public final class PortfolioReport {

  /**
   * One project.
   *
   * @param id the project id
   * @param title the title in the report's language
   * @param call the call id, or empty
   * @param status the status code, or empty
   * @param startYear the start year, or empty
   * @param lead the lead organisation's name, or empty
   */
  public record ProjectRow(String id, String title, Optional<String> call, Optional<String> status,
      Optional<Integer> startYear, Optional<String> lead) {}

  /**
   * A count of projects by a key (a call, a status, a year).
   *
   * @param key the key; {@code (none)} for projects without one
   * @param projects how many projects
   */
  public record CountRow(String key, int projects) {}

  /**
   * Money of projects grouped by call or funder, in one currency.
   *
   * @param group {@code call} or {@code funder}
   * @param key the call id or the funder's name
   * @param currency the currency
   * @param total the sum of the projects' totals
   * @param grant the sum of the requested grants (by call) or of the grants (by funder)
   * @param projects the ids of the projects counted
   */
  public record BudgetRow(String group, String key, String currency, BigDecimal total, BigDecimal grant, List<String> projects) {

    /**
     * Keeps a copy of the list: a row does not change.
     *
     * @param group as in the row's description
     * @param key as in the row's description
     * @param currency as in the row's description
     * @param total as in the row's description
     * @param grant as in the row's description
     * @param projects as in the row's description
     */
    public BudgetRow {
      projects = List.copyOf(projects);
    }
  }

  /**
   * An organisation with the projects it takes part in.
   *
   * @param id the organisation id
   * @param name the display name
   * @param country the country code, or empty
   * @param roles project id to role code, in project order
   */
  public record OrganisationRow(String id, String name, Optional<String> country, Map<String, String> roles) {

    /**
     * Keeps a copy of the map, in its order (which {@code Map.copyOf} would lose): a row does not change.
     *
     * @param id as in the row's description
     * @param name as in the row's description
     * @param country as in the row's description
     * @param roles as in the row's description
     */
    public OrganisationRow {
      roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }
  }

  /**
   * Two organisations that took part in the same projects.
   *
   * @param first the first organisation's id
   * @param second the second organisation's id
   * @param projects the ids of the shared projects
   */
  public record CollaborationRow(String first, String second, List<String> projects) {

    /**
     * Keeps a copy of the list: a row does not change.
     *
     * @param first as in the row's description
     * @param second as in the row's description
     * @param projects as in the row's description
     */
    public CollaborationRow {
      projects = List.copyOf(projects);
    }
  }

  /**
   * A place covered by projects.
   *
   * @param kind {@code comune}, {@code region} or {@code country}
   * @param key the ISTAT code when known, else the name; the NUTS or ISO code
   * @param name the name as written
   * @param projects the ids of the projects
   */
  public record TerritoryRow(String kind, String key, String name, List<String> projects) {

    /**
     * Keeps a copy of the list: a row does not change.
     *
     * @param kind as in the row's description
     * @param key as in the row's description
     * @param name as in the row's description
     * @param projects as in the row's description
     */
    public TerritoryRow {
      projects = List.copyOf(projects);
    }
  }

  /**
   * An indicator of a project: target against the latest measurement.
   *
   * @param project the project id
   * @param id the indicator id
   * @param code the catalogue code, or empty
   * @param name the name in the report's language
   * @param unit the unit code, or empty
   * @param target the target as text, or empty
   * @param measured the latest measured value as text, or empty
   * @param percent the percentage of the target reached, or empty when not comparable
   * @param reached whether the target is reached, or empty when not comparable
   * @param disaggregation the latest measurement's breakdown, such as {@code sex: female 12, male 6}
   */
  public record IndicatorRow(String project, String id, Optional<String> code, String name, Optional<String> unit,
      Optional<String> target, Optional<String> measured, Optional<BigDecimal> percent, Optional<Boolean> reached,
      String disaggregation) {}

  /**
   * Indicators of several projects with the same catalogue code, unit and period, added up.
   *
   * @param code the catalogue code
   * @param unit the unit code
   * @param target the sum of the targets' reference numbers
   * @param measured the sum of the latest measured values (lower bounds)
   * @param projects the ids of the projects
   */
  public record IndicatorTotalRow(String code, String unit, BigDecimal target, BigDecimal measured, List<String> projects) {

    /**
     * Keeps a copy of the list: a row does not change.
     *
     * @param code as in the row's description
     * @param unit as in the row's description
     * @param target as in the row's description
     * @param measured as in the row's description
     * @param projects as in the row's description
     */
    public IndicatorTotalRow {
      projects = List.copyOf(projects);
    }
  }

  private final Locale locale;
  private final List<ProjectRow> projects = new ArrayList<>();
  private final List<CountRow> byCall;
  private final List<CountRow> byStatus;
  private final List<CountRow> byYear;
  private final List<BudgetRow> budgets = new ArrayList<>();
  private final List<OrganisationRow> organisations = new ArrayList<>();
  private final List<CollaborationRow> collaborations = new ArrayList<>();
  private final List<TerritoryRow> territories = new ArrayList<>();
  private final List<IndicatorRow> indicators = new ArrayList<>();
  private final List<IndicatorTotalRow> indicatorTotals = new ArrayList<>();

  private PortfolioReport(Collection<Project> all, Locale locale) {
    this.locale = locale;
    Map<String, Integer> calls = new TreeMap<>();
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, Integer> years = new TreeMap<>();
    Map<String, BudgetAccumulator> money = new TreeMap<>();
    Map<String, OrganisationDraft> organisationRows = new LinkedHashMap<>();
    Map<String, List<String>> pairs = new TreeMap<>();
    Map<String, PlaceDraft> places = new LinkedHashMap<>();
    Map<String, TotalAccumulator> totals = new TreeMap<>();
    for (Project project : all) {
      String id = project.getId().value();
      Optional<String> call = project.getCall().map(c -> c.getId().value());
      Optional<Integer> year = project.getPeriod().flatMap(Period::getStart).map(PartialDate::getYear);
      projects.add(new ProjectRow(id, project.getTitle().resolve(locale), call, project.getStatus().map(s -> s.code()), year,
          project.leadOrganisation().map(Organisation::displayName)));
      calls.merge(call.orElse("(none)"), 1, Integer::sum);
      statuses.merge(project.getStatus().map(s -> s.code()).orElse("(none)"), 1, Integer::sum);
      years.merge(year.map(String::valueOf).orElse("(none)"), 1, Integer::sum);
      budgets(project, call, money);
      network(project, organisationRows, pairs);
      territory(project, places);
      indicators(project, totals);
    }
    byCall = counts(calls);
    byStatus = counts(statuses);
    byYear = counts(years);
    money.values().forEach(b -> budgets.add(b.row()));
    organisationRows.values().forEach(row -> organisations.add(new OrganisationRow(row.id(), row.name(), row.country(),
        row.roles())));
    pairs.forEach((pair, shared) -> {
      String[] ids = pair.split("\n");
      collaborations.add(new CollaborationRow(ids[0], ids[1], shared));
    });
    places.values().forEach(row -> territories.add(new TerritoryRow(row.kind(), row.key(), row.name(), row.projects())));
    totals.values().stream().filter(t -> t.projects.size() > 1).forEach(t -> indicatorTotals.add(t.row()));
  }

  /**
   * Computes the report of projects, with texts in the given language.
   *
   * @param projects standalone projects; a project whose id an earlier one has is counted once,
   *     as the first
   * @param locale the language of titles and names
   * @return the report
   */
  public static PortfolioReport of(Collection<Project> projects, Locale locale) {
    Map<String, Project> once = new LinkedHashMap<>();
    for (Project project : projects) {
      once.putIfAbsent(project.getId().value(), project);
    }
    return new PortfolioReport(once.values(), locale);
  }

  /**
   * Computes the report of a portfolio, its projects taken with the shared organisations.
   *
   * @param portfolio the portfolio
   * @param locale the language of titles and names
   * @return the report
   */
  public static PortfolioReport of(Portfolio portfolio, Locale locale) {
    return new PortfolioReport(portfolio.standaloneProjects(), locale);
  }

  private static List<CountRow> counts(Map<String, Integer> counts) {
    List<CountRow> rows = new ArrayList<>();
    counts.forEach((key, count) -> rows.add(new CountRow(key, count)));
    return List.copyOf(rows);
  }

  private static final class BudgetAccumulator {
    final String group;
    final String key;
    final String currency;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal grant = BigDecimal.ZERO;
    final Set<String> projects = new LinkedHashSet<>();

    BudgetAccumulator(String group, String key, String currency) {
      this.group = group;
      this.key = key;
      this.currency = currency;
    }

    BudgetRow row() {
      return new BudgetRow(group, key, currency, total, grant, List.copyOf(projects));
    }
  }

  private static void budgets(Project project, Optional<String> call, Map<String, BudgetAccumulator> money) {
    project.getBudget().ifPresent(budget -> {
      String callKey = call.orElse("(none)");
      budget.getTotal().ifPresent(total -> {
        BudgetAccumulator row = add(money, "call", callKey, total, project);
        row.total = row.total.add(total.getAmount());
      });
      budget.getRequestedGrant().ifPresent(grant -> {
        BudgetAccumulator row = add(money, "call", callKey, grant, project);
        row.grant = row.grant.add(grant.getAmount());
      });
      for (Funding funding : budget.getFunding()) {
        if (funding.getKind() == FundingKind.GRANT && funding.getAmount().isPresent()) {
          String funder = project.organisation(dev.progetto.model.OrganisationId.of(funding.getSource()))
              .map(Organisation::displayName).orElse(funding.getSource());
          BudgetAccumulator row = add(money, "funder", funder, funding.getAmount().get(), project);
          row.grant = row.grant.add(funding.getAmount().get().getAmount());
        }
      }
    });
  }

  private static BudgetAccumulator add(Map<String, BudgetAccumulator> money, String group, String key, Money amount, Project project) {
    String currency = amount.getCurrency().value();
    BudgetAccumulator row = money.computeIfAbsent(group + "\n" + key + "\n" + currency, k -> new BudgetAccumulator(group, key, currency));
    row.projects.add(project.getId().value());
    return row;
  }

  /** An organisation's row while the projects are counted: its roles grow. */
  private record OrganisationDraft(String id, String name, Optional<String> country, Map<String, String> roles) {}

  /** A place's row while the projects are counted: its projects grow. */
  private record PlaceDraft(String kind, String key, String name, List<String> projects) {}

  private static void network(Project project, Map<String, OrganisationDraft> rows, Map<String, List<String>> pairs) {
    List<String> taking = new ArrayList<>();
    for (Participant participant : project.getParticipants()) {
      String id = participant.getOrganisation().value();
      Optional<Organisation> organisation = project.organisation(participant.getOrganisation());
      OrganisationDraft row = rows.computeIfAbsent(id, k -> new OrganisationDraft(id,
          organisation.map(Organisation::displayName).orElse(id), organisation.flatMap(Organisation::getCountry).map(CountryCode::value),
          new LinkedHashMap<>()));
      row.roles().put(project.getId().value(), participant.getRole().code());
      if (!taking.contains(id)) {
        taking.add(id);
      }
    }
    List<String> sorted = new ArrayList<>(taking);
    sorted.sort(null);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        pairs.computeIfAbsent(sorted.get(i) + "\n" + sorted.get(j), k -> new ArrayList<>()).add(project.getId().value());
      }
    }
  }

  private static void territory(Project project, Map<String, PlaceDraft> places) {
    project.getTerritory().ifPresent(territory -> {
      for (Municipality comune : territory.getMunicipalities()) {
        String key = comune.getIstat().orElse(comune.getName().toLowerCase(Locale.ROOT));
        place(places, "comune", key, comune.getName(), project);
      }
      territory.getRegions().forEach(region -> place(places, "region", region, region, project));
      territory.getCountries().forEach(country -> place(places, "country", country.value(), country.value(), project));
    });
  }

  private static void place(Map<String, PlaceDraft> places, String kind, String key, String name, Project project) {
    PlaceDraft row = places.computeIfAbsent(kind + "\n" + key, k -> new PlaceDraft(kind, key, name, new ArrayList<>()));
    if (!row.projects().contains(project.getId().value())) {
      row.projects().add(project.getId().value());
    }
  }

  private static final class TotalAccumulator {
    final String code;
    final String unit;
    BigDecimal target = BigDecimal.ZERO;
    BigDecimal measured = BigDecimal.ZERO;
    final List<String> projects = new ArrayList<>();

    TotalAccumulator(String code, String unit) {
      this.code = code;
      this.unit = unit;
    }

    IndicatorTotalRow row() {
      return new IndicatorTotalRow(code, unit, target, measured, projects);
    }
  }

  private void indicators(Project project, Map<String, TotalAccumulator> totals) {
    for (Indicator indicator : project.getIndicators()) {
      Optional<Measurement> latest = indicator.latestMeasurement();
      Optional<Progress> progress = indicator.progress();
      StringBuilder breakdown = new StringBuilder();
      latest.ifPresent(m -> m.getDisaggregation().forEach((dimension, categories) -> {
        if (breakdown.length() > 0) {
          breakdown.append("; ");
        }
        breakdown.append(dimension).append(": ");
        List<String> parts = new ArrayList<>();
        categories.forEach((category, value) -> parts.add(category + " " + value.toPlainString()));
        breakdown.append(String.join(", ", parts));
      }));
      indicators.add(new IndicatorRow(project.getId().value(), indicator.getId().value(), indicator.getCode(),
          indicator.getName().map(n -> n.resolve(locale)).orElse(indicator.getId().value()),
          indicator.getUnit().map(u -> u.code()), indicator.getTarget().map(Quantity::toString),
          latest.map(m -> m.getValue().toString()), progress.flatMap(Progress::percent), progress.map(Progress::isReached),
          breakdown.toString()));
      if (indicator.getCode().isPresent() && indicator.getUnit().isPresent() && indicator.getTarget().isPresent()) {
        Quantity target = indicator.getTarget().get();
        String key = indicator.getCode().get() + "\n" + indicator.getUnit().get().code() + "\n" + target.getPer().code();
        TotalAccumulator total = totals.computeIfAbsent(key, k -> new TotalAccumulator(indicator.getCode().get(),
            indicator.getUnit().get().code()));
        total.target = total.target.add(target.reference());
        total.measured = total.measured.add(progress.map(Progress::getMeasured).orElse(BigDecimal.ZERO));
        total.projects.add(project.getId().value());
      }
    }
  }

  /**
   * Returns the language of the report's texts.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns the projects, in order.
   *
   * @return an unmodifiable list
   */
  public List<ProjectRow> getProjects() {
    return List.copyOf(projects);
  }

  /**
   * Returns how many projects each call has, by call id.
   *
   * @return the counts, sorted by call id
   */
  public List<CountRow> getProjectsByCall() {
    return byCall;
  }

  /**
   * Returns how many projects each status has.
   *
   * @return the counts, sorted by status code
   */
  public List<CountRow> getProjectsByStatus() {
    return byStatus;
  }

  /**
   * Returns how many projects start in each year.
   *
   * @return the counts, sorted by year
   */
  public List<CountRow> getProjectsByYear() {
    return byYear;
  }

  /**
   * Returns totals and grants by call and by funder, one row per currency.
   *
   * @return the rows, sorted by group and key
   */
  public List<BudgetRow> getBudgets() {
    return List.copyOf(budgets);
  }

  /**
   * Returns the organisations that take part in projects, with their roles.
   *
   * @return the rows, in order of first appearance
   */
  public List<OrganisationRow> getOrganisations() {
    return List.copyOf(organisations);
  }

  /**
   * Returns the pairs of organisations that worked together.
   *
   * @return the rows, sorted by organisation ids
   */
  public List<CollaborationRow> getCollaborations() {
    return List.copyOf(collaborations);
  }

  /**
   * Returns the comuni, regions and countries covered.
   *
   * @return the rows, in order of first appearance
   */
  public List<TerritoryRow> getTerritories() {
    return List.copyOf(territories);
  }

  /**
   * Returns every indicator with its target and latest measurement.
   *
   * @return the rows, in project order
   */
  public List<IndicatorRow> getIndicators() {
    return List.copyOf(indicators);
  }

  /**
   * Returns indicators added up across projects where their codes, units and periods match.
   *
   * @return the rows, sorted by code
   */
  public List<IndicatorTotalRow> getIndicatorTotals() {
    return List.copyOf(indicatorTotals);
  }
}
