package dev.progetto.model;

import java.util.Map;
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
public final class Extensions extends JsonObject {

  private static final Extensions EMPTY = new Extensions(Map.of());

  private Extensions(Map<String, @Nullable Object> values) {
    super(values);
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

}
