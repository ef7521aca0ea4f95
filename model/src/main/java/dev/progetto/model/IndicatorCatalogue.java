package dev.progetto.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A catalogue of indicator codes, such as the AMIF 2021-2027 common indicators: projects refer to
 * its codes as {@code catalogue:code}.
 */
@Value.Immutable
public abstract class IndicatorCatalogue implements WithIndicatorCatalogue, Document {

  IndicatorCatalogue() {}

  /** Returns {@link DocumentKind#INDICATOR_CATALOGUE}. */
  @Override
  public final DocumentKind kind() {
    return DocumentKind.INDICATOR_CATALOGUE;
  }

  @Override
  public final String documentId() {
    return getId();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorCatalogue} values. */
  public static final class Builder extends ImmutableIndicatorCatalogue.Builder {
    Builder() {}
  }

  /**
   * Returns the id, such as {@code amif-2021-2027}.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract Optional<LocalizedText> getName();

  /**
   * Returns how sure the catalogue is as a whole.
   *
   * @return the confidence
   */
  public abstract Optional<Confidence> getConfidence();

  /**
   * Returns the sources.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Source> getSources();

  /**
   * Returns the indicators.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<IndicatorDefinition> getIndicators();

  /**
   * Returns the indicator with the given code.
   *
   * @param code the code within the catalogue
   * @return the indicator, or empty
   */
  public Optional<IndicatorDefinition> indicator(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The indicators by code, the first of a code winning; made once, on the first look-up. */
  @Value.Lazy
  Map<String, IndicatorDefinition> byCode() {
    Map<String, IndicatorDefinition> index = new HashMap<>();
    for (IndicatorDefinition definition : getIndicators()) {
      index.putIfAbsent(definition.getCode(), definition);
    }
    return Collections.unmodifiableMap(index);
  }
}
