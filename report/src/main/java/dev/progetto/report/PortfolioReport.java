package dev.progetto.report;

import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.Indicator;
import dev.progetto.model.LegalForm;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.MonthRange;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Progress;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import dev.progetto.model.Source;
import dev.progetto.model.internal.ItalianProvinces;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
   * @param total the sum of the totals of the projects that state one in this currency, or empty
   *     when none does (a funder's row has none)
   * @param grant the sum of the projects' grants (by call: each project's grant as the headline
   *     counts it, see {@link ProjectDetail#grants}; by funder: the funder's grants), or empty when
   *     none is stated in this currency
   * @param projects the ids of the projects counted
   */
  public record BudgetRow(String group, String key, String currency, Optional<BigDecimal> total, Optional<BigDecimal> grant,
      List<String> projects) {

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
   * @param targetQuantity the target, or empty
   * @param measuredQuantity the latest measured value, or empty
   */
  public record IndicatorRow(String project, String id, Optional<String> code, String name, Optional<String> unit,
      Optional<String> target, Optional<String> measured, Optional<BigDecimal> percent, Optional<Boolean> reached,
      String disaggregation, Optional<Quantity> targetQuantity, Optional<Quantity> measuredQuantity) {}

  /**
   * Indicators of several projects with the same catalogue code, unit and period, added up. A
   * measurement is compared with the targets of the measured indicators only: an indicator not
   * yet measured is no measurement of 0.
   *
   * @param code the catalogue code
   * @param unit the unit code
   * @param target the sum of the targets' reference numbers, of every indicator
   * @param measured the sum of the latest measured values (lower bounds) of the measured
   *     indicators, or empty when none is measured
   * @param measuredTarget the sum of the targets' reference numbers of the measured indicators,
   *     the figure {@code measured} is compared with (0 when none is measured)
   * @param projects the ids of the projects, one per indicator
   * @param measuredProjects the ids of the projects whose indicator is measured, one per indicator
   */
  public record IndicatorTotalRow(String code, String unit, BigDecimal target, Optional<BigDecimal> measured,
      BigDecimal measuredTarget, List<String> projects, List<String> measuredProjects) {

    /**
     * Keeps a copy of the lists: a row does not change.
     *
     * @param code as in the row's description
     * @param unit as in the row's description
     * @param target as in the row's description
     * @param measured as in the row's description
     * @param measuredTarget as in the row's description
     * @param projects as in the row's description
     * @param measuredProjects as in the row's description
     */
    public IndicatorTotalRow {
      projects = List.copyOf(projects);
      measuredProjects = List.copyOf(measuredProjects);
    }

    /**
     * Returns the measured sum against the measured indicators' targets, in percent, rounded
     * down to one decimal below the target (so that a shortfall never shows as 100).
     *
     * @return the percentage, or empty when nothing is measured or the targets add up to 0
     */
    public Optional<BigDecimal> percent() {
      if (measured.isEmpty() || measuredTarget.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(PortfolioReport.percent(measured.get(), measuredTarget));
    }
  }

  /**
   * Money stated by the projects in one currency.
   *
   * @param currency the currency
   * @param total the sum of the projects' total budgets
   * @param grant the sum of the projects' grants in this currency (the requested grant, else the
   *     grants of the funding, else an Erasmus+ lump sum)
   * @param projectsWithTotal how many projects state a total in this currency
   * @param projectsWithGrant how many projects state a grant in this currency
   */
  public record CurrencyTotal(String currency, BigDecimal total, BigDecimal grant, int projectsWithTotal, int projectsWithGrant) {}

  /**
   * How many projects start in a year, by status.
   *
   * @param year the year, or {@code (none)}
   * @param byStatus status code (or {@code (none)}) to the number of projects, sorted by code
   */
  public record YearStatusRow(String year, Map<String, Integer> byStatus) {

    /**
     * Keeps a sorted copy of the map: a row does not change.
     *
     * @param year as in the row's description
     * @param byStatus as in the row's description
     */
    public YearStatusRow {
      byStatus = Collections.unmodifiableMap(new TreeMap<>(byStatus));
    }

    /**
     * Returns the number of projects of the year, every status together.
     *
     * @return the total
     */
    public int total() {
      int total = 0;
      for (int count : byStatus.values()) {
        total += count;
      }
      return total;
    }
  }

  /**
   * A place on the map: an Italian region (NUTS 2) or province, or a country.
   *
   * @param code the NUTS 2 code, the province's sigla or the ISO country code
   * @param name the name
   * @param region for a province, the NUTS 2 code of its region; else the code itself
   * @param projects how many projects reach the place
   * @param grants currency to the sum of the grants of those projects (a project reaching two
   *     places counts in both)
   */
  public record PlaceRow(String code, String name, String region, int projects, Map<String, BigDecimal> grants) {

    /**
     * Keeps a sorted copy of the map: a row does not change.
     *
     * @param code as in the row's description
     * @param name as in the row's description
     * @param region as in the row's description
     * @param projects as in the row's description
     * @param grants as in the row's description
     */
    public PlaceRow {
      grants = Collections.unmodifiableMap(new TreeMap<>(grants));
    }
  }

  /**
   * An organisation in the partner network.
   *
   * @param id the organisation id
   * @param name the display name
   * @param country the country code, or empty
   * @param legalForm the legal form code, or empty
   * @param publicBody whether the legal form is a public body, or empty when no legal form is stated
   * @param projects how many projects it takes part in
   */
  public record NetworkNode(String id, String name, Optional<String> country, Optional<String> legalForm,
      Optional<Boolean> publicBody, int projects) {}

  /**
   * What a project's own section shows.
   *
   * @param id the project id
   * @param title the title in the report's language
   * @param call the call id, or empty
   * @param status the status code, or empty
   * @param lead the lead organisation's name, or empty
   * @param partners the names of the other participants, in order
   * @param start the start, or empty
   * @param end the end, or empty
   * @param duration the duration in months: the declared one, else the range its dates allow
   * @param places the comuni, regions and countries named, as written
   * @param territory the territory's description in the report's language, or empty
   * @param total the total budget, or empty
   * @param grants the grant, one amount per currency: the requested grant, else the funding's grants
   *     added up per currency, else the lump sum (Erasmus+, where it is the whole grant); empty when
   *     none is stated
   * @param indicators the indicators
   * @param sources the sources
   */
  public record ProjectDetail(String id, String title, Optional<String> call, Optional<String> status, Optional<String> lead,
      List<String> partners, Optional<PartialDate> start, Optional<PartialDate> end, Optional<MonthRange> duration,
      List<String> places, Optional<String> territory, Optional<Money> total, List<Money> grants,
      List<IndicatorRow> indicators, List<Source> sources) {

    /**
     * Keeps copies of the lists: a detail does not change.
     *
     * @param id as in the record's description
     * @param title as in the record's description
     * @param call as in the record's description
     * @param status as in the record's description
     * @param lead as in the record's description
     * @param partners as in the record's description
     * @param start as in the record's description
     * @param end as in the record's description
     * @param duration as in the record's description
     * @param places as in the record's description
     * @param territory as in the record's description
     * @param total as in the record's description
     * @param grants as in the record's description
     * @param indicators as in the record's description
     * @param sources as in the record's description
     */
    public ProjectDetail {
      partners = List.copyOf(partners);
      grants = List.copyOf(grants);
      places = List.copyOf(places);
      indicators = List.copyOf(indicators);
      sources = List.copyOf(sources);
    }
  }

  /** The facts whose coverage the headline counts: how many projects state each. */
  public enum Fact {
    /** A status. */
    STATUS,
    /** A call. */
    CALL,
    /** A lead organisation. */
    LEAD,
    /** A start date. */
    START,
    /** A start and an end, or a declared duration. */
    DURATION,
    /** A total budget. */
    BUDGET,
    /** A grant. */
    GRANT,
    /** A funder of a grant. */
    FUNDER,
    /** A territory placed on the map of Italy or abroad. */
    TERRITORY,
    /** At least one indicator. */
    INDICATORS,
    /** At least one indicator with a target and a measurement. */
    PROGRESS
  }

  /** How many project sections a report keeps by default; see {@link Builder#detailLimit}. */
  public static final int DEFAULT_DETAIL_LIMIT = 500;

  private final Locale locale;
  private final RowStore<ProjectRow> projects;
  private final List<CountRow> byCall;
  private final List<CountRow> byStatus;
  private final List<CountRow> byYear;
  private final List<BudgetRow> budgets = new ArrayList<>();
  /** The organisations with their projects and roles in two lists each: a row's map is made when it is asked for. */
  private final List<OrganisationDraft> organisations = new ArrayList<>();
  private final List<CollaborationRow> collaborations = new ArrayList<>();
  private final List<TerritoryRow> territories = new ArrayList<>();
  private final RowStore<IndicatorRow> indicators;
  private final List<IndicatorTotalRow> indicatorTotals = new ArrayList<>();
  private final Map<Fact, Integer> stating;
  private final List<CurrencyTotal> money = new ArrayList<>();
  private final List<YearStatusRow> byYearAndStatus = new ArrayList<>();
  private final List<CountRow> durations;
  private final List<CountRow> participantsPerProject;
  private final List<PlaceRow> regions = new ArrayList<>();
  private final List<PlaceRow> provinces = new ArrayList<>();
  private final List<PlaceRow> countriesAbroad = new ArrayList<>();
  private final List<String> unplacedComuni;
  private final List<NetworkNode> network = new ArrayList<>();
  private final List<ProjectDetail> details;
  private final Optional<Integer> firstYear;
  private final Optional<Integer> lastYear;
  private final int funders;
  private final int indicatorCount;
  private final int indicatorsCompared;
  private final int indicatorsReached;
  private final List<String> warnings;

  /**
   * Rolls projects up one at a time, keeping per project only a row and, for the first
   * {@link #detailLimit} projects, the detail of its section: a large portfolio streamed through
   * it needs no list of its projects.
   */
  public static final class Builder {
    private final Locale locale;
    private int detailLimit = DEFAULT_DETAIL_LIMIT;
    private int indicatorLimit = Integer.MAX_VALUE;
    private int indicatorCount;
    private int indicatorsCompared;
    private int indicatorsReached;
    private final Set<String> seen = new java.util.HashSet<>();
    private RowStore<ProjectRow> projects = RowStore.inMemory();
    private final Map<String, Integer> calls = new TreeMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> years = new TreeMap<>();
    private final Map<String, BudgetAccumulator> money = new TreeMap<>();
    private final Map<String, OrganisationDraft> organisationRows = new LinkedHashMap<>();
    private final OrganisationKeys organisationKeys;
    private final Map<String, NetworkNode> nodes = new java.util.HashMap<>();
    private final Map<String, List<String>> pairs = new TreeMap<>();
    private final Map<String, PlaceDraft> places = new LinkedHashMap<>();
    private final Map<String, TotalAccumulator> totals = new TreeMap<>();
    private RowStore<IndicatorRow> indicators = RowStore.inMemory();
    private boolean built;
    private final Map<Fact, Integer> stating = new java.util.EnumMap<>(Fact.class);
    private final Map<String, CurrencyAccumulator> currencies = new TreeMap<>();
    private final Map<String, Map<String, Integer>> yearStatus = new TreeMap<>();
    private final Map<String, Integer> durations = new LinkedHashMap<>();
    private final Map<Integer, Integer> participants = new TreeMap<>();
    private final Map<String, PlaceAccumulator> regions = new TreeMap<>();
    private final Map<String, PlaceAccumulator> provinces = new TreeMap<>();
    private final Map<String, PlaceAccumulator> abroad = new TreeMap<>();
    private final Set<String> unplaced = new java.util.TreeSet<>();
    private final Set<String> funders = new java.util.HashSet<>();
    private final List<ProjectDetail> details = new ArrayList<>();
    private Integer firstYear;
    private Integer lastYear;

    private Builder(Locale locale) {
      this.locale = locale;
      this.organisationKeys = new OrganisationKeys(locale);
      for (String bucket : DURATION_BUCKETS) {
        durations.put(bucket, 0);
      }
    }

    /**
     * Sets how many projects keep the detail of their own section (the first ones added).
     *
     * @param limit the number, 0 or more
     * @return this builder
     */
    public Builder detailLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("the detail limit is 0 or more, not " + limit);
      }
      this.detailLimit = limit;
      return this;
    }

    /**
     * Sets how many indicator rows {@link PortfolioReport#getIndicators()} keeps (the first ones
     * added); every indicator is still counted and rolled up. An HTML page shows a few hundred:
     * keeping only those bounds the memory a large portfolio's page needs.
     *
     * @param limit the number, 0 or more; without it, every row is kept
     * @return this builder
     */
    public Builder indicatorLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("the indicator limit is 0 or more, not " + limit);
      }
      this.indicatorLimit = limit;
      return this;
    }

    /**
     * Keeps the rows of projects and indicators in a temporary file rather than on the heap: a
     * portfolio of a hundred thousand projects then renders as Markdown, CSV or JSON in a heap of a
     * few dozen megabytes, each rendering reading the rows back one at a time. The file is deleted
     * when the report is no longer reachable, or when the JVM exits. Once {@link #build()} has
     * made a report, such a builder takes no more projects.
     *
     * @return this builder
     * @throws IllegalStateException when projects were already added
     * @throws java.io.UncheckedIOException when no temporary file can be made
     */
    public Builder rowsOnDisk() {
      if (projects.size() > 0) {
        throw new IllegalStateException("rowsOnDisk is chosen before the first project is added");
      }
      projects = RowStore.onDisk(Codecs.PROJECT);
      indicators = RowStore.onDisk(Codecs.INDICATOR);
      return this;
    }

    /**
     * Adds a standalone project; a project whose id an earlier one has is left out.
     *
     * @param project the project
     * @return true when added, false when an earlier project had its id
     */
    public boolean add(Project project) {
      if (built && !projects.isInMemory()) {
        throw new IllegalStateException("a builder whose rows are on disk takes no projects after build()");
      }
      String id = project.getId().value();
      if (!seen.add(id)) {
        return false;
      }
      Optional<String> call = project.getCall().map(c -> c.getId().value());
      Optional<Integer> year = project.getPeriod().flatMap(Period::getStart).map(PartialDate::getYear);
      Optional<String> status = project.getStatus().map(s -> s.code());
      Optional<String> lead = project.leadOrganisation().map(Organisation::displayName);
      projects.add(new ProjectRow(id, project.getTitle().resolve(locale), call, status, year, lead));
      calls.merge(call.orElse(NONE), 1, Integer::sum);
      statuses.merge(status.orElse(NONE), 1, Integer::sum);
      years.merge(year.map(String::valueOf).orElse(NONE), 1, Integer::sum);
      yearStatus.computeIfAbsent(year.map(String::valueOf).orElse(NONE), k -> new TreeMap<>()).merge(status.orElse(NONE), 1, Integer::sum);
      count(Fact.STATUS, status.isPresent());
      count(Fact.CALL, call.isPresent());
      count(Fact.LEAD, project.lead().isPresent());
      count(Fact.START, year.isPresent());
      project.getPeriod().flatMap(Period::getEnd).map(PartialDate::getYear).ifPresent(this::year);
      year.ifPresent(this::year);
      Optional<MonthRange> duration = duration(project);
      count(Fact.DURATION, duration.isPresent());
      durations.merge(duration.map(PortfolioReport::bucket).orElse(NONE), 1, Integer::sum);
      participants.merge(project.getParticipants().size(), 1, Integer::sum);
      Optional<Money> total = project.getBudget().flatMap(b -> b.getTotal());
      List<Money> grant = grants(project);
      count(Fact.BUDGET, total.isPresent());
      count(Fact.GRANT, !grant.isEmpty());
      total.ifPresent(t -> currency(t).addTotal(t));
      grant.forEach(g -> currency(g).addGrant(g));
      budgets(project, call, grant, money, funders);
      count(Fact.FUNDER, project.getBudget().map(b -> b.getFunding().stream().anyMatch(f -> f.getKind() == FundingKind.GRANT))
          .orElse(false));
      network(project, organisationKeys, organisationRows, nodes, pairs);
      territory(project, places);
      count(Fact.TERRITORY, map(project, grant));
      // Rows are made while a list keeps them; past both limits, indicators are only counted and added up.
      boolean rows = indicators.size() < indicatorLimit || details.size() < detailLimit;
      List<IndicatorRow> own = indicators(project, totals, locale, rows);
      for (Indicator indicator : project.getIndicators()) {
        Optional<Progress> progress = indicator.progress();
        indicatorCount++;
        indicatorsCompared += progress.flatMap(PortfolioReport::percent).isPresent() ? 1 : 0;
        indicatorsReached += progress.map(Progress::isReached).orElse(false) ? 1 : 0;
      }
      for (IndicatorRow row : own) {
        if (indicators.size() < indicatorLimit) {
          indicators.add(row);
        }
      }
      count(Fact.INDICATORS, !project.getIndicators().isEmpty());
      count(Fact.PROGRESS, project.getIndicators().stream().anyMatch(i -> i.progress().flatMap(PortfolioReport::percent).isPresent()));
      if (details.size() < detailLimit) {
        details.add(detail(project, call, status, lead, duration, total, grant, own));
      }
      return true;
    }

    /**
     * Adds standalone projects; see {@link #add(Project)}.
     *
     * @param all the projects
     * @return this builder
     */
    public Builder addAll(Collection<Project> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Computes the report of the projects added so far.
     *
     * @return the report
     */
    public PortfolioReport build() {
      built = true;
      return new PortfolioReport(this);
    }

    private void count(Fact fact, boolean stated) {
      stating.merge(fact, stated ? 1 : 0, Integer::sum);
    }

    private void year(int year) {
      firstYear = firstYear == null ? year : Math.min(firstYear, year);
      lastYear = lastYear == null ? year : Math.max(lastYear, year);
    }

    private CurrencyAccumulator currency(Money amount) {
      return currencies.computeIfAbsent(amount.getCurrency().value(), CurrencyAccumulator::new);
    }

    /** Places the project's territory on the map and abroad; true when it has any place there. */
    private boolean map(Project project, List<Money> grant) {
      Optional<dev.progetto.model.Territory> territory = project.getTerritory();
      if (territory.isEmpty()) {
        return false;
      }
      Set<String> regionCodes = new java.util.TreeSet<>();
      Map<String, ItalianProvinces.Province> provinceCodes = new TreeMap<>();
      Places places = Places.get();
      for (String code : territory.get().getRegions()) {
        Places.region(code).ifPresent(regionCodes::add);
        places.provinceOfNuts(code).ifPresent(province -> provinceCodes.put(province.sigla(), province));
      }
      List<Municipality> doubtful = new ArrayList<>();
      for (Municipality comune : territory.get().getMunicipalities()) {
        Optional<ItalianProvinces.Province> province = comune.getIstat().flatMap(places::provinceOfIstat)
            .or(() -> places.provinceOfName(comune.getName()));
        if (province.isPresent()) {
          provinceCodes.put(province.get().sigla(), province.get());
          regionCodes.add(province.get().region());
        } else {
          doubtful.add(comune);
        }
      }
      // A name several comuni have, or the start of one's name, is placed when exactly one of
      // them is in a province the project's other comuni are in.
      for (Municipality comune : doubtful) {
        List<ItalianProvinces.Province> near = new ArrayList<>();
        for (ItalianProvinces.Province candidate : places.candidates(comune.getName())) {
          if (provinceCodes.containsKey(candidate.sigla())) {
            near.add(candidate);
          }
        }
        if (near.size() == 1) {
          regionCodes.add(near.get(0).region());
        } else {
          unplaced.add(comune.getName());
        }
      }
      Set<String> countries = new java.util.TreeSet<>();
      territory.get().getCountries().forEach(c -> countries.add(c.value()));
      for (String code : regionCodes) {
        regions.computeIfAbsent(code, k -> new PlaceAccumulator(k, Places.REGIONS.get(k), k)).add(grant);
      }
      provinceCodes.forEach((sigla, province) -> provinces.computeIfAbsent(sigla,
          k -> new PlaceAccumulator(k, province.name(), province.region())).add(grant));
      for (String country : countries) {
        if (!country.equals("IT")) {
          abroad.computeIfAbsent(country, k -> new PlaceAccumulator(k, k, k)).add(grant);
        }
      }
      return !regionCodes.isEmpty() || countries.stream().anyMatch(c -> !c.equals("IT"));
    }

    private ProjectDetail detail(Project project, Optional<String> call, Optional<String> status, Optional<String> lead,
        Optional<MonthRange> duration, Optional<Money> total, List<Money> grant, List<IndicatorRow> own) {
      List<String> partners = new ArrayList<>();
      Optional<dev.progetto.model.OrganisationId> leadId = project.lead().map(Participant::getOrganisation);
      for (Participant participant : project.getParticipants()) {
        if (leadId.isPresent() && leadId.get().equals(participant.getOrganisation())) {
          continue;
        }
        String name = project.organisation(participant.getOrganisation()).map(Organisation::displayName)
            .orElse(participant.getOrganisation().value());
        if (!partners.contains(name)) {
          partners.add(name);
        }
      }
      List<String> named = new ArrayList<>();
      project.getTerritory().ifPresent(t -> {
        t.getMunicipalities().forEach(m -> named.add(m.getName()));
        t.getRegions().forEach(r -> named.add(Places.region(r).map(Places.REGIONS::get).orElse(r)));
        t.getCountries().forEach(c -> named.add(c.value()));
      });
      Optional<String> description = project.getTerritory().flatMap(t -> t.getDescription()).map(d -> d.resolve(locale));
      return new ProjectDetail(project.getId().value(), project.getTitle().resolve(locale), call, status, lead,
          List.copyOf(partners), project.getPeriod().flatMap(Period::getStart), project.getPeriod().flatMap(Period::getEnd),
          duration, List.copyOf(named), description, total, grant, List.copyOf(own), List.copyOf(project.getSources()));
    }
  }

  /** How the rows of projects and indicators are written to a builder's file (see {@link Builder#rowsOnDisk}). */
  private static final class Codecs {
    static final RowStore.Codec<ProjectRow> PROJECT = new RowStore.Codec<>() {
      @Override
      public void write(ProjectRow row, java.io.DataOutputStream out) throws java.io.IOException {
        RowStore.string(row.id(), out);
        RowStore.string(row.title(), out);
        RowStore.optional(row.call(), out);
        RowStore.optional(row.status(), out);
        out.writeInt(row.startYear().orElse(Integer.MIN_VALUE));
        RowStore.optional(row.lead(), out);
      }

      @Override
      public ProjectRow read(java.io.DataInputStream in) throws java.io.IOException {
        String id = RowStore.string(in);
        String title = RowStore.string(in);
        Optional<String> call = RowStore.optional(in);
        Optional<String> status = RowStore.optional(in);
        int year = in.readInt();
        return new ProjectRow(id, title, call, status, year == Integer.MIN_VALUE ? Optional.empty() : Optional.of(year),
            RowStore.optional(in));
      }
    };

    static final RowStore.Codec<IndicatorRow> INDICATOR = new RowStore.Codec<>() {
      @Override
      public void write(IndicatorRow row, java.io.DataOutputStream out) throws java.io.IOException {
        RowStore.string(row.project(), out);
        RowStore.string(row.id(), out);
        RowStore.optional(row.code(), out);
        RowStore.string(row.name(), out);
        RowStore.optional(row.unit(), out);
        RowStore.optional(row.target(), out);
        RowStore.optional(row.measured(), out);
        RowStore.decimal(row.percent(), out);
        out.writeByte(row.reached().map(r -> r ? 1 : 0).orElse(2));
        RowStore.string(row.disaggregation(), out);
        RowStore.quantity(row.targetQuantity(), out);
        RowStore.quantity(row.measuredQuantity(), out);
      }

      @Override
      public IndicatorRow read(java.io.DataInputStream in) throws java.io.IOException {
        String project = RowStore.string(in);
        String id = RowStore.string(in);
        Optional<String> code = RowStore.optional(in);
        String name = RowStore.string(in);
        Optional<String> unit = RowStore.optional(in);
        Optional<String> target = RowStore.optional(in);
        Optional<String> measured = RowStore.optional(in);
        Optional<BigDecimal> percent = RowStore.decimal(in);
        int reached = in.readByte();
        String disaggregation = RowStore.string(in);
        Optional<Quantity> targetQuantity = RowStore.quantity(in);
        return new IndicatorRow(project, id, code, name, unit, target, measured, percent,
            reached == 2 ? Optional.empty() : Optional.of(reached == 1), disaggregation, targetQuantity, RowStore.quantity(in));
      }
    };
  }

  /** The buckets of the duration chart, in months. */
  static final List<String> DURATION_BUCKETS = List.of("0-6", "7-12", "13-18", "19-24", "25-36", "37-48", "49+");

  static final String NONE = "(none)";

  private static String bucket(MonthRange range) {
    int months = (range.getMin() + range.getMax() + 1) / 2;
    int[] upper = {6, 12, 18, 24, 36, 48};
    for (int i = 0; i < upper.length; i++) {
      if (months <= upper[i]) {
        return DURATION_BUCKETS.get(i);
      }
    }
    return DURATION_BUCKETS.get(upper.length);
  }

  private static Optional<MonthRange> duration(Project project) {
    Optional<Period> period = project.getPeriod();
    if (period.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> declared = period.get().getDeclaredDurationMonths();
    if (declared.isPresent() && declared.get() >= 0) {
      return Optional.of(MonthRange.of(declared.get(), declared.get()));
    }
    try {
      return period.get().durationRange();
    } catch (IllegalArgumentException | java.time.DateTimeException inconsistent) {
      return Optional.empty();
    }
  }

  /**
   * Returns a project's grant as the report counts it, one amount per currency: the requested
   * grant, else the grants of the funding added up per currency, else the lump sum (an Erasmus+
   * lump sum is the whole grant).
   *
   * @param project the project
   * @return the amounts, sorted by currency; empty when the project states no grant
   */
  public static List<Money> grants(Project project) {
    if (project.getBudget().isEmpty()) {
      return List.of();
    }
    dev.progetto.model.Budget budget = project.getBudget().get();
    Optional<Money> requested = budget.getRequestedGrant();
    if (requested.isPresent()) {
      return List.of(requested.get());
    }
    Map<String, Money> sums = new TreeMap<>();
    for (Funding funding : budget.getFunding()) {
      if (funding.getKind() != FundingKind.GRANT || funding.getAmount().isEmpty()) {
        continue;
      }
      Money amount = funding.getAmount().get();
      sums.merge(amount.getCurrency().value(), amount, (a, b) -> Money.of(a.getAmount().add(b.getAmount()), a.getCurrency()));
    }
    if (!sums.isEmpty()) {
      return List.copyOf(sums.values());
    }
    return budget.getLumpSum().map(List::of).orElse(List.of());
  }

  /**
   * The percentage of a target reached, to one decimal: a measurement below the target's
   * reference number is rounded down, so that a shortfall never shows as 100.
   */
  static BigDecimal percent(BigDecimal measured, BigDecimal reference) {
    BigDecimal percent = measured.movePointRight(2).divide(reference, 1,
        measured.compareTo(reference) < 0 ? java.math.RoundingMode.DOWN : java.math.RoundingMode.HALF_EVEN);
    return percent;
  }

  /** The percentage of an indicator's target reached (see {@link #percent(BigDecimal, BigDecimal)}), or empty when not comparable. */
  static Optional<BigDecimal> percent(Progress progress) {
    BigDecimal reference = progress.getTarget().reference();
    return reference.signum() == 0 ? Optional.empty() : Optional.of(percent(progress.getMeasured(), reference));
  }

  private static final class CurrencyAccumulator {
    final String currency;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal grant = BigDecimal.ZERO;
    int totals;
    int grants;

    CurrencyAccumulator(String currency) {
      this.currency = currency;
    }

    void addTotal(Money money) {
      total = total.add(money.getAmount());
      totals++;
    }

    void addGrant(Money money) {
      grant = grant.add(money.getAmount());
      grants++;
    }
  }

  private static final class PlaceAccumulator {
    final String code;
    final String name;
    final String region;
    int projects;
    final Map<String, BigDecimal> grants = new TreeMap<>();

    PlaceAccumulator(String code, String name, String region) {
      this.code = code;
      this.name = name;
      this.region = region;
    }

    void add(List<Money> grant) {
      projects++;
      grant.forEach(g -> grants.merge(g.getCurrency().value(), g.getAmount(), BigDecimal::add));
    }

    PlaceRow row() {
      return new PlaceRow(code, name, region, projects, grants);
    }
  }

  private PortfolioReport(Builder b) {
    this.locale = b.locale;
    projects = b.projects.finish();
    byCall = counts(b.calls);
    byStatus = counts(b.statuses);
    byYear = counts(b.years);
    b.money.values().forEach(m -> budgets.add(m.row()));
    organisations.addAll(b.organisationRows.values());
    // The lists grew by half as they filled: give back what they did not use.
    organisations.forEach(o -> {
      ((ArrayList<String>) o.projects()).trimToSize();
      ((ArrayList<String>) o.roles()).trimToSize();
    });
    b.pairs.forEach((pair, shared) -> {
      String[] ids = pair.split("\n");
      collaborations.add(new CollaborationRow(ids[0], ids[1], shared));
    });
    b.places.values().forEach(row -> territories.add(new TerritoryRow(row.kind(), row.key(), row.name(), row.projects())));
    b.totals.values().stream().filter(t -> t.projects.size() > 1).forEach(t -> indicatorTotals.add(t.row()));
    indicators = b.indicators.finish();
    Map<Fact, Integer> facts = new java.util.EnumMap<>(Fact.class);
    for (Fact fact : Fact.values()) {
      facts.put(fact, b.stating.getOrDefault(fact, 0));
    }
    stating = java.util.Collections.unmodifiableMap(facts);
    b.currencies.values().forEach(c -> money.add(new CurrencyTotal(c.currency, c.total, c.grant, c.totals, c.grants)));
    b.yearStatus.forEach((year, counts) -> byYearAndStatus.add(new YearStatusRow(year, counts)));
    List<CountRow> buckets = new ArrayList<>();
    b.durations.forEach((bucket, count) -> {
      if (!bucket.equals(NONE) || count > 0) {
        buckets.add(new CountRow(bucket, count));
      }
    });
    durations = List.copyOf(buckets);
    List<CountRow> sizes = new ArrayList<>();
    b.participants.forEach((size, count) -> sizes.add(new CountRow(Integer.toString(size), count)));
    participantsPerProject = List.copyOf(sizes);
    b.regions.values().forEach(p -> regions.add(p.row()));
    b.provinces.values().forEach(p -> provinces.add(p.row()));
    b.abroad.values().forEach(p -> countriesAbroad.add(p.row()));
    unplacedComuni = List.copyOf(b.unplaced);
    b.organisationRows.keySet().forEach(id -> network.add(b.nodes.get(id)));
    details = List.copyOf(b.details);
    firstYear = Optional.ofNullable(b.firstYear);
    lastYear = Optional.ofNullable(b.lastYear);
    funders = b.funders.size();
    indicatorCount = b.indicatorCount;
    indicatorsCompared = b.indicatorsCompared;
    indicatorsReached = b.indicatorsReached;
    warnings = b.organisationKeys.warnings();
  }

  /**
   * Starts a report whose projects are added one at a time.
   *
   * @param locale the language of titles and names
   * @return a builder
   */
  public static Builder builder(Locale locale) {
    return new Builder(locale);
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
    return builder(locale).addAll(projects).build();
  }

  /**
   * Computes the report of a portfolio, its projects taken with the shared organisations.
   *
   * @param portfolio the portfolio
   * @param locale the language of titles and names
   * @return the report
   */
  public static PortfolioReport of(Portfolio portfolio, Locale locale) {
    return builder(locale).addAll(portfolio.standaloneProjects()).build();
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
    /** Null until a project states one: an unknown amount is no 0. */
    BigDecimal total;
    BigDecimal grant;
    /** Projects are added one after the other: a project already counted is the last one. */
    final List<String> projects = new ArrayList<>();

    BudgetAccumulator(String group, String key, String currency) {
      this.group = group;
      this.key = key;
      this.currency = currency;
    }

    BudgetRow row() {
      return new BudgetRow(group, key, currency, Optional.ofNullable(total), Optional.ofNullable(grant), List.copyOf(projects));
    }
  }

  private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
    return sum == null ? amount : sum.add(amount);
  }

  private static void budgets(Project project, Optional<String> call, List<Money> grants, Map<String, BudgetAccumulator> money,
      Set<String> funders) {
    project.getBudget().ifPresent(budget -> {
      String callKey = call.orElse(NONE);
      budget.getTotal().ifPresent(total -> {
        BudgetAccumulator row = add(money, "call", callKey, total, project);
        row.total = plus(row.total, total.getAmount());
      });
      for (Money grant : grants) {
        BudgetAccumulator row = add(money, "call", callKey, grant, project);
        row.grant = plus(row.grant, grant.getAmount());
      }
      for (Funding funding : budget.getFunding()) {
        if (funding.getKind() == FundingKind.GRANT && funding.getAmount().isPresent()) {
          String funder = project.organisation(dev.progetto.model.OrganisationId.of(funding.getSource()))
              .map(Organisation::displayName).orElse(funding.getSource());
          funders.add(funder);
          BudgetAccumulator row = add(money, "funder", funder, funding.getAmount().get(), project);
          row.grant = plus(row.grant, funding.getAmount().get().getAmount());
        }
      }
    });
  }

  private static BudgetAccumulator add(Map<String, BudgetAccumulator> money, String group, String key, Money amount, Project project) {
    String currency = amount.getCurrency().value();
    BudgetAccumulator row = money.computeIfAbsent(group + "\n" + key + "\n" + currency, k -> new BudgetAccumulator(group, key, currency));
    String id = project.getId().value();
    if (row.projects.isEmpty() || !row.projects.get(row.projects.size() - 1).equals(id)) {
      row.projects.add(id);
    }
    return row;
  }

  /** An organisation's row while the projects are counted: its roles grow. */
  record OrganisationDraft(String id, String name, Optional<String> country, List<String> projects, List<String> roles) {

    /** Records the role of the organisation in a project; projects come one after the other, so a project seen is the last one. */
    void role(String project, String role) {
      int last = projects.size() - 1;
      if (last >= 0 && projects.get(last).equals(project)) {
        roles.set(last, role);
      } else {
        projects.add(project);
        roles.add(role);
      }
    }

    OrganisationRow row() {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < projects.size(); i++) {
        map.put(projects.get(i), roles.get(i));
      }
      return new OrganisationRow(id, name, country, map);
    }
  }

  /** A place's row while the projects are counted: its projects grow. */
  private record PlaceDraft(String kind, String key, String name, List<String> projects) {}

  private static void network(Project project, OrganisationKeys keys, Map<String, OrganisationDraft> rows,
      Map<String, NetworkNode> nodes, Map<String, List<String>> pairs) {
    List<String> taking = new ArrayList<>();
    for (Participant participant : project.getParticipants()) {
      Optional<Organisation> organisation = project.organisation(participant.getOrganisation());
      // Ids are each document's own: organisations that share an identifier are one.
      String id = keys.key(project.getId().value(), participant.getOrganisation(), organisation);
      OrganisationDraft row = rows.computeIfAbsent(id, k -> new OrganisationDraft(id,
          organisation.map(Organisation::displayName).orElse(id), organisation.flatMap(Organisation::getCountry).map(CountryCode::value),
          new ArrayList<>(), new ArrayList<>()));
      row.role(project.getId().value(), participant.getRole().code());
      if (!taking.contains(id)) {
        taking.add(id);
        Optional<LegalForm> form = organisation.flatMap(Organisation::getLegalForm);
        NetworkNode node = nodes.get(id);
        nodes.put(id, new NetworkNode(id, row.name(), row.country(),
            node != null && node.legalForm().isPresent() ? node.legalForm() : form.map(LegalForm::code),
            node != null && node.publicBody().isPresent() ? node.publicBody() : form.map(LegalForm::isPublicBody),
            node == null ? 1 : node.projects() + 1));
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
    List<String> ids = row.projects();
    // Projects are added one after the other: a project naming a place twice is its last id.
    if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(project.getId().value())) {
      ids.add(project.getId().value());
    }
  }

  private static final class TotalAccumulator {
    final String code;
    final String unit;
    BigDecimal target = BigDecimal.ZERO;
    /** Null until an indicator is measured. */
    BigDecimal measured;
    BigDecimal measuredTarget = BigDecimal.ZERO;
    final List<String> projects = new ArrayList<>();
    final List<String> measuredProjects = new ArrayList<>();

    TotalAccumulator(String code, String unit) {
      this.code = code;
      this.unit = unit;
    }

    IndicatorTotalRow row() {
      return new IndicatorTotalRow(code, unit, target, Optional.ofNullable(measured), measuredTarget, projects, measuredProjects);
    }
  }

  private static List<IndicatorRow> indicators(Project project, Map<String, TotalAccumulator> totals, Locale locale, boolean make) {
    List<IndicatorRow> rows = new ArrayList<>();
    ReportText text = ReportText.of(locale);
    for (Indicator indicator : project.getIndicators()) {
      Optional<Progress> progress = indicator.progress();
      if (indicator.getCode().isPresent() && indicator.getUnit().isPresent() && indicator.getTarget().isPresent()) {
        Quantity target = indicator.getTarget().get();
        String key = indicator.getCode().get() + "\n" + indicator.getUnit().get().code() + "\n" + target.getPer().code();
        TotalAccumulator total = totals.computeIfAbsent(key, k -> new TotalAccumulator(indicator.getCode().get(),
            indicator.getUnit().get().code()));
        total.target = total.target.add(target.reference());
        total.projects.add(project.getId().value());
        if (progress.isPresent()) {
          total.measured = plus(total.measured, progress.get().getMeasured());
          total.measuredTarget = total.measuredTarget.add(target.reference());
          total.measuredProjects.add(project.getId().value());
        }
      }
      if (!make) {
        continue;
      }
      Optional<Measurement> latest = indicator.latestMeasurement();
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
      rows.add(new IndicatorRow(project.getId().value(), indicator.getId().value(), indicator.getCode(),
          indicator.getName().map(n -> n.resolve(locale)).orElse(indicator.getId().value()),
          indicator.getUnit().map(u -> u.code()), indicator.getTarget().map(text::quantity),
          latest.map(m -> text.quantity(m.getValue())), progress.flatMap(PortfolioReport::percent), progress.map(Progress::isReached),
          breakdown.toString(), indicator.getTarget(), latest.map(Measurement::getValue)));
    }
    return rows;
  }

  /**
   * Returns how many projects the report has.
   *
   * @return the number of projects
   */
  public int getProjectCount() {
    return projects.size();
  }

  /**
   * Returns how many projects state each fact, for the headline's "12 of 19 projects state a
   * budget".
   *
   * @return every fact with its count
   */
  public Map<Fact, Integer> getStating() {
    return stating;
  }

  /**
   * Returns the total budgets and grants, one row per currency.
   *
   * @return the rows, sorted by currency
   */
  public List<CurrencyTotal> getMoney() {
    return List.copyOf(money);
  }

  /**
   * Returns how many projects start in each year, by status.
   *
   * @return the rows, sorted by year
   */
  public List<YearStatusRow> getProjectsByYearAndStatus() {
    return List.copyOf(byYearAndStatus);
  }

  /**
   * Returns how many projects last how long, in buckets of months ({@code 0-6}, {@code 7-12},
   * {@code 13-18}, {@code 19-24}, {@code 25-36}, {@code 37-48}, {@code 49+}; {@code (none)} for
   * projects without a duration); a period known to the year or month counts at the middle of the
   * range its dates allow.
   *
   * @return the buckets, shortest first
   */
  public List<CountRow> getDurations() {
    return durations;
  }

  /**
   * Returns how many projects have each number of participants.
   *
   * @return the rows, sorted by the number of participants
   */
  public List<CountRow> getParticipantsPerProject() {
    return participantsPerProject;
  }

  /**
   * Returns the Italian regions (NUTS 2) the projects reach: named as NUTS codes of level 2 or 3,
   * or through their comuni (by ISTAT code, else by a name one comune has).
   *
   * @return the rows, sorted by NUTS code
   */
  public List<PlaceRow> getRegions() {
    return List.copyOf(regions);
  }

  /**
   * Returns the Italian provinces the projects reach through their comuni.
   *
   * @return the rows, sorted by sigla
   */
  public List<PlaceRow> getProvinces() {
    return List.copyOf(provinces);
  }

  /**
   * Returns the countries other than Italy the projects name.
   *
   * @return the rows, sorted by country code
   */
  public List<PlaceRow> getCountriesAbroad() {
    return List.copyOf(countriesAbroad);
  }

  /**
   * Returns the names of comuni that could not be placed: unknown, or shared by comuni of several
   * provinces and given without an ISTAT code.
   *
   * @return the names, sorted
   */
  public List<String> getUnplacedComuni() {
    return unplacedComuni;
  }

  /**
   * Returns the organisations of the partner network with their legal forms and project counts.
   *
   * @return the nodes, in order of first appearance
   */
  public List<NetworkNode> getNetwork() {
    return List.copyOf(network);
  }

  /**
   * Returns the detail of the first projects' own sections (see {@link Builder#detailLimit}).
   *
   * @return the details, in project order
   */
  public List<ProjectDetail> getDetails() {
    return details;
  }

  /**
   * Returns the first year a project starts or ends in.
   *
   * @return the year, or empty when no project has a period
   */
  public Optional<Integer> getFirstYear() {
    return firstYear;
  }

  /**
   * Returns the last year a project starts or ends in.
   *
   * @return the year, or empty when no project has a period
   */
  public Optional<Integer> getLastYear() {
    return lastYear;
  }

  /**
   * Returns how many indicators the projects have, those beyond the builder's indicator limit
   * included.
   *
   * @return the number of indicators
   */
  public int getIndicatorCount() {
    return indicatorCount;
  }

  /**
   * Returns how many indicators have a target and a measurement to compare.
   *
   * @return the number of indicators
   */
  public int getIndicatorsCompared() {
    return indicatorsCompared;
  }

  /**
   * Returns how many indicators have reached their target.
   *
   * @return the number of indicators
   */
  public int getIndicatorsReached() {
    return indicatorsReached;
  }

  /**
   * Returns how many funders the projects' grants come from.
   *
   * @return the number of distinct funders
   */
  public int getFunderCount() {
    return funders;
  }

  /**
   * Returns what the report could not tell for sure, in the report's language: an organisation id
   * that carries different names in different projects (ids are each document's own, and the
   * report counts such an id as one organisation unless an identifier tells them apart).
   *
   * @return the warnings, in the order they arose
   */
  public List<String> getWarnings() {
    return warnings;
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
    return projects.list();
  }

  /**
   * Hands each project's row to an action, in order, without making a list of them: for a report
   * whose rows are on disk (see {@link Builder#rowsOnDisk}), each row is read back as it is handed.
   *
   * @param action what to do with each row
   * @throws java.io.UncheckedIOException when rows on disk cannot be read
   */
  public void forEachProject(java.util.function.Consumer<? super ProjectRow> action) {
    projects.forEach(action);
  }

  /**
   * Hands each indicator's row to an action, in order, as {@link #forEachProject} does.
   *
   * @param action what to do with each row
   * @throws java.io.UncheckedIOException when rows on disk cannot be read
   */
  public void forEachIndicator(java.util.function.Consumer<? super IndicatorRow> action) {
    indicators.forEach(action);
  }

  /**
   * Returns how many indicator rows {@link #getIndicators()} has: every indicator, or those the
   * builder's indicator limit kept.
   *
   * @return the number of rows
   */
  public int getIndicatorRowCount() {
    return indicators.size();
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
    List<OrganisationRow> rows = new ArrayList<>(organisations.size());
    organisations.forEach(o -> rows.add(o.row()));
    return Collections.unmodifiableList(rows);
  }

  /** Hands each organisation, with its projects and roles in two lists, to an action: no row's map is made. */
  void forEachOrganisation(java.util.function.Consumer<? super OrganisationDraft> action) {
    organisations.forEach(action);
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
   * Returns every indicator with its target and latest measurement, up to the builder's indicator
   * limit.
   *
   * @return the rows, in project order
   */
  public List<IndicatorRow> getIndicators() {
    return indicators.list();
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
