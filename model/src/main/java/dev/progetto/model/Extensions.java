package dev.progetto.model;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Custom data of a document, by namespace: whatever an organisation needs to keep that the format
 * has no field for ({@code extensions: {acme: {internalCode: "A-12"}}}). Readers and writers keep
 * it untouched.
 *
 * <p>Values are plain JSON data: {@code null}, {@link String}, {@link Boolean},
 * {@link java.math.BigDecimal} for every number (with its scale), {@link java.util.List} and
 * {@link Map} with string keys; everything is copied deeply and unmodifiable.
 */
public final class Extensions {

  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<String, @Nullable Object> values;

  private Extensions(Map<String, @Nullable Object> values) {
    this.values = values;
  }

  /**
   * Returns no extensions.
   *
   * @return the empty extensions
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Returns a deep copy of the given data.
   *
   * @param values namespace to JSON data
   * @return the extensions
   * @throws IllegalArgumentException if a value is not plain JSON data
   */
  public static Extensions of(Map<String, ?> values) {
    return values.isEmpty() ? EMPTY : new Extensions(JsonData.copyObject(values));
  }

  /**
   * Returns the data of one namespace.
   *
   * @param namespace the namespace
   * @return the data, or empty when the namespace is absent or its value is JSON null
   */
  public Optional<Object> get(String namespace) {
    return Optional.ofNullable(values.get(namespace));
  }

  /**
   * Returns every namespace with its data, in order.
   *
   * @return an unmodifiable map whose values may be null (JSON null)
   */
  public Map<String, @Nullable Object> asMap() {
    return values;
  }

  /**
   * Tells whether there is no extension.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Extensions extensions && values.equals(extensions.values);
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
