package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.ErasmusProjectNumber;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ErasmusProjectNumber}. */
public final class ErasmusProjectNumberValidator implements ConstraintValidator<ErasmusProjectNumber, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public ErasmusProjectNumberValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.parseErasmusProjectNumber(value).isPresent();
  }
}
