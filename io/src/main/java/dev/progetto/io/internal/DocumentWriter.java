package dev.progetto.io.internal;

import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.BudgetLine;
import dev.progetto.model.Call;
import dev.progetto.model.CallRef;
import dev.progetto.model.CurrencyCode;
import dev.progetto.model.Document;
import dev.progetto.model.Extensions;
import dev.progetto.model.Funding;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.IndicatorDefinition;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Organisation;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.Territory;
import dev.progetto.model.WorkPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model document into a tree of plain values in canonical form: the field order of the
 * format, shorthands where they lose nothing, empty lists and absent values left out.
 */
public final class DocumentWriter {

  private final String language;
  private final CurrencyCode currency;

  private DocumentWriter(String language, CurrencyCode currency) {
    this.language = language;
    this.currency = currency;
  }

  /**
   * Returns the canonical tree of a document.
   *
   * @throws IllegalArgumentException if a text holds a surrogate that is not one half of a pair:
   *     it is not a character, no file of the format can hold it, and the reader refuses it, so
   *     it is refused here rather than written as something else
   */
  public static Map<String, Object> tree(Document document) {
    Map<String, Object> tree = build(document);
    checkTexts(tree);
    return tree;
  }

  /**
   * Refuses a tree with a text that holds an unpaired surrogate, naming where it is. The pointer
   * is made only for the text found, on the way back, so that a clean tree costs one scan.
   */
  private static void checkTexts(Map<String, Object> tree) {
    StringBuilder pointer = new StringBuilder();
    String text = unpairedText(tree, pointer);
    if (text != null) {
      int at = unpairedSurrogate(text);
      throw new IllegalArgumentException(String.format("cannot write %s: the text has the unpaired surrogate U+%04X at"
          + " character %d, which is not a character and which no file of the format can hold",
          pointer.length() == 0 ? "/" : pointer, (int) text.charAt(at), at + 1));
    }
  }

