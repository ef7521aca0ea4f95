package dev.progetto.io.internal;

import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.BudgetLine;
import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.CallRef;
import dev.progetto.model.Coded;
import dev.progetto.model.Confidence;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import dev.progetto.model.Extensions;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.IndicatorDefinition;
import dev.progetto.model.IndicatorType;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LegalForm;
import dev.progetto.model.Link;
import dev.progetto.model.LinkType;
import dev.progetto.model.LocalId;
import dev.progetto.model.Measurement;
import dev.progetto.model.Municipality;
import dev.progetto.model.Objective;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.Parameters;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Phase;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.RelatedProject;
import dev.progetto.model.Relation;
import dev.progetto.model.Role;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import dev.progetto.model.Source;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.TargetGroupCategory;
import dev.progetto.model.Territory;
import dev.progetto.model.Waiver;
import dev.progetto.model.WorkPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Maps a located tree to a model document, reporting every problem and going on where it can. */
public final class DocumentReader {

  static final String[] PROJECT_FIELDS = {"id", "title", "acronym", "summary", "description", "status", "sectors",
      "identifiers", "call", "period", "phases", "relatedProjects", "organisations", "participants", "territory",
      "objectives", "activities", "workPackages", "targetGroups", "indicators", "budget", "links", "sources",
      "waivers", "extensions", "lastUpdated"};
  static final String[] HEADER_FIELDS = {"format", "kind", "$schema", "language", "currency"};

  private final ReadContext context;

  private DocumentReader(ReadContext context) {
    this.context = context;
  }

  /**
   * Reads the document of a tree.
   *
   * @param root the parsed root
   * @param expected the kind the caller expects, or null for any kind
   */
  static Optional<Document> read(Node root, @Nullable DocumentKind expected, ReadContext context) {
    DocumentReader reader = new DocumentReader(context);
    Optional<Fields> fields = Fields.of(root, Pointer.ROOT, context);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    return reader.document(fields.get(), expected);
  }

  private Optional<Document> document(Fields fields, @Nullable DocumentKind expected) {
    Optional<Node> format = fields.node("format");
    if (format.isEmpty()) {
      context.issues().error("format.version", "", "format.version.missing");
    } else {
      context.integer(format.get(), Pointer.ROOT.key("format")).filter(version -> version != 1).ifPresent(version ->
          context.issues().error("format.version", "/format", "format.version", Integer.toString(version)));
    }
    Optional<Node> kindNode = fields.node("kind");
    if (kindNode.isEmpty()) {
      context.issues().error("format.kind", "", "format.kind.missing",
          String.join(", ", codes(DocumentKind.values())));
      return Optional.empty();
    }
    Optional<String> kindText = context.text(kindNode.get(), Pointer.ROOT.key("kind"));
    if (kindText.isEmpty()) {
      return Optional.empty();
    }
    Optional<DocumentKind> kind = DocumentKind.fromCode(kindText.get());
    if (kind.isEmpty()) {
      context.issues().error("format.kind", "/kind", "format.kind.unknown",
          String.join(", ", codes(DocumentKind.values())), kindText.get());
      return Optional.empty();
    }
    if (expected != null && kind.get() != expected) {
      context.issues().error("format.kind", "/kind", "format.kind.expected", expected.code(), kind.get().code());
      return Optional.empty();
    }
    Optional<String> schema = fields.text("$schema");
    Optional<String> language = fields.value("language", (node, at) ->
        context.text(node, at).filter(tag -> context.languageTag(tag, at)));
    language.ifPresent(context::language);
    Optional<dev.progetto.model.CurrencyCode> currency = fields.value("currency", context::currencyCode);
    currency.ifPresent(context::currency);
    switch (kind.get()) {
      case PROJECT:
        return project(fields, true).map(builder -> (Document) builder
            .schema(schema).language(language).currency(currency).build());
      case PORTFOLIO:
        return portfolio(fields, schema, language, currency);
      case CALL:
        return call(fields, schema, language);
      default:
        return catalogue(fields);
    }
  }

