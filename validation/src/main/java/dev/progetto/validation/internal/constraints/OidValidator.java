package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.Oid;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Oid}. */
public final class OidValidator implements ConstraintValidator<Oid, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public OidValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isOid(value);
  }
}
