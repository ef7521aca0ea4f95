package dev.progetto.io;

import java.util.Locale;

/**
 * How much an {@link Issue} matters, for read issues and validation findings alike. It is not
 * the severity a call document sets for one of its rules ({@code dev.progetto.model.Severity}),
 * which can also switch a rule off: an issue that exists is never off.
 */
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
