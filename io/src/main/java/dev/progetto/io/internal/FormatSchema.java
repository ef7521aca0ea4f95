package dev.progetto.io.internal;

import dev.progetto.model.Coded;
import dev.progetto.model.Completeness;
import dev.progetto.model.Confidence;
import dev.progetto.model.DocumentKind;
import dev.progetto.model.FundingKind;
import dev.progetto.model.IndicatorType;
import dev.progetto.model.LegalForm;
import dev.progetto.model.LinkType;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
import dev.progetto.model.Relation;
import dev.progetto.model.Role;
import dev.progetto.model.Severity;
import dev.progetto.model.TargetGroupCategory;
import dev.progetto.model.WorkPackageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one description of the types of the format that the JSON Schemas (2020-12) are made from:
 * each type with its wire name, its fields and their kinds, which fields are required, and the
 * codes of its enumerations taken from the model's {@link Coded} enums. Every document kind's
 * schema is the root object of that kind followed by the same set of definitions ({@code $defs}),
 * described once here; {@code docs/schema} holds what this prints.
 *
 * <p>The schema is a table read at run time, made once on first use: it is read when asked for
 * ({@code progetto schema}, tools that check files against it), never on the reading path.
 */
public final class FormatSchema {

  /** A language tag (BCP 47) as the format writes it. */
  private static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?"
      + "(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[a-wyz0-9](-[a-z0-9]{2,8})+)*(-x(-[a-z0-9]{1,8})+)?$";
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

  private static final FormatSchema INSTANCE = new FormatSchema();

  /** The fields of each object type, by its name in the model. */
  private final Map<String, List<String>> types = new LinkedHashMap<>();
  private final Map<String, Object> defs = new LinkedHashMap<>();
  private final Map<DocumentKind, String> schemas = new EnumMap<>(DocumentKind.class);