  /** The first text under a node with an unpaired surrogate, its pointer put in front of {@code pointer}; null when none. */
  private static @Nullable String unpairedText(@Nullable Object node, StringBuilder pointer) {
    if (node instanceof String) {
      return unpairedSurrogate((String) node) >= 0 ? (String) node : null;
    }
    if (node instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
        String key = String.valueOf(entry.getKey());
        String found = unpairedSurrogate(key) >= 0 ? key : unpairedText(entry.getValue(), pointer);
        if (found != null) {
          pointer.insert(0, "/" + key.replace("~", "~0").replace("/", "~1"));
          return found;
        }
      }
    } else if (node instanceof List<?>) {
      List<?> list = (List<?>) node;
      for (int i = 0; i < list.size(); i++) {
        String found = unpairedText(list.get(i), pointer);
        if (found != null) {
          pointer.insert(0, "/" + i);
          return found;
        }
      }
    }
    return null;
  }

  /** The index of the first surrogate of a text that is not one half of a pair, or -1. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  private static Map<String, Object> build(Document document) {
    if (document instanceof Project) {
      Project project = (Project) document;
      DocumentWriter writer = writerFor(project.getLanguage(), project.getCurrency());
      Map<String, Object> out = header("project", project.getSchema(), project.getLanguage(), project.getCurrency());
      writer.project(project, out);
      return out;
    }
    if (document instanceof Portfolio) {
      return portfolio((Portfolio) document);
    }
    if (document instanceof Call) {
      return call((Call) document);
    }
    return catalogue((IndicatorCatalogue) document);
  }

  private static DocumentWriter writerFor(Optional<String> language, Optional<CurrencyCode> currency) {
    return new DocumentWriter(language.orElse(LocalizedText.DEFAULT_LANGUAGE), currency.orElse(CurrencyCode.EUR));
  }

  private static Map<String, Object> header(String kind, Optional<String> schema, Optional<String> language,
      Optional<CurrencyCode> currency) {
    Map<String, Object> out = new LinkedHashMap<>();
    schema.ifPresent(value -> out.put("$schema", value));
    out.put("format", BigDecimal.ONE);
    out.put("kind", kind);
    language.ifPresent(value -> out.put("language", value));
    currency.ifPresent(value -> out.put("currency", value.value()));
    return out;
  }

  private static Map<String, Object> portfolio(Portfolio portfolio) {
    DocumentWriter writer = writerFor(portfolio.getLanguage(), portfolio.getCurrency());
    Map<String, Object> out = header("portfolio", portfolio.getSchema(), portfolio.getLanguage(), portfolio.getCurrency());
    out.put("id", portfolio.getId().value());
    out.put("title", writer.text(portfolio.getTitle()));
    portfolio.getDescription().ifPresent(d -> out.put("description", writer.text(d)));
    portfolio.getOwner().ifPresent(o -> out.put("owner", o.value()));
    portfolio.getCompleteness().ifPresent(c -> out.put("completeness", c.code()));
    list(out, "organisations", portfolio.getOrganisations(), writer::organisation);
    list(out, "projects", portfolio.getProjects(), project -> {
      Map<String, Object> body = new LinkedHashMap<>();
      writer.project(project, body);
      return body;
    });
    list(out, "sources", portfolio.getSources(), DocumentWriter::source);
    extensions(out, portfolio.getExtensions());
    return out;
  }

  private static Map<String, Object> call(Call call) {
    DocumentWriter writer = writerFor(call.getLanguage(), Optional.empty());
    Map<String, Object> out = header("call", call.getSchema(), call.getLanguage(), Optional.empty());
    out.put("id", call.getId().value());
    call.getParent().ifPresent(p -> out.put("extends", p.value()));
    if (call.isAbstractCall()) {
      out.put("abstract", Boolean.TRUE);
    }
    call.getName().ifPresent(n -> out.put("name", writer.text(n)));
    call.getDescription().ifPresent(d -> out.put("description", writer.text(d)));
    call.getProgramme().ifPresent(v -> out.put("programme", v));
    call.getAction().ifPresent(v -> out.put("action", v));
    call.getField().ifPresent(v -> out.put("field", v));
    call.getYear().ifPresent(v -> out.put("year", BigDecimal.valueOf(v)));
    call.getFunder().ifPresent(v -> out.put("funder", v));
    call.getManagingAuthority().ifPresent(v -> out.put("managingAuthority", v));
    call.getUrl().ifPresent(v -> out.put("url", v));
    call.getPeriod().ifPresent(p -> out.put("period", period(p)));
    if (!call.getRules().isEmpty()) {
      Map<String, Object> rules = new LinkedHashMap<>();
      call.getRules().forEach((id, setting) -> rules.put(id, ruleSetting(setting)));
      out.put("rules", rules);
    }
    list(out, "sources", call.getSources(), DocumentWriter::source);
    return out;
  }

  private static Map<String, Object> ruleSetting(RuleSetting setting) {
    Map<String, Object> out = new LinkedHashMap<>();
    setting.getParameters().asMap().forEach(out::put);
    setting.getSeverity().ifPresent(s -> out.put("severity", s.code()));
    setting.getConfidence().ifPresent(c -> out.put("confidence", c.code()));
    setting.getSource().ifPresent(s -> out.put("source", BigDecimal.valueOf(s)));
    return out;
  }

  private static Map<String, Object> catalogue(IndicatorCatalogue catalogue) {
    DocumentWriter writer = writerFor(Optional.empty(), Optional.empty());
    Map<String, Object> out = header("indicator-catalogue", Optional.empty(), Optional.empty(), Optional.empty());
    out.put("id", catalogue.getId());
    catalogue.getName().ifPresent(n -> out.put("name", writer.text(n)));
    catalogue.getConfidence().ifPresent(c -> out.put("confidence", c.code()));
    list(out, "sources", catalogue.getSources(), DocumentWriter::source);
    list(out, "indicators", catalogue.getIndicators(), (IndicatorDefinition definition) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", definition.getCode());
      definition.getType().ifPresent(t -> item.put("type", t.code()));
      definition.getUnit().ifPresent(u -> item.put("unit", u.code()));
      definition.getName().ifPresent(n -> item.put("name", writer.text(n)));
      definition.getConfidence().ifPresent(c -> item.put("confidence", c.code()));
      return item;
    });
    return out;
  }

  private void project(Project project, Map<String, Object> out) {
    out.put("id", project.getId().value());
    out.put("title", text(project.getTitle()));
    project.getAcronym().ifPresent(v -> out.put("acronym", v));
    project.getSummary().ifPresent(v -> out.put("summary", text(v)));
    project.getDescription().ifPresent(v -> out.put("description", text(v)));
    project.getStatus().ifPresent(v -> out.put("status", v.code()));
    project.getCompleteness().ifPresent(v -> out.put("completeness", v.code()));
    list(out, "sectors", project.getSectors(), this::text);
    identifiers(out, project.getIdentifiers());
    project.getCall().ifPresent(c -> out.put("call", callRef(c)));
    project.getPeriod().ifPresent(p -> out.put("period", period(p)));
    list(out, "phases", project.getPhases(), phase -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", phase.getId().value());
      item.put("title", text(phase.getTitle()));
      phase.getPeriod().ifPresent(p -> item.put("period", period(p)));
      return item;
    });
    list(out, "relatedProjects", project.getRelatedProjects(), related -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("relation", related.getRelation().code());
      related.getProject().ifPresent(p -> item.put("project", p.value()));
      related.getTitle().ifPresent(t -> item.put("title", text(t)));
      related.getUrl().ifPresent(u -> item.put("url", u));
      return item;
    });
    list(out, "organisations", project.getOrganisations(), this::organisation);
    list(out, "participants", project.getParticipants(), this::participant);
    project.getTerritory().ifPresent(t -> out.put("territory", territory(t)));
    list(out, "objectives", project.getObjectives(), objective -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", objective.getId().value());
      item.put("description", text(objective.getDescription()));
      return item;
    });
    list(out, "activities", project.getActivities(), this::activity);
    list(out, "workPackages", project.getWorkPackages(), this::workPackage);
    list(out, "targetGroups", project.getTargetGroups(), this::targetGroup);
    list(out, "indicators", project.getIndicators(), this::indicator);
    project.getBudget().ifPresent(b -> out.put("budget", budget(b)));
    list(out, "links", project.getLinks(), link -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("url", link.getUrl());
      link.getTitle().ifPresent(t -> item.put("title", t));
      link.getType().ifPresent(t -> item.put("type", t.code()));
      return item;
    });
    list(out, "sources", project.getSources(), DocumentWriter::source);
    list(out, "waivers", project.getWaivers(), waiver -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("rule", waiver.getRule());
      waiver.getPath().ifPresent(p -> item.put("path", p));
      item.put("reason", waiver.getReason());
      return item;
    });
    extensions(out, project.getExtensions());
    project.getLastUpdated().ifPresent(d -> out.put("lastUpdated", d.toString()));
  }

  private Object text(LocalizedText text) {
    Map<String, String> texts = text.asMap();
    if (texts.size() == 1 && texts.containsKey(language)) {
      return texts.get(language);
    }
    return new LinkedHashMap<String, Object>(texts);
  }

  private Object money(Money money) {
    if (money.getCurrency().equals(currency)) {
      return money.getAmount();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount", money.getAmount());
    out.put("currency", money.getCurrency().value());
    return out;
  }

  private static Object quantity(Quantity quantity) {
    if (quantity.getKind() == Quantity.Kind.EXACT && quantity.getPer() == Quantity.Per.TOTAL) {
      return quantity.reference();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    switch (quantity.getKind()) {
      case RANGE:
        out.put("min", quantity.getMin().orElseThrow());
        out.put("max", quantity.getMax().orElseThrow());
        break;
      case EXACT:
        out.put("value", quantity.reference());
        break;
      default:
        out.put(quantity.getKind().code(), quantity.reference());
    }
    if (quantity.getPer() != Quantity.Per.TOTAL) {
      out.put("per", quantity.getPer().code());
    }
    return out;
  }

  private static Map<String, Object> period(Period period) {
    Map<String, Object> out = new LinkedHashMap<>();
    period.getStart().ifPresent(d -> out.put("start", d.toString()));
    period.getEnd().ifPresent(d -> out.put("end", d.toString()));
    period.getDeclaredDurationMonths().ifPresent(m -> out.put("durationMonths", BigDecimal.valueOf(m)));
    return out;
  }

  private Object callRef(CallRef call) {
    if (call.getObjectives().isEmpty() && call.getAction().isEmpty() && call.getActionType().isEmpty() && call.getNotice().isEmpty() && call.getUrl().isEmpty()) {
      return call.getId().value();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", call.getId().value());
    list(out, "objectives", call.getObjectives(), code -> code);
    call.getAction().ifPresent(a -> out.put("action", a));
    call.getActionType().ifPresent(a -> out.put("actionType", a));
    call.getNotice().ifPresent(n -> out.put("notice", text(n)));
    call.getUrl().ifPresent(u -> out.put("url", u));
    return out;
  }

  private Map<String, Object> organisation(Organisation organisation) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", organisation.getId().value());
    organisation.getName().ifPresent(v -> out.put("name", v));
    organisation.getShortName().ifPresent(v -> out.put("shortName", v));
    organisation.getLegalForm().ifPresent(v -> out.put("legalForm", v.code()));
    organisation.getCountry().ifPresent(v -> out.put("country", v.value()));
    identifiers(out, organisation.getIdentifiers());
    organisation.getAddress().ifPresent(v -> out.put("address", v));
    organisation.getMunicipality().ifPresent(v -> out.put("municipality", municipality(v)));
    organisation.getWebsite().ifPresent(v -> out.put("website", v));
    organisation.getDescription().ifPresent(v -> out.put("description", text(v)));
    organisation.getFounded().ifPresent(v -> out.put("founded", v.toString()));
    return out;
  }

  private static Map<String, Object> municipality(Municipality municipality) {
    Map<String, Object> out = new LinkedHashMap<>();
    municipality.getIstat().ifPresent(v -> out.put("istat", v));
    out.put("name", municipality.getName());
    return out;
  }

  private Map<String, Object> participant(Participant participant) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("organisation", participant.getOrganisation().value());
    out.put("role", participant.getRole().code());
    participant.getBudget().ifPresent(b -> out.put("budget", money(b)));
    participant.getJoined().ifPresent(j -> out.put("joined", j.toString()));
    return out;
  }

  private Map<String, Object> territory(Territory territory) {
    Map<String, Object> out = new LinkedHashMap<>();
    list(out, "countries", territory.getCountries(), c -> c.value());
    list(out, "regions", territory.getRegions(), r -> r);
    territory.getNutsVersion().ifPresent(v -> out.put("nutsVersion", v));
    list(out, "municipalities", territory.getMunicipalities(), DocumentWriter::municipality);
    list(out, "excludes", territory.getExcludes(), DocumentWriter::municipality);
    territory.getDescription().ifPresent(d -> out.put("description", text(d)));
    return out;
  }

  private Map<String, Object> activity(Activity activity) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", activity.getId().value());
    out.put("title", text(activity.getTitle()));
    activity.getDescription().ifPresent(d -> out.put("description", text(d)));
    activity.getPeriod().ifPresent(p -> out.put("period", period(p)));
    activity.getWorkPackage().ifPresent(w -> out.put("workPackage", w.value()));
    list(out, "organisations", activity.getOrganisations(), o -> o.value());
    return out;
  }

  private Map<String, Object> workPackage(WorkPackage workPackage) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", workPackage.getId().value());
    out.put("title", text(workPackage.getTitle()));
    workPackage.getLead().ifPresent(l -> out.put("lead", l.value()));
    workPackage.getType().ifPresent(t -> out.put("type", t.code()));
    workPackage.getBudget().ifPresent(b -> out.put("budget", money(b)));
    return out;
  }

  private Map<String, Object> targetGroup(TargetGroup group) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", group.getId().value());
    out.put("description", text(group.getDescription()));
    group.getCategory().ifPresent(c -> out.put("category", c.code()));
    group.getExpected().ifPresent(q -> out.put("expected", quantity(q)));
    if (!group.getComposition().isEmpty()) {
      Map<String, Object> composition = new LinkedHashMap<>();
      group.getComposition().forEach((key, value) -> composition.put(key, quantity(value)));
      out.put("composition", composition);
    }
    return out;
  }

  private Map<String, Object> indicator(Indicator indicator) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", indicator.getId().value());
    indicator.getCode().ifPresent(c -> out.put("code", c));
    indicator.getName().ifPresent(n -> out.put("name", text(n)));
    indicator.getType().ifPresent(t -> out.put("type", t.code()));
    indicator.getUnit().ifPresent(u -> out.put("unit", u.code()));
    indicator.getTargetGroup().ifPresent(g -> out.put("targetGroup", g.value()));
    indicator.getBaseline().ifPresent(b -> out.put("baseline", b));
    indicator.getTarget().ifPresent(t -> out.put("target", quantity(t)));
    list(out, "measurements", indicator.getMeasurements(), DocumentWriter::measurement);
    return out;
  }

  private static Map<String, Object> measurement(Measurement measurement) {
    Map<String, Object> out = new LinkedHashMap<>();
    measurement.getPeriod().ifPresent(period -> {
      boolean single = period.getStart().isPresent() && period.getStart().equals(period.getEnd())
          && period.getDeclaredDurationMonths().isEmpty();
      out.put("period", single ? period.getStart().get().toString() : period(period));
    });
    out.put("value", quantity(measurement.getValue()));
    if (!measurement.getDisaggregation().isEmpty()) {
      Map<String, Object> dimensions = new LinkedHashMap<>();
      measurement.getDisaggregation().forEach((dimension, categories) -> dimensions.put(dimension, new LinkedHashMap<String, Object>(categories)));
      out.put("disaggregation", dimensions);
    }
    measurement.getSource().ifPresent(s -> out.put("source", s));
    return out;
  }

  private Map<String, Object> budget(Budget budget) {
    Map<String, Object> out = new LinkedHashMap<>();
    budget.getTotal().ifPresent(m -> out.put("total", money(m)));
    budget.getRequestedGrant().ifPresent(m -> out.put("requestedGrant", money(m)));
    budget.getLumpSum().ifPresent(m -> out.put("lumpSum", money(m)));
    budget.getCoFinancingRate().ifPresent(r -> out.put("coFinancingRate", r));
    list(out, "lines", budget.getLines(), (BudgetLine line) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", line.getId().value());
      item.put("title", text(line.getTitle()));
      line.getAmount().ifPresent(m -> item.put("amount", money(m)));
      line.getWorkPackage().ifPresent(w -> item.put("workPackage", w.value()));
      return item;
    });
    list(out, "funding", budget.getFunding(), (Funding funding) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("source", funding.getSource());
      item.put("kind", funding.getKind().code());
      funding.getAmount().ifPresent(m -> item.put("amount", money(m)));
      return item;
    });
    return out;
  }

  private static Map<String, Object> source(Source source) {
    Map<String, Object> out = new LinkedHashMap<>();
    source.getUrl().ifPresent(v -> out.put("url", v));
    source.getTitle().ifPresent(v -> out.put("title", v));
    source.getSection().ifPresent(v -> out.put("section", v));
    source.getRetrieved().ifPresent(v -> out.put("retrieved", v.toString()));
    source.getConfidence().ifPresent(v -> out.put("confidence", v.code()));
    source.getNote().ifPresent(v -> out.put("note", v));
    return out;
  }

  private static void identifiers(Map<String, Object> out, Identifiers identifiers) {
    if (!identifiers.isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      identifiers.asMap().forEach((scheme, value) -> values.put(scheme.code(), value));
      out.put("identifiers", values);
    }
  }

  private static void extensions(Map<String, Object> out, Extensions extensions) {
    if (!extensions.isEmpty()) {
      Map<String, @Nullable Object> values = new LinkedHashMap<>(extensions.asMap());
      out.put("extensions", values);
    }
  }

  private static <T> void list(Map<String, Object> out, String key, List<T> items, Function<T, Object> mapper) {
    if (!items.isEmpty()) {
      List<Object> values = new ArrayList<>();
      for (T item : items) {
        values.add(mapper.apply(item));
      }
      out.put(key, values);
    }
  }
}
