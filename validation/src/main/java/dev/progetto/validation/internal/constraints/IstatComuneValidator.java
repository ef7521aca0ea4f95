package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.IstatComune;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link IstatComune}. */
public final class IstatComuneValidator implements ConstraintValidator<IstatComune, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public IstatComuneValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isIstatComune(value);
  }
}
