package dev.progetto.model;

import java.util.Optional;

/** How sure the data is, for a call parameter or a source. Each constant has a stable wire code ({@link #code()}). */
public enum Confidence implements Coded {
  /** Read in the official text (programme guide, regulation, call text). */
  VERIFIED("verified"),
  /** Two independent secondary sources agree. */
  SECONDARY("secondary"),
  /** Not confirmed by a source that was read; messages of rules driven by it say so. */
  UNVERIFIED("unverified");

  private final String code;

  Confidence(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final Confidence[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<Confidence> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
