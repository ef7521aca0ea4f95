package dev.progetto.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters a call sets for one of its rules ({@code min: 3}, {@code values: [120000,
 * 250000, 400000]}), as plain JSON data with typed accessors.
 *
 * <p>Values are {@link String}, {@link Boolean}, {@link BigDecimal} for every number,
 * {@link List} or {@link Map}. The typed accessors answer empty when a parameter is absent or not
 * of the asked type; the validation module reports such a call as misconfigured.
 */
public final class Parameters extends JsonObject {

  private static final Parameters EMPTY = new Parameters(Map.of());

  private Parameters(Map<String, @Nullable Object> values) {
    super(values);
  }

  /**
   * Returns no parameters.
   *
   * @return the empty parameters
   */
  public static Parameters empty() {
    return EMPTY;
  }

  /**
   * Returns a deep copy of the given data.
   *
   * @param values parameter name to JSON data
   * @return the parameters
   * @throws IllegalArgumentException if a value is not plain JSON data
   */
  public static Parameters of(Map<String, ?> values) {
    return values.isEmpty() ? EMPTY : new Parameters(JsonData.copyObject(values));
  }

  /**
   * Returns these parameters overridden by another set: the other's values win, names only here
   * are kept.
   *
   * @param overrides the parameters that take precedence
   * @return the merged parameters
   */
  public Parameters overriddenBy(Parameters overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    Map<String, @Nullable Object> merged = new java.util.LinkedHashMap<>(asMap());
    merged.putAll(overrides.asMap());
    return new Parameters(java.util.Collections.unmodifiableMap(merged));
  }

  /**
   * Returns a number parameter.
   *
   * @param name the parameter name
   * @return the number, or empty when absent or not a number
   */
  public Optional<BigDecimal> getDecimal(String name) {
    Object value = asMap().get(name);
    return value instanceof BigDecimal ? Optional.of((BigDecimal) value) : Optional.empty();
  }

  /**
   * Returns a whole-number parameter.
   *
   * @param name the parameter name
   * @return the number, or empty when absent, not a number or not a whole int
   */
  public Optional<Integer> getInteger(String name) {
    Object value = asMap().get(name);
    if (!(value instanceof BigDecimal)) {
      return Optional.empty();
    }
    try {
      return Optional.of(((BigDecimal) value).intValueExact());
    } catch (ArithmeticException notWhole) {
      return Optional.empty();
    }
  }

  /**
   * Returns a text parameter.
   *
   * @param name the parameter name
   * @return the text, or empty when absent or not a text
   */
  public Optional<String> getString(String name) {
    Object value = asMap().get(name);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /**
   * Returns a list parameter as texts: strings as they are, numbers as their plain text.
   *
   * @param name the parameter name
   * @return the texts, or empty when absent or not a list of texts and numbers
   */
  public Optional<List<String>> getStrings(String name) {
    Object value = asMap().get(name);
    if (!(value instanceof List<?>)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (item instanceof String) {
        texts.add((String) item);
      } else if (item instanceof BigDecimal) {
        texts.add(((BigDecimal) item).toPlainString());
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(texts));
  }

  /**
   * Returns a list parameter as numbers.
   *
   * @param name the parameter name
   * @return the numbers, or empty when absent or not a list of numbers
   */
  public Optional<List<BigDecimal>> getDecimals(String name) {
    Object value = asMap().get(name);
    if (!(value instanceof List<?>)) {
      return Optional.empty();
    }
    List<BigDecimal> numbers = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (!(item instanceof BigDecimal)) {
        return Optional.empty();
      }
      numbers.add((BigDecimal) item);
    }
    return Optional.of(List.copyOf(numbers));
  }

  /**
   * Returns a list parameter as it is.
   *
   * @param name the parameter name
   * @return the list, or empty when absent or not a list
   */
  public Optional<List<?>> getList(String name) {
    Object value = asMap().get(name);
    return value instanceof List<?> ? Optional.of((List<?>) value) : Optional.empty();
  }

  /**
   * Returns a date parameter written as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param name the parameter name
   * @return the date, or empty when absent or not such a date
   */
  public Optional<PartialDate> getDate(String name) {
    Object value = asMap().get(name);
    if (!(value instanceof String)) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse((String) value));
    } catch (IllegalArgumentException notADate) {
      return Optional.empty();
    }
  }

}
