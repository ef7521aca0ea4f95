package dev.progetto.io.internal;

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
import dev.progetto.model.Money;
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
import java.time.LocalDate;
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
 * <p>The objects of the format are read by {@link FormatReader}, generated from the model's types
 * (see {@link Format}): one switch expression over the enum of each type's fields, with no
 * default. This class reads the documents' headers and the values whose form the model does not
 * describe (texts, amounts, ids, a call's rule settings), as the hooks of that class, which do not
 * compile until each is implemented.
 */
@Format(
    documents = {Project.class, Portfolio.class, Call.class, IndicatorCatalogue.class},
    header = {"schema", "language", "currency"},
    values = {Period.class, RuleSetting.class},
    shorthands = CallRef.class,
    required = {"Organisation.name", "Indicator.name", "Indicator.type", "Indicator.unit", "BudgetLine.amount",
        "Funding.amount"},
    names = {"Call.parent=extends", "Call.abstractCall=abstract"},
    custom = {"Measurement.period", "Measurement.disaggregation"},
    urls = {"CallRef.url", "RelatedProject.url", "Organisation.website", "Link.url", "Source.url", "Call.url"},
    walked = {Money.class, Quantity.class, LocalizedText.class, Period.class, Identifiers.class})
public final class DocumentReader extends FormatReader {

  /** The fields of every document's header, in the order messages name them. */
  static final String[] HEADER_FIELDS = {"format", "kind", "$schema", "language", "currency"};
  private static final int FORMAT = 0;
  private static final int KIND = 1;
  private static final int SCHEMA = 2;
  private static final int LANGUAGE = 3;
  private static final int CURRENCY = 4;
  private static final Keys<String> HEADER = Keys.of(HEADER_FIELDS);

  private static final Keys<String> PROJECT_DOCUMENT = HEADER.and(PROJECT);
  private static final Keys<String> PORTFOLIO_DOCUMENT = HEADER.and(PORTFOLIO);
  private static final Keys<String> CALL_DOCUMENT = HEADER.and(CALL);
  private static final Keys<String> CATALOGUE_DOCUMENT = HEADER.and(INDICATOR_CATALOGUE);
  private static final Keys<ValueFields.RuleSettingField> RULE_SETTING = Keys.of(ValueFields.RuleSettingField.class);

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
      case PROJECT -> new ProjectBody();
      case PORTFOLIO -> new PortfolioBody();
      case CALL -> new CallBody();
      case INDICATOR_CATALOGUE -> new CatalogueBody();
    };
  }

  private final class ProjectBody implements Body {
    private final Project.Builder project = Project.builder();
    private int set;

    @Override
    public Keys<?> keys() {
      return PROJECT_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      set |= projectField(PROJECT.constant(PROJECT.index(key)), project);
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      Project.Builder built = projectFinish(fields, project, set);
      return built == null ? null : built.schema(Optional.ofNullable(header.schema))
          .language(Optional.ofNullable(header.language))
          .currency(Optional.ofNullable(header.currency))
          .build();
    }
  }

  private final class PortfolioBody implements Body {
    private final Portfolio.Builder portfolio = Portfolio.builder();
    private int set;

    @Override
    public Keys<?> keys() {
      return PORTFOLIO_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      set |= portfolioField(PORTFOLIO.constant(PORTFOLIO.index(key)), portfolio);
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      Portfolio.Builder built = portfolioFinish(fields, portfolio, set);
      return built == null ? null : built.schema(Optional.ofNullable(header.schema))
          .language(Optional.ofNullable(header.language))
          .currency(Optional.ofNullable(header.currency))
          .build();
    }
  }

  private final class CallBody implements Body {
    private final Call.Builder call = Call.builder();
    private int set;

    @Override
    public Keys<?> keys() {
      return CALL_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      set |= callField(CALL.constant(CALL.index(key)), call);
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      Call.Builder built = callFinish(fields, call, set);
      return built == null ? null : built.schema(Optional.ofNullable(header.schema))
          .language(Optional.ofNullable(header.language))
          .build();
    }
  }

  private final class CatalogueBody implements Body {
    private final IndicatorCatalogue.Builder catalogue = IndicatorCatalogue.builder();
    private int set;

    @Override
    public Keys<?> keys() {
      return CATALOGUE_DOCUMENT;
    }

    @Override
    public void field(String key) throws IOException {
      set |= indicatorCatalogueField(INDICATOR_CATALOGUE.constant(INDICATOR_CATALOGUE.index(key)), catalogue);
    }

    @Override
    public @Nullable Document build(Fields fields, Header header) {
      IndicatorCatalogue.Builder built = indicatorCatalogueFinish(fields, catalogue, set);
      return built == null ? null : built.build();
    }
  }

  // ---- the hooks of the generated reader

  @Override
  @Nullable Fields object(Keys<?> keys) throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    return in.object(keys);
  }

  /** What a message says an item of a list takes: a text for lists of texts and codes, an object otherwise. */
  private static String expected(Item<?> item) {
    if (item == ITEM_STRING || item == ITEM_COUNTRY_CODE || item == ITEM_ORGANISATION_ID || item == ITEM_LOCALIZED_TEXT) {
      return Value.Kind.STRING;
    }
    return item == ITEM_QUANTITY ? Value.Kind.NUMBER_OR_OBJECT : Value.Kind.OBJECT;
  }

  @Override
  <T> List<T> list(Item<T> item) throws IOException {
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
        context.typeError(in, expected(item));
        value = null;
      } else {
        value = readItem(item);
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

  @Override
  <T> Map<String, T> map(Item<T> item) throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return Map.of();
    }
    Map<String, T> result = new LinkedHashMap<>();
    Fields entries = in.object(null);
    while (entries.next()) {
      String key = entries.key();
      T value = readItem(item);
      if (value != null) {
        result.put(key, value);
      }
    }
    return result;
  }

  @Override
  <E extends Enum<E> & Coded> @Nullable E readCode(Class<E> type) throws IOException {
    return context.code(type);
  }

  @Override
  boolean shorthand() throws IOException {
    return in.isScalar() && !in.isNull();
  }

  @Override
  @Nullable CallRef callRefShorthand() throws IOException {
    String text = context.callId();
    return text == null ? null : CallRef.of(text);
  }

  @Override
  @Nullable String readString() throws IOException {
    return context.text();
  }

  @Override
  @Nullable LocalizedText readLocalizedText() throws IOException {
    return context.localized();
  }

  @Override
  @Nullable PartialDate readPartialDate() throws IOException {
    return context.partialDate();
  }

  @Override
  @Nullable LocalDate readLocalDate() throws IOException {
    return context.date();
  }

  @Override
  @Nullable Period readPeriod() throws IOException {
    return context.period();
  }

  @Override
  @Nullable Money readMoney() throws IOException {
    return context.money();
  }

  @Override
  @Nullable Quantity readQuantity() throws IOException {
    return context.quantity();
  }

  @Override
  @Nullable BigDecimal readBigDecimal() throws IOException {
    return context.decimal();
  }

  @Override
  @Nullable Integer readInteger() throws IOException {
    return context.integer(in);
  }

  @Override
  @Nullable Boolean readBoolean() throws IOException {
    return context.bool();
  }

  @Override
  @Nullable CountryCode readCountryCode() throws IOException {
    return context.countryCode();
  }

  @Override
  @Nullable LocalId readLocalId() throws IOException {
    String text = context.text();
    return text == null ? null : LocalId.of(text);
  }

  @Override
  @Nullable OrganisationId readOrganisationId() throws IOException {
    String text = context.text();
    return text == null ? null : OrganisationId.of(text);
  }

  @Override
  @Nullable ProjectId readProjectId() throws IOException {
    String text = context.text();
    return text == null ? null : ProjectId.of(text);
  }

  @Override
  @Nullable PortfolioId readPortfolioId() throws IOException {
    String text = context.text();
    return text == null ? null : PortfolioId.of(text);
  }

  @Override
  @Nullable CallId readCallId() throws IOException {
    String text = context.callId();
    return text == null ? null : CallId.of(text);
  }

  @Override
  @Nullable RuleSetting readRuleSetting() throws IOException {
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

  @Override
  @Nullable Identifiers readIdentifiers() throws IOException {
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

  @Override
  @Nullable IndicatorUnit readIndicatorUnit() throws IOException {
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

  /** A measurement's period: a period, or one partial date for the period it stands for. */
  @Override
  @Nullable Period readMeasurementPeriod() throws IOException {
    if (in.isObject()) {
      return context.period();
    }
    PartialDate date = context.partialDate();
    return date == null ? null : Period.of(date, date);
  }

  /** A measurement's disaggregation: for each dimension, the values by category; nulls are left out. */
  @Override
  Map<String, Map<String, BigDecimal>> readMeasurementDisaggregation() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return Map.of();
    }
    Map<String, Map<String, BigDecimal>> result = new LinkedHashMap<>();
    Fields dimensions = in.object(null);
    while (dimensions.next()) {
      String dimension = dimensions.key();
      Map<String, BigDecimal> values = categories();
      if (values != null) {
        result.put(dimension, values);
      }
    }
    return result;
  }

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

  @Override
  @Nullable Extensions readExtensions() throws IOException {
    if (!in.isObject()) {
      context.typeError(in, Value.Kind.OBJECT);
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> data = (Map<String, ?>) context.data();
    return Extensions.of(data);
  }
}
