package dev.progetto.examples.spark;

import dev.progetto.model.Budget;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.Indicator;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Progress;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A project as the roll-ups need it: one flat row with a few nested lists, made on the executor
 * from the model, so that Spark groups plain columns. Each value is taken from the project as
 * {@code PortfolioReport} takes it. Amounts are decimal text ({@link BigDecimal#toString()}), so
 * that sums keep the scale the report's {@code BigDecimal} sums have; Spark's decimal type would fix one.
 *
 * <p>A JavaBean for {@code Encoders.bean}: public, with a no-argument constructor and accessors.
 */
public final class ProjectRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the report writes for a project without a call, a status or a start year. */
  public static final String NONE = "(none)";

  private String id;
  private String file;
  private long line;
  private long ordinal;
  private String title;
  private String call;
  private String status;
  private String year;
  private String lead;
  private List<MoneyEntry> money = new ArrayList<>();
  private List<Pair> pairs = new ArrayList<>();
  private List<Place> places = new ArrayList<>();
  private List<IndicatorEntry> indicators = new ArrayList<>();
  private int indicatorCount;
  private int indicatorsCompared;
  private int indicatorsReached;

  /** An empty row, for Spark. */
  public ProjectRecord() {}

  /**
   * Makes the row of a project.
   *
   * @param project the project
   * @param file the file it was read from
   * @param line its line
   * @param ordinal where its line is among all inputs
   * @param locale the language of the title
   * @return the row
   */
  public static ProjectRecord of(Project project, String file, long line, long ordinal, Locale locale) {
    ProjectRecord row = new ProjectRecord();
    String projectId = project.getId().value();
    row.id = projectId;
    row.file = file;
    row.line = line;
    row.ordinal = ordinal;
    row.title = project.getTitle().resolve(locale);
    Optional<String> call = project.getCall().map(c -> c.getId().value());
    row.call = call.orElse(NONE);
    row.status = project.getStatus().map(s -> s.code()).orElse(NONE);
    row.year = project.getPeriod().flatMap(Period::getStart).map(PartialDate::getYear).map(String::valueOf).orElse(NONE);
    row.lead = project.leadOrganisation().map(Organisation::displayName).orElse(null);
    project.getBudget().ifPresent(budget -> row.money(project, budget, call.orElse(NONE)));
    row.network(project);
    row.territory(project);
    row.indicators(project);
    return row;
  }

  private void money(Project project, Budget budget, String callKey) {
    budget.getTotal().ifPresent(total -> money.add(MoneyEntry.of("call", callKey, total, total.getAmount(), null)));
    // The grant of a call is each project's grant as the report counts it, one amount per currency.
    for (Money grant : dev.progetto.report.PortfolioReport.grants(project)) {
      money.add(MoneyEntry.of("call", callKey, grant, null, grant.getAmount()));
    }
    for (Funding funding : budget.getFunding()) {
      if (funding.getKind() == FundingKind.GRANT && funding.getAmount().isPresent()) {
        String funder = project.organisation(OrganisationId.of(funding.getSource()))
            .map(Organisation::displayName).orElse(funding.getSource());
        Money amount = funding.getAmount().get();
        money.add(MoneyEntry.of("funder", funder, amount, null, amount.getAmount()));
      }
    }
  }

  private void network(Project project) {
    List<String> taking = new ArrayList<>();
    for (Participant participant : project.getParticipants()) {
      String organisation = participant.getOrganisation().value();
      if (!taking.contains(organisation)) {
        taking.add(organisation);
      }
    }
    taking.sort(null);
    for (int i = 0; i < taking.size(); i++) {
      for (int j = i + 1; j < taking.size(); j++) {
        pairs.add(new Pair(taking.get(i), taking.get(j)));
      }
    }
  }

  private void territory(Project project) {
    project.getTerritory().ifPresent(territory -> {
      for (Municipality comune : territory.getMunicipalities()) {
        place("comune", comune.getIstat().orElse(comune.getName().toLowerCase(Locale.ROOT)), comune.getName());
      }
      territory.getRegions().forEach(region -> place("region", region, region));
      territory.getCountries().forEach(country -> place("country", country.value(), country.value()));
    });
  }

  private void place(String kind, String key, String name) {
    for (Place place : places) {
      if (place.kind.equals(kind) && place.key.equals(key)) {
        return; // named twice by one project: counted once, first name kept
      }
    }
    places.add(new Place(kind, key, name, places.size()));
  }

  private void indicators(Project project) {
    for (Indicator indicator : project.getIndicators()) {
      Optional<Progress> progress = indicator.progress();
      indicatorCount++;
      indicatorsCompared += progress.flatMap(Progress::percent).isPresent() ? 1 : 0;
      indicatorsReached += progress.map(Progress::isReached).orElse(false) ? 1 : 0;
      if (indicator.getCode().isPresent() && indicator.getUnit().isPresent() && indicator.getTarget().isPresent()) {
        Quantity target = indicator.getTarget().get();
        indicators.add(new IndicatorEntry(indicator.getCode().get(), indicator.getUnit().get().code(), target.getPer().code(),
            target.reference().toString(), progress.map(Progress::getMeasured).map(BigDecimal::toString).orElse(null),
            indicators.size()));
      }
    }
  }

  /** An amount of a project's budget, by call or by funder. */
  public static final class MoneyEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    private String group;
    private String key;
    private String currency;
    private String total;
    private String grant;

    /** An empty entry, for Spark. */
    public MoneyEntry() {}

    static MoneyEntry of(String group, String key, Money amount, BigDecimal total, BigDecimal grant) {
      MoneyEntry entry = new MoneyEntry();
      entry.group = group;
      entry.key = key;
      entry.currency = amount.getCurrency().value();
      entry.total = total == null ? null : total.toString();
      entry.grant = grant == null ? null : grant.toString();
      return entry;
    }

    /** @return {@code call} or {@code funder} */
    public String getGroup() {
      return group;
    }

    /** @param group {@code call} or {@code funder} */
    public void setGroup(String group) {
      this.group = group;
    }

    /** @return the call id or the funder's name */
    public String getKey() {
      return key;
    }

    /** @param key the call id or the funder's name */
    public void setKey(String key) {
      this.key = key;
    }

    /** @return the currency code */
    public String getCurrency() {
      return currency;
    }

    /** @param currency the currency code */
    public void setCurrency(String currency) {
      this.currency = currency;
    }

    /** @return the total budget as decimal text, or null */
    public String getTotal() {
      return total;
    }

    /** @param total the total budget as decimal text, or null */
    public void setTotal(String total) {
      this.total = total;
    }

    /** @return the grant as decimal text, or null */
    public String getGrant() {
      return grant;
    }

    /** @param grant the grant as decimal text, or null */
    public void setGrant(String grant) {
      this.grant = grant;
    }
  }

  /** Two organisations of one project, the first id sorting before the second. */
  public static final class Pair implements Serializable {
    private static final long serialVersionUID = 1L;
    private String first;
    private String second;

    /** An empty pair, for Spark. */
    public Pair() {}

    Pair(String first, String second) {
      this.first = first;
      this.second = second;
    }

    /** @return the first organisation id */
    public String getFirst() {
      return first;
    }

    /** @param first the first organisation id */
    public void setFirst(String first) {
      this.first = first;
    }

    /** @return the second organisation id */
    public String getSecond() {
      return second;
    }

    /** @param second the second organisation id */
    public void setSecond(String second) {
      this.second = second;
    }
  }

  /** A place a project names: a comune, a region or a country. */
  public static final class Place implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind;
    private String key;
    private String name;
    private int position;

    /** An empty place, for Spark. */
    public Place() {}

    Place(String kind, String key, String name, int position) {
      this.kind = kind;
      this.key = key;
      this.name = name;
      this.position = position;
    }

    /** @return {@code comune}, {@code region} or {@code country} */
    public String getKind() {
      return kind;
    }

    /** @param kind {@code comune}, {@code region} or {@code country} */
    public void setKind(String kind) {
      this.kind = kind;
    }

    /** @return the ISTAT code or the lower-case name of a comune; the NUTS or ISO code */
    public String getKey() {
      return key;
    }

    /** @param key the place's key */
    public void setKey(String key) {
      this.key = key;
    }

    /** @return the name as written */
    public String getName() {
      return name;
    }

    /** @param name the name as written */
    public void setName(String name) {
      this.name = name;
    }

    /** @return where the project names it among its places, from 0 */
    public int getPosition() {
      return position;
    }

    /** @param position where the project names it among its places */
    public void setPosition(int position) {
      this.position = position;
    }
  }

  /** An indicator with a catalogue code, a unit and a target: one that totals add up. */
  public static final class IndicatorEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String unit;
    private String per;
    private String target;
    private String measured;
    private int position;

    /** An empty entry, for Spark. */
    public IndicatorEntry() {}

    IndicatorEntry(String code, String unit, String per, String target, String measured, int position) {
      this.code = code;
      this.unit = unit;
      this.per = per;
      this.target = target;
      this.measured = measured;
      this.position = position;
    }

    /** @return the catalogue code */
    public String getCode() {
      return code;
    }

    /** @param code the catalogue code */
    public void setCode(String code) {
      this.code = code;
    }

    /** @return the unit code */
    public String getUnit() {
      return unit;
    }

    /** @param unit the unit code */
    public void setUnit(String unit) {
      this.unit = unit;
    }

    /** @return the target's period code */
    public String getPer() {
      return per;
    }

    /** @param per the target's period code */
    public void setPer(String per) {
      this.per = per;
    }

    /** @return the target's reference number as decimal text */
    public String getTarget() {
      return target;
    }

    /** @param target the target's reference number as decimal text */
    public void setTarget(String target) {
      this.target = target;
    }

    /** @return the latest measured value as decimal text, null when none */
    public String getMeasured() {
      return measured;
    }

    /** @param measured the latest measured value as decimal text */
    public void setMeasured(String measured) {
      this.measured = measured;
    }

    /** @return where it is among the project's totalled indicators, from 0 */
    public int getPosition() {
      return position;
    }

    /** @param position where it is among the project's totalled indicators */
    public void setPosition(int position) {
      this.position = position;
    }
  }

  /** @return the project id */
  public String getId() {
    return id;
  }

  /** @param id the project id */
  public void setId(String id) {
    this.id = id;
  }

  /** @return the file it was read from */
  public String getFile() {
    return file;
  }

  /** @param file the file it was read from */
  public void setFile(String file) {
    this.file = file;
  }

  /** @return its line */
  public long getLine() {
    return line;
  }

  /** @param line its line */
  public void setLine(long line) {
    this.line = line;
  }

  /** @return where its line is among all inputs: files in order, then lines */
  public long getOrdinal() {
    return ordinal;
  }

  /** @param ordinal where its line is among all inputs */
  public void setOrdinal(long ordinal) {
    this.ordinal = ordinal;
  }

  /** @return the title in the report's language */
  public String getTitle() {
    return title;
  }

  /** @param title the title in the report's language */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return the call id, or {@value #NONE} */
  public String getCall() {
    return call;
  }

  /** @param call the call id, or {@value #NONE} */
  public void setCall(String call) {
    this.call = call;
  }

  /** @return the status code, or {@value #NONE} */
  public String getStatus() {
    return status;
  }

  /** @param status the status code, or {@value #NONE} */
  public void setStatus(String status) {
    this.status = status;
  }

  /** @return the start year, or {@value #NONE} */
  public String getYear() {
    return year;
  }

  /** @param year the start year, or {@value #NONE} */
  public void setYear(String year) {
    this.year = year;
  }

  /** @return the lead organisation's name, or null */
  public String getLead() {
    return lead;
  }

  /** @param lead the lead organisation's name, or null */
  public void setLead(String lead) {
    this.lead = lead;
  }

  /** @return the budget's amounts by call and by funder */
  public List<MoneyEntry> getMoney() {
    return money;
  }

  /** @param money the budget's amounts */
  public void setMoney(List<MoneyEntry> money) {
    this.money = money;
  }

  /** @return the pairs of its participating organisations */
  public List<Pair> getPairs() {
    return pairs;
  }

  /** @param pairs the pairs of its participating organisations */
  public void setPairs(List<Pair> pairs) {
    this.pairs = pairs;
  }

  /** @return the places it names, each once */
  public List<Place> getPlaces() {
    return places;
  }

  /** @param places the places it names */
  public void setPlaces(List<Place> places) {
    this.places = places;
  }

  /** @return its indicators that totals add up */
  public List<IndicatorEntry> getIndicators() {
    return indicators;
  }

  /** @param indicators its indicators that totals add up */
  public void setIndicators(List<IndicatorEntry> indicators) {
    this.indicators = indicators;
  }

  /** @return how many indicators it has */
  public int getIndicatorCount() {
    return indicatorCount;
  }

  /** @param indicatorCount how many indicators it has */
  public void setIndicatorCount(int indicatorCount) {
    this.indicatorCount = indicatorCount;
  }

  /** @return how many of its indicators compare a measurement with a target */
  public int getIndicatorsCompared() {
    return indicatorsCompared;
  }

  /** @param indicatorsCompared how many of its indicators compare a measurement with a target */
  public void setIndicatorsCompared(int indicatorsCompared) {
    this.indicatorsCompared = indicatorsCompared;
  }

  /** @return how many of its indicators reach their target */
  public int getIndicatorsReached() {
    return indicatorsReached;
  }

  /** @param indicatorsReached how many of its indicators reach their target */
  public void setIndicatorsReached(int indicatorsReached) {
    this.indicatorsReached = indicatorsReached;
  }
}
