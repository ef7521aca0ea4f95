package dev.progetto.model;

import java.util.Objects;

/**
 * A portfolio's id: a slug that names a collection of projects, such as the projects of one organisation.
 *
 * @param value the id as written, never null
 */
public record PortfolioId(String value) implements Comparable<PortfolioId> {

  /**
   * Creates the identifier of a portfolio.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is null
   */
  public PortfolioId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier of a portfolio with the given text.
   *
   * @param value the id as written
   * @return the id
   */
  public static PortfolioId of(String value) {
    return new PortfolioId(value);
  }

  /** Compares ids by their text, so that sorted output is stable. */
  @Override
  public int compareTo(PortfolioId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code PortfolioId} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PortfolioId that && value.equals(that.value);
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
