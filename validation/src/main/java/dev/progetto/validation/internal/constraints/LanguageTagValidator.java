package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.LanguageTag;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link LanguageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isLanguageTag(value);
  }
}
