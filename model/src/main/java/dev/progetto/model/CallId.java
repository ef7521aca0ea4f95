package dev.progetto.model;

import java.util.Objects;

/**
 * A call's id, such as {@code fami-2021-2027} or {@code erasmus-plus-2024-ka220-vet}: names a call of the
 * built-in catalogue or of a call document handed to the validator.
 *
 * @param value the id as written, never null
 */
public record CallId(String value) implements Comparable<CallId> {

  /**
   * Creates the identifier of a call.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is null
   */
  public CallId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the identifier of a call with the given text.
   *
   * @param value the id as written
   * @return the id
   */
  public static CallId of(String value) {
    return new CallId(value);
  }

  /** Compares ids by their text, so that sorted output is stable. */
  @Override
  public int compareTo(CallId other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether the other is a {@code CallId} with the same value. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CallId that && value.equals(that.value);
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
