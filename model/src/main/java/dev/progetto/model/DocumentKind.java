package dev.progetto.model;

import java.util.Optional;

/** The kinds of document of the file format. Each constant has a stable wire code ({@link #code()}). */
public enum DocumentKind implements Coded {
  /** One project. */
  PROJECT("project"),
  /** A collection of projects that share organisations. */
  PORTFOLIO("portfolio"),
  /** A call for proposals as data: rules and their parameters. */
  CALL("call"),
  /** A catalogue of indicator codes, such as the AMIF common indicators. */
  INDICATOR_CATALOGUE("indicator-catalogue");

  private final String code;

  DocumentKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final DocumentKind[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<DocumentKind> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
