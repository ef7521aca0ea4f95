package org.example.grants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.validation.constraints.CodiceFiscale;
import dev.progetto.validation.constraints.CountryCode;
import dev.progetto.validation.constraints.Cup;
import dev.progetto.validation.constraints.ErasmusProjectNumber;
import dev.progetto.validation.constraints.HttpUrl;
import dev.progetto.validation.constraints.IstatComune;
import dev.progetto.validation.constraints.LanguageTag;
import dev.progetto.validation.constraints.NutsCode;
import dev.progetto.validation.constraints.Oid;
import dev.progetto.validation.constraints.PartitaIva;
import dev.progetto.validation.constraints.Pic;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * progetto's constraints on an application's own class, validated by the Hibernate Validator and
 * Jakarta Validation versions of this module (9 and 3.1 in it/bean-validation, 8 and 3.0 in
 * it/bean-validation-hv8), with the messages of the library in English and Italian and without
 * an Expression Language implementation.
 */
class OwnBeanTest {

  /** Hibernate Validator announces its version at INFO on first use; the build's output stays quiet. */
  private static final java.util.logging.Logger VALIDATOR_LOG = quiet(java.util.logging.Logger.getLogger("org.hibernate.validator"));

  private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }


  /** The application's own class: fields, a getter and list elements. */
  static final class Beneficiary {
    @NotNull @CodiceFiscale String codiceFiscale;
    @PartitaIva String partitaIva;
    @Cup String cup;
    @Pic String pic;
    @Oid String oid;
    @ErasmusProjectNumber String projectNumber;
    @IstatComune String comune;
    @CountryCode String country;
    @LanguageTag String language;
    @HttpUrl String website;
    List<@NutsCode String> regions = new ArrayList<>();

    @NutsCode
    public String getHeadquartersNuts() {
      return regions.isEmpty() ? null : regions.get(0);
    }
  }

  static Beneficiary valid() {
    Beneficiary bean = new Beneficiary();
    bean.codiceFiscale = "RCCMNL83S18D969H";
    bean.partitaIva = "00743110157";
    bean.cup = "J51B19000000005";
    bean.pic = "949123456";
    bean.oid = "E10208000";
    bean.projectNumber = "2024-1-FR01-KA220-VET-000123456";
    bean.comune = "004078";
    bean.country = "IT";
    bean.language = "it";
    bean.website = "https://arlekinpro.eu/";
    bean.regions.addAll(List.of("ITC16", "ITI2"));
    return bean;
  }

  static Beneficiary invalid() {
    Beneficiary bean = new Beneficiary();
    bean.codiceFiscale = "RCCMNL83S18D969X";
    bean.partitaIva = "00743110158";
    bean.cup = "J51B1900000000";
    bean.pic = "94912345";
    bean.oid = "10208000";
    bean.projectNumber = "2024-1-FR01-KA220-VET-00012345";
    bean.comune = "4078";
    bean.country = "XX";
    bean.language = "not a tag";
    bean.website = "ftp://arlekinpro.eu/";
    bean.regions.addAll(List.of("itc16", "ITC16"));
    return bean;
  }

  /** Messages in one language, as an application without Expression Language configures it. */
  static ValidatorFactory factory(Locale locale) {
    MessageInterpolator parameters = new ParameterMessageInterpolator();
    return Validation.byDefaultProvider().configure()
        .messageInterpolator(new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return parameters.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale asked) {
            return parameters.interpolate(template, context, asked);
          }
        })
        .buildValidatorFactory();
  }

  static Map<String, String> violations(Beneficiary bean, Locale locale) {
    Map<String, String> found = new TreeMap<>();
    try (ValidatorFactory factory = factory(locale)) {
      for (ConstraintViolation<Beneficiary> violation : factory.getValidator().validate(bean)) {
        found.put(violation.getPropertyPath().toString(), violation.getMessage());
      }
    }
    return found;
  }

  @Test
  void theVersionsUnderTestAreOnTheClassPath() {
    String provider = Validation.byDefaultProvider().configure().getClass().getProtectionDomain().getCodeSource()
        .getLocation().getPath();
    String api = Validation.class.getProtectionDomain().getCodeSource().getLocation().getPath();

    assertThat(provider).contains("hibernate-validator-" + System.getProperty("expected.hibernate-validator"));
    assertThat(api).contains("jakarta.validation-api-" + System.getProperty("expected.jakarta-validation"));
    assertThat(ClassLoader.getSystemResource("jakarta/el/ExpressionFactory.class")).as("no Expression Language").isNull();
  }

  @Test
  void validValuesAndNullsPass() {
    assertThat(violations(valid(), Locale.ENGLISH)).isEmpty();
    Beneficiary empty = new Beneficiary();
    empty.codiceFiscale = "RCCMNL83S18D969H";
    assertThat(violations(empty, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void everyConstraintReportsInEnglish() {
    assertThat(violations(invalid(), Locale.ENGLISH)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("codiceFiscale", "must be a valid codice fiscale"),
        Map.entry("partitaIva", "must be a valid partita IVA"),
        Map.entry("cup", "must be a CUP of 15 characters such as J51B19000000005"),
        Map.entry("pic", "must be a PIC of 9 digits"),
        Map.entry("oid", "must be an OID: E followed by 8 digits"),
        Map.entry("projectNumber", "must be an Erasmus+ project number such as 2024-1-FR01-KA220-VET-000123456"),
        Map.entry("comune", "must be an ISTAT comune code of 6 digits"),
        Map.entry("country", "must be an ISO 3166-1 alpha-2 country code"),
        Map.entry("language", "must be a well-formed BCP 47 language tag"),
        Map.entry("website", "must be an absolute http or https address"),
        Map.entry("regions[0].<list element>", "must be a NUTS code such as ITC1"),
        Map.entry("headquartersNuts", "must be a NUTS code such as ITC1")));
  }

  @Test
  void everyConstraintReportsInItalian() {
    Map<String, String> found = violations(invalid(), Locale.ITALIAN);

    assertThat(found).hasSize(12).containsEntry("codiceFiscale", "deve essere un codice fiscale valido")
        .containsEntry("partitaIva", "deve essere una partita IVA valida")
        .containsEntry("cup", "deve essere un CUP di 15 caratteri come J51B19000000005")
        .containsEntry("regions[0].<list element>", "deve essere un codice NUTS come ITC1")
        .containsEntry("headquartersNuts", "deve essere un codice NUTS come ITC1")
        .containsEntry("website", "deve essere un indirizzo http o https assoluto");
    found.values().forEach(message -> assertThat(message).startsWith("deve ").doesNotContain("{", "dev.progetto"));
  }

  @Test
  void aStandardConstraintBesideThemKeepsTheProvidersMessage() {
    Beneficiary bean = valid();
    bean.codiceFiscale = null;

    assertThat(violations(bean, Locale.ENGLISH)).containsOnlyKeys("codiceFiscale").containsValue("must not be null");
    assertThat(violations(bean, Locale.ITALIAN)).containsValue("non deve essere null");
  }
}