  static <E extends Enum<E> & Coded> List<String> codes(E[] values) {
    List<String> codes = new ArrayList<>();
    for (E value : values) {
      codes.add(value.code());
    }
    return codes;
  }

  private Optional<Project.Builder> project(Fields fields, boolean document) {
    Optional<ProjectId> id = fields.required("id", (n, at) -> context.text(n, at).map(ProjectId::of));
    Optional<dev.progetto.model.LocalizedText> title = fields.required("title", context::localized);
    Project.Builder project = Project.builder();
    fields.text("acronym").ifPresent(project::acronym);
    fields.localized("summary").ifPresent(project::summary);
    fields.localized("description").ifPresent(project::description);
    fields.code("status", ProjectStatus::fromCode, () -> codes(ProjectStatus.values())).ifPresent(project::status);
    project.sectors(fields.list("sectors", context::localized));
    fields.value("identifiers", this::identifiers).ifPresent(project::identifiers);
    fields.value("call", this::callRef).ifPresent(project::call);
    fields.value("period", context::period).ifPresent(project::period);
    project.phases(fields.list("phases", this::phase));
    project.relatedProjects(fields.list("relatedProjects", this::relatedProject));
    project.organisations(fields.list("organisations", this::organisation));
    project.participants(fields.list("participants", this::participant));
    fields.value("territory", this::territory).ifPresent(project::territory);
    project.objectives(fields.list("objectives", this::objective));
    project.activities(fields.list("activities", this::activity));
    project.workPackages(fields.list("workPackages", this::workPackage));
    project.targetGroups(fields.list("targetGroups", this::targetGroup));
    project.indicators(fields.list("indicators", this::indicator));
    fields.value("budget", this::budget).ifPresent(project::budget);
    project.links(fields.list("links", this::link));
    project.sources(fields.list("sources", this::source));
    project.waivers(fields.list("waivers", this::waiver));
    fields.value("extensions", this::extensions).ifPresent(project::extensions);
    fields.date("lastUpdated").ifPresent(project::lastUpdated);
    if (document) {
      fields.finish(concat(HEADER_FIELDS, PROJECT_FIELDS));
    } else {
      fields.finish(PROJECT_FIELDS);
    }
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(project.id(id.get()).title(title.get()));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private Optional<Document> portfolio(Fields fields, Optional<String> schema, Optional<String> language,
      Optional<dev.progetto.model.CurrencyCode> currency) {
    Optional<PortfolioId> id = fields.required("id", (n, at) -> context.text(n, at).map(PortfolioId::of));
    Optional<dev.progetto.model.LocalizedText> title = fields.required("title", context::localized);
    Portfolio.Builder portfolio = Portfolio.builder().schema(schema).language(language).currency(currency);
    fields.localized("description").ifPresent(portfolio::description);
    fields.text("owner").map(OrganisationId::of).ifPresent(portfolio::owner);
    portfolio.organisations(fields.list("organisations", this::organisation));
    portfolio.projects(fields.list("projects", (node, at) -> Fields.of(node, at, context)
        .flatMap(body -> project(body, false)).map(Project.Builder::build)));
    portfolio.sources(fields.list("sources", this::source));
    fields.value("extensions", this::extensions).ifPresent(portfolio::extensions);
    fields.finish(concat(HEADER_FIELDS, new String[] {"id", "title", "description", "owner", "organisations",
        "projects", "sources", "extensions"}));
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(portfolio.id(id.get()).title(title.get()).build());
  }

  private Optional<Document> call(Fields fields, Optional<String> schema, Optional<String> language) {
    Optional<CallId> id = fields.required("id", (n, at) -> context.text(n, at).map(CallId::of));
    Call.Builder call = Call.builder().schema(schema).language(language);
    fields.text("extends").map(CallId::of).ifPresent(call::parent);
    fields.bool("abstract").ifPresent(call::abstractCall);
    fields.localized("name").ifPresent(call::name);
    fields.localized("description").ifPresent(call::description);
    fields.text("programme").ifPresent(call::programme);
    fields.text("action").ifPresent(call::action);
    fields.text("field").ifPresent(call::field);
    fields.integer("year").ifPresent(call::year);
    fields.text("funder").ifPresent(call::funder);
    fields.text("managingAuthority").ifPresent(call::managingAuthority);
    fields.text("url").ifPresent(call::url);
    fields.value("period", context::period).ifPresent(call::period);
    call.rules(fields.map("rules", this::ruleSetting));
    call.sources(fields.list("sources", this::source));
    fields.finish(concat(HEADER_FIELDS, new String[] {"id", "extends", "abstract", "name", "description",
        "programme", "action", "field", "year", "funder", "managingAuthority", "url", "period", "rules", "sources"}));
    return id.map(value -> call.id(value).build());
  }

  private Optional<RuleSetting> ruleSetting(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).map(fields -> {
      RuleSetting.Builder setting = RuleSetting.builder();
      fields.code("severity", Severity::fromCode, () -> codes(Severity.values())).ifPresent(setting::severity);
      fields.code("confidence", Confidence::fromCode, () -> codes(Confidence.values())).ifPresent(setting::confidence);
      fields.integer("source").ifPresent(setting::source);
      Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
      for (String key : fields.keys()) {
        if (!key.equals("severity") && !key.equals("confidence") && !key.equals("source")) {
          fields.node(key);
          parameters.put(key, fields.data(nodeOf(node, key), fields.pointer(key)));
        }
      }
      fields.finish();
      return setting.parameters(Parameters.of(parameters)).build();
    });
  }

