package dev.progetto.model;

import java.util.Optional;

/** The part an organisation plays in a project. Each constant has a stable wire code ({@link #code()}). */
public enum Role implements Coded {
  /** The lead organisation: the <em>capofila</em> of Italian calls, the coordinator of Erasmus+ projects. A project with participants has exactly one. */
  LEAD("lead"),
  /** A partner (<em>partner</em>, <em>ente partner</em>) that carries out activities and usually has a budget share. */
  PARTNER("partner"),
  /** An associated partner: contributes without receiving funds; not counted for the minimum partnership of Erasmus+. */
  ASSOCIATED_PARTNER("associated-partner"),
  /** An entity affiliated to a partner, taking part through it. */
  AFFILIATED_ENTITY("affiliated-entity"),
  /** A supporting organisation without a budget (<em>in collaborazione con</em>, <em>rete</em>, <em>sostenitore</em>). */
  SUPPORTER("supporter");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final Role[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<Role> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
