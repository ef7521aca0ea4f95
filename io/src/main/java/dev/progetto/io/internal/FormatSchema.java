package dev.progetto.io.internal;

import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.Coded;
import dev.progetto.model.Confidence;
import dev.progetto.model.CountryCode;
import dev.progetto.model.DocumentKind;
import dev.progetto.model.Extensions;
import dev.progetto.model.Identifiers;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Quantity;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schemas (2020-12) of the format, made from {@link FormatTypes}, the description of the
 * object types that is generated from the model: each object type is one definition ({@code
 * $defs}) with its fields, their requiredness and the schema of their values, which follows from
 * the value's Java type (a {@link Coded} enumeration gives its codes) unless the field is one of
 * the few whose values say more ({@link #FIELD_VALUES}: patterns, texts that must say something).
 * Every document kind's schema is the root object of that kind followed by the same definitions;
 * {@code docs/schema} holds what this prints.
 *
 * <p>The schema is made once on first use: it is read when asked for ({@code progetto schema},
 * tools that check files against it), never on the reading path.
 */
public final class FormatSchema {

  /**
   * A language tag (BCP 47) in any case: BCP 47 holds {@code it-it} to be {@code it-IT}, which the
   * reader reads with a warning.
   */
  private static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
      + "(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WYZa-wyz0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?$";
  private static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?$";
  private static final String DOCUMENT_ID = "^[a-z0-9][a-z0-9-]{0,79}$";
  private static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
  private static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
  private static final String NOT_BLANK = "\\S";
  private static final String COUNTRY = "^[A-Z]{2}$";
  private static final String CURRENCY = "^[A-Z]{3}$";
  private static final String NUTS = "^[A-Z]{2}[A-Z0-9]{0,3}$";
  private static final String ISTAT = "^[0-9]{6}$";
  private static final String UNIT = "^(persons|organisations|events|hours|courses|documents|eur|percent|x-.+)$";

  /**
   * The schemas of the values of fields that say more than their Java type: a pattern, a text
   * that must not be blank, a form of their own. Every other field's schema follows from its
   * type ({@link #value}).
   */
  private static final Map<String, Object> FIELD_VALUES = Map.ofEntries(
      Map.entry("Organisation.name", string(NOT_BLANK)),
      Map.entry("CallRef.id", string(NOT_BLANK)),
      Map.entry("Territory.regions", string(NUTS)),
      Map.entry("Municipality.istat", string(ISTAT)),
      Map.entry("Waiver.reason", string(NOT_BLANK)),
      // a portfolio's title may be any text; a project's must say something
      Map.entry("Portfolio.title", ref("LocalizedText")),
      Map.entry("Measurement.period", json("oneOf", List.of(ref("PartialDate"), ref("Period")))),
      // a share, as every share of the format: 90% is 0.9
      Map.entry("Budget.coFinancingRate", json("type", "number", "minimum", 0, "maximum", 1)),
      // a category set to null is absent, as an optional field is
      Map.entry("Measurement.disaggregation", mapOf(nullable(amount()))));

  private static final FormatSchema INSTANCE = new FormatSchema();

  /** The fields of each object type, by its name in the model. */
  private final Map<String, List<String>> types = new LinkedHashMap<>();
  private final Map<String, Object> defs = new LinkedHashMap<>();
  private final Map<DocumentKind, String> schemas = new EnumMap<>(DocumentKind.class);

  private FormatSchema() {
    checkFieldValues();
    describeDefinitions();
    for (DocumentKind kind : DocumentKind.values()) {
      root(kind);
    }
  }

  /**
   * The JSON Schema of a kind of document, as JSON text ending with a line break.
   *
   * @param kind the kind of document
   * @return the schema
   */
  public static String schema(DocumentKind kind) {
    synchronized (INSTANCE) {
      String schema = INSTANCE.schemas.get(kind);
      if (schema == null) {
        schema = Json.write(INSTANCE.root(kind));
        INSTANCE.schemas.put(kind, schema);
      }
      return schema;
    }
  }

  /**
   * The field names of each object type the schemas describe, by the type's name in the model
   * ({@code Organisation}, {@code BudgetLine}); the document types are named by their kind's
   * model class ({@code Project}, {@code Portfolio}, {@code Call}, {@code IndicatorCatalogue}).
   *
   * @return the field names, in the order the schemas list them
   */
  public static Map<String, List<String>> objectTypes() {
    return Collections.unmodifiableMap(INSTANCE.types);
  }

  // ---- the document kinds

  private Map<String, Object> root(DocumentKind kind) {
    List<Field> fields = new ArrayList<>();
    fields.add(optional("$schema", string()));
    fields.add(required("format", json("const", 1)));
    fields.add(optional("language", string(LANGUAGE_TAG)));
    fields.add(optional("currency", string(CURRENCY)));
    fields.add(required("kind", json("const", kind.code())));
    fields.addAll(fields(type(kind)));
    Map<String, Object> object = object(fields);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    // String.concat, not +: this runs once per process, where + costs its bootstrap
    root.put("$id", "https://progetto.dev/schema/1/".concat(kind.code()).concat(".schema.json"));
    root.put("title", "progetto ".concat(kind.code()).concat(" document, format 1"));
    root.putAll(object);
    root.put("$defs", defs);
    return root;
  }

  private static FormatTypes.Type type(DocumentKind kind) {
    Class<?> model = switch (kind) {
      case PROJECT -> Project.class;
      case PORTFOLIO -> Portfolio.class;
      case CALL -> Call.class;
      case INDICATOR_CATALOGUE -> IndicatorCatalogue.class;
    };
    for (FormatTypes.Type type : FormatTypes.TYPES) {
      if (type.model() == model) {
        return type;
      }
    }
    throw new IllegalStateException("no type for " + kind);
  }

  // ---- the definitions every schema shares

  /** A field of {@link #FIELD_VALUES} that names no field of the format is a mistake, not a rule left unused. */
  private static void checkFieldValues() {
    Set<String> fields = new HashSet<>();
    for (FormatTypes.Type type : FormatTypes.TYPES) {
      for (FormatTypes.Field field : type.fields()) {
        fields.add(type.name().concat(".").concat(field.name()));
      }
    }
    for (String key : FIELD_VALUES.keySet()) {
      if (!fields.contains(key)) {
        throw new IllegalStateException("FormatSchema.FIELD_VALUES names no field of the format: " + key);
      }
    }
  }

  private void describeDefinitions() {
    define("LocalizedText", json("oneOf", List.of(string(), json(
        "type", "object",
        "minProperties", 1,
        "additionalProperties", string(),
        "propertyNames", json("pattern", LANGUAGE_TAG)))));
    define("RequiredText", json("oneOf", List.of(string(NOT_BLANK), json(
        "type", "object",
        "minProperties", 1,
        "propertyNames", json("pattern", LANGUAGE_TAG),
        "additionalProperties", string(),
        "not", json("additionalProperties", json("pattern", "^\\s*$"))))));
    define("PartialDate", string(PARTIAL_DATE));
    define("Period", object("Period",
        optional("start", ref("PartialDate")),
        optional("end", ref("PartialDate")),
        optional("durationMonths", json("type", "integer", "minimum", 1))));
    define("Money", json("oneOf", List.of(amount(), object("Money",
        required("amount", amount()),
        optional("currency", string(CURRENCY))))));
    define("Quantity", json("oneOf", List.of(amount(),
        object("Quantity", required("value", amount()), optional("per", ref("Per"))),
        object("Quantity", required("approx", amount()), optional("per", ref("Per"))),
        object("Quantity", required("min", amount()), required("max", amount()), optional("per", ref("Per"))),
        object("Quantity", required("atLeast", amount()), optional("per", ref("Per"))),
        object("Quantity", required("atMost", amount()), optional("per", ref("Per"))))));
    define("Per", codes(Quantity.Per.values()));
    define("Identifiers", json(
        "type", "object",
        "additionalProperties", nullable(string()),
        "properties", json(
            "cup", nullable(string("^[A-Z][0-9]{2}[A-Z][0-9]{11}$")),
            "pic", nullable(string("^[0-9]{9}$")),
            "oid", nullable(string("^E[0-9]{8}$")),
            "partita-iva", nullable(string("^[0-9]{11}$")),
            "codice-fiscale", nullable(string("^([A-Z0-9]{16}|[0-9]{11})$")),
            "istat-comune", nullable(string(ISTAT)),
            "nuts", nullable(string(NUTS)))));
    define("RuleSetting", openObject("RuleSetting",
        optional("severity", codes(Severity.values())),
        optional("confidence", codes(Confidence.values())),
        optional("source", json("type", "integer", "minimum", 0))));
    for (FormatTypes.Type type : FormatTypes.TYPES) {
      Map<String, Object> object = object(fields(type));
      define(type.name(), type.shorthand() ? json("oneOf", List.of(string(NOT_BLANK), object)) : object);
    }
  }

  /** The fields of an object type, each with the schema its shape and value give it. */
  private List<Field> fields(FormatTypes.Type type) {
    List<Field> fields = new ArrayList<>();
    for (FormatTypes.Field field : type.fields()) {
      Object value = value(type, field);
      Object schema = switch (field.shape()) {
        case LIST -> array(value);
        case MAP -> mapOf(value);
        case ONE, OPTIONAL, DEFAULTED -> value;
      };
      fields.add(field.required() ? required(field.name(), schema) : optional(field.name(), schema));
    }
    return describe(type.name(), fields);
  }

  /** The schema of one value of a field. */
  private static Object value(FormatTypes.Type owner, FormatTypes.Field field) {
    Object special = FIELD_VALUES.get(owner.name().concat(".").concat(field.name()));
    if (special != null) {
      return special;
    }
    Class<?> type = field.type();
    if (field.kind() == FormatTypes.Kind.OBJECT) {
      return ref(type.getSimpleName());
    }
    if (field.kind() == FormatTypes.Kind.CODE) {
      return codes((Coded[]) type.getEnumConstants());
    }
    if (owner.document() && field.name().equals("id")) {
      return string(DOCUMENT_ID);
    }
    if (type == LocalizedText.class) {
      // a required text, and a text in a list, must say something
      return ref(field.required() || field.shape() == FormatTypes.Shape.LIST ? "RequiredText" : "LocalizedText");
    }
    if (field.url()) {
      return string(URL);
    }
    if (type == String.class || type == LocalId.class || type == OrganisationId.class || type == ProjectId.class
        || type == CallId.class) {
      return string();
    }
    if (type == CountryCode.class) {
      return string(COUNTRY);
    }
    if (type == IndicatorUnit.class) {
      return string(UNIT);
    }
    if (type == LocalDate.class) {
      return date();
    }
    if (type == BigDecimal.class) {
      return amount();
    }
    if (type == Integer.class) {
      return type("integer");
    }
    if (type == Boolean.class) {
      return type("boolean");
    }
    if (type == Extensions.class) {
      return type("object");
    }
    if (type == PartialDate.class || type == Period.class || type == Money.class || type == Quantity.class
        || type == Identifiers.class || type == RuleSetting.class) {
      return ref(type.getSimpleName());
    }
    throw new IllegalStateException("no schema for a value of " + type.getName() + " (" + owner.name() + "."
        + field.name() + "): describe it in FormatSchema");
  }

  // ---- the kinds of values

  /** A field of an object: its wire name, whether it is required, and its schema. */
  private record Field(String name, boolean required, Object schema) {}

  /** A required field: present and not null. */
  private static Field required(String name, Object schema) {
    return new Field(name, true, schema);
  }

  /** An optional field, which may also be null (read as absent). */
  private static Field optional(String name, Object schema) {
    return new Field(name, false, nullable(schema));
  }

  private void define(String name, Object schema) {
    defs.put(name, schema);
  }

  /** Records the fields of an object type, by its name in the model. */
  private List<Field> describe(String type, List<Field> fields) {
    List<String> names = new ArrayList<>(types.getOrDefault(type, List.of()));
    for (Field field : fields) {
      if (!names.contains(field.name())) {
        names.add(field.name());
      }
    }
    types.put(type, names);
    return fields;
  }

  /** An object of a type of the model with these fields and no others. */
  private Map<String, Object> object(String type, Field... fields) {
    return object(describe(type, List.of(fields)));
  }

  /** An object of a type of the model with these fields and any others (its parameters). */
  private Map<String, Object> openObject(String type, Field... fields) {
    Map<String, Object> object = object(describe(type, List.of(fields)));
    object.put("additionalProperties", true);
    return object;
  }

  private static Map<String, Object> object(List<Field> fields) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Field field : fields) {
      properties.put(field.name(), field.schema());
      if (field.required()) {
        required.add(field.name());
      }
    }
    Map<String, Object> object = json("type", "object", "properties", properties, "additionalProperties", false);
    if (!required.isEmpty()) {
      object.put("required", required);
    }
    return object;
  }

  private static Map<String, Object> nullable(Object schema) {
    return json("anyOf", List.of(type("null"), schema));
  }

  private static Map<String, Object> type(String type) {
    return json("type", type);
  }

  private static Map<String, Object> string() {
    return type("string");
  }

  private static Map<String, Object> string(String pattern) {
    return json("type", "string", "pattern", pattern);
  }

  private static Map<String, Object> date() {
    return json("type", "string", "format", "date", "pattern", DATE);
  }

  /** A number that is not negative. */
  private static Map<String, Object> amount() {
    return json("type", "number", "minimum", 0);
  }

  private static Map<String, Object> ref(String definition) {
    return json("$ref", "#/$defs/".concat(definition));
  }

  private static Map<String, Object> array(Object items) {
    return json("type", "array", "items", items);
  }

  /** An object whose keys are free and whose values all have one schema. */
  private static Map<String, Object> mapOf(Object values) {
    return json("type", "object", "additionalProperties", values);
  }

  /** The wire codes of an enumeration of the model. */
  private static Map<String, Object> codes(Coded[] values) {
    List<Object> codes = new ArrayList<>();
    for (Coded value : values) {
      codes.add(value.code());
    }
    return json("enum", codes);
  }

  /** An object of keys and values, given in turn. */
  private static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  /** Writes maps, lists, strings, numbers and booleans as indented JSON. */
  private static final class Json {
    private final StringBuilder out = new StringBuilder(65536);

    static String write(Object value) {
      Json json = new Json();
      json.value(value, 0);
      return json.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(separator);
          indent(depth + 1);
          string((String) entry.getKey());
          out.append(": ");
          value(entry.getValue(), depth + 1);
          separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
          out.append(separator);
          indent(depth + 1);
          value(item, depth + 1);
          separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append(']');
      } else if (value instanceof String text) {
        string(text);
      } else {
        out.append(value);
      }
    }

    private void indent(int depth) {
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }

    private void string(String text) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