  private static Node nodeOf(Node object, String key) {
    return java.util.Objects.requireNonNull(((Node.ObjectNode) object).get(key), key);
  }

  private Optional<Document> catalogue(Fields fields) {
    Optional<String> id = fields.required("id", context::text);
    IndicatorCatalogue.Builder catalogue = IndicatorCatalogue.builder();
    fields.localized("name").ifPresent(catalogue::name);
    fields.code("confidence", Confidence::fromCode, () -> codes(Confidence.values())).ifPresent(catalogue::confidence);
    catalogue.sources(fields.list("sources", this::source));
    catalogue.indicators(fields.list("indicators", (node, at) -> Fields.of(node, at, context).flatMap(item -> {
      Optional<String> code = item.required("code", context::text);
      IndicatorDefinition.Builder definition = IndicatorDefinition.builder();
      item.localized("name").ifPresent(definition::name);
      item.code("type", IndicatorType::fromCode, () -> codes(IndicatorType.values())).ifPresent(definition::type);
      item.value("unit", this::unit).ifPresent(definition::unit);
      item.code("confidence", Confidence::fromCode, () -> codes(Confidence.values())).ifPresent(definition::confidence);
      item.finish("code", "name", "type", "unit", "confidence");
      return code.map(value -> definition.code(value).build());
    })));
    fields.finish(concat(HEADER_FIELDS, new String[] {"id", "name", "confidence", "sources", "indicators"}));
    return id.map(value -> catalogue.id(value).build());
  }

