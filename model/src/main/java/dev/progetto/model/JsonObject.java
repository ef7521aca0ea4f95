package dev.progetto.model;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of plain JSON data by name, the common part of {@link Extensions} and
 * {@link Parameters}.
 */
abstract class JsonObject {

  private final Map<String, @Nullable Object> values;

  JsonObject(Map<String, @Nullable Object> values) {
    this.values = values;
  }

  /**
   * Returns the value with the given name.
   *
   * @param name the name
   * @return the value, or empty when absent or JSON null
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns every value by name, in order.
   *
   * @return an unmodifiable map whose values may be null (JSON null)
   */
  public Map<String, @Nullable Object> asMap() {
    return values;
  }

  /**
   * Tells whether there is no value.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && values.equals(((JsonObject) other).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
