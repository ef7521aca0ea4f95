package dev.progetto.validation.internal;

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
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Identifier checks through Bean Validation: one Hibernate Validator factory per progetto
 * validator, with the parameter interpolator so that no Expression Language is needed.
 */
public final class IdentifierValidation implements AutoCloseable {

  /** The constrained properties, one per identifier scheme that has a check. */
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

  private final ValidatorFactory factory;
  private final Validator validator;

  public IdentifierValidation() {
    this.factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** Tells whether a value is well formed for a scheme; schemes without a check always are. */
  public boolean isWellFormed(String scheme, String value) {
    String property = PROPERTIES.get(scheme);
    return property == null || validator.validateValue(Holder.class, property, value).isEmpty();
  }

  @Override
  public void close() {
    factory.close();
  }
}
