package dev.progetto.model;

import java.util.Optional;

/** What a link points to. Each constant has a stable wire code ({@link #code()}). */
public enum LinkType implements Coded {
  /** The project's own website. */
  WEBSITE("website"),
  /** A page describing the project (<em>scheda di dettaglio</em>). */
  DETAIL("detail"),
  /** A document: a call text, a report. */
  DOCUMENT("document"),
  /** A social network page. */
  SOCIAL("social"),
  /** Anything else. */
  OTHER("other");

  private final String code;

  LinkType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final LinkType[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<LinkType> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
