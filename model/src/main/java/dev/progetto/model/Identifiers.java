package dev.progetto.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifiers of a project or organisation, by scheme: a CUP, an Erasmus+ project number, a
 * codice fiscale, a PIC. At most one value per scheme; the order of schemes is kept.
 */
public final class Identifiers {

  private static final Identifiers EMPTY = new Identifiers(Map.of());

  private final Map<IdentifierScheme, String> values;

  private Identifiers(Map<IdentifierScheme, String> values) {
    this.values = values;
  }

  /**
   * Returns no identifiers.
   *
   * @return the empty set of identifiers
   */
  public static Identifiers empty() {
    return EMPTY;
  }

  /**
   * Returns the identifiers of the map, in its iteration order.
   *
   * @param values scheme to value; no null keys or values
   * @return the identifiers
   */
  public static Identifiers of(Map<IdentifierScheme, String> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    Map<IdentifierScheme, String> copy = new LinkedHashMap<>();
    values.forEach(
        (scheme, value) -> copy.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(value, "value")));
    return new Identifiers(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns one identifier.
   *
   * @param scheme the scheme
   * @param value the identifier
   * @return the identifiers
   */
  public static Identifiers of(IdentifierScheme scheme, String value) {
    return of(Map.of(scheme, value));
  }

  /**
   * Returns a copy with one more identifier, or a replaced one.
   *
   * @param scheme the scheme
   * @param value the identifier
   * @return the new identifiers
   */
  public Identifiers with(IdentifierScheme scheme, String value) {
    Map<IdentifierScheme, String> copy = new LinkedHashMap<>(values);
    copy.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(value, "value"));
    return new Identifiers(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the identifier of one scheme.
   *
   * @param scheme the scheme
   * @return the identifier, or empty when absent
   */
  public Optional<String> get(IdentifierScheme scheme) {
    return Optional.ofNullable(values.get(scheme));
  }

  /**
   * Returns every identifier by scheme, in order.
   *
   * @return an unmodifiable map
   */
  public Map<IdentifierScheme, String> asMap() {
    return values;
  }

  /**
   * Tells whether there is no identifier.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Identifiers identifiers && values.equals(identifiers.values);
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
