package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.NutsCode;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NutsCode}. */
public final class NutsCodeValidator implements ConstraintValidator<NutsCode, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public NutsCodeValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isNuts(value);
  }
}
