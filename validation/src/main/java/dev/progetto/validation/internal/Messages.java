package dev.progetto.validation.internal;

import dev.progetto.io.internal.MessageCatalogue;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Function;

/** The validation messages in English ({@code Messages.properties}) and Italian ({@code Messages_it.properties}). */
public final class Messages {

  private static final MessageCatalogue CATALOGUE = MessageCatalogue.of(new Function<String, InputStream>() {
    @Override
    public InputStream apply(String name) {
      return Messages.class.getResourceAsStream("/dev/progetto/validation/" + name);
    }
  });

  private Messages() {}

  /**
   * Formats a message; a missing key gives the key and its arguments rather than failing. A count
   * handed over as a text still chooses the singular or the plural of the word that follows it
   * ({@code {0,choice,1#month|1<months}}).
   */
  public static String format(Locale locale, String key, Object... arguments) {
    String message = CATALOGUE.format(locale, key, arguments);
    if (message != null) {
      return message;
    }
    StringBuilder text = new StringBuilder(key);
    for (Object argument : arguments) {
      text.append(' ').append(argument);
    }
    return text.toString();
  }
}
