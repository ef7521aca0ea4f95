package dev.progetto.server;

import dev.progetto.io.internal.MessageCatalogue;
import java.util.List;
import java.util.Locale;

/** The server's own words, in English and Italian (Messages.properties, Messages_it.properties). */
final class Texts {

  private static final MessageCatalogue MESSAGES = MessageCatalogue.of(name -> Texts.class.getResourceAsStream(name));

  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  static Texts of(Locale locale) {
    return new Texts(locale);
  }

  Locale locale() {
    return locale;
  }

  String lang() {
    return locale.getLanguage().equals("it") ? "it" : "en";
  }

  /** A message; a missing key gives the key, never a failure. */
  String get(String key, Object... arguments) {
    String message = MESSAGES.format(locale, key, arguments);
    return message != null ? message : key;
  }

  /**
   * The language asked for: {@code lang} when it is {@code it} or {@code en}, else the first of
   * Accept-Language's languages that is one of them (by weight), else the fallback.
   */
  static Locale choose(String lang, String acceptLanguage, Locale fallback) {
    if (lang != null && (lang.equals("it") || lang.equals("en"))) {
      return lang.equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }
    if (acceptLanguage != null && acceptLanguage.length() < 1000) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
        for (Locale.LanguageRange range : ranges) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (range.getWeight() > 0 && (tag.equals("it") || tag.startsWith("it-"))) {
            return Locale.ITALIAN;
          }
          if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
            return Locale.ENGLISH;
          }
        }
      } catch (IllegalArgumentException malformed) {
        return fallback;
      }
    }
    return fallback;
  }
}
