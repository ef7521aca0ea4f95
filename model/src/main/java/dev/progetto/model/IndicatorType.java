package dev.progetto.model;

import java.util.Optional;

/** The level of an indicator in the logic of a project. Each constant has a stable wire code ({@link #code()}). */
public enum IndicatorType implements Coded {
  /** What the project produces: courses held, persons trained. */
  OUTPUT("output"),
  /** The direct effect on the target group: persons who found a job. */
  RESULT("result"),
  /** The longer-term effect on society. */
  IMPACT("impact");

  private final String code;

  IndicatorType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final IndicatorType[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<IndicatorType> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
