package dev.progetto.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A module's messages in English ({@code Messages.properties}) and Italian
 * ({@code Messages_it.properties}, falling back to English key by key), formatted as
 * {@link MessageFormat} formats them.
 *
 * <p>Made for runs that format hundreds of thousands of messages and for runs that format a few
 * and end: the two files are read as properties when first needed, without the candidate search
 * of {@code ResourceBundle.getBundle}; each pattern is parsed once per locale; a pattern whose
 * arguments have no format of their own ({@code {0}}, not {@code {0,choice,...}}) is kept as its
 * literal pieces and filled in by concatenation when its arguments are texts or small whole
 * numbers, which {@code MessageFormat} would write the same way in English and Italian. Anything
 * else is formatted by a copy of the parsed {@code MessageFormat}, which is not thread-safe.
 * Thread-safe.
 */
public final class MessageCatalogue {

  /** Marks an argument's place in the text formatted to find the literal pieces of a pattern. */
  private static final char MARK = '\uFFFF';

  private final Function<String, InputStream> resources;
  /** The files read so far, by name: an English run never reads the Italian one. */
  private final Map<String, Properties> files = new ConcurrentHashMap<>();
  private final Map<Locale, Map<String, Template>> templates = new ConcurrentHashMap<>();

  private MessageCatalogue(Function<String, InputStream> resources) {
    this.resources = resources;
  }

  /**
   * A catalogue of the {@code Messages.properties} and {@code Messages_it.properties} that
   * {@code resources} opens. The function runs in the owning module (say
   * {@code name -> Messages.class.getResourceAsStream(name)}), which alone can read its
   * resources; it returns {@code null} for a file that is missing.
   *
   * @param resources opens a resource of the owning class's package by its name
   * @return the catalogue
   */
  public static MessageCatalogue of(Function<String, InputStream> resources) {
    return new MessageCatalogue(resources);
  }

  /**
   * The pattern of a key in a language: Italian for {@code it}, English otherwise, and English
   * for a key the Italian file lacks; null when neither file has the key.
   */
  private @Nullable String pattern(Locale locale, String key) {
    if (locale.getLanguage().equals("it")) {
      String pattern = italian().getProperty(key);
      if (pattern != null) {
        return pattern;
      }
    }
    return english().getProperty(key);
  }

  /**
   * Formats a message. A text given to a {@code choice} format is read as the number it writes,
   * so that a count handed over as a text still chooses between singular and plural
   * ({@code {0,choice,1#month|1<months}}).
   *
   * @param locale the language, and the locale of numbers formatted by the pattern
   * @param key the message key
   * @param arguments the arguments
   * @return the message, or {@code null} when neither file has the key
   */
  public @Nullable String format(Locale locale, String key, Object... arguments) {
    Map<String, Template> ofLocale = templates.get(locale);
    if (ofLocale == null) {
      Map<String, Template> made = new ConcurrentHashMap<>();
      Map<String, Template> first = templates.putIfAbsent(locale, made);
      ofLocale = first == null ? made : first;
    }
    Template template = ofLocale.get(key);
    if (template == null) {
      String pattern = pattern(locale, key);
      if (pattern == null) {
        return null;
      }
      template = Template.of(pattern, locale);
      ofLocale.putIfAbsent(key, template);
    }
    return template.format(arguments);
  }

  private Properties english() {
    return file("Messages.properties");
  }

  private Properties italian() {
    return file("Messages_it.properties");
  }

  /** A file of messages, read when it is first asked for; threads that ask at once all get the first one kept. */
  private Properties file(String name) {
    Properties properties = files.get(name);
    if (properties == null) {
      Properties read = load(name);
      Properties first = files.putIfAbsent(name, read);
      properties = first == null ? read : first;
    }
    return properties;
  }

