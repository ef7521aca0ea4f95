package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveEveryKeyTheCodeUses() throws IOException {
    Properties english = bundle("Messages.properties");
    Properties italian = bundle("Messages_it.properties");
    assertThat(new TreeSet<>(italian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    TreeSet<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("(?:get|BadRequest)\\((?:\\d+, )?\"([a-z]+\\.[A-Za-z.]+)\"");
    try (Stream<Path> sources = Files.list(Path.of("src", "main", "java", "dev", "progetto", "server"))) {
      for (Path source : (Iterable<Path>) sources::iterator) {
        Matcher matcher = key.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  @Test
  void theLanguageIsTheParametersElseAcceptLanguagesElseTheFallback() {
    assertThat(Texts.choose("it", "en", Locale.ENGLISH)).isEqualTo(Locale.ITALIAN);
    assertThat(Texts.choose("fr", "fr-FR,it;q=0.5,en;q=0.4", Locale.ENGLISH)).isEqualTo(Locale.ITALIAN);
    assertThat(Texts.choose(null, "de-DE", Locale.ITALIAN)).isEqualTo(Locale.ITALIAN);
    assertThat(Texts.choose(null, "it;q=0, en", Locale.ITALIAN)).isEqualTo(Locale.ENGLISH);
    assertThat(Texts.choose(null, ";;;=", Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(Texts.of(Locale.ITALIAN).get("result.general")).isEqualTo("Problemi dell'intero file");
    assertThat(Texts.of(Locale.ENGLISH).get("no.such.key")).isEqualTo("no.such.key");
  }
}
