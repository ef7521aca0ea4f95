package dev.progetto.model;

import java.util.Objects;

/**
 * The id of an item that lives inside a project: an objective, activity, work package, target group,
 * indicator, phase or budget line. Unique within its list; other items refer to it by this id
 * (an activity names its work package, an indicator its target group).
 *
 * @param value the id as written, never null
 */
public record LocalId(String value) implements Comparable<LocalId> {

  /**
   * Creates the identifier of an item local to a project.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is null
   */
  public LocalId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier of an item local to a project with the given text.
   *
   * @param value the id as written
   * @return the id
   */
  public static LocalId of(String value) {
    return new LocalId(value);
  }

  /** Compares ids by their text, so that sorted output is stable. */
  @Override
  public int compareTo(LocalId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code LocalId} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocalId that && value.equals(that.value);
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
