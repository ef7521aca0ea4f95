package dev.progetto.model;

import java.util.Optional;

/** The nature of a funding source in a budget. Each constant has a stable wire code ({@link #code()}). */
public enum FundingKind implements Coded {
  /** A grant of the funder of the call. */
  GRANT("grant"),
  /** Co-financing from another public or private body (<em>cofinanziamento</em>). */
  CO_FINANCING("co-financing"),
  /** The participants' own money. */
  OWN_FUNDS("own-funds"),
  /** Contributions in kind (staff time, premises) valued in money. */
  IN_KIND("in-kind"),
  /** Any other source. */
  OTHER("other");

  private final String code;

  FundingKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final FundingKind[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<FundingKind> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
