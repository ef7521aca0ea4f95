package dev.progetto.io.internal;

import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.CurrencyCode;
import dev.progetto.model.Document;
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
import dev.progetto.model.PortfolioId;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Quantity;
import dev.progetto.model.RuleSetting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model document into a tree of plain values in canonical form: the field order of the
 * format, shorthands where they lose nothing, empty lists and absent values left out. The objects
 * are written by {@link FormatWriter}, generated from the model's types; this class writes the
 * headers and the values whose form the model does not describe.
 */
public final class DocumentWriter extends FormatWriter {

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
    if (document instanceof Project project) {
      Map<String, Object> out = header("project", project.getSchema(), project.getLanguage(), project.getCurrency());
      writerFor(project.getLanguage(), project.getCurrency()).projectFields(project, out);
      return out;
    }
    if (document instanceof Portfolio portfolio) {
      Map<String, Object> out = header("portfolio", portfolio.getSchema(), portfolio.getLanguage(), portfolio.getCurrency());
      writerFor(portfolio.getLanguage(), portfolio.getCurrency()).portfolioFields(portfolio, out);
      return out;
    }
    if (document instanceof Call call) {
      Map<String, Object> out = header("call", call.getSchema(), call.getLanguage(), Optional.empty());
      writerFor(call.getLanguage(), Optional.empty()).callFields(call, out);
      return out;
    }
    IndicatorCatalogue catalogue = (IndicatorCatalogue) document;
    Map<String, Object> out = header("indicator-catalogue", Optional.empty(), Optional.empty(), Optional.empty());
    writerFor(Optional.empty(), Optional.empty()).indicatorCatalogueFields(catalogue, out);
    return out;
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

  // ---- the hooks of the generated writer

  /** A text in the document's language alone is written as a string. */
  @Override
  Object writeLocalizedText(LocalizedText text) {
    Map<String, String> texts = text.asMap();
    if (texts.size() == 1 && texts.containsKey(language)) {
      return texts.get(language);
    }
    return new LinkedHashMap<String, Object>(texts);
  }

  /** An amount in the document's currency is written as a number. */
  @Override
  Object writeMoney(Money money) {
    if (money.getCurrency().equals(currency)) {
      return money.getAmount();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount", money.getAmount());
    out.put("currency", money.getCurrency().value());
    return out;
  }

  /** An exact total is written as a number. */
  @Override
  Object writeQuantity(Quantity quantity) {
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

  @Override
  Object writePeriod(Period period) {
    Map<String, Object> out = new LinkedHashMap<>();
    period.getStart().ifPresent(d -> out.put("start", d.toString()));
    period.getEnd().ifPresent(d -> out.put("end", d.toString()));
    period.getDeclaredDurationMonths().ifPresent(m -> out.put("durationMonths", BigDecimal.valueOf(m)));
    return out;
  }

  /** A measurement of one day, month or year is written as that partial date. */
  @Override
  Object writeMeasurementPeriod(Period period) {
    boolean single = period.getStart().isPresent() && period.getStart().equals(period.getEnd())
        && period.getDeclaredDurationMonths().isEmpty();
    return single ? period.getStart().get().toString() : writePeriod(period);
  }

  @Override
  Object writeMeasurementDisaggregation(Map<String, Map<String, BigDecimal>> disaggregation) {
    Map<String, Object> dimensions = new LinkedHashMap<>();
    disaggregation.forEach((dimension, categories) -> dimensions.put(dimension, new LinkedHashMap<String, Object>(categories)));
    return dimensions;
  }

  /** A reference to a call with nothing but its id is written as the id. */
  @Override
  @Nullable Object callRefShorthand(CallRef call) {
    boolean idOnly = call.getObjectives().isEmpty() && call.getAction().isEmpty() && call.getActionType().isEmpty()
        && call.getNotice().isEmpty() && call.getUrl().isEmpty();
    return idOnly ? call.getId().value() : null;
  }

  @Override
  Object writeRuleSetting(RuleSetting setting) {
    Map<String, Object> out = new LinkedHashMap<>();
    setting.getParameters().asMap().forEach(out::put);
    setting.getSeverity().ifPresent(s -> out.put("severity", s.code()));
    setting.getConfidence().ifPresent(c -> out.put("confidence", c.code()));
    setting.getSource().ifPresent(s -> out.put("source", BigDecimal.valueOf(s)));
    return out;
  }

  @Override
  @Nullable Object writeIdentifiers(Identifiers identifiers) {
    if (identifiers.isEmpty()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    identifiers.asMap().forEach((scheme, value) -> values.put(scheme.code(), value));
    return values;
  }

  @Override
  @Nullable Object writeExtensions(Extensions extensions) {
    return extensions.isEmpty() ? null : new LinkedHashMap<String, @Nullable Object>(extensions.asMap());
  }

  @Override
  Object writeString(String value) {
    return value;
  }

  @Override
  Object writeBigDecimal(BigDecimal value) {
    return value;
  }

  @Override
  Object writeInteger(Integer value) {
    return BigDecimal.valueOf(value);
  }

  /** A flag is written when it is set; its absence means false. */
  @Override
  @Nullable Object writeBoolean(Boolean value) {
    return value ? Boolean.TRUE : null;
  }

  @Override
  Object writeLocalDate(LocalDate value) {
    return value.toString();
  }

  @Override
  Object writePartialDate(PartialDate value) {
    return value.toString();
  }

  @Override
  Object writeCountryCode(CountryCode value) {
    return value.value();
  }

  @Override
  Object writeIndicatorUnit(IndicatorUnit value) {
    return value.code();
  }

  @Override
  Object writeLocalId(LocalId value) {
    return value.value();
  }

  @Override
  Object writeOrganisationId(OrganisationId value) {
    return value.value();
  }

  @Override
  Object writeProjectId(ProjectId value) {
    return value.value();
  }

  @Override
  Object writePortfolioId(PortfolioId value) {
    return value.value();
  }

  @Override
  Object writeCallId(CallId value) {
    return value.value();
  }
}
