package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.CodiceFiscale;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link CodiceFiscale}. */
public final class CodiceFiscaleValidator implements ConstraintValidator<CodiceFiscale, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public CodiceFiscaleValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isCodiceFiscale(value);
  }
}
