package dev.progetto.server;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The server's own words, in English and Italian (Messages.properties, Messages_it.properties). */
final class Texts {

  private static final String BUNDLE = "dev.progetto.server.Messages";
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Texts.class.getModule());
  private static final ResourceBundle ITALIAN = ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN, Texts.class.getModule());

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = locale.getLanguage().equals("it") ? ITALIAN : ENGLISH;
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
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(arguments);
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
