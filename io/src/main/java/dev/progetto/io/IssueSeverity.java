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

  /**
   * Returns the word a text report gives this severity in a language: the code in English,
   * {@code errore}, {@code avviso}, {@code info} or {@code accettato} in Italian.
   *
   * @param locale the language; any other than Italian gives English
   * @return the word
   */
  public String label(Locale locale) {
    if (!locale.getLanguage().equals("it")) {
      return code();
    }
    switch (this) {
      case ERROR:
        return "errore";
      case WARNING:
        return "avviso";
      case INFO:
        return "info";
      default:
        return "accettato";
    }
  }
}
