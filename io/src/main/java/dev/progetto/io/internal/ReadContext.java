package dev.progetto.io.internal;

import dev.progetto.io.ReadLimits;
import dev.progetto.model.CurrencyCode;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** What mapping one document needs: its issues, syntax, limits and header defaults. */
final class ReadContext {

  private final Issues issues;
  private final boolean yaml;
  private final ReadLimits limits;
  private String language = LocalizedText.DEFAULT_LANGUAGE;
  private CurrencyCode currency = CurrencyCode.EUR;

  ReadContext(Issues issues, boolean yaml, ReadLimits limits) {
    this.issues = issues;
    this.yaml = yaml;
    this.limits = limits;
  }

  Issues issues() {
    return issues;
  }

  void language(String language) {
    this.language = language;
  }

  void currency(CurrencyCode currency) {
    this.currency = currency;
  }

  void typeError(Pointer pointer, Node.Type expected, Node found) {
    issues.error("format.type", pointer, "format.type", expected.description(), describe(found));
  }

  private static String describe(Node node) {
    if (node instanceof Node.ScalarNode) {
      String text = ((Node.ScalarNode) node).text();
      String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
      return node.type().description() + " \"" + shown + "\"";
    }
    return node.type().description();
  }

  /** A text field: in YAML any scalar as written; in JSON a string. */
  Optional<String> text(Node node, Pointer pointer) {
    if (node instanceof Node.ScalarNode && (node.type() == Node.Type.STRING || (yaml && node.type() != Node.Type.NULL))) {
      return Optional.of(((Node.ScalarNode) node).text());
    }
    typeError(pointer, Node.Type.STRING, node);
    return Optional.empty();
  }

