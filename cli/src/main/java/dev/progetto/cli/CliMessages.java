package dev.progetto.cli;

import dev.progetto.io.internal.MessageCatalogue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The command line's own messages (usage errors, paths, what a command says on standard error) in
 * English and Italian, from {@code Messages.properties} and {@code Messages_it.properties} beside
 * this class. The messages of findings are the library's. The help stays English.
 */
final class CliMessages {

  private static final MessageCatalogue CATALOGUE = MessageCatalogue.of(CliMessages.class::getResourceAsStream);

  private CliMessages() {}

  /** Something put in words in a language when the message that holds it is. */
  interface Localized {
    /** The words in a language. */
    String in(Locale locale);
  }

  /**
   * A message to be put in words in the language of the run that shows it: a usage error is made
   * where the language is not known.
   *
   * @param key the message key
   * @param arguments the arguments; a {@link Localized} among them is put in words in the same language
   */
  record Text(String key, Object... arguments) implements Localized {

    @Override
    public String in(Locale locale) {
      return CliMessages.text(locale, key, arguments);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Text && key.equals(((Text) other).key) && Arrays.equals(arguments, ((Text) other).arguments);
    }

    @Override
    public int hashCode() {
      return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
      return in(Locale.ENGLISH);
    }
  }

  /**
   * A message in a language (Italian for {@code it}, English otherwise).
   *
   * @throws IllegalArgumentException for a key that no file has, a fault of progetto
   */
  static String text(Locale locale, String key, Object... arguments) {
    Object[] words = arguments;
    for (int i = 0; i < words.length; i++) {
      if (words[i] instanceof Localized) {
        if (words == arguments) {
          words = arguments.clone();
        }
        words[i] = ((Localized) words[i]).in(locale);
      }
    }
    String text = CATALOGUE.format(locale, key, words);
    if (text == null) {
      throw new IllegalArgumentException("the command line has no message " + key);
    }
    return text;
  }

  /**
   * The language of a run's messages from its arguments, for messages shown before or without
   * the options parsed (a usage error): the last {@code --lang}, else the system's; a language
   * other than Italian, or none given, is English.
   */
  static Locale locale(List<String> args) {
    String lang = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--lang") && i + 1 < args.size()) {
        lang = args.get(++i);
      } else if (arg.startsWith("--lang=")) {
        lang = arg.substring("--lang=".length());
      }
    }
    return language(lang);
  }

  /**
   * The language a {@code --lang} value names, the system's when none is given: Italian for
   * {@code it} in any case, English otherwise.
   */
  static Locale language(@Nullable String lang) {
    String language = lang == null ? Locale.getDefault().getLanguage() : lang.toLowerCase(Locale.ROOT);
    return language.equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
  }
}
