package dev.progetto.validation.internal.calls;

import dev.progetto.model.CountryCode;
import dev.progetto.model.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The type of a call rule's parameter, as the rule reads it: a value of another type is ignored
 * by the rule, so a call document that sets one is told so.
 */
public enum ParameterType {
  /** A whole number that fits an {@code int}. */
  INTEGER,
  /** Any number. */
  DECIMAL,
  /** A text. */
  STRING,
  /** A date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  DATE,
  /** A list of texts (numbers are read as their text). */
  TEXTS,
  /** A list of numbers. */
  DECIMALS,
  /** A list of ISO 3166-1 alpha-2 codes, {@code eu} or {@code associated}. */
  COUNTRIES,
  /** A list of anything. */
  LIST,
  /** An object: names to values. */
  MAP,
  /** Not declared: any value (a parameter added without its type). */
  ANY;

  /** The type named in a parameter declaration such as {@code min:integer}. */
  static ParameterType named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The code of the type in messages, such as {@code integer}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether a value of JSON data (as {@link dev.progetto.model.Parameters} holds it) is of
   * this type.
   *
   * @param value the value
   * @return true when the rule reads it
   */
  public boolean accepts(Object value) {
    switch (this) {
      case INTEGER:
        if (!(value instanceof BigDecimal)) {
          return false;
        }
        try {
          ((BigDecimal) value).intValueExact();
          return true;
        } catch (ArithmeticException notWhole) {
          return false;
        }
      case DECIMAL:
        return value instanceof BigDecimal;
      case STRING:
        return value instanceof String;
      case DATE:
        if (!(value instanceof String)) {
          return false;
        }
        try {
          PartialDate.parse((String) value);
          return true;
        } catch (IllegalArgumentException notADate) {
          return false;
        }
      case TEXTS:
      case DECIMALS:
      case COUNTRIES:
        if (!(value instanceof List<?>)) {
          return false;
        }
        for (Object item : (List<?>) value) {
          if (!acceptsItem(item)) {
            return false;
          }
        }
        return true;
      case LIST:
        return value instanceof List<?>;
      case MAP:
        return value instanceof java.util.Map<?, ?>;
      default:
        return true;
    }
  }

  /** Tells whether an item of a list of this type is one the rule reads. */
  private boolean acceptsItem(Object item) {
    switch (this) {
      case TEXTS:
        return item instanceof String || item instanceof BigDecimal;
      case DECIMALS:
        return item instanceof BigDecimal;
      default:
        return isCountry(item);
    }
  }

  private static boolean isCountry(Object item) {
    if (!(item instanceof String)) {
      return false;
    }
    String code = ((String) item).toLowerCase(Locale.ROOT);
    return code.equals("eu") || code.equals("associated") || (code.length() == 2 && CountryCode.of(code).isAssigned());
  }
}
