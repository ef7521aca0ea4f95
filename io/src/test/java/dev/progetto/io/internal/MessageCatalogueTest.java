package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MessageCatalogueTest {

  private static final String ENGLISH = String.join("\n",
      "plain=the value {0} at {1}",
      "quoted=it''s '{0}' and {0}",
      "twice={1} then {0} then {1}",
      "choice={0} {0,choice,0#months|1#month|1<months}",
      "summary={0} {0,choice,0#errors|1#error|1<errors}, {1} {1,choice,0#warnings|1#warning|1<warnings} in ''{2}''",
      "nested={0,choice,0#none|1#one of {1}|1<many of {1}}",
      "number=about {0,number,#.##}",
      "only.english=English only {0}",
      "no.arguments=nothing to fill in",
      "mark=a \\uFFFF in the text {0}");
  private static final String ITALIAN = String.join("\n",
      "plain=il valore {0} a {1}",
      "quoted=l''organizzazione '{0}' e {0}",
      "choice={0} {0,choice,0#mesi|1#mese|1<mesi}");

  private static final MessageCatalogue CATALOGUE = MessageCatalogue.of(name -> switch (name) {
    case "Messages.properties" -> stream(ENGLISH);
    case "Messages_it.properties" -> stream(ITALIAN);
    default -> null;
  });

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> cases() {
    List<Object[]> argumentLists = List.of(
        new Object[] {"a", "b"},
        new Object[] {"x"},
        new Object[] {},
        new Object[] {7, -3},
        new Object[] {12345, 2.5},
        new Object[] {Long.MIN_VALUE, "y"},
        new Object[] {null, "z"},
        new Object[] {new BigDecimal("1500"), "w"},
        new Object[] {"1", "2"},
        new Object[] {"12", "2"},
        new Object[] {"1500", "2", "c"},
        new Object[] {"1.50", "-0", "c"},
        new Object[] {new BigDecimal("100.0"), 1, "c"},
        new Object[] {0, 1, 2});
    return Stream.of(Locale.ENGLISH, Locale.ITALIAN, Locale.GERMANY, Locale.ROOT)
        .flatMap(locale -> Stream.of("plain", "quoted", "twice", "choice", "summary", "nested", "number", "only.english", "no.arguments", "mark")
            .flatMap(key -> argumentLists.stream().map(arguments -> Arguments.of(locale, key, arguments))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void formatsAsMessageFormatDoes(Locale locale, String key, Object[] arguments) throws IOException {
    String pattern = (locale.getLanguage().equals("it") && properties(ITALIAN).containsKey(key) ? properties(ITALIAN) : properties(ENGLISH))
        .getProperty(key);
    Object[] expectedArguments = arguments.clone();
    // what a choice reads is a number, also where the same argument is written without a format
    int choices = key.equals("choice") || key.equals("nested") ? 1 : key.equals("summary") ? 2 : 0;
    for (int i = 0; i < choices && i < arguments.length; i++) {
      if (arguments[i] instanceof String text && text.matches("-?[0-9.]+")) {
        expectedArguments[i] = new BigDecimal(text);
      }
    }
    String expected;
    try {
      expected = new MessageFormat(pattern, locale).format(expectedArguments);
    } catch (IllegalArgumentException wrongKind) {
      // an argument a format cannot take fails as it fails in MessageFormat
      assertThatThrownBy(() -> CATALOGUE.format(locale, key, arguments)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    assertThat(CATALOGUE.format(locale, key, arguments)).isEqualTo(expected);
    // a second time, from the parsed pattern
    assertThat(CATALOGUE.format(locale, key, arguments)).isEqualTo(expected);
  }

  @Test
  void choosesTheLanguageAndFallsBackToEnglishKeyByKey() {
    assertThat(CATALOGUE.format(Locale.ITALY, "plain", "a", "b")).isEqualTo("il valore a a b");
    assertThat(CATALOGUE.format(Locale.ITALIAN, "only.english", "a")).isEqualTo("English only a");
    assertThat(CATALOGUE.format(Locale.FRENCH, "plain", "a", "b")).isEqualTo("the value a at b");
    assertThat(CATALOGUE.format(Locale.ITALIAN, "choice", "1")).isEqualTo("1 mese");
    assertThat(CATALOGUE.format(Locale.ITALIAN, "choice", "3")).isEqualTo("3 mesi");
    assertThat(CATALOGUE.format(Locale.ENGLISH, "missing")).isNull();
  }

  @Test
  void everyMessageOfTheReaderFormatsAsMessageFormatDoes() throws IOException {
    MessageCatalogue reader = MessageCatalogue.of(name -> dev.progetto.io.ReadIssue.class.getResourceAsStream(name));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
      Properties patterns = resource(locale.getLanguage().equals("it") ? "Messages_it.properties" : "Messages.properties");
      assertThat(patterns).isNotEmpty();
      for (String key : patterns.stringPropertyNames()) {
        Object[] arguments = {"/a/b", "12", "x'y", "{3}"};
        for (int i = 0; i < arguments.length; i++) {
          // a place that a choice reads takes a number: the kinds of format.type, say
          if (patterns.getProperty(key).contains("{" + i + ",choice")) {
            arguments[i] = java.math.BigDecimal.valueOf(i + 1);
          }
        }
        assertThat(reader.format(locale, key, arguments)).as(key)
            .isEqualTo(new MessageFormat(patterns.getProperty(key), locale).format(arguments));
      }
    }
  }

  private static Properties resource(String name) throws IOException {
    try (InputStream in = dev.progetto.io.ReadIssue.class.getResourceAsStream(name)) {
      return load(in);
    }
  }

  private static Properties properties(String text) throws IOException {
    return load(stream(text));
  }

  private static Properties load(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    return properties;
  }
}
