package dev.progetto.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The validation messages in English ({@code Messages.properties}) and Italian ({@code Messages_it.properties}). */
public final class Messages {

  private static final String BUNDLE = "dev.progetto.validation.Messages";

  private Messages() {}

  /** The two bundles, loaded once when a message is first formatted. */
  private static final class Bundles {
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getModule());
    static final ResourceBundle ITALIAN = ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN, Messages.class.getModule());
  }

  /** The bundle for a locale: Italian for {@code it}, English otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    return locale.getLanguage().equals("it") ? Bundles.ITALIAN : Bundles.ENGLISH;
  }

  /** Formats a message; a missing key gives the key and its arguments rather than failing. */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException missing) {
      StringBuilder text = new StringBuilder(key);
      for (Object argument : arguments) {
        text.append(' ').append(argument);
      }
      return text.toString();
    }
    MessageFormat format = new MessageFormat(pattern, locale);
    return format.format(counted(format, arguments));
  }

  /**
   * The arguments with the texts a choice reads made numbers: a finding hands its arguments over
   * as texts, and a count chooses the singular or the plural of the word that follows it
   * ({@code {0,choice,1#month|1<months}}).
   */
  static Object[] counted(MessageFormat format, Object[] arguments) {
    java.text.Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = arguments;
    for (int i = 0; i < formats.length && i < arguments.length; i++) {
      if (formats[i] instanceof java.text.ChoiceFormat && arguments[i] instanceof String text) {
        try {
          Object number = new java.math.BigDecimal(text);
          if (values == arguments) {
            values = arguments.clone();
          }
          values[i] = number;
        } catch (NumberFormatException notANumber) {
          // left as it is: the choice then reads the text as no number at all
        }
      }
    }
    return values;
  }
}
