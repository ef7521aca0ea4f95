package dev.progetto.io.internal;

import dev.progetto.model.LocalizedText;
import dev.progetto.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object being mapped to the model: typed accessors that report wrong types and
 * invalid values, and a final check that reports every field nobody asked for.
 */
final class Fields {

  /** Maps one node to a model value; empty when the node was reported as unusable. */
  interface Mapper<T> {
    Optional<T> map(Node node, Pointer pointer);
  }

  private final Node.ObjectNode object;
  private final Pointer pointer;
  private final ReadContext context;
  /** Which fields were asked for, by position: a bit each for the first 64, then an array. */
  private long used;
  private boolean @Nullable [] usedBeyond;
  /** Where to look for the next key first: readers ask for keys in the order the format writes them. */
  private int next;

  Fields(Node.ObjectNode object, Pointer pointer, ReadContext context) {
    this.object = object;
    this.pointer = pointer;
    this.context = context;
  }

  /** Maps a node that must be an object; reports format.type otherwise. */
  static Optional<Fields> of(Node node, Pointer pointer, ReadContext context) {
    if (node instanceof Node.ObjectNode) {
      return Optional.of(new Fields((Node.ObjectNode) node, pointer, context));
    }
    context.typeError(pointer, Node.Type.OBJECT, node);
    return Optional.empty();
  }

  Pointer pointer() {
    return pointer;
  }

  Pointer pointer(String key) {
    return pointer.key(key);
  }

  ReadContext context() {
    return context;
  }

  boolean has(String key) {
    return object.indexOf(key) >= 0;
  }

  private void markUsed(int position) {
    if (position < 64) {
      used |= 1L << position;
      return;
    }
    if (usedBeyond == null) {
      usedBeyond = new boolean[object.size() - 64];
    }
    usedBeyond[position - 64] = true;
  }

  private boolean isUsed(int position) {
    if (position < 64) {
      return (used & (1L << position)) != 0;
    }
    return usedBeyond != null && usedBeyond[position - 64];
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(present(key));
  }

  /** Marks a field as read and returns its value, or null when it is absent or null. */
  private @Nullable Node present(String key) {
    int position = object.indexOf(key, next);
    if (position < 0) {
      return null;
    }
    next = position + 1;
    markUsed(position);
    Node node = object.value(position);
    return node.type() == Node.Type.NULL ? null : node;
  }

  /** Reports a missing required field when the key is absent or null. */
  boolean require(String key) {
    Node node = object.get(key);
    if (node == null || node.type() == Node.Type.NULL) {
      context.issues().error("format.missing-field", pointer, "format.missing-field", key);
      return false;
    }
    return true;
  }

  <T> Optional<T> value(String key, Mapper<T> mapper) {
    Node node = present(key);
    return node == null ? Optional.empty() : mapper.map(node, pointer(key));
  }

  <T> Optional<T> required(String key, Mapper<T> mapper) {
    if (!require(key)) {
      int position = object.indexOf(key);
      if (position >= 0) {
        markUsed(position);
      }
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

  <E> Optional<E> code(String key, Function<String, Optional<E>> lookup, Supplier<List<String>> codes) {
    return value(key, (node, at) -> context.code(node, at, lookup, codes));
  }

  <T> List<T> list(String key, Mapper<T> mapper) {
    Node found = present(key);
    if (found == null) {
      return List.of();
    }
    Pointer at = pointer(key);
    if (!(found instanceof Node.ArrayNode)) {
      context.typeError(at, Node.Type.ARRAY, found);
      return List.of();
    }
    List<Node> items = ((Node.ArrayNode) found).items();
    List<T> result = new ArrayList<>(items.size());
    // Where each kept item stands in the file, recorded from the first item left out on.
    int[] sourceIndexes = null;
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<T> value;
      if (item.type() == Node.Type.NULL) {
        context.typeError(at.index(i), Node.Type.OBJECT, item);
        value = Optional.empty();
      } else {
        value = mapper.map(item, at.index(i));
      }
      if (value.isPresent()) {
        if (sourceIndexes != null) {
          sourceIndexes[result.size()] = i;
        }
        result.add(value.get());
      } else if (sourceIndexes == null) {
        sourceIndexes = new int[items.size()];
        for (int kept = 0; kept < result.size(); kept++) {
          sourceIndexes[kept] = kept;
        }
      }
    }
    if (sourceIndexes != null) {
      context.issues().sourceMap().keptItems(at.toString(), Arrays.copyOf(sourceIndexes, result.size()));
    }
    return result;
  }

  <T> Map<String, T> map(String key, Mapper<T> mapper) {
    Node found = present(key);
    if (found == null) {
      return Map.of();
    }
    Pointer at = pointer(key);
    if (!(found instanceof Node.ObjectNode)) {
      context.typeError(at, Node.Type.OBJECT, found);
      return Map.of();
    }
    Map<String, T> result = new LinkedHashMap<>();
    Node.ObjectNode entries = (Node.ObjectNode) found;
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.key(i);
      Pointer child = at.key(entry);
      mapper.map(entries.value(i), child).ifPresent(value -> result.put(entry, value));
    }
    return result;
  }

  Optional<Fields> object(String key) {
    return node(key).flatMap(node -> of(node, pointer(key), context));
  }

  /** Plain JSON data of a field, for extensions and parameters. */
  @Nullable Object data(Node node, Pointer at) {
    return context.data(node, at);
  }

  /** Every key of the object in document order, for maps whose keys are data. */
  List<String> keys() {
    List<String> keys = new ArrayList<>(object.size());
    for (int i = 0; i < object.size(); i++) {
      keys.add(object.key(i));
    }
    return keys;
  }

  /** Reports every field that was not read, naming the fields this object may have. */
  void finish(String... allowed) {
    for (int i = 0; i < object.size(); i++) {
      if (!isUsed(i)) {
        String key = object.key(i);
        context.issues().unknownField(pointer(key), key, String.join(", ", allowed));
      }
    }
  }
}
