package dev.progetto.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Deep, unmodifiable copies of plain JSON data: {@code null}, {@link String}, {@link Boolean},
 * {@link BigDecimal} for every number, {@link List} and {@link Map} with string keys.
 */
final class JsonData {

  private JsonData() {}

  static Map<String, @Nullable Object> copyObject(Map<String, ?> map) {
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException("JSON object keys cannot be null");
      }
      copy.put(entry.getKey(), copyValue(entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  static @Nullable Object copyValue(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("JSON has no " + number);
      }
      return new BigDecimal(value.toString());
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException("JSON object keys must be strings, not " + entry.getKey());
        }
        map.put((String) entry.getKey(), entry.getValue());
      }
      return copyObject(map);
    }
    if (value instanceof List<?>) {
      List<@Nullable Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) {
        copy.add(copyValue(item));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "not JSON data: " + value.getClass().getName() + " (use String, Boolean, numbers, List or Map)");
  }
}
