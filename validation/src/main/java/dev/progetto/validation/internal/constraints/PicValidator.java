package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.Pic;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Pic}. */
public final class PicValidator implements ConstraintValidator<Pic, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public PicValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isPic(value);
  }
}
