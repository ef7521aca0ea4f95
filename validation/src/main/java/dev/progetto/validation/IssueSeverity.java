package dev.progetto.validation;

import java.util.Locale;

/** How much a finding matters in a report. */
public enum IssueSeverity {
  /** The document breaks a rule: it is not valid. */
  ERROR,
  /** Probably a problem; the document stays valid. */
  WARNING,
  /** Worth knowing. */
  INFO,
  /** A finding the document accepts through a waiver, with its reason. */
  WAIVED;

  /**
   * Returns the wire code: {@code error}, {@code warning}, {@code info}, {@code waived}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
