package dev.progetto.model;

import java.util.Optional;

/** How much a rule's finding matters, as set by a call document for one of its rules. Each constant has a stable wire code ({@link #code()}). */
public enum Severity implements Coded {
  /** The project does not meet the rule: invalid. */
  ERROR("error"),
  /** Probably a problem; the project stays valid. */
  WARNING("warning"),
  /** Worth knowing; no problem. */
  INFO("info"),
  /** The rule is switched off. */
  OFF("off");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final Severity[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<Severity> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
