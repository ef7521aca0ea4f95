package dev.progetto.model;

import java.util.Optional;

/** How a project relates to another one. Each constant has a stable wire code ({@link #code()}). */
public enum Relation implements Coded {
  /** An earlier project this one continues (IMPACT continues PASSI). */
  PREDECESSOR("predecessor"),
  /** A later project that continues this one. */
  SUCCESSOR("successor"),
  /** The previous phase of the same project (<em>Fase 1</em> of a <em>Fase 2</em>). */
  PREVIOUS_PHASE("previous-phase"),
  /** The next phase of the same project. */
  NEXT_PHASE("next-phase"),
  /** Any other relation. */
  RELATED("related");

  private final String code;

  Relation(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final Relation[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<Relation> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