  private Optional<Identifiers> identifiers(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).map(fields -> {
      Map<IdentifierScheme, String> values = new LinkedHashMap<>();
      for (String scheme : fields.keys()) {
        fields.text(scheme).ifPresent(value -> values.put(IdentifierScheme.of(scheme), value));
      }
      fields.finish();
      return Identifiers.of(values);
    });
  }

  private Optional<CallRef> callRef(Node node, Pointer pointer) {
    if (node instanceof Node.ScalarNode) {
      return context.text(node, pointer).map(CallRef::of);
    }
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<String> id = fields.required("id", context::text);
      CallRef.Builder call = CallRef.builder();
      call.objectives(fields.list("objectives", context::text));
      fields.text("action").ifPresent(call::action);
      fields.localized("notice").ifPresent(call::notice);
      fields.text("url").ifPresent(call::url);
      fields.finish("id", "objectives", "action", "notice", "url");
      return id.map(value -> call.id(CallId.of(value)).build());
    });
  }

  private Optional<Phase> phase(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Optional<dev.progetto.model.LocalizedText> title = fields.required("title", context::localized);
      Phase.Builder phase = Phase.builder();
      fields.value("period", context::period).ifPresent(phase::period);
      fields.finish("id", "title", "period");
      return id.isPresent() && title.isPresent() ? Optional.of(phase.id(id.get()).title(title.get()).build()) : Optional.empty();
    });
  }

  private Optional<LocalId> localId(Node node, Pointer pointer) {
    return context.text(node, pointer).map(LocalId::of);
  }

  private Optional<OrganisationId> organisationId(Node node, Pointer pointer) {
    return context.text(node, pointer).map(OrganisationId::of);
  }

  private Optional<RelatedProject> relatedProject(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<Relation> relation = fields.required("relation", (n, at) ->
          context.code(n, at, Relation::fromCode, () -> codes(Relation.values())));
      RelatedProject.Builder related = RelatedProject.builder();
      fields.text("project").map(ProjectId::of).ifPresent(related::project);
      fields.localized("title").ifPresent(related::title);
      fields.text("url").ifPresent(related::url);
      fields.finish("relation", "project", "title", "url");
      return relation.map(value -> related.relation(value).build());
    });
  }

  private Optional<Organisation> organisation(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<OrganisationId> id = fields.required("id", this::organisationId);
      Organisation.Builder organisation = Organisation.builder();
      fields.required("name", context::text).ifPresent(organisation::name);
      fields.text("shortName").ifPresent(organisation::shortName);
      fields.code("legalForm", LegalForm::fromCode, () -> codes(LegalForm.values())).ifPresent(organisation::legalForm);
      fields.text("country").map(CountryCode::of).ifPresent(organisation::country);
      fields.value("identifiers", this::identifiers).ifPresent(organisation::identifiers);
      fields.text("address").ifPresent(organisation::address);
      fields.value("municipality", this::municipality).ifPresent(organisation::municipality);
      fields.text("website").ifPresent(organisation::website);
      fields.localized("description").ifPresent(organisation::description);
      fields.partialDate("founded").ifPresent(organisation::founded);
      fields.finish("id", "name", "shortName", "legalForm", "country", "identifiers", "address", "municipality",
          "website", "description", "founded");
      return id.map(value -> organisation.id(value).build());
    });
  }

  private Optional<Municipality> municipality(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<String> istat = fields.text("istat");
      Optional<String> name = fields.required("name", context::text);
      fields.finish("istat", "name");
      return name.map(value -> Municipality.builder().istat(istat).name(value).build());
    });
  }

  private Optional<Participant> participant(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<OrganisationId> organisation = fields.required("organisation", this::organisationId);
      Optional<Role> role = fields.required("role", (n, at) -> context.code(n, at, Role::fromCode, () -> codes(Role.values())));
      Participant.Builder participant = Participant.builder();
      fields.value("budget", context::money).ifPresent(participant::budget);
      fields.partialDate("joined").ifPresent(participant::joined);
      fields.finish("organisation", "role", "budget", "joined");
      return organisation.isPresent() && role.isPresent()
          ? Optional.of(participant.organisation(organisation.get()).role(role.get()).build()) : Optional.empty();
    });
  }

  private Optional<Territory> territory(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).map(fields -> {
      Territory.Builder territory = Territory.builder();
      territory.countries(fields.list("countries", (n, at) -> context.text(n, at).map(CountryCode::of)));
      territory.regions(fields.list("regions", context::text));
      fields.text("nutsVersion").ifPresent(territory::nutsVersion);
      territory.municipalities(fields.list("municipalities", this::municipality));
      territory.excludes(fields.list("excludes", this::municipality));
      fields.localized("description").ifPresent(territory::description);
      fields.finish("countries", "regions", "nutsVersion", "municipalities", "excludes", "description");
      return territory.build();
    });
  }

  private Optional<Objective> objective(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Optional<dev.progetto.model.LocalizedText> description = fields.required("description", context::localized);
      fields.finish("id", "description");
      return id.isPresent() && description.isPresent()
          ? Optional.of(Objective.builder().id(id.get()).description(description.get()).build()) : Optional.empty();
    });
  }

  private Optional<Activity> activity(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Optional<dev.progetto.model.LocalizedText> title = fields.required("title", context::localized);
      Activity.Builder activity = Activity.builder();
      fields.localized("description").ifPresent(activity::description);
      fields.value("period", context::period).ifPresent(activity::period);
      fields.value("workPackage", this::localId).ifPresent(activity::workPackage);
      activity.organisations(fields.list("organisations", this::organisationId));
      fields.finish("id", "title", "description", "period", "workPackage", "organisations");
      return id.isPresent() && title.isPresent() ? Optional.of(activity.id(id.get()).title(title.get()).build()) : Optional.empty();
    });
  }

  private Optional<WorkPackage> workPackage(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Optional<dev.progetto.model.LocalizedText> title = fields.required("title", context::localized);
      WorkPackage.Builder workPackage = WorkPackage.builder();
      fields.value("lead", this::organisationId).ifPresent(workPackage::lead);
      fields.value("budget", context::money).ifPresent(workPackage::budget);
      fields.finish("id", "title", "lead", "budget");
      return id.isPresent() && title.isPresent() ? Optional.of(workPackage.id(id.get()).title(title.get()).build()) : Optional.empty();
    });
  }

  private Optional<TargetGroup> targetGroup(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Optional<dev.progetto.model.LocalizedText> description = fields.required("description", context::localized);
      TargetGroup.Builder group = TargetGroup.builder();
      fields.code("category", TargetGroupCategory::fromCode, () -> codes(TargetGroupCategory.values())).ifPresent(group::category);
      fields.value("expected", context::quantity).ifPresent(group::expected);
      group.composition(fields.map("composition", context::quantity));
      fields.finish("id", "description", "category", "expected", "composition");
      return id.isPresent() && description.isPresent()
          ? Optional.of(group.id(id.get()).description(description.get()).build()) : Optional.empty();
    });
  }

  private Optional<IndicatorUnit> unit(Node node, Pointer pointer) {
    return context.text(node, pointer).flatMap(code -> {
      IndicatorUnit unit = IndicatorUnit.of(code);
      if (!unit.isAllowed()) {
        List<String> known = new ArrayList<>();
        IndicatorUnit.KNOWN.forEach(u -> known.add(u.code()));
        known.add("x-...");
        context.issues().error("format.invalid-value", pointer, "format.invalid-value.code", String.join(", ", known), code);
        return Optional.empty();
      }
      return Optional.of(unit);
    });
  }

  private Optional<Indicator> indicator(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<LocalId> id = fields.required("id", this::localId);
      Indicator.Builder indicator = Indicator.builder();
      fields.text("code").ifPresent(indicator::code);
      fields.required("name", context::localized).ifPresent(indicator::name);
      fields.required("type", (n, at) -> context.code(n, at, IndicatorType::fromCode, () -> codes(IndicatorType.values())))
          .ifPresent(indicator::type);
      fields.required("unit", this::unit).ifPresent(indicator::unit);
      fields.value("targetGroup", this::localId).ifPresent(indicator::targetGroup);
      fields.decimal("baseline").ifPresent(indicator::baseline);
      fields.value("target", context::quantity).ifPresent(indicator::target);
      indicator.measurements(fields.list("measurements", this::measurement));
      fields.finish("id", "code", "name", "type", "unit", "targetGroup", "baseline", "target", "measurements");
      return id.map(value -> indicator.id(value).build());
    });
  }

  private Optional<Measurement> measurement(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Measurement.Builder measurement = Measurement.builder();
      fields.value("period", (n, at) -> n instanceof Node.ObjectNode ? context.period(n, at)
          : context.partialDate(n, at).map(date -> Period.of(date, date))).ifPresent(measurement::period);
      Optional<dev.progetto.model.Quantity> value = fields.required("value", context::quantity);
      measurement.disaggregation(fields.map("disaggregation", (n, at) -> Fields.of(n, at, context).map(categories -> {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String category : categories.keys()) {
          categories.decimal(category).ifPresent(number -> values.put(category, number));
        }
        categories.finish();
        return values;
      })));
      fields.text("source").ifPresent(measurement::source);
      fields.finish("period", "value", "disaggregation", "source");
      return value.map(v -> measurement.value(v).build());
    });
  }

  private Optional<Budget> budget(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).map(fields -> {
      Budget.Builder budget = Budget.builder();
      fields.value("total", context::money).ifPresent(budget::total);
      fields.value("requestedGrant", context::money).ifPresent(budget::requestedGrant);
      fields.value("lumpSum", context::money).ifPresent(budget::lumpSum);
      fields.decimal("coFinancingRate").ifPresent(budget::coFinancingRate);
      budget.lines(fields.list("lines", (n, at) -> Fields.of(n, at, context).flatMap(line -> {
        Optional<LocalId> id = line.required("id", this::localId);
        Optional<dev.progetto.model.LocalizedText> title = line.required("title", context::localized);
        BudgetLine.Builder budgetLine = BudgetLine.builder();
        line.required("amount", context::money).ifPresent(budgetLine::amount);
        line.value("workPackage", this::localId).ifPresent(budgetLine::workPackage);
        line.finish("id", "title", "amount", "workPackage");
        return id.isPresent() && title.isPresent() ? Optional.of(budgetLine.id(id.get()).title(title.get()).build()) : Optional.empty();
      })));
      budget.funding(fields.list("funding", (n, at) -> Fields.of(n, at, context).flatMap(source -> {
        Optional<String> name = source.required("source", context::text);
        Optional<FundingKind> kind = source.required("kind", (k, kat) -> context.code(k, kat, FundingKind::fromCode, () -> codes(FundingKind.values())));
        Funding.Builder funding = Funding.builder();
        source.required("amount", context::money).ifPresent(funding::amount);
        source.finish("source", "kind", "amount");
        return name.isPresent() && kind.isPresent() ? Optional.of(funding.source(name.get()).kind(kind.get()).build()) : Optional.empty();
      })));
      fields.finish("total", "requestedGrant", "lumpSum", "coFinancingRate", "lines", "funding");
      return budget.build();
    });
  }

  private Optional<Link> link(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<String> url = fields.required("url", context::text);
      Link.Builder link = Link.builder();
      fields.text("title").ifPresent(link::title);
      fields.code("type", LinkType::fromCode, () -> codes(LinkType.values())).ifPresent(link::type);
      fields.finish("url", "title", "type");
      return url.map(value -> link.url(value).build());
    });
  }

  private Optional<Source> source(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).map(fields -> {
      Source.Builder source = Source.builder();
      fields.text("url").ifPresent(source::url);
      fields.text("title").ifPresent(source::title);
      fields.text("section").ifPresent(source::section);
      fields.date("retrieved").ifPresent(source::retrieved);
      fields.code("confidence", Confidence::fromCode, () -> codes(Confidence.values())).ifPresent(source::confidence);
      fields.text("note").ifPresent(source::note);
      fields.finish("url", "title", "section", "retrieved", "confidence", "note");
      return source.build();
    });
  }

  private Optional<Waiver> waiver(Node node, Pointer pointer) {
    return Fields.of(node, pointer, context).flatMap(fields -> {
      Optional<String> rule = fields.required("rule", context::text);
      Optional<String> reason = fields.required("reason", context::text);
      Optional<String> path = fields.text("path");
      fields.finish("rule", "path", "reason");
      return rule.isPresent() && reason.isPresent()
          ? Optional.of(Waiver.builder().rule(rule.get()).path(path).reason(reason.get()).build()) : Optional.empty();
    });
  }

  private Optional<Extensions> extensions(Node node, Pointer pointer) {
    if (!(node instanceof Node.ObjectNode)) {
      context.typeError(pointer, Node.Type.OBJECT, node);
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> data = (Map<String, ?>) context.data(node, pointer);
    return Optional.of(Extensions.of(data));
  }
}
