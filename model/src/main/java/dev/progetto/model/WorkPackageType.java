package dev.progetto.model;

import java.util.Optional;

/**
 * What a work package is for. Erasmus+ application forms have one project-management work
 * package and work packages for implementation. Each constant has a stable wire code
 * ({@link #code()}).
 */
public enum WorkPackageType implements Coded {
  /** Project management and implementation of the partnership (Erasmus+ WP1). */
  MANAGEMENT("management"),
  /** The project's activities and results. */
  IMPLEMENTATION("implementation");

  private final String code;

  WorkPackageType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final WorkPackageType[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<WorkPackageType> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