  /** A decimal number read exactly from its text. */
  Optional<BigDecimal> decimal(Node node, Pointer pointer) {
    if (node.type() != Node.Type.NUMBER) {
      typeError(pointer, Node.Type.NUMBER, node);
      return Optional.empty();
    }
    String text = ((Node.ScalarNode) node).text();
    if (text.length() > limits.getMaxNumberLength()) {
      issues.error("format.limit", pointer, "format.limit.number", Integer.toString(text.length()),
          Integer.toString(limits.getMaxNumberLength()));
      return Optional.empty();
    }
    try {
      BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
      if (Math.abs((long) number.scale()) > limits.getMaxNumberLength()) {
        issues.error("format.limit", pointer, "format.limit.number", text, Integer.toString(limits.getMaxNumberLength()));
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (NumberFormatException notDecimal) {
      issues.error("format.invalid-value", pointer, "format.invalid-value.number", text);
      return Optional.empty();
    }
  }

  /** A whole number in int range. */
  Optional<Integer> integer(Node node, Pointer pointer) {
    return decimal(node, pointer).flatMap(number -> {
      try {
        return Optional.of(number.intValueExact());
      } catch (ArithmeticException notWhole) {
        issues.error("format.invalid-value", pointer, "format.invalid-value.integer", number.toPlainString());
        return Optional.empty();
      }
    });
  }

  Optional<PartialDate> partialDate(Node node, Pointer pointer) {
    return text(node, pointer).flatMap(text -> {
      try {
        return Optional.of(PartialDate.parse(text));
      } catch (IllegalArgumentException notADate) {
        issues.error("format.invalid-value", pointer, "format.invalid-value.partial-date", text);
        return Optional.empty();
      }
    });
  }

  /** A wire code; the list of codes is made only to report a wrong one. */
  <E> Optional<E> code(Node node, Pointer pointer, Function<String, Optional<E>> lookup, Supplier<List<String>> codes) {
    return text(node, pointer).flatMap(text -> {
      Optional<E> value = lookup.apply(text);
      if (value.isEmpty()) {
        issues.error("format.invalid-value", pointer, "format.invalid-value.code", String.join(", ", codes.get()), text);
      }
      return value;
    });
  }

  /** A plain string in the document language, or a map from language tag to text. */
  Optional<LocalizedText> localized(Node node, Pointer pointer) {
    if (node instanceof Node.ObjectNode) {
      Map<String, String> texts = new LinkedHashMap<>();
      Node.ObjectNode object = (Node.ObjectNode) node;
      for (int i = 0; i < object.size(); i++) {
        String tag = object.key(i);
        Pointer child = pointer.key(tag);
        if (!languageTag(tag, child)) {
          continue;
        }
        text(object.value(i), child).ifPresent(text -> texts.put(tag, text));
      }
      if (texts.isEmpty()) {
        issues.error("format.missing-field", pointer, "format.missing-field.language");
        return Optional.empty();
      }
      return Optional.of(LocalizedText.of(texts));
    }
    if (node instanceof Node.ScalarNode && node.type() != Node.Type.NULL) {
      return text(node, pointer).map(text -> LocalizedText.of(language, text));
    }
    typeError(pointer, Node.Type.STRING, node);
    return Optional.empty();
  }

  /** Whether a key of a localized text or the document language is a language tag the model can hold. */
  boolean languageTag(String tag, Pointer pointer) {
    // An empty tag reads; the language.tag rule reports it.
    if (tag.isEmpty() || LocalizedText.isWellFormedTag(tag)) {
      return true;
    }
    issues.error("format.invalid-value", pointer, "format.invalid-value.language", tag);
    return false;
  }

  Optional<CurrencyCode> currencyCode(Node node, Pointer pointer) {
    return text(node, pointer).flatMap(text -> {
      CurrencyCode code = CurrencyCode.of(text);
      if (!code.isIso4217()) {
        issues.error("format.invalid-value", pointer, "format.invalid-value.currency", text);
        return Optional.empty();
      }
      return Optional.of(code);
    });
  }

  /** A plain number in the document currency, or {@code {amount, currency}}. */
  Optional<Money> money(Node node, Pointer pointer) {
    if (node.type() == Node.Type.NUMBER) {
      return decimal(node, pointer).map(amount -> Money.of(amount, currency));
    }
    return Fields.of(node, pointer, this).flatMap(fields -> {
      fields.require("amount");
      Optional<BigDecimal> amount = fields.decimal("amount");
      Optional<CurrencyCode> code = fields.value("currency", this::currencyCode);
      boolean currencyGiven = fields.has("currency");
      fields.finish("amount", "currency");
      if (amount.isEmpty() || (currencyGiven && code.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(Money.of(amount.get(), code.orElse(currency)));
    });
  }

  /** A plain number (exact) or {@code {approx}}, {@code {min, max}}, {@code {atLeast}}, {@code {atMost}}, each with {@code per}. */
  Optional<Quantity> quantity(Node node, Pointer pointer) {
    if (node.type() == Node.Type.NUMBER) {
      return decimal(node, pointer).map(Quantity::exactly);
    }
    return Fields.of(node, pointer, this).flatMap(fields -> {
      Optional<Quantity.Per> per = fields.code("per", Quantity.Per::fromCode, () -> List.of("total", "year", "month"));
      Optional<Quantity> quantity;
      if (fields.has("value")) {
        quantity = fields.decimal("value").map(Quantity::exactly);
      } else if (fields.has("approx")) {
        quantity = fields.decimal("approx").map(Quantity::approximately);
      } else if (fields.has("min") || fields.has("max")) {
        fields.require("min");
        fields.require("max");
        Optional<BigDecimal> min = fields.decimal("min");
        Optional<BigDecimal> max = fields.decimal("max");
        quantity = min.isPresent() && max.isPresent() ? Optional.of(Quantity.between(min.get(), max.get())) : Optional.empty();
      } else if (fields.has("atLeast")) {
        quantity = fields.decimal("atLeast").map(Quantity::atLeast);
      } else if (fields.has("atMost")) {
        quantity = fields.decimal("atMost").map(Quantity::atMost);
      } else {
        issues.error("format.missing-field", pointer, "format.missing-field.quantity");
        fields.finish("value", "approx", "min", "max", "atLeast", "atMost", "per");
        return Optional.empty();
      }
      fields.finish(quantityFields(fields));
      return quantity.map(q -> per.map(q::per).orElse(q));
    });
  }

  /** The one form a quantity object uses decides which other forms are unknown. */
  private static String[] quantityFields(Fields fields) {
    if (fields.has("value")) {
      return new String[] {"value", "per"};
    }
    if (fields.has("approx")) {
      return new String[] {"approx", "per"};
    }
    if (fields.has("min") || fields.has("max")) {
      return new String[] {"min", "max", "per"};
    }
    if (fields.has("atLeast")) {
      return new String[] {"atLeast", "per"};
    }
    return new String[] {"atMost", "per"};
  }

  Optional<Period> period(Node node, Pointer pointer) {
    return Fields.of(node, pointer, this).map(fields -> {
      Period.Builder period = Period.builder();
      fields.partialDate("start").ifPresent(period::start);
      fields.partialDate("end").ifPresent(period::end);
      fields.integer("durationMonths").ifPresent(period::declaredDurationMonths);
      fields.finish("start", "end", "durationMonths");
      return period.build();
    });
  }

  /** Plain JSON data: null, strings, booleans, BigDecimal numbers, lists and maps. */
  @Nullable Object data(Node node, Pointer pointer) {
    if (node instanceof Node.ObjectNode) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      Node.ObjectNode object = (Node.ObjectNode) node;
      for (int i = 0; i < object.size(); i++) {
        map.put(object.key(i), data(object.value(i), pointer.key(object.key(i))));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node instanceof Node.ArrayNode) {
      List<@Nullable Object> list = new ArrayList<>();
      List<Node> items = ((Node.ArrayNode) node).items();
      for (int i = 0; i < items.size(); i++) {
        list.add(data(items.get(i), pointer.index(i)));
      }
      return Collections.unmodifiableList(list);
    }
    String text = ((Node.ScalarNode) node).text();
    switch (node.type()) {
      case NUMBER:
        return decimal(node, pointer).orElse(null);
      case BOOLEAN:
        return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
      case NULL:
        return null;
      default:
        return text;
    }
  }
}
