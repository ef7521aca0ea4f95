package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.CountryCode;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link CountryCode}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isCountry(value);
  }
}
