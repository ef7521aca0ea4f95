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
import org.jspecify.annotations.Nullable;

/**
 * Identifier checks through Bean Validation: one Hibernate Validator factory per progetto
 * validator, with the parameter interpolator so that no Expression Language is needed. The
 * factory is started by the first check, so that documents without identifiers never pay for it.
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

  /**
   * Hibernate Validator announces its version at INFO level when it starts; a library must not
   * write to the embedding application's logs for that, so the announcement is kept below
   * WARNING unless the application configured that logger itself.
   */
  private static final java.util.logging.Logger VERSION_LOGGER = quietVersionLogger();

  private static java.util.logging.Logger quietVersionLogger() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  private @Nullable ValidatorFactory factory;
  private volatile @Nullable Validator validator;

  public IdentifierValidation() {}

  /** Tells whether a value is well formed for a scheme; schemes without a check always are. */
  public boolean isWellFormed(String scheme, String value) {
    String property = PROPERTIES.get(scheme);
    return property == null || validator().validateValue(Holder.class, property, value).isEmpty();
  }

  private Validator validator() {
    Validator started = validator;
    if (started == null) {
      synchronized (this) {
        started = validator;
        if (started == null) {
          VERSION_LOGGER.getName();
          factory = Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
          started = factory.getValidator();
          validator = started;
        }
      }
    }
    return started;
  }

  /** Tells whether Hibernate Validator has been started. */
  boolean started() {
    return validator != null;
  }

  @Override
  public synchronized void close() {
    if (factory != null) {
      factory.close();
    }
  }
}
