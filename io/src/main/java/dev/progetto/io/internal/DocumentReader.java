package dev.progetto.io.internal;

import dev.progetto.io.internal.ObjectFields.ActivityField;
import dev.progetto.io.internal.ObjectFields.BudgetField;
import dev.progetto.io.internal.ObjectFields.BudgetLineField;
import dev.progetto.io.internal.ObjectFields.CallField;
import dev.progetto.io.internal.ObjectFields.CallRefField;
import dev.progetto.io.internal.ObjectFields.CatalogueField;
import dev.progetto.io.internal.ObjectFields.FundingField;
import dev.progetto.io.internal.ObjectFields.IndicatorDefinitionField;
import dev.progetto.io.internal.ObjectFields.IndicatorField;
import dev.progetto.io.internal.ObjectFields.LinkField;
import dev.progetto.io.internal.ObjectFields.MeasurementField;
import dev.progetto.io.internal.ObjectFields.MunicipalityField;
import dev.progetto.io.internal.ObjectFields.ObjectiveField;
import dev.progetto.io.internal.ObjectFields.OrganisationField;
import dev.progetto.io.internal.ObjectFields.ParticipantField;
import dev.progetto.io.internal.ObjectFields.PhaseField;
import dev.progetto.io.internal.ObjectFields.PortfolioField;
import dev.progetto.io.internal.ObjectFields.ProjectField;
import dev.progetto.io.internal.ObjectFields.RelatedProjectField;
import dev.progetto.io.internal.ObjectFields.RuleSettingField;
import dev.progetto.io.internal.ObjectFields.SourceField;
import dev.progetto.io.internal.ObjectFields.TargetGroupField;
import dev.progetto.io.internal.ObjectFields.TerritoryField;
import dev.progetto.io.internal.ObjectFields.WaiverField;
import dev.progetto.io.internal.ObjectFields.WorkPackageField;
import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.BudgetLine;
import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.CallRef;
import dev.progetto.model.Completeness;
import dev.progetto.model.Coded;
import dev.progetto.model.Confidence;
import dev.progetto.model.CountryCode;
import dev.progetto.model.CurrencyCode;
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
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Municipality;
import dev.progetto.model.Objective;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.Parameters;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Phase;
import dev.progetto.model.Portfolio;
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
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
import dev.progetto.model.WorkPackageType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps the tokens of a document to the model as they are read, reporting every problem and going
 * on where it can.
 *
 * <p>The header fields ({@code format}, {@code kind}, {@code language}, {@code currency}) decide
 * how the rest is read, and are written first. When one follows a field of the body, the reader
 * stops with {@link HeaderLate}; the caller reads the header alone ({@link #header}) and the
 * document again, knowing it.
 *
 * <p>Each object dispatches on its fields with a switch expression over the enum of its fields
 * ({@link ObjectFields}) and no default: a switch expression must cover every constant, so a
 * field added to an enum but not to its object's switch does not compile, where a statement would
 * fall through to another field's reading.
 */
public final class DocumentReader {

  /** The fields of every document's header, in the order messages name them. */
  static final String[] HEADER_FIELDS = {"format", "kind", "$schema", "language", "currency"};
  private static final int FORMAT = 0;
  private static final int KIND = 1;
  private static final int SCHEMA = 2;
  private static final int LANGUAGE = 3;
  private static final int CURRENCY = 4;
  private static final Keys<String> HEADER = Keys.of(HEADER_FIELDS);

  private static final Keys<ProjectField> PROJECT = Keys.of(ProjectField.class);
  private static final Keys<PortfolioField> PORTFOLIO = Keys.of(PortfolioField.class);
  private static final Keys<CallField> CALL = Keys.of(CallField.class);
  private static final Keys<CatalogueField> CATALOGUE = Keys.of(CatalogueField.class);
  private static final Keys<String> PROJECT_DOCUMENT = HEADER.and(PROJECT);
  private static final Keys<String> PORTFOLIO_DOCUMENT = HEADER.and(PORTFOLIO);
  private static final Keys<String> CALL_DOCUMENT = HEADER.and(CALL);
  private static final Keys<String> CATALOGUE_DOCUMENT = HEADER.and(CATALOGUE);

  private static final Keys<IndicatorDefinitionField> INDICATOR_DEFINITION = Keys.of(IndicatorDefinitionField.class);
  private static final Keys<CallRefField> CALL_REF = Keys.of(CallRefField.class);
  private static final Keys<PhaseField> PHASE = Keys.of(PhaseField.class);
  private static final Keys<RelatedProjectField> RELATED_PROJECT = Keys.of(RelatedProjectField.class);
  private static final Keys<OrganisationField> ORGANISATION = Keys.of(OrganisationField.class);
  private static final Keys<MunicipalityField> MUNICIPALITY = Keys.of(MunicipalityField.class);
  private static final Keys<ParticipantField> PARTICIPANT = Keys.of(ParticipantField.class);
  private static final Keys<TerritoryField> TERRITORY = Keys.of(TerritoryField.class);
  private static final Keys<ObjectiveField> OBJECTIVE = Keys.of(ObjectiveField.class);
  private static final Keys<ActivityField> ACTIVITY = Keys.of(ActivityField.class);
  private static final Keys<WorkPackageField> WORK_PACKAGE = Keys.of(WorkPackageField.class);
  private static final Keys<TargetGroupField> TARGET_GROUP = Keys.of(TargetGroupField.class);
  private static final Keys<IndicatorField> INDICATOR = Keys.of(IndicatorField.class);
  private static final Keys<MeasurementField> MEASUREMENT = Keys.of(MeasurementField.class);
  private static final Keys<BudgetField> BUDGET = Keys.of(BudgetField.class);
  private static final Keys<BudgetLineField> BUDGET_LINE = Keys.of(BudgetLineField.class);
  private static final Keys<FundingField> FUNDING = Keys.of(FundingField.class);
  private static final Keys<LinkField> LINK = Keys.of(LinkField.class);
  private static final Keys<SourceField> SOURCE = Keys.of(SourceField.class);
  private static final Keys<WaiverField> WAIVER = Keys.of(WaiverField.class);
  private static final Keys<RuleSettingField> RULE_SETTING = Keys.of(RuleSettingField.class);

  /** Thrown when a header field follows a field of the body: the document is read again, knowing its header. */
  static final class HeaderLate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderLate() {
      super("a header field follows the body", null, false, false);
    }
  }

  /** What the header of a document says, as far as reading the body is concerned. */
  static final class Header {
    private final @Nullable DocumentKind kind;
    private final @Nullable String schema;
    private final @Nullable String language;
    private final @Nullable CurrencyCode currency;

    Header(@Nullable DocumentKind kind, @Nullable String schema, @Nullable String language, @Nullable CurrencyCode currency) {
      this.kind = kind;
      this.schema = schema;
      this.language = language;
      this.currency = currency;
    }
  }

  /** Reads one value of a list or a map, leaving the reader past it; null when it was reported instead. */
  private interface Item<T> {
    @Nullable T read() throws IOException;
  }

  private final TokenReader in;
  private final ReadContext context;
  private final Issues issues;

  private DocumentReader(TokenReader in, ReadContext context) {
    this.in = in;
    this.context = context;
    this.issues = in.issues();
  }

  /**
   * Reads the document whose root value the reader is at.
   *
   * @param expected the kind the caller expects, or null for any kind
   * @param known the header read beforehand when the document puts it after the body, else null
   * @throws HeaderLate when a header field follows the body and the header was not known
   */
  static @Nullable Document read(TokenReader in, @Nullable DocumentKind expected, ReadContext context,
      @Nullable Header known) throws IOException {
    return new DocumentReader(in, context).document(expected, known);
  }

  /**
   * Reads the header of the document whose root value the reader is at, reading past the rest;
   * what it reports is not kept.
   */
  static @Nullable Header header(TokenReader in, @Nullable DocumentKind expected, ReadContext context) throws IOException {
    if (!in.isObject()) {
      return null;
    }
    DocumentReader reader = new DocumentReader(in, context);
    Fields root = in.object(null);
    Scalar[] header = new Scalar[HEADER_FIELDS.length];
    while (root.nextKey()) {
      int field = HEADER.index(root.key());
      if (field >= 0) {
        header[field] = in.capture();
      } else {
        in.skip();
      }
    }
    return reader.resolve(header, expected, root.row());
  }

  private @Nullable Document document(@Nullable DocumentKind expected, @Nullable Header known) throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    Fields root = in.object(null);
    Scalar[] header = new Scalar[HEADER_FIELDS.length];
    Header found = known;
    Body body = null;
    if (known != null && known.kind != null) {
      useHeader(known);
      body = body(known.kind);
      root.expect(body.keys());
    }
    while (root.nextKey()) {
      String key = root.key();
      int field = HEADER.index(key);
      if (field >= 0) {
        if (found != null && known == null) {
          throw new HeaderLate();
        }
        header[field] = in.capture();
        continue;
      }
      if (found == null) {
        if (header[KIND] == null) {
          throw new HeaderLate();
        }
        found = resolve(header, expected, root.row());
        if (found == null) {
          // what cannot be read is still read past, for the problems of the text itself
          found = new Header(null, null, null, null);
        } else {
          useHeader(found);
          body = body(found.kind);
          root.expect(body.keys());
          for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
              root.met(HEADER_FIELDS[i]);
            }
          }
        }
      }
      if (body == null) {
        in.skip();
      } else if (root.accept()) {
        body.field(key);
      }
    }
    if (found == null || known != null) {
      // a header without a body, or one known beforehand: reported now
      found = resolve(header, expected, root.row());
      if (found == null) {
        return null;
      }
      if (body == null) {
        useHeader(found);
        body = body(found.kind);
        root.expect(body.keys());
      }
    }
    return body == null ? null : body.build(root, found);
  }

  private void useHeader(Header header) {
    if (header.language != null) {
      context.language(header.language);
    }
    if (header.currency != null) {
      context.currency(header.currency);
    }
  }

  private static boolean absent(@Nullable Scalar value) {
    return value == null || value.isNull();
  }

  /** Reports the problems of the header; null when the document cannot be read on. */
  private @Nullable Header resolve(Scalar[] header, @Nullable DocumentKind expected, int root) throws IOException {
    Scalar format = header[FORMAT];
    if (absent(format)) {
      issues.error("format.version", root, "format.version.missing");
    } else {
      Integer version = context.integer(format);
      if (version != null && version != 1) {
        issues.error("format.version", format.row(), "format.version", Integer.toString(version));
      }
    }
    Scalar kindValue = header[KIND];
    if (absent(kindValue)) {
      issues.error("format.kind", root, "format.kind.missing", String.join(", ", codes(DocumentKind.values())));
      return null;
    }
    String kindText = context.text(kindValue);
    if (kindText == null) {
      return null;
    }
    DocumentKind kind = DocumentKind.fromCode(kindText).orElse(null);
    if (kind == null) {
      issues.error("format.kind", kindValue.row(), "format.kind.unknown",
          String.join(", ", codes(DocumentKind.values())), kindText);
      return null;
    }
    if (expected != null && kind != expected) {
      issues.error("format.kind", kindValue.row(), "format.kind.expected", expected.code(), kind.code());
      return null;
    }
    String schema = absent(header[SCHEMA]) ? null : context.text(header[SCHEMA]);
    String language = null;
    if (!absent(header[LANGUAGE])) {
      language = context.text(header[LANGUAGE]);
      if (language != null && !context.languageTag(language, header[LANGUAGE])) {
        language = null;
      } else if (language != null && !language.isEmpty()) {
        language = context.languageCase(language, header[LANGUAGE]);
      }
    }
    CurrencyCode currency = absent(header[CURRENCY]) ? null : context.currencyCode(header[CURRENCY]);
    return new Header(kind, schema, language, currency);
  }

  static <E extends Enum<E> & Coded> List<String> codes(E[] values) {
    List<String> codes = new ArrayList<>();
    for (E value : values) {
      codes.add(value.code());
    }
    return codes;
  }

  /** The body of a document: the fields besides the header. */
  private interface Body {
    /** The fields the document may have, header included. */
    Keys<?> keys();

    /** Reads the value of a field of the body. */
    void field(String key) throws IOException;

    /** Builds the document once its fields are read; null when it lacks what it needs. */
    @Nullable Document build(Fields fields, Header header);
  }

  private Body body(@Nullable DocumentKind kind) {
    return switch (java.util.Objects.requireNonNull(kind, "kind")) {
      case PROJECT -> new ProjectBody(PROJECT_DOCUMENT);
      case PORTFOLIO -> new PortfolioBody();
      case CALL -> new CallBody();
      case INDICATOR_CATALOGUE -> new CatalogueBody();
    };
  }

  /** The fields of a project, in a project document or in a portfolio. */
  private final class ProjectBody implements Body {
    private final Keys<?> keys;
    private final Project.Builder project = Project.builder();
    private @Nullable ProjectId id;
    private @Nullable LocalizedText title;

    ProjectBody(Keys<?> keys) {
      this.keys = keys;
    }

    @Override
    public Keys<?> keys() {
      return keys;
    }

    @Override
    public void field(String key) throws IOException {
      Void read = switch (PROJECT.constant(PROJECT.index(key))) {
        case ID -> {
          String text = context.text();
          id = text == null ? null : ProjectId.of(text);
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case ACRONYM -> {
          project.acronym(Optional.ofNullable(context.text()));
          yield null;
        }
        case SUMMARY -> {
          project.summary(Optional.ofNullable(context.localized()));
          yield null;
        }
        case DESCRIPTION -> {
          project.description(Optional.ofNullable(context.localized()));
          yield null;
        }
        case STATUS -> {
          project.status(Optional.ofNullable(context.code(ProjectStatus.class)));
          yield null;
        }
        case COMPLETENESS -> {
          project.completeness(Optional.ofNullable(context.code(Completeness.class)));
          yield null;
        }
        case SECTORS -> {
          project.sectors(list(context::localized));
          yield null;
        }
        case IDENTIFIERS -> {
          Identifiers identifiers = identifiers();
          if (identifiers != null) {
            project.identifiers(identifiers);
          }
          yield null;
        }
        case CALL -> {
          project.call(Optional.ofNullable(callRef()));
          yield null;
        }
        case PERIOD -> {
          project.period(Optional.ofNullable(context.period()));
          yield null;
        }
        case PHASES -> {
          project.phases(list(DocumentReader.this::phase));
          yield null;
        }
        case RELATED_PROJECTS -> {
          project.relatedProjects(list(DocumentReader.this::relatedProject));
          yield null;
        }
        case ORGANISATIONS -> {
          project.organisations(list(DocumentReader.this::organisation));
          yield null;
        }
        case PARTICIPANTS -> {
          project.participants(list(DocumentReader.this::participant));
          yield null;
        }
        case TERRITORY -> {
          project.territory(Optional.ofNullable(territory()));
          yield null;
        }
        case OBJECTIVES -> {
          project.objectives(list(DocumentReader.this::objective));
          yield null;
        }
        case ACTIVITIES -> {
          project.activities(list(DocumentReader.this::activity));
          yield null;
        }
        case WORK_PACKAGES -> {
          project.workPackages(list(DocumentReader.this::workPackage));
          yield null;
        }
        case TARGET_GROUPS -> {
          project.targetGroups(list(DocumentReader.this::targetGroup));
          yield null;
        }
        case INDICATORS -> {
          project.indicators(list(DocumentReader.this::indicator));
          yield null;
        }
        case BUDGET -> {
          project.budget(Optional.ofNullable(budget()));
          yield null;
        }
        case LINKS -> {
          project.links(list(DocumentReader.this::link));
          yield null;
        }
        case SOURCES -> {
          project.sources(list(DocumentReader.this::source));
          yield null;
        }
        case WAIVERS -> {
          project.waivers(list(DocumentReader.this::waiver));
          yield null;
        }
        case EXTENSIONS -> {
          Extensions extensions = extensions();
          if (extensions != null) {
            project.extensions(extensions);
          }
          yield null;
        }
        case LAST_UPDATED -> {
          project.lastUpdated(Optional.ofNullable(context.date()));
          yield null;
        }
      };
    }

    /** The project, or null when it has no usable id or title (reported). */
    Project.@Nullable Builder finish(Fields fields) {
      fields.require("id");
      fields.require("title");
      if (id == null || title == null) {
        return null;
      }
      return project.id(id).title(title);
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      Project.Builder built = finish(fields);
      if (built == null) {
        return null;
      }
      return built.schema(java.util.Optional.ofNullable(header.schema))
          .language(java.util.Optional.ofNullable(header.language))
          .currency(java.util.Optional.ofNullable(header.currency))
          .build();
    }
  }

  private final class PortfolioBody implements Body {
    private final Portfolio.Builder portfolio = Portfolio.builder();
    private @Nullable PortfolioId id;
    private @Nullable LocalizedText title;

    @Override
    public Keys<?> keys() {
      return PORTFOLIO_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      Void read = switch (PORTFOLIO.constant(PORTFOLIO.index(key))) {
        case ID -> {
          String text = context.text();
          id = text == null ? null : PortfolioId.of(text);
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case DESCRIPTION -> {
          portfolio.description(Optional.ofNullable(context.localized()));
          yield null;
        }
        case OWNER -> {
          String owner = context.text();
          if (owner != null) {
            portfolio.owner(OrganisationId.of(owner));
          }
          yield null;
        }
        case ORGANISATIONS -> {
          portfolio.organisations(list(DocumentReader.this::organisation));
          yield null;
        }
        case PROJECTS -> {
          portfolio.projects(list(DocumentReader.this::project));
          yield null;
        }
        case COMPLETENESS -> {
          portfolio.completeness(Optional.ofNullable(context.code(Completeness.class)));
          yield null;
        }
        case SOURCES -> {
          portfolio.sources(list(DocumentReader.this::source));
          yield null;
        }
        case EXTENSIONS -> {
          Extensions extensions = extensions();
          if (extensions != null) {
            portfolio.extensions(extensions);
          }
          yield null;
        }
      };
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      fields.require("id");
      fields.require("title");
      if (id == null || title == null) {
        return null;
      }
      return portfolio.schema(java.util.Optional.ofNullable(header.schema))
          .language(java.util.Optional.ofNullable(header.language))
          .currency(java.util.Optional.ofNullable(header.currency))
          .id(id).title(title).build();
    }
  }

  private final class CallBody implements Body {
    private final Call.Builder call = Call.builder();
    private @Nullable CallId id;

    @Override
    public Keys<?> keys() {
      return CALL_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      Void read = switch (CALL.constant(CALL.index(key))) {
        case ID -> {
          String text = context.text();
          id = text == null ? null : CallId.of(text);
          yield null;
        }
        case EXTENDS -> {
          String parent = context.text();
          if (parent != null) {
            call.parent(CallId.of(parent));
          }
          yield null;
        }
        case ABSTRACT -> {
          Boolean abstractCall = context.bool();
          if (abstractCall != null) {
            call.abstractCall(abstractCall);
          }
          yield null;
        }
        case NAME -> {
          call.name(Optional.ofNullable(context.localized()));
          yield null;
        }
        case DESCRIPTION -> {
          call.description(Optional.ofNullable(context.localized()));
          yield null;
        }
        case PROGRAMME -> {
          call.programme(Optional.ofNullable(context.text()));
          yield null;
        }
        case ACTION -> {
          call.action(Optional.ofNullable(context.text()));
          yield null;
        }
        case FIELD -> {
          call.field(Optional.ofNullable(context.text()));
          yield null;
        }
        case YEAR -> {
          call.year(Optional.ofNullable(context.integer(in)));
          yield null;
        }
        case FUNDER -> {
          call.funder(Optional.ofNullable(context.text()));
          yield null;
        }
        case MANAGING_AUTHORITY -> {
          call.managingAuthority(Optional.ofNullable(context.text()));
          yield null;
        }
        case URL -> {
          call.url(Optional.ofNullable(context.text()));
          yield null;
        }
        case PERIOD -> {
          call.period(Optional.ofNullable(context.period()));
          yield null;
        }
        case RULES -> {
          call.rules(map(DocumentReader.this::ruleSetting));
          yield null;
        }
        case SOURCES -> {
          call.sources(list(DocumentReader.this::source));
          yield null;
        }
      };
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      fields.require("id");
      if (id == null) {
        return null;
      }
      return call.schema(java.util.Optional.ofNullable(header.schema))
          .language(java.util.Optional.ofNullable(header.language))
          .id(id).build();
    }
  }

  private final class CatalogueBody implements Body {
    private final IndicatorCatalogue.Builder catalogue = IndicatorCatalogue.builder();
    private @Nullable String id;

    @Override
    public Keys<?> keys() {
      return CATALOGUE_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      Void read = switch (CATALOGUE.constant(CATALOGUE.index(key))) {
        case ID -> {
          id = context.text();
          yield null;
        }
        case NAME -> {
          catalogue.name(Optional.ofNullable(context.localized()));
          yield null;
        }
        case CONFIDENCE -> {
          catalogue.confidence(Optional.ofNullable(context.code(Confidence.class)));
          yield null;
        }
        case SOURCES -> {
          catalogue.sources(list(DocumentReader.this::source));
          yield null;
        }
        case INDICATORS -> {
          catalogue.indicators(list(DocumentReader.this::indicatorDefinition));
          yield null;
        }
      };
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      fields.require("id");
      return id == null ? null : catalogue.id(id).build();
    }
  }

  /** The fields of the current value, which must be an object; null, reported, when it is not. */
  private @Nullable Fields object(Keys<?> keys) throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    return in.object(keys);
  }

  /** The current value as a list; the items that cannot be read are left out (and reported). */
  private <T> List<T> list(Item<T> item) throws IOException {
    if (!in.isArray()) {
      context.typeError(in, Value.Kind.ARRAY);
      return List.of();
    }
    int list = in.row();
    List<T> result = new ArrayList<>();
    // Where each kept item stands in the file, recorded from the first item left out on.
    int[] sourceIndexes = null;
    int index = 0;
    for (; in.item(list, index); index++) {
      T value;
      if (in.isNull()) {
        context.typeError(in, Value.Kind.OBJECT);
        value = null;
      } else {
        value = item.read();
      }
      if (value != null) {
        if (sourceIndexes != null) {
          if (sourceIndexes.length == result.size()) {
            sourceIndexes = Arrays.copyOf(sourceIndexes, sourceIndexes.length * 2 + 4);
          }
          sourceIndexes[result.size()] = index;
        }
        result.add(value);
      } else if (sourceIndexes == null) {
        sourceIndexes = new int[result.size() + 8];
        for (int kept = 0; kept < result.size(); kept++) {
          sourceIndexes[kept] = kept;
        }
      }
    }
    if (sourceIndexes != null) {
      issues.sourceMap().keptItems(issues.sourceMap().pointer(list), Arrays.copyOf(sourceIndexes, result.size()));
    }
    return result;
  }

  /** The current value as a map from key to value; the values that cannot be read are left out. */
  private <T> Map<String, T> map(Item<T> item) throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return Map.of();
    }
    Map<String, T> result = new LinkedHashMap<>();
    Fields entries = in.object(null);
    while (entries.next()) {
      String key = entries.key();
      T value = item.read();
      if (value != null) {
        result.put(key, value);
      }
    }
    return result;
  }

  private @Nullable Project project() throws IOException {
    Fields fields = object(PROJECT);
    if (fields == null) {
      return null;
    }
    ProjectBody body = new ProjectBody(PROJECT);
    while (fields.next()) {
      body.field(fields.key());
    }
    Project.Builder project = body.finish(fields);
    return project == null ? null : project.build();
  }

  private @Nullable RuleSetting ruleSetting() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    RuleSetting.Builder setting = RuleSetting.builder();
    Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
    Fields fields = in.object(null);
    while (fields.next()) {
      String key = fields.key();
      int index = RULE_SETTING.index(key);
      if (index < 0) {
        parameters.put(key, context.data());
        continue;
      }
      if (in.isNull()) {
        continue;
      }
      Void read = switch (RULE_SETTING.constant(index)) {
        case SEVERITY -> {
          setting.severity(Optional.ofNullable(context.code(Severity.class)));
          yield null;
        }
        case CONFIDENCE -> {
          setting.confidence(Optional.ofNullable(context.code(Confidence.class)));
          yield null;
        }
        case SOURCE -> {
          setting.source(Optional.ofNullable(context.integer(in)));
          yield null;
        }
      };
    }
    return setting.parameters(Parameters.of(parameters)).build();
  }

  private @Nullable IndicatorDefinition indicatorDefinition() throws IOException {
    Fields fields = object(INDICATOR_DEFINITION);
    if (fields == null) {
      return null;
    }
    IndicatorDefinition.Builder definition = IndicatorDefinition.builder();
    String code = null;
    while (fields.next()) {
      Void read = switch (fields.field(INDICATOR_DEFINITION)) {
        case CODE -> {
          code = context.text();
          yield null;
        }
        case NAME -> {
          definition.name(Optional.ofNullable(context.localized()));
          yield null;
        }
        case TYPE -> {
          definition.type(Optional.ofNullable(context.code(IndicatorType.class)));
          yield null;
        }
        case UNIT -> {
          definition.unit(Optional.ofNullable(unit()));
          yield null;
        }
        case CONFIDENCE -> {
          definition.confidence(Optional.ofNullable(context.code(Confidence.class)));
          yield null;
        }
      };
    }
    fields.require("code");
    return code == null ? null : definition.code(code).build();
  }

  private @Nullable Identifiers identifiers() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    Map<IdentifierScheme, String> values = new LinkedHashMap<>();
    Fields schemes = in.object(null);
    while (schemes.next()) {
      if (in.isNull()) {
        continue;
      }
      String value = context.text();
      if (value != null) {
        values.put(IdentifierScheme.of(schemes.key()), value);
      }
    }
    return Identifiers.of(values);
  }

  private @Nullable CallRef callRef() throws IOException {
    if (in.isScalar() && !in.isNull()) {
      String text = context.callId();
      return text == null ? null : CallRef.of(text);
    }
    Fields fields = object(CALL_REF);
    if (fields == null) {
      return null;
    }
    CallRef.Builder call = CallRef.builder();
    String id = null;
    while (fields.next()) {
      Void read = switch (fields.field(CALL_REF)) {
        case ID -> {
          id = context.callId();
          yield null;
        }
        case OBJECTIVES -> {
          call.objectives(list(context::text));
          yield null;
        }
        case ACTION -> {
          call.action(Optional.ofNullable(context.text()));
          yield null;
        }
        case ACTION_TYPE -> {
          call.actionType(Optional.ofNullable(context.text()));
          yield null;
        }
        case NOTICE -> {
          call.notice(Optional.ofNullable(context.localized()));
          yield null;
        }
        case URL -> {
          call.url(Optional.ofNullable(context.text()));
          yield null;
        }
      };
    }
    fields.require("id");
    return id == null ? null : call.id(CallId.of(id)).build();
  }

  private @Nullable Phase phase() throws IOException {
    Fields fields = object(PHASE);
    if (fields == null) {
      return null;
    }
    Phase.Builder phase = Phase.builder();
    LocalId id = null;
    LocalizedText title = null;
    while (fields.next()) {
      Void read = switch (fields.field(PHASE)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case PERIOD -> {
          phase.period(Optional.ofNullable(context.period()));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("title");
    return id == null || title == null ? null : phase.id(id).title(title).build();
  }

  private @Nullable LocalId localId() throws IOException {
    String text = context.text();
    return text == null ? null : LocalId.of(text);
  }

  private @Nullable OrganisationId organisationId() throws IOException {
    String text = context.text();
    return text == null ? null : OrganisationId.of(text);
  }

  private @Nullable RelatedProject relatedProject() throws IOException {
    Fields fields = object(RELATED_PROJECT);
    if (fields == null) {
      return null;
    }
    RelatedProject.Builder related = RelatedProject.builder();
    Relation relation = null;
    while (fields.next()) {
      Void read = switch (fields.field(RELATED_PROJECT)) {
        case RELATION -> {
          relation = context.code(Relation.class);
          yield null;
        }
        case PROJECT -> {
          String project = context.text();
          if (project != null) {
            related.project(ProjectId.of(project));
          }
          yield null;
        }
        case TITLE -> {
          related.title(Optional.ofNullable(context.localized()));
          yield null;
        }
        case URL -> {
          related.url(Optional.ofNullable(context.text()));
          yield null;
        }
      };
    }
    fields.require("relation");
    return relation == null ? null : related.relation(relation).build();
  }

  private @Nullable Organisation organisation() throws IOException {
    Fields fields = object(ORGANISATION);
    if (fields == null) {
      return null;
    }
    Organisation.Builder organisation = Organisation.builder();
    OrganisationId id = null;
    while (fields.next()) {
      Void read = switch (fields.field(ORGANISATION)) {
        case ID -> {
          id = organisationId();
          yield null;
        }
        case NAME -> {
          organisation.name(Optional.ofNullable(context.text()));
          yield null;
        }
        case SHORT_NAME -> {
          organisation.shortName(Optional.ofNullable(context.text()));
          yield null;
        }
        case LEGAL_FORM -> {
          organisation.legalForm(Optional.ofNullable(context.code(LegalForm.class)));
          yield null;
        }
        case COUNTRY -> {
          CountryCode country = context.countryCode();
          if (country != null) {
            organisation.country(country);
          }
          yield null;
        }
        case IDENTIFIERS -> {
          Identifiers identifiers = identifiers();
          if (identifiers != null) {
            organisation.identifiers(identifiers);
          }
          yield null;
        }
        case ADDRESS -> {
          organisation.address(Optional.ofNullable(context.text()));
          yield null;
        }
        case MUNICIPALITY -> {
          organisation.municipality(Optional.ofNullable(municipality()));
          yield null;
        }
        case WEBSITE -> {
          organisation.website(Optional.ofNullable(context.text()));
          yield null;
        }
        case DESCRIPTION -> {
          organisation.description(Optional.ofNullable(context.localized()));
          yield null;
        }
        case FOUNDED -> {
          organisation.founded(Optional.ofNullable(context.partialDate()));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("name");
    return id == null ? null : organisation.id(id).build();
  }

  private @Nullable Municipality municipality() throws IOException {
    Fields fields = object(MUNICIPALITY);
    if (fields == null) {
      return null;
    }
    String istat = null;
    String name = null;
    while (fields.next()) {
      Void read = switch (fields.field(MUNICIPALITY)) {
        case ISTAT -> {
          istat = context.text();
          yield null;
        }
        case NAME -> {
          name = context.text();
          yield null;
        }
      };
    }
    fields.require("name");
    return name == null ? null : Municipality.builder().istat(java.util.Optional.ofNullable(istat)).name(name).build();
  }

  private @Nullable Participant participant() throws IOException {
    Fields fields = object(PARTICIPANT);
    if (fields == null) {
      return null;
    }
    Participant.Builder participant = Participant.builder();
    OrganisationId organisation = null;
    Role role = null;
    while (fields.next()) {
      Void read = switch (fields.field(PARTICIPANT)) {
        case ORGANISATION -> {
          organisation = organisationId();
          yield null;
        }
        case ROLE -> {
          role = context.code(Role.class);
          yield null;
        }
        case BUDGET -> {
          participant.budget(Optional.ofNullable(context.money()));
          yield null;
        }
        case JOINED -> {
          participant.joined(Optional.ofNullable(context.partialDate()));
          yield null;
        }
      };
    }
    fields.require("organisation");
    fields.require("role");
    return organisation == null || role == null ? null : participant.organisation(organisation).role(role).build();
  }

  private @Nullable Territory territory() throws IOException {
    Fields fields = object(TERRITORY);
    if (fields == null) {
      return null;
    }
    Territory.Builder territory = Territory.builder();
    while (fields.next()) {
      Void read = switch (fields.field(TERRITORY)) {
        case COUNTRIES -> {
          territory.countries(list(() -> {
            return context.countryCode();
          }));
          yield null;
        }
        case REGIONS -> {
          territory.regions(list(context::text));
          yield null;
        }
        case NUTS_VERSION -> {
          territory.nutsVersion(Optional.ofNullable(context.text()));
          yield null;
        }
        case MUNICIPALITIES -> {
          territory.municipalities(list(this::municipality));
          yield null;
        }
        case EXCLUDES -> {
          territory.excludes(list(this::municipality));
          yield null;
        }
        case DESCRIPTION -> {
          territory.description(Optional.ofNullable(context.localized()));
          yield null;
        }
      };
    }
    return territory.build();
  }

  private @Nullable Objective objective() throws IOException {
    Fields fields = object(OBJECTIVE);
    if (fields == null) {
      return null;
    }
    LocalId id = null;
    LocalizedText description = null;
    while (fields.next()) {
      Void read = switch (fields.field(OBJECTIVE)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case DESCRIPTION -> {
          description = context.localized();
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("description");
    return id == null || description == null ? null : Objective.builder().id(id).description(description).build();
  }

  private @Nullable Activity activity() throws IOException {
    Fields fields = object(ACTIVITY);
    if (fields == null) {
      return null;
    }
    Activity.Builder activity = Activity.builder();
    LocalId id = null;
    LocalizedText title = null;
    while (fields.next()) {
      Void read = switch (fields.field(ACTIVITY)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case DESCRIPTION -> {
          activity.description(Optional.ofNullable(context.localized()));
          yield null;
        }
        case PERIOD -> {
          activity.period(Optional.ofNullable(context.period()));
          yield null;
        }
        case WORK_PACKAGE -> {
          activity.workPackage(Optional.ofNullable(localId()));
          yield null;
        }
        case ORGANISATIONS -> {
          activity.organisations(list(this::organisationId));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("title");
    return id == null || title == null ? null : activity.id(id).title(title).build();
  }

  private @Nullable WorkPackage workPackage() throws IOException {
    Fields fields = object(WORK_PACKAGE);
    if (fields == null) {
      return null;
    }
    WorkPackage.Builder workPackage = WorkPackage.builder();
    LocalId id = null;
    LocalizedText title = null;
    while (fields.next()) {
      Void read = switch (fields.field(WORK_PACKAGE)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case LEAD -> {
          workPackage.lead(Optional.ofNullable(organisationId()));
          yield null;
        }
        case TYPE -> {
          workPackage.type(Optional.ofNullable(context.code(WorkPackageType.class)));
          yield null;
        }
        case BUDGET -> {
          workPackage.budget(Optional.ofNullable(context.money()));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("title");
    return id == null || title == null ? null : workPackage.id(id).title(title).build();
  }

  private @Nullable TargetGroup targetGroup() throws IOException {
    Fields fields = object(TARGET_GROUP);
    if (fields == null) {
      return null;
    }
    TargetGroup.Builder group = TargetGroup.builder();
    LocalId id = null;
    LocalizedText description = null;
    while (fields.next()) {
      Void read = switch (fields.field(TARGET_GROUP)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case DESCRIPTION -> {
          description = context.localized();
          yield null;
        }
        case CATEGORY -> {
          group.category(Optional.ofNullable(context.code(TargetGroupCategory.class)));
          yield null;
        }
        case EXPECTED -> {
          group.expected(Optional.ofNullable(context.quantity()));
          yield null;
        }
        case COMPOSITION -> {
          group.composition(map(context::quantity));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("description");
    return id == null || description == null ? null : group.id(id).description(description).build();
  }

  private @Nullable IndicatorUnit unit() throws IOException {
    String code = context.text();
    if (code == null) {
      return null;
    }
    IndicatorUnit unit = IndicatorUnit.of(code);
    if (!unit.isAllowed()) {
      List<String> known = new ArrayList<>();
      IndicatorUnit.KNOWN.forEach(u -> known.add(u.code()));
      known.add("x-...");
      context.invalid(in, "format.invalid-value.code", String.join(", ", known), code);
      return null;
    }
    return unit;
  }

  private @Nullable Indicator indicator() throws IOException {
    Fields fields = object(INDICATOR);
    if (fields == null) {
      return null;
    }
    Indicator.Builder indicator = Indicator.builder();
    LocalId id = null;
    while (fields.next()) {
      Void read = switch (fields.field(INDICATOR)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case CODE -> {
          indicator.code(Optional.ofNullable(context.text()));
          yield null;
        }
        case NAME -> {
          indicator.name(Optional.ofNullable(context.localized()));
          yield null;
        }
        case TYPE -> {
          indicator.type(Optional.ofNullable(context.code(IndicatorType.class)));
          yield null;
        }
        case UNIT -> {
          indicator.unit(Optional.ofNullable(unit()));
          yield null;
        }
        case TARGET_GROUP -> {
          indicator.targetGroup(Optional.ofNullable(localId()));
          yield null;
        }
        case BASELINE -> {
          indicator.baseline(Optional.ofNullable(context.decimal()));
          yield null;
        }
        case TARGET -> {
          indicator.target(Optional.ofNullable(context.quantity()));
          yield null;
        }
        case MEASUREMENTS -> {
          indicator.measurements(list(this::measurement));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("name");
    fields.require("type");
    fields.require("unit");
    return id == null ? null : indicator.id(id).build();
  }

  private @Nullable Measurement measurement() throws IOException {
    Fields fields = object(MEASUREMENT);
    if (fields == null) {
      return null;
    }
    Measurement.Builder measurement = Measurement.builder();
    Quantity value = null;
    while (fields.next()) {
      Void read = switch (fields.field(MEASUREMENT)) {
        case PERIOD -> {
          if (in.isObject()) {
            measurement.period(Optional.ofNullable(context.period()));
          } else {
            PartialDate date = context.partialDate();
            if (date != null) {
              measurement.period(Period.of(date, date));
            }
          }
          yield null;
        }
        case VALUE -> {
          value = context.quantity();
          yield null;
        }
        case DISAGGREGATION -> {
          measurement.disaggregation(map(this::categories));
          yield null;
        }
        case SOURCE -> {
          measurement.source(Optional.ofNullable(context.text()));
          yield null;
        }
      };
    }
    fields.require("value");
    return value == null ? null : measurement.value(value).build();
  }

  /** The values of one disaggregation, by category. */
  private @Nullable Map<String, BigDecimal> categories() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Fields categories = in.object(null);
    while (categories.next()) {
      if (in.isNull()) {
        continue;
      }
      BigDecimal number = context.decimal();
      if (number != null) {
        values.put(categories.key(), number);
      }
    }
    return values;
  }

  private @Nullable Budget budget() throws IOException {
    Fields fields = object(BUDGET);
    if (fields == null) {
      return null;
    }
    Budget.Builder budget = Budget.builder();
    while (fields.next()) {
      Void read = switch (fields.field(BUDGET)) {
        case TOTAL -> {
          budget.total(Optional.ofNullable(context.money()));
          yield null;
        }
        case REQUESTED_GRANT -> {
          budget.requestedGrant(Optional.ofNullable(context.money()));
          yield null;
        }
        case LUMP_SUM -> {
          budget.lumpSum(Optional.ofNullable(context.money()));
          yield null;
        }
        case CO_FINANCING_RATE -> {
          budget.coFinancingRate(Optional.ofNullable(context.decimal()));
          yield null;
        }
        case LINES -> {
          budget.lines(list(this::budgetLine));
          yield null;
        }
        case FUNDING -> {
          budget.funding(list(this::funding));
          yield null;
        }
      };
    }
    return budget.build();
  }

  private @Nullable BudgetLine budgetLine() throws IOException {
    Fields fields = object(BUDGET_LINE);
    if (fields == null) {
      return null;
    }
    BudgetLine.Builder line = BudgetLine.builder();
    LocalId id = null;
    LocalizedText title = null;
    while (fields.next()) {
      Void read = switch (fields.field(BUDGET_LINE)) {
        case ID -> {
          id = localId();
          yield null;
        }
        case TITLE -> {
          title = context.localized();
          yield null;
        }
        case AMOUNT -> {
          line.amount(Optional.ofNullable(context.money()));
          yield null;
        }
        case WORK_PACKAGE -> {
          line.workPackage(Optional.ofNullable(localId()));
          yield null;
        }
      };
    }
    fields.require("id");
    fields.require("title");
    fields.require("amount");
    return id == null || title == null ? null : line.id(id).title(title).build();
  }

  private @Nullable Funding funding() throws IOException {
    Fields fields = object(FUNDING);
    if (fields == null) {
      return null;
    }
    Funding.Builder funding = Funding.builder();
    String name = null;
    FundingKind kind = null;
    while (fields.next()) {
      Void read = switch (fields.field(FUNDING)) {
        case SOURCE -> {
          name = context.text();
          yield null;
        }
        case KIND -> {
          kind = context.code(FundingKind.class);
          yield null;
        }
        case AMOUNT -> {
          funding.amount(Optional.ofNullable(context.money()));
          yield null;
        }
      };
    }
    fields.require("source");
    fields.require("kind");
    fields.require("amount");
    return name == null || kind == null ? null : funding.source(name).kind(kind).build();
  }

  private @Nullable Link link() throws IOException {
    Fields fields = object(LINK);
    if (fields == null) {
      return null;
    }
    Link.Builder link = Link.builder();
    String url = null;
    while (fields.next()) {
      Void read = switch (fields.field(LINK)) {
        case URL -> {
          url = context.text();
          yield null;
        }
        case TITLE -> {
          link.title(Optional.ofNullable(context.text()));
          yield null;
        }
        case TYPE -> {
          link.type(Optional.ofNullable(context.code(LinkType.class)));
          yield null;
        }
      };
    }
    fields.require("url");
    return url == null ? null : link.url(url).build();
  }

  private @Nullable Source source() throws IOException {
    Fields fields = object(SOURCE);
    if (fields == null) {
      return null;
    }
    Source.Builder source = Source.builder();
    while (fields.next()) {
      Void read = switch (fields.field(SOURCE)) {
        case URL -> {
          source.url(Optional.ofNullable(context.text()));
          yield null;
        }
        case TITLE -> {
          source.title(Optional.ofNullable(context.text()));
          yield null;
        }
        case SECTION -> {
          source.section(Optional.ofNullable(context.text()));
          yield null;
        }
        case RETRIEVED -> {
          source.retrieved(Optional.ofNullable(context.date()));
          yield null;
        }
        case CONFIDENCE -> {
          source.confidence(Optional.ofNullable(context.code(Confidence.class)));
          yield null;
        }
        case NOTE -> {
          source.note(Optional.ofNullable(context.text()));
          yield null;
        }
      };
    }
    return source.build();
  }

  private @Nullable Waiver waiver() throws IOException {
    Fields fields = object(WAIVER);
    if (fields == null) {
      return null;
    }
    String rule = null;
    String reason = null;
    String path = null;
    while (fields.next()) {
      Void read = switch (fields.field(WAIVER)) {
        case RULE -> {
          rule = context.text();
          yield null;
        }
        case REASON -> {
          reason = context.text();
          yield null;
        }
        case PATH -> {
          path = context.text();
          yield null;
        }
      };
    }
    fields.require("rule");
    fields.require("reason");
    return rule == null || reason == null ? null
        : Waiver.builder().rule(rule).path(java.util.Optional.ofNullable(path)).reason(reason).build();
  }

  private @Nullable Extensions extensions() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> data = (Map<String, ?>) context.data();
    return Extensions.of(data);
  }
}
