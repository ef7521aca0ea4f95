package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.PartitaIva;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PartitaIva}. */
public final class PartitaIvaValidator implements ConstraintValidator<PartitaIva, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public PartitaIvaValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isPartitaIva(value);
  }
}
