package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every model type of the format is known to the reader, written by the
 * writer, described by the schema and set by the random-model generator. A getter added to the
 * model without the rest fails here, naming what it lacks.
 */
class FormatCoverageTest {

  private static final List<Class<?>> DOCUMENTS = List.of(Project.class, Portfolio.class, Call.class, IndicatorCatalogue.class);
  private static final int SEEDS = 60;
  /** The wire names that differ from the attribute's, with the reason in the format. */
  private static final Map<String, String> RENAMED = Map.of(
      "Call.parent", "extends", // extends and abstract are Java keywords
      "Call.abstractCall", "abstract",
      "Period.declaredDurationMonths", "durationMonths", // durationMonths() answers the declared or the derived one
      "Project.schema", "$schema",
      "Portfolio.schema", "$schema",
      "Call.schema", "$schema");
  /** Attributes that are not a field of their object, with the reason. */
  private static final Set<String> NOT_FIELDS = Set.of(
      "RuleSetting.parameters"); // a rule setting's other fields are its parameters

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The model types of the format: the documents and the objects their attributes hold. */
  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    List<Class<?>> pending = new ArrayList<>(DOCUMENTS);
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(0);
      if (types.putIfAbsent(type.getSimpleName(), type) != null) {
        continue;
      }
      for (Method attribute : attributes(type)) {
        Class<?> element = element(attribute.getGenericReturnType());
        if (element != null && isModelObject(element)) {
          pending.add(element);
        }
      }
    }
    return types;
  }

  /** A type of the model made by Immutables: an abstract class with a generated implementation. */
  private static boolean isModelObject(Class<?> type) {
    return type.getPackageName().equals("dev.progetto.model") && Modifier.isAbstract(type.getModifiers())
        && !type.isInterface() && generated(type) != null;
  }

  private static Class<?> generated(Class<?> type) {
    try {
      return Class.forName("dev.progetto.model.Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException absent) {
      return null;
    }
  }

  /** The attributes of a model type: its getters that the generated implementation holds. */
  private static List<Method> attributes(Class<?> type) {
    Set<String> held = new LinkedHashSet<>();
    for (Method method : generated(type).getDeclaredMethods()) {
      held.add(method.getName());
    }
    List<Method> attributes = new ArrayList<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is"))
          && !Modifier.isStatic(method.getModifiers()) && held.contains(name)) {
        attributes.add(method);
      }
    }
    attributes.sort((a, b) -> a.getName().compareTo(b.getName()));
    return attributes;
  }

  private static String attributeName(Method getter) {
    String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String wireName(Class<?> type, Method getter) {
    String attribute = attributeName(getter);
    return RENAMED.getOrDefault(type.getSimpleName() + "." + attribute, attribute);
  }

  /** The class of the values of an attribute: the type held by an Optional, a list or a map. */
  private static Class<?> element(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return element(arguments[arguments.length - 1]);
    }
    return type instanceof Class<?> plain ? plain : null;
  }

  /** Every attribute, as Type.wireName, that is not a field of its object. */
  private static Set<String> fields() {
    Set<String> fields = new TreeSet<>();
    types().forEach((name, type) -> {
      for (Method attribute : attributes(type)) {
        if (!NOT_FIELDS.contains(name + "." + attributeName(attribute))) {
          fields.add(name + "." + wireName(type, attribute));
        }
      }
    });
    return fields;
  }

  @Test
  void theModelTypesAreFound() {
    assertThat(types()).containsKeys("Project", "Organisation", "BudgetLine", "Measurement", "RuleSetting",
        "IndicatorDefinition", "Period", "Municipality");
    assertThat(fields()).contains("Organisation.website", "Call.extends", "Project.$schema", "Period.durationMonths")
        .doesNotContain("Project.partial", "Period.reversed", "RuleSetting.parameters");
  }

  @Test
  void theReaderHasAFieldForEveryAttribute() {
    Set<String> read = new TreeSet<>();
    List<Class<?>> enums = new ArrayList<>(List.of(ObjectFields.class.getDeclaredClasses()));
    enums.addAll(List.of(ValueFields.class.getDeclaredClasses()));
    for (Class<?> nested : enums) {
      String type = nested.getSimpleName().replaceFirst("Field$", "");
      for (Object constant : nested.getEnumConstants()) {
        read.add(type + "." + Keys.camelCase(((Enum<?>) constant).name()));
      }
    }
    for (Class<?> document : DOCUMENTS) {
      for (String header : DocumentReader.HEADER_FIELDS) {
        read.add(document.getSimpleName() + "." + header);
      }
    }
    assertThat(missing(read)).as("fields of the model without a field of the reader (io's ObjectFields, generated, and ValueFields)").isEmpty();
  }

  @Test
  void theSchemaDescribesEveryAttribute() throws Exception {
    Set<String> described = new TreeSet<>();
    FormatSchema.objectTypes().forEach((type, names) -> names.forEach(name -> described.add(type + "." + name)));
    for (DocumentKind kind : DocumentKind.values()) {
      String type = document(kind).getSimpleName();
      JSON.readTree(FormatSchema.schema(kind)).path("properties").fieldNames()
          .forEachRemaining(name -> described.add(type + "." + name));
    }
    assertThat(missing(described)).as("fields of the model the schema does not describe (io's FormatSchema)").isEmpty();
  }

  /**
   * The check itself: a getter whose field nothing covers is named. The random model and the
   * writer cover every field today, so one field is taken out of what they cover, as a getter
   * added to the model without values in RandomModel would be.
   */
  @Test
  void aGetterThatNothingCoversIsNamed() throws Exception {
    Set<String> set = new TreeSet<>();
    RandomModel random = new RandomModel(26L);
    for (int i = 0; i < SEEDS; i++) {
      present(Project.class, random.project(), set);
    }
    assertThat(set).contains("Organisation.website");
    set.remove("Organisation.website");

    assertThat(missing(set)).contains("Organisation.website").doesNotContain("Organisation.name", "Project.title");
  }

  @Test
  void theRandomModelSetsAndTheWriterWritesEveryAttribute() throws Exception {
    Set<String> set = new TreeSet<>();
    Set<String> written = new TreeSet<>();
    ProgettoMapper mapper = ProgettoMapper.standard();
    RandomModel random = new RandomModel(26L);
    for (int i = 0; i < SEEDS; i++) {
      for (Document document : List.of(random.project(), random.portfolio(), random.call(), random.indicatorCatalogue())) {
        Class<?> type = document(document.kind());
        present(type, document, set);
        written(type, JSON.readTree(mapper.write(document, Syntax.JSON)), written);
      }
    }
    assertThat(missing(set)).as("fields of the model that io's RandomModel never sets").isEmpty();
    assertThat(missing(written)).as("fields of the model that the writer never writes (io's DocumentWriter)").isEmpty();
  }

  /** The fields of the model that are not among these. */
  private static Set<String> missing(Set<String> covered) {
    Set<String> missing = fields();
    missing.removeAll(covered);
    return missing;
  }

  private static Class<?> document(DocumentKind kind) {
    return switch (kind) {
      case PROJECT -> Project.class;
      case PORTFOLIO -> Portfolio.class;
      case CALL -> Call.class;
      case INDICATOR_CATALOGUE -> IndicatorCatalogue.class;
    };
  }

  /** Records the attributes of a model value that hold something, and those of the values in them. */
  private static void present(Class<?> type, Object value, Set<String> found) throws Exception {
    for (Method attribute : attributes(type)) {
      Object held = attribute.invoke(value);
      List<Object> values = values(held);
      if (!values.isEmpty() && !(Boolean.FALSE.equals(held))) {
        found.add(type.getSimpleName() + "." + wireName(type, attribute));
      }
      Class<?> element = element(attribute.getGenericReturnType());
      if (element != null && isModelObject(element)) {
        for (Object item : values) {
          present(element, item, found);
        }
      }
    }
  }

  /** What an attribute holds, as a list: empty for an empty Optional, list, map or value with isEmpty. */
  private static List<Object> values(Object held) throws Exception {
    if (held == null) {
      return List.of();
    }
    if (held instanceof Optional<?> optional) {
      return optional.isPresent() ? List.of(optional.get()) : List.of();
    }
    if (held instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (held instanceof Map<?, ?> map) {
      return new ArrayList<>(map.values());
    }
    try {
      Method isEmpty = held.getClass().getMethod("isEmpty");
      if (isEmpty.getReturnType() == boolean.class && (boolean) isEmpty.invoke(held)) {
        return List.of();
      }
    } catch (NoSuchMethodException none) {
      // a value without emptiness is present
    }
    return List.of(held);
  }

  /** Records the fields of a written object, and those of the objects in them, by model type. */
  private static void written(Class<?> type, JsonNode node, Set<String> found) {
    if (!node.isObject()) {
      return; // a shorthand: a call by its id, a date for a period
    }
    for (Method attribute : attributes(type)) {
      String wire = wireName(type, attribute);
      JsonNode value = node.get(wire);
      if (value == null) {
        continue;
      }
      found.add(type.getSimpleName() + "." + wire);
      Class<?> element = element(attribute.getGenericReturnType());
      if (element != null && isModelObject(element)) {
        boolean map = Map.class.isAssignableFrom(attribute.getReturnType());
        Iterator<JsonNode> items = value.isArray() || map ? value.elements() : List.of(value).iterator();
        items.forEachRemaining(item -> written(element, item, found));
      }
    }
  }
}