  private Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(name)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages " + name, e);
    }
    return properties;
  }

  /**
   * A parsed pattern: the parsed format, and, when its places have no format or a {@code choice}
   * one, the literal pieces between its places, filled in by concatenation.
   */
  private static final class Template {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final MessageFormat format;
    /** {@code pieces[i]} comes before place {@code i}; the last piece ends the text; null when not concatenated. */
    private final String[] pieces;
    /** The argument of each place. */
    private final int[] indexes;
    /** The choice of each place, null for a place without a format. */
    private final ChoiceFormat[] choices;
    /** Whether an argument is read by a choice somewhere in the pattern, and so read as a number everywhere. */
    private final boolean[] counted;

    private Template(MessageFormat format, String[] pieces, int[] indexes, ChoiceFormat[] choices, boolean[] counted) {
      this.format = format;
      this.pieces = pieces;
      this.indexes = indexes;
      this.choices = choices;
      this.counted = counted;
    }

    static Template of(String pattern, Locale locale) {
      MessageFormat format = new MessageFormat(pattern, locale);
      Format[] byIndex = format.getFormatsByArgumentIndex();
      boolean[] counted = new boolean[byIndex.length];
      for (int i = 0; i < byIndex.length; i++) {
        counted[i] = byIndex[i] instanceof ChoiceFormat;
      }
      Format[] byPlace = format.getFormats();
      ChoiceFormat[] choices = new ChoiceFormat[byPlace.length];
      boolean concatenated = pattern.indexOf(MARK) < 0;
      for (int place = 0; place < byPlace.length && concatenated; place++) {
        if (byPlace[place] instanceof ChoiceFormat choice) {
          choices[place] = choice;
          // a choice whose text has a place is formatted again as a pattern: MessageFormat does it
          for (Object text : choice.getFormats()) {
            concatenated &= text.toString().indexOf('{') < 0;
          }
        } else {
          concatenated &= byPlace[place] == null;
        }
      }
      if (!concatenated) {
        return new Template(format, null, null, null, counted);
      }
      // The pattern formatted with a mark for each argument and no format: what lies between the
      // marks is literal text, its quotes already undone; the marks come in the places' order.
      MessageFormat marking = (MessageFormat) format.clone();
      Object[] marks = new Object[byIndex.length];
      for (int i = 0; i < marks.length; i++) {
        marking.setFormatByArgumentIndex(i, null);
        marks[i] = MARK + Integer.toString(i) + MARK;
      }
      String marked = marking.format(marks);
      String[] pieces = new String[byPlace.length + 1];
      int[] indexes = new int[byPlace.length];
      int from = 0;
      for (int place = 0; place < byPlace.length; place++) {
        int at = marked.indexOf(MARK, from);
        int end = marked.indexOf(MARK, at + 1);
        pieces[place] = marked.substring(from, at);
        indexes[place] = Integer.parseInt(marked.substring(at + 1, end));
        from = end + 1;
      }
      pieces[byPlace.length] = marked.substring(from);
      return new Template(format, pieces, indexes, choices, counted);
    }

    String format(Object[] arguments) {
      if (pieces != null) {
        String text = concatenate(arguments);
        if (text != null) {
          return text;
        }
      }
      MessageFormat copy = (MessageFormat) format.clone();
      return copy.format(counted(arguments));
    }

    /** The message by concatenation, or null when an argument needs MessageFormat to be written. */
    private String concatenate(Object[] arguments) {
      StringBuilder text = new StringBuilder(64);
      for (int place = 0; place < indexes.length; place++) {
        text.append(pieces[place]);
        int index = indexes[place];
        if (index >= arguments.length) {
          // MessageFormat leaves the place of a missing argument as it was written
          text.append('{').append(index).append('}');
          continue;
        }
        Object argument = counted[index] ? number(arguments[index]) : arguments[index];
        if (choices[place] != null) {
          if (!(argument instanceof Number number)) {
            return null;
          }
          text.append(choices[place].format(number.doubleValue()));
        } else if (argument instanceof String written) {
          text.append(written);
        } else {
          String small = small(argument);
          if (small == null) {
            return null;
          }
          text.append(small);
        }
      }
      return text.append(pieces[indexes.length]).toString();
    }

    /**
     * A whole number between -999 and 999 as MessageFormat writes it in any language (no
     * grouping, no decimals), else null.
     */
    private static String small(Object argument) {
      if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
          || argument instanceof Byte) {
        long value = ((Number) argument).longValue();
        return value > -1000 && value < 1000 ? Long.toString(value) : null;
      }
      if (argument instanceof BigDecimal value && value.abs().compareTo(THOUSAND) < 0
          && (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0)) {
        return value.toBigInteger().toString();
      }
      return null;
    }

    /** The arguments with each text that a choice reads made the number it writes. */
    private Object[] counted(Object[] arguments) {
      Object[] values = arguments;
      for (int i = 0; i < counted.length && i < arguments.length; i++) {
        if (counted[i] && arguments[i] instanceof String) {
          Object number = number(arguments[i]);
          if (number != arguments[i]) {
            if (values == arguments) {
              values = arguments.clone();
            }
            values[i] = number;
          }
        }
      }
      return values;
    }

    /** A text read as a number, or the argument as it is. */
    private static Object number(Object argument) {
      if (argument instanceof String text) {
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
          // left as it is: the choice then reads the text as no number at all
        }
      }
      return argument;
    }
  }
}
