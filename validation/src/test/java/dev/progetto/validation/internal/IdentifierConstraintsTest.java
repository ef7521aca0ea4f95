package dev.progetto.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.validation.constraints.CodiceFiscale;
import dev.progetto.validation.constraints.Cup;
import dev.progetto.validation.constraints.ErasmusProjectNumber;
import dev.progetto.validation.constraints.HttpUrl;
import dev.progetto.validation.constraints.IstatComune;
import dev.progetto.validation.constraints.NutsCode;
import dev.progetto.validation.constraints.Oid;
import dev.progetto.validation.constraints.PartitaIva;
import dev.progetto.validation.constraints.Pic;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public identifier constraints, run by Hibernate Validator as an application would run them
 * on its own beans, agree with the checks a progetto validator calls directly.
 */
class IdentifierConstraintsTest {

  /** A bean with one constrained property per identifier scheme that has a check. */
  static final class Holder {
    @CodiceFiscale String codiceFiscale;
    @PartitaIva String partitaIva;
    @Cup String cup;
    @Pic String pic;
    @Oid String oid;
    @ErasmusProjectNumber String erasmusProjectNumber;
    @IstatComune String istatComune;
    @NutsCode String nuts;
    @HttpUrl String url;
  }

  private static final Map<String, String> PROPERTIES = Map.of(
      "codice-fiscale", "codiceFiscale",
      "partita-iva", "partitaIva",
      "cup", "cup",
      "pic", "pic",
      "oid", "oid",
      "erasmus-project-number", "erasmusProjectNumber",
      "istat-comune", "istatComune",
      "nuts", "nuts",
      "url", "url");

  private static final List<String> VALUES = List.of("", " ", "x", "RCCMNL83S18D969H", "RCCMNL83S18D969A", "00743110157",
      "00743110158", "J51B19000000005", "J51B1900000000", "949123456", "94912345", "E10123456", "E1012345",
      "2024-1-FR01-KA220-VET-000123456", "2024-1-FR01-KA220-XXX-000123456", "001272", "00127", "ITC1", "ITI2", "italia",
      "IT", "https://progetto.dev/a?b=c", "http://x", "ftp://progetto.dev", "progetto.dev", "٠٠٧٤٣١١٠١٥٧");

  private static ValidatorFactory factory;
  private static Validator beanValidation;

  @BeforeAll
  static void start() {
    factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    beanValidation = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  static List<String> schemes() {
    return List.copyOf(new java.util.TreeSet<>(PROPERTIES.keySet()));
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void theConstraintsAgreeWithTheChecks(String scheme) {
    IdentifierValidation identifiers = new IdentifierValidation();
    int valid = 0;
    for (String value : VALUES) {
      boolean byConstraint = beanValidation.validateValue(Holder.class, PROPERTIES.get(scheme), value).isEmpty();
      assertThat(identifiers.isWellFormed(scheme, value)).as(scheme + " " + value).isEqualTo(byConstraint);
      valid += byConstraint ? 1 : 0;
    }
    assertThat(valid).as("values well formed for " + scheme).isPositive().isLessThan(VALUES.size());
    assertThat(beanValidation.validateValue(Holder.class, PROPERTIES.get(scheme), null)).as("null is valid").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("schemes")
  void aSchemeWithoutACheckIsAlwaysWellFormed(String scheme) {
    assertThat(new IdentifierValidation().isWellFormed(scheme + "-unknown", "x")).isTrue();
  }
}
