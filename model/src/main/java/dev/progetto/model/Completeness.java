package dev.progetto.model;

import java.util.Optional;

/**
 * How much of a project a record holds. A record made from a public source (a results page, a
 * press release, an open-data export) states only part of a project: what it does not state is
 * unknown, not zero, and rules that would conclude from an absent or short list say so as
 * information instead of reporting an error. Each constant has a stable wire code
 * ({@link #code()}).
 */
public enum Completeness implements Coded {
  /** Everything the project has is recorded: an application or a project's own file (the default). */
  COMPLETE("complete"),
  /** Only what the record's sources state is recorded. */
  PARTIAL("partial");

  private final String code;

  Completeness(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final Completeness[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<Completeness> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
