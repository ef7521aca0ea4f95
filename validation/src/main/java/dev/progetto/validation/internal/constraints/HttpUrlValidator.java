package dev.progetto.validation.internal.constraints;

import dev.progetto.validation.constraints.HttpUrl;
import dev.progetto.validation.internal.identifiers.IdentifierChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

  /** Creates the validator; Hibernate Validator instantiates it. */
  public HttpUrlValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || IdentifierChecks.isHttpUrl(value);
  }
}
