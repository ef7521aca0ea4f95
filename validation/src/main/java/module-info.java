/**
 * Validation of progetto documents against the model rules and the rules of calls, with reports
 * in English and Italian.
 */
module dev.progetto.validation {
  requires transitive dev.progetto.io;
  requires transitive dev.progetto.model;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports dev.progetto.validation;
  exports dev.progetto.validation.constraints;

  opens dev.progetto.validation.internal to org.hibernate.validator;
  opens dev.progetto.validation.internal.constraints to org.hibernate.validator;
}
