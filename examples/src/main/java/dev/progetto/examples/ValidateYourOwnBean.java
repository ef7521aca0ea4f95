package dev.progetto.examples;

import dev.progetto.validation.constraints.CodiceFiscale;
import dev.progetto.validation.constraints.Cup;
import dev.progetto.validation.constraints.NutsCode;
import dev.progetto.validation.constraints.PartitaIva;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * progetto's identifier constraints on an application's own class, checked by Hibernate
 * Validator (8 or 9: Jakarta Validation 3.0 or 3.1) with messages in English or Italian.
 */
public final class ValidateYourOwnBean {

  private ValidateYourOwnBean() {}

  /** An application's own form: the constraints sit beside the standard ones. */
  public static final class GrantRequest {
    @CodiceFiscale String legalRepresentative;
    @PartitaIva String vatNumber;
    @Cup String cup;
    List<@NutsCode String> regions = new ArrayList<>();

    GrantRequest(String legalRepresentative, String vatNumber, String cup, List<String> regions) {
      this.legalRepresentative = legalRepresentative;
      this.vatNumber = vatNumber;
      this.cup = cup;
      this.regions.addAll(regions);
    }
  }

  /**
   * A validator whose messages are in the given language. ParameterMessageInterpolator needs no
   * Expression Language implementation; the constraints' messages come from the
   * ContributorValidationMessages bundles of progetto-validation, which an application's own
   * ValidationMessages.properties can override.
   */
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

  /**
   * Checks a request with a wrong partita IVA and a wrong NUTS code, and prints what is wrong
   * in English and in Italian.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    GrantRequest request = new GrantRequest("RCCMNL83S18D969H", "00743110158", "J51B19000000005", List.of("ITC16", "itc16"));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
      try (ValidatorFactory factory = factory(locale)) {
        Validator validator = factory.getValidator();
        TreeSet<String> lines = new TreeSet<>();
        for (ConstraintViolation<GrantRequest> violation : validator.validate(request)) {
          lines.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        lines.forEach(System.out::println);
      }
    }
  }
}
