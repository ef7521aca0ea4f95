package dev.progetto.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The codes of the format as people type them in a cell: the code itself, or its Italian name
 * ({@code capofila} is {@code lead}, {@code associazione di promozione sociale} is {@code aps},
 * {@code in corso} is {@code active}), from {@code codes_it.properties}; a country by its ISO code
 * or its Italian or English name. Case, accents, spaces, hyphens and underscores do not count.
 * Writing always gives the code.
 */
final class CodeNames {

  /** The list of codes of countries, named by the JDK's locale data. */
  static final String COUNTRIES = "CountryCode";

  private static final Map<String, Map<String, String>> NAMES = load();
  private static final Map<String, Map<String, String>> BY_KEY = new HashMap<>();

  static {
    NAMES.forEach((list, names) -> {
      Map<String, String> byKey = new HashMap<>();
      names.forEach((code, joined) -> byKey.put(key(code), code));
      names.forEach((code, joined) -> {
        for (String name : joined.split("\\|")) {
          // a name read as one of two codes would be a guess: the list must not offer one
          String other = byKey.putIfAbsent(key(name), code);
          if (other != null && !other.equals(code)) {
            throw new IllegalStateException("codes_it.properties names " + list + " " + code + " and " + other
                + " alike: \"" + name + "\"");
          }
        }
      });
      BY_KEY.put(list, byKey);
    });
    Map<String, String> countries = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      countries.put(key(code), code);
      countries.putIfAbsent(key(country.getDisplayCountry(Locale.ITALIAN)), code);
      countries.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
    }
    BY_KEY.put(COUNTRIES, countries);
  }

  private CodeNames() {}

  private static Map<String, Map<String, String>> load() {
    Properties properties = new Properties();
    try (InputStream in = CodeNames.class.getResourceAsStream("codes_it.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, String>> names = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      int dot = key.indexOf('.');
      names.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>())
          .put(key.substring(dot + 1), properties.getProperty(key));
    }
    return names;
  }

  /** A name as it is compared: lower case, no accents, one space between words, hyphens and underscores as spaces. */
  static String key(String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replace('\u2019', '\'').strip()
        .replaceAll("\\s+", " ");
  }

  /**
   * The code a cell names in a list of codes.
   *
   * @param list the class of the codes ({@code Role}, {@code LegalForm}, {@code CountryCode}, ...)
   * @param text the cell's text
   * @return the code; the text as it is when it names none, for the reader to judge
   */
  static String code(String list, String text) {
    Map<String, String> byKey = BY_KEY.get(list);
    if (byKey == null) {
      return text;
    }
    String code = byKey.get(key(text));
    return code == null ? text : code;
  }

  /** The value of a cell of codes, one code or a list, with every name read as its code. */
  static Object codes(String list, Object value) {
    if (value instanceof String text) {
      return code(list, text);
    }
    if (value instanceof List<?> items) {
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(item instanceof String text ? code(list, text) : item);
      }
      return out;
    }
    return value;
  }

  /**
   * The Italian name of a code, as shown to people.
   *
   * @return the name, or the code when it has none
   */
  static String italian(String list, String code) {
    if (list.equals(COUNTRIES)) {
      return new Locale("", code).getDisplayCountry(Locale.ITALIAN);
    }
    String joined = NAMES.getOrDefault(list, Map.of()).get(code);
    return joined == null ? code : joined.split("\\|")[0];
  }

  /** The lists of codes that have Italian names, each with its codes. */
  static Map<String, Map<String, String>> lists() {
    return NAMES;
  }
}
