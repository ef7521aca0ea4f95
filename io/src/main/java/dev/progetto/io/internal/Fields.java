package dev.progetto.io.internal;

import dev.progetto.model.LocalizedText;
import dev.progetto.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object being mapped to the model: typed accessors that report wrong types and
 * invalid values, and a final check that reports every field nobody asked for.
 */
final class Fields {

  /** Maps one node to a model value; empty when the node was reported as unusable. */
  interface Mapper<T> {
    Optional<T> map(Node node, String pointer);
  }

  private final Node.ObjectNode object;
  private final String pointer;
  private final ReadContext context;
  private final Set<String> used = new HashSet<>();

  Fields(Node.ObjectNode object, String pointer, ReadContext context) {
    this.object = object;
    this.pointer = pointer;
    this.context = context;
  }

  /** Maps a node that must be an object; reports format.type otherwise. */
  static Optional<Fields> of(Node node, String pointer, ReadContext context) {
    if (node instanceof Node.ObjectNode) {
      return Optional.of(new Fields((Node.ObjectNode) node, pointer, context));
    }
    context.typeError(pointer, Node.Type.OBJECT, node);
    return Optional.empty();
  }

  String pointer() {
    return pointer;
  }

  String pointer(String key) {
    return pointer + "/" + LocatedSourceMap.escape(key);
  }

  ReadContext context() {
    return context;
  }

  boolean has(String key) {
    return object.fields().containsKey(key);
  }

  Optional<Node> node(String key) {
    used.add(key);
    Node node = object.fields().get(key);
    if (node == null || node.type() == Node.Type.NULL) {
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /** Reports a missing required field when the key is absent or null. */
  boolean require(String key) {
    Node node = object.fields().get(key);
    if (node == null || node.type() == Node.Type.NULL) {
      context.issues().error("format.missing-field", pointer, "format.missing-field", key);
      return false;
    }
    return true;
  }

  <T> Optional<T> value(String key, Mapper<T> mapper) {
    return node(key).flatMap(node -> mapper.map(node, pointer(key)));
  }

  <T> Optional<T> required(String key, Mapper<T> mapper) {
    if (!require(key)) {
      used.add(key);
      return Optional.empty();
    }
    return value(key, mapper);
  }

  Optional<String> text(String key) {
    return value(key, context::text);
  }

  Optional<BigDecimal> decimal(String key) {
    return value(key, context::decimal);
  }

  Optional<Integer> integer(String key) {
    return value(key, context::integer);
  }

  Optional<Boolean> bool(String key) {
    return value(key, (node, at) -> {
      if (node.type() != Node.Type.BOOLEAN) {
        context.typeError(at, Node.Type.BOOLEAN, node);
        return Optional.empty();
      }
      return Optional.of(Boolean.parseBoolean(((Node.ScalarNode) node).text().toLowerCase(java.util.Locale.ROOT)));
    });
  }

  Optional<PartialDate> partialDate(String key) {
    return value(key, context::partialDate);
  }

  Optional<LocalDate> date(String key) {
    return value(key, (node, at) -> context.text(node, at).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException notADate) {
        context.issues().error("format.invalid-value", at, "format.invalid-value.date", text);
        return Optional.empty();
      }
    }));
  }

  Optional<LocalizedText> localized(String key) {
    return value(key, context::localized);
  }

  <E> Optional<E> code(String key, Function<String, Optional<E>> lookup, List<String> codes) {
    return value(key, (node, at) -> context.code(node, at, lookup, codes));
  }

  <T> List<T> list(String key, Mapper<T> mapper) {
    Optional<Node> found = node(key);
    if (found.isEmpty()) {
      return List.of();
    }
    String at = pointer(key);
    if (!(found.get() instanceof Node.ArrayNode)) {
      context.typeError(at, Node.Type.ARRAY, found.get());
      return List.of();
    }
    List<T> result = new ArrayList<>();
    List<Node> items = ((Node.ArrayNode) found.get()).items();
    int[] sourceIndexes = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (item.type() == Node.Type.NULL) {
        context.typeError(at + "/" + i, Node.Type.OBJECT, item);
        continue;
      }
      Optional<T> value = mapper.map(item, at + "/" + i);
      if (value.isPresent()) {
        sourceIndexes[result.size()] = i;
        result.add(value.get());
      }
    }
    if (result.size() < items.size()) {
      context.issues().sourceMap().keptItems(at, Arrays.copyOf(sourceIndexes, result.size()));
    }
    return result;
  }

  <T> Map<String, T> map(String key, Mapper<T> mapper) {
    Optional<Node> found = node(key);
    if (found.isEmpty()) {
      return Map.of();
    }
    String at = pointer(key);
    if (!(found.get() instanceof Node.ObjectNode)) {
      context.typeError(at, Node.Type.OBJECT, found.get());
      return Map.of();
    }
    Map<String, T> result = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : ((Node.ObjectNode) found.get()).fields().entrySet()) {
      String child = at + "/" + LocatedSourceMap.escape(entry.getKey());
      mapper.map(entry.getValue(), child).ifPresent(value -> result.put(entry.getKey(), value));
    }
    return result;
  }

  Optional<Fields> object(String key) {
    return node(key).flatMap(node -> of(node, pointer(key), context));
  }

  /** Plain JSON data of a field, for extensions and parameters. */
  @Nullable Object data(Node node, String at) {
    return context.data(node, at);
  }

  /** Every key of the object, for maps whose keys are data. */
  Set<String> keys() {
    return object.fields().keySet();
  }

  /** Reports every field that was not read, naming the fields this object may have. */
  void finish(String... allowed) {
    List<String> expected = Arrays.asList(allowed);
    for (String key : object.fields().keySet()) {
      if (!used.contains(key)) {
        context.issues().unknownField(pointer(key), key, String.join(", ", expected));
      }
    }
  }
}
