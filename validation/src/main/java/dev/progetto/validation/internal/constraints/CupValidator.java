package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.Cup;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Cup}. */
public final class CupValidator implements ConstraintValidator<Cup, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public CupValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isCup(value);
  }
}
