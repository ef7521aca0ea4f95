package dev.progetto.model;

import java.util.Objects;

/**
 * A project's id: a slug such as {@code impact-umbria}, unique in a portfolio.
 *
 * <p>The id is kept exactly as written; whether it is a well-formed slug ({@code ^[a-z0-9][a-z0-9-]{0,79}$})
 * is judged by the validation rule {@code project.id.format}, so that a project with a bad id can still be
 * loaded and fixed.
 *
 * @param value the id as written, never null
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /**
   * Creates the identifier of a project.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is null
   */
  public ProjectId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier of a project with the given text.
   *
   * @param value the id as written
   * @return the id
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  /** Compares ids by their text, so that sorted output is stable. */
  @Override
  public int compareTo(ProjectId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code ProjectId} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectId that && value.equals(that.value);
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