  private FormatSchema() {
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
    List<Field> body = switch (kind) {
      case PROJECT -> projectFields("Project", "LocalizedText");
      case PORTFOLIO -> portfolioFields();
      case CALL -> callFields();
      case INDICATOR_CATALOGUE -> catalogueFields();
    };
    List<Field> fields = new ArrayList<>();
    fields.add(optional("$schema", string()));
    fields.add(required("format", json("const", 1)));
    fields.add(optional("language", string(LANGUAGE_TAG)));
    fields.add(optional("currency", string(CURRENCY)));
    fields.add(required("kind", json("const", kind.code())));
    fields.addAll(body);
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

  /**
   * The fields of a project. The text of the titles and descriptions of its phases, objectives,
   * activities and work packages is checked for blankness in a project inside a portfolio, not in
   * a project document: the schemas of the format's first release said so, and a schema of the
   * same format version does not refuse what the previous one accepted.
   */
  private List<Field> projectFields(String type, String itemText) {
    return describe(type, List.of(
        required("id", string(DOCUMENT_ID)),
        required("title", ref("RequiredText")),
        optional("acronym", string()),
        optional("summary", ref("LocalizedText")),
        optional("description", ref("LocalizedText")),
        optional("status", codes(ProjectStatus.values())),
        optional("completeness", codes(Completeness.values())),
        optional("sectors", array(ref("RequiredText"))),
        optional("identifiers", ref("Identifiers")),
        optional("call", ref("CallRef")),
        optional("period", ref("Period")),
        optional("phases", array(object("Phase",
            required("id", string()),
            required("title", ref(itemText)),
            optional("period", ref("Period"))))),
        optional("relatedProjects", array(object("RelatedProject",
            required("relation", codes(Relation.values())),
            optional("project", string()),
            optional("title", ref("LocalizedText")),
            optional("url", string(URL))))),
        optional("organisations", array(ref("Organisation"))),
        optional("participants", array(ref("Participant"))),
        optional("territory", ref("Territory")),
        optional("objectives", array(object("Objective",
            required("id", string()),
            required("description", ref(itemText))))),
        optional("activities", array(object("Activity",
            required("id", string()),
            required("title", ref(itemText)),
            optional("description", ref("LocalizedText")),
            optional("period", ref("Period")),
            optional("workPackage", string()),
            optional("organisations", array(string()))))),
        optional("workPackages", array(object("WorkPackage",
            required("id", string()),
            required("title", ref(itemText)),
            optional("lead", string()),
            optional("type", codes(WorkPackageType.values())),
            optional("budget", ref("Money"))))),
        optional("targetGroups", array(ref("TargetGroup"))),
        optional("indicators", array(ref("Indicator"))),
        optional("budget", ref("Budget")),
        optional("links", array(ref("Link"))),
        optional("sources", array(ref("Source"))),
        optional("waivers", array(ref("Waiver"))),
        optional("extensions", type("object")),
        optional("lastUpdated", date())));
  }

  private List<Field> portfolioFields() {
    return describe("Portfolio", List.of(
        required("id", string(DOCUMENT_ID)),
        required("title", ref("LocalizedText")),
        optional("description", ref("LocalizedText")),
        optional("owner", string()),
        optional("completeness", codes(Completeness.values())),
        optional("organisations", array(ref("Organisation"))),
        optional("projects", array(ref("ProjectBody"))),
        optional("sources", array(ref("Source"))),
        optional("extensions", type("object"))));
  }

  private List<Field> callFields() {
    return describe("Call", List.of(
        required("id", string(DOCUMENT_ID)),
        optional("extends", string()),
        optional("abstract", type("boolean")),
        optional("name", ref("LocalizedText")),
        optional("description", ref("LocalizedText")),
        optional("programme", string()),
        optional("action", string()),
        optional("field", string()),
        optional("year", type("integer")),
        optional("funder", string()),
        optional("managingAuthority", string()),
        optional("url", string()),
        optional("period", ref("Period")),
        optional("rules", mapOf(openObject("RuleSetting",
            optional("severity", codes(Severity.values())),
            optional("confidence", ref("Confidence")),
            optional("source", json("type", "integer", "minimum", 0))))),
        optional("sources", array(ref("Source")))));
  }

  private List<Field> catalogueFields() {
    return describe("IndicatorCatalogue", List.of(
        required("id", string(DOCUMENT_ID)),
        optional("name", ref("LocalizedText")),
        optional("confidence", ref("Confidence")),
        optional("sources", array(ref("Source"))),
        optional("indicators", array(ref("IndicatorDefinition")))));
  }

  // ---- the definitions every schema shares

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
        "additionalProperties", string(),
        "properties", json(
            "cup", nullable(string("^[A-Z][0-9]{2}[A-Z][0-9]{11}$")),
            "pic", nullable(string("^[0-9]{9}$")),
            "oid", nullable(string("^E[0-9]{8}$")),
            "partita-iva", nullable(string("^[0-9]{11}$")),
            "codice-fiscale", nullable(string("^([A-Z0-9]{16}|[0-9]{11})$")),
            "istat-comune", nullable(string(ISTAT)),
            "nuts", nullable(string(NUTS)))));
    define("Link", object("Link",
        required("url", string(URL)),
        optional("title", string()),
        optional("type", codes(LinkType.values()))));
    define("Source", object("Source",
        optional("url", string(URL)),
        optional("title", string()),
        optional("section", string()),
        optional("retrieved", date()),
        optional("confidence", ref("Confidence")),
        optional("note", string())));
    define("Confidence", codes(Confidence.values()));
    define("Municipality", object("Municipality",
        optional("istat", string(ISTAT)),
        required("name", string())));
    define("Organisation", object("Organisation",
        required("id", string()),
        required("name", string(NOT_BLANK)),
        optional("shortName", string()),
        optional("legalForm", codes(LegalForm.values())),
        optional("country", string(COUNTRY)),
        optional("identifiers", ref("Identifiers")),
        optional("address", string()),
        optional("municipality", ref("Municipality")),
        optional("website", string(URL)),
        optional("description", ref("LocalizedText")),
        optional("founded", ref("PartialDate"))));
    define("Participant", object("Participant",
        required("organisation", string()),
        required("role", codes(Role.values())),
        optional("budget", ref("Money")),
        optional("joined", ref("PartialDate"))));
    define("CallRef", json("oneOf", List.of(string(NOT_BLANK), object("CallRef",
        required("id", string(NOT_BLANK)),
        optional("objectives", array(string())),
        optional("action", string()),
        optional("actionType", string()),
        optional("notice", ref("LocalizedText")),
        optional("url", string(URL))))));
    define("Territory", object("Territory",
        optional("countries", array(string(COUNTRY))),
        optional("regions", array(string(NUTS))),
        optional("nutsVersion", string()),
        optional("municipalities", array(ref("Municipality"))),
        optional("excludes", array(ref("Municipality"))),
        optional("description", ref("LocalizedText"))));
    define("TargetGroup", object("TargetGroup",
        required("id", string()),
        required("description", ref("RequiredText")),
        optional("category", codes(TargetGroupCategory.values())),
        optional("expected", ref("Quantity")),
        optional("composition", mapOf(ref("Quantity")))));
    define("Measurement", object("Measurement",
        optional("period", json("oneOf", List.of(ref("PartialDate"), ref("Period")))),
        required("value", ref("Quantity")),
        optional("disaggregation", mapOf(mapOf(amount()))),
        optional("source", string())));
    define("Indicator", object("Indicator",
        required("id", string()),
        optional("code", string()),
        required("name", ref("RequiredText")),
        required("type", codes(IndicatorType.values())),
        required("unit", string(UNIT)),
        optional("targetGroup", string()),
        optional("baseline", amount()),
        optional("target", ref("Quantity")),
        optional("measurements", array(ref("Measurement")))));
    define("Budget", object("Budget",
        optional("total", ref("Money")),
        optional("requestedGrant", ref("Money")),
        optional("lumpSum", ref("Money")),
        optional("coFinancingRate", amount()),
        optional("lines", array(object("BudgetLine",
            required("id", string()),
            required("title", ref("RequiredText")),
            required("amount", ref("Money")),
            optional("workPackage", string())))),
        optional("funding", array(object("Funding",
            required("source", string()),
            required("kind", codes(FundingKind.values())),
            required("amount", ref("Money")))))));
    define("Waiver", object("Waiver",
        required("rule", string()),
        optional("path", string()),
        required("reason", string(NOT_BLANK))));
    define("ProjectBody", object(projectFields("Project", "RequiredText")));
    define("IndicatorDefinition", object("IndicatorDefinition",
        required("code", string()),
        optional("name", ref("LocalizedText")),
        optional("type", codes(IndicatorType.values())),
        optional("unit", string(UNIT)),
        optional("confidence", ref("Confidence"))));
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
