package dev.progetto.model;

import java.util.Objects;

/**
 * An organisation's id: a slug unique in the document (project or portfolio) that declares it,
 * used by participants, work packages and activities to refer to the organisation.
 *
 * @param value the id as written, never null
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {

  /**
   * Creates the identifier of an organisation.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is null
   */
  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier of an organisation with the given text.
   *
   * @param value the id as written
   * @return the id
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /** Compares ids by their text, so that sorted output is stable. */
  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id exactly as written. */
  @Override
  public String toString() {
    return value;
  }
}
