package dev.progetto.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The constraints' messages reach a Bean Validation provider: Hibernate Validator reads the
 * ContributorValidationMessages bundles of every jar (as ISO-8859-1), which hold the constraint
 * messages of the library's own bundles. it/bean-validation runs them with Hibernate Validator
 * 8 and 9.
 */
class ContributorMessagesTest {

  private static final List<Class<?>> CONSTRAINTS = List.of(CodiceFiscale.class, PartitaIva.class, Cup.class, Pic.class,
      Oid.class, ErasmusProjectNumber.class, IstatComune.class, NutsCode.class, CountryCode.class, LanguageTag.class,
      HttpUrl.class);

  private static Properties load(String name, boolean utf8) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = ContributorMessagesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      if (utf8) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } else {
        properties.load(in);
      }
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_it"})
  void everyConstraintHasItsMessageAsTheLibrarysBundleSaysIt(String language) throws Exception {
    Properties contributor = load("ContributorValidationMessages" + language + ".properties", false);
    Properties own = load("dev/progetto/validation/Messages" + language + ".properties", true);

    for (Class<?> constraint : CONSTRAINTS) {
      String template = (String) constraint.getMethod("message").getDefaultValue();
      String key = template.substring(1, template.length() - 1);
      assertThat(contributor.getProperty(key)).as(key).isNotBlank().isEqualTo(own.getProperty(key));
    }
    assertThat(contributor.stringPropertyNames()).hasSize(CONSTRAINTS.size());
  }
}
