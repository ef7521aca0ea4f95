package dev.progetto.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code it}, {@code en},
 * {@code fr-BE}): a title, a description, an objective.
 *
 * <p>In files a plain string is the text in the document's language (Italian by default); a map
 * gives several languages. The order of languages is kept. A localized text always has at least
 * one language; the texts themselves may be blank (that is a validation finding,
 * {@code text.blank}).
 */
public final class LocalizedText {

  /** The language of plain texts when a document names none: Italian. */
  public static final String DEFAULT_LANGUAGE = "it";

  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * Tells whether a text is a well-formed BCP 47 language tag that names a language, such as
   * {@code it}, {@code fr-BE} or {@code sr-Latn}: its first subtag is an ISO 639 code of two or
   * three letters. BCP 47's grammar also takes first subtags of four to eight letters, which no
   * language has, and private-use and grandfathered tags ({@code x-...}, {@code i-klingon}): a
   * language written out ({@code english}, {@code italiano}) is such a tag, and is refused. Plain
   * two- and three-letter codes, the tags of nearly every document, are answered without building
   * a {@link Locale}.
   *
   * @param tag the text
   * @return true for a well-formed tag; false for an empty or ill-formed one
   */
  public static boolean isWellFormedTag(String tag) {
    int length = tag.length();
    if (length == 0) {
      return false;
    }
    if (length <= 3 && lowercaseLetters(tag)) {
      return length >= 2;
    }
    int first = tag.indexOf('-');
    int language = first < 0 ? length : first;
    if (language < 2 || language > 3) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (java.util.IllformedLocaleException illFormed) {
      return false;
    }
  }

  private static boolean lowercaseLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a text in one language.
   *
   * @param languageTag a BCP 47 tag such as {@code it}
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(String languageTag, String text) {
    // most texts have one language: a singleton map holds it in one small object
    return new LocalizedText(Collections.singletonMap(
        Objects.requireNonNull(languageTag, "language tag"), Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns an Italian text, the language of most project pages.
   *
   * @param text the Italian text
   * @return the localized text
   */
  public static LocalizedText italian(String text) {
    return of(DEFAULT_LANGUAGE, text);
  }

  /**
   * Returns an English text.
   *
   * @param text the English text
   * @return the localized text
   */
  public static LocalizedText english(String text) {
    return of("en", text);
  }

  /**
   * Returns a text in the languages of the map, in the map's iteration order.
   *
   * @param texts language tag to text; at least one entry, no null keys or values
   * @return the localized text
   * @throws IllegalArgumentException if the map is empty
   */
  public static LocalizedText of(Map<String, String> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    if (texts.size() == 1) {
      Map.Entry<String, String> only = texts.entrySet().iterator().next();
      return of(only.getKey(), only.getValue());
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      copy.put(Objects.requireNonNull(entry.getKey(), "language tag"), Objects.requireNonNull(entry.getValue(), "text"));
    }
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy with the text for one more language, or a replaced one.
   *
   * @param languageTag the BCP 47 tag, not null
   * @param text the text in that language, not null
   * @return the new localized text
   */
  public LocalizedText with(String languageTag, String text) {
    Objects.requireNonNull(languageTag, "language tag");
    Objects.requireNonNull(text, "text");
    Map<String, String> copy = new LinkedHashMap<>(texts);
    copy.put(languageTag, text);
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the texts by language tag, in their order.
   *
   * @return an unmodifiable map with at least one entry
   */
  public Map<String, String> asMap() {
    return texts;
  }

  /**
   * Returns the language tags present, in their order.
   *
   * @return the tags
   */
  public Set<String> languages() {
    return texts.keySet();
  }

  /**
   * Returns the text for exactly this language tag (compared ignoring case).
   *
   * @param languageTag a BCP 47 tag
   * @return the text, or empty when that language is absent
   */
  public Optional<String> get(String languageTag) {
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(languageTag)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the best text for a reader of the given locale: the exact language tag, else the same
   * language with any region ({@code fr} for {@code fr-BE} and back), else Italian, else English,
   * else the first language.
   *
   * @param locale the reader's locale
   * @return the text, never null
   */
  public String resolve(Locale locale) {
    Optional<String> text = get(locale.toLanguageTag());
    if (text.isEmpty()) {
      text = sameLanguage(locale.getLanguage());
    }
    if (text.isEmpty()) {
      text = get(DEFAULT_LANGUAGE);
    }
    if (text.isEmpty()) {
      text = get("en");
    }
    return text.isPresent() ? text.get() : texts.values().iterator().next();
  }

  private Optional<String> sameLanguage(String language) {
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String tagLanguage = Locale.forLanguageTag(entry.getKey()).getLanguage();
      if (!language.isEmpty() && tagLanguage.equalsIgnoreCase(language)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether every language's text is empty or blank.
   *
   * @return true when there is no visible text
   */
  public boolean isBlank() {
    for (String text : texts.values()) {
      if (!text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText text && texts.equals(text.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /** Returns the text in the first language; meant for logs and debugging. */
  @Override
  public String toString() {
    return texts.size() == 1 ? texts.values().iterator().next() : texts.toString();
  }
}
