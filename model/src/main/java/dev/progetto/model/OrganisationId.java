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

  /**
   * Tells whether the other is an {@code OrganisationId} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof OrganisationId that && value.equals(that.value);
  }

  /** Returns the hash code of the value, the same as the record's own. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id exactly as written. */
  @Override
  public String toString() {
    return value;
  }
}
