/**
 * Validation of progetto documents against the model rules and the rules of calls, with reports
 * in English and Italian.
 */
module dev.progetto.validation {
  requires transitive dev.progetto.io;
  requires transitive dev.progetto.model;
  requires transitive jakarta.validation;

  exports dev.progetto.validation;
  exports dev.progetto.validation.constraints;

  // The validators of the public constraints, for whichever Bean Validation provider an
  // application uses on its own beans.
  opens dev.progetto.validation.internal.constraints;
}
