package dev.progetto.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public constraints on an application's own bean, validated by the Bean Validation provider
 * on the path (Hibernate Validator in the tests) as an application would: each finds what it
 * must and only that.
 */
class ConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startProvider() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new TemplateInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopProvider() {
    factory.close();
  }

  /** Keeps templates as they are: the test asserts which message each constraint names. */
  private static final class TemplateInterpolator implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  /** An application's bean with one property per constraint. */
  public static final class Applicant {
    private final Map<String, String> values;

    Applicant(Map<String, String> values) {
      this.values = values;
    }

    private @Nullable String value(String property) {
      return values.get(property);
    }

    @CodiceFiscale
    public @Nullable String getCodiceFiscale() {
      return value("codiceFiscale");
    }

    @PartitaIva
    public @Nullable String getPartitaIva() {
      return value("partitaIva");
    }

    @Cup
    public @Nullable String getCup() {
      return value("cup");
    }

    @Pic
    public @Nullable String getPic() {
      return value("pic");
    }

    @Oid
    public @Nullable String getOid() {
      return value("oid");
    }

    @ErasmusProjectNumber
    public @Nullable String getErasmusProjectNumber() {
      return value("erasmusProjectNumber");
    }

    @IstatComune
    public @Nullable String getIstatComune() {
      return value("istatComune");
    }

    @NutsCode
    public @Nullable String getNuts() {
      return value("nuts");
    }

    @HttpUrl
    public @Nullable String getUrl() {
      return value("url");
    }

    @CountryCode
    public @Nullable String getCountry() {
      return value("country");
    }

    @LanguageTag
    public @Nullable String getLanguage() {
      return value("language");
    }
  }

  private static final Map<String, String> VALID = Map.ofEntries(
      Map.entry("codiceFiscale", "RCCMNL83S18D969H"),
      Map.entry("partitaIva", "00743110157"),
      Map.entry("cup", "J51B19000000005"),
      Map.entry("pic", "949123456"),
      Map.entry("oid", "E10208000"),
      Map.entry("erasmusProjectNumber", "2024-1-FR01-KA220-VET-000123456"),
      Map.entry("istatComune", "004078"),
      Map.entry("nuts", "ITC16"),
      Map.entry("url", "https://arlekinpro.eu/"),
      Map.entry("country", "IT"),
      Map.entry("language", "it"));

  private static final Map<String, String> INVALID = Map.ofEntries(
      Map.entry("codiceFiscale", "RCCMNL83S18D969X"),
      Map.entry("partitaIva", "00743110158"),
      Map.entry("cup", "J51B1900000000"),
      Map.entry("pic", "94912345"),
      Map.entry("oid", "10208000"),
      Map.entry("erasmusProjectNumber", "2024-1-FR01-KA220-VET-00012345"),
      Map.entry("istatComune", "4078"),
      Map.entry("nuts", "itc16"),
      Map.entry("url", "ftp://arlekinpro.eu/"),
      Map.entry("country", "XX"),
      Map.entry("language", "not a tag"));

  private static Map<String, String> violations(Map<String, String> values) {
    Map<String, String> found = new TreeMap<>();
    Set<ConstraintViolation<Applicant>> violations = validator.validate(new Applicant(values));
    for (ConstraintViolation<Applicant> violation : violations) {
      found.put(violation.getPropertyPath().toString(), violation.getMessageTemplate());
    }
    return found;
  }

  @Test
  void wellFormedValuesAndNullsPass() {
    assertThat(violations(VALID)).isEmpty();
    assertThat(violations(Map.of())).isEmpty();
  }

  @Test
  void eachConstraintFindsItsMalformedValueWithItsOwnMessageKey() {
    Map<String, String> found = violations(INVALID);
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(INVALID.keySet());
    assertThat(found).containsEntry("partitaIva", "{dev.progetto.validation.constraints.PartitaIva.message}")
        .containsEntry("codiceFiscale", "{dev.progetto.validation.constraints.CodiceFiscale.message}")
        .containsEntry("nuts", "{dev.progetto.validation.constraints.NutsCode.message}");
  }

  @Test
  void oneMalformedValueIsFoundAlone() {
    Map<String, String> values = new TreeMap<>(VALID);
    values.put("cup", "J51B19000000005X");
    assertThat(violations(values)).containsOnlyKeys("cup");
  }

  /** The scheme of the format each identifier property checks. */
  private static final Map<String, String> SCHEMES = Map.of(
      "codiceFiscale", "codice-fiscale",
      "partitaIva", "partita-iva",
      "cup", "cup",
      "pic", "pic",
      "oid", "oid",
      "erasmusProjectNumber", "erasmus-project-number",
      "istatComune", "istat-comune",
      "nuts", "nuts",
      "url", "url");

  @Test
  void theConstraintsAgreeWithTheChecksTheValidatorCallsDirectly() {
    List<String> values = List.of("", " ", "x", "RCCMNL83S18D969H", "RCCMNL83S18D969A", "00743110157",
        "00743110158", "J51B19000000005", "J51B1900000000", "949123456", "94912345", "E10123456", "E1012345",
        "2024-1-FR01-KA220-VET-000123456", "2024-1-FR01-KA220-XXX-000123456", "001272", "00127", "ITC1", "ITI2",
        "italia", "IT", "https://progetto.dev/a?b=c", "http://x", "ftp://progetto.dev", "progetto.dev",
        "\u0660\u0660\u0667\u0664\u0663\u0661\u0661\u0660\u0661\u0665\u0667");
    for (String value : values) {
      Map<String, String> everyProperty = new TreeMap<>();
      SCHEMES.keySet().forEach(property -> everyProperty.put(property, value));
      Set<String> expected = new TreeSet<>();
      SCHEMES.forEach((property, scheme) -> {
        if (!IdentifierChecks.isWellFormed(scheme, value)) {
          expected.add(property);
        }
      });
      assertThat(violations(everyProperty).keySet()).as("\"%s\"", value).isEqualTo(expected);
    }
  }
}
