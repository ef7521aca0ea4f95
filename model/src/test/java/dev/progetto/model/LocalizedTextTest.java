package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  private final LocalizedText housing = LocalizedText.of(orderedMap("it", "Abitare", "en", "Housing", "fr-BE", "Habiter"));

  @Test
  void resolvesTheReadersLanguageWithFallback() {
    assertThat(housing.resolve(Locale.ITALIAN)).isEqualTo("Abitare");
    assertThat(housing.resolve(Locale.ENGLISH)).isEqualTo("Housing");
    assertThat(housing.resolve(Locale.forLanguageTag("en-GB"))).isEqualTo("Housing");
    assertThat(housing.resolve(Locale.FRENCH)).isEqualTo("Habiter");
    assertThat(housing.resolve(Locale.GERMAN)).as("falls back to Italian").isEqualTo("Abitare");
    assertThat(LocalizedText.english("Housing").resolve(Locale.GERMAN)).isEqualTo("Housing");
    assertThat(LocalizedText.of("fr", "Habiter").resolve(Locale.GERMAN)).isEqualTo("Habiter");
  }

  @Test
  void keepsTheOrderOfLanguages() {
    assertThat(housing.languages()).containsExactly("it", "en", "fr-BE");
    assertThat(housing.with("de", "Wohnen").languages()).containsExactly("it", "en", "fr-BE", "de");
    assertThat(housing.languages()).hasSize(3);
  }

  @Test
  void withRefusesANullTagOrTextAsTheFactoriesDo() {
    assertThatThrownBy(() -> housing.with(null, "Wohnen"))
        .isInstanceOf(NullPointerException.class).hasMessage("language tag");
    assertThatThrownBy(() -> housing.with("de", null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> LocalizedText.of("de", null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThat(housing.languages()).containsExactly("it", "en", "fr-BE");
  }

  @Test
  void needsAtLeastOneLanguage() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(LocalizedText.italian("  ").isBlank()).isTrue();
    assertThat(housing.isBlank()).isFalse();
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @ParameterizedTest
  @ValueSource(strings = {"it", "en", "fur", "fr-BE", "sr-Latn", "zh-Hant-TW", "de-CH-1996", "EN"})
  void wellFormedTags(String tag) {
    assertThat(LocalizedText.isWellFormedTag(tag)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "i", "it_IT", "not a tag", "toolongsubtag", "-it", "it-", "english", "italiano", "Italiano-IT",
      "i-klingon", "x-private", "lang"})
  void illFormedTags(String tag) {
    assertThat(LocalizedText.isWellFormedTag(tag)).isFalse();
  }
}
