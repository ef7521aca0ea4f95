package dev.progetto.model;

import java.util.Optional;

/** Where a project stands in its life. Each constant has a stable wire code ({@link #code()}). */
public enum ProjectStatus implements Coded {
  /** Approved or being designed, not started. */
  PLANNED("planned"),
  /** Running (<em>Attivo</em>). */
  ACTIVE("active"),
  /** Ended (<em>Concluso</em>). */
  CLOSED("closed"),
  /** Stopped before its end or never started. */
  CANCELLED("cancelled");

  private final String code;

  ProjectStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final ProjectStatus[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<ProjectStatus> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
