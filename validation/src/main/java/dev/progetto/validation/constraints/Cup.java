package dev.progetto.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.progetto.validation.internal.constraints.CupValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a CUP (Codice Unico di Progetto): 15 characters of the form {@code ^[A-Z][0-9]{2}[A-Z][0-9]{11}$}; there is no public checksum, so none is checked. {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = CupValidator.class)
public @interface Cup {

  /**
   * Returns the message template.
   *
   * @return the template
   */
  String message() default "{dev.progetto.validation.constraints.Cup.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
