package dev.progetto.validation.internal;

import dev.progetto.validation.internal.identifiers.IdentifierChecks;

/**
 * The identifier checks of a validator: the checks behind the public constraints of
 * {@code dev.progetto.validation.constraints} (codice fiscale, partita IVA, CUP, ...), called
 * directly. Each constraint's validator is that same check, so running the constraints through a
 * Bean Validation provider gives the same answers, but starting one (Hibernate Validator) cost a
 * command-line run a quarter of its time. {@code IdentifierConstraintsTest} holds that the
 * constraints, run by Hibernate Validator, agree with these checks.
 */
public final class IdentifierValidation {

  public IdentifierValidation() {}

  /** Tells whether a value is well formed for a scheme; schemes without a check always are. */
  public boolean isWellFormed(String scheme, String value) {
    switch (scheme) {
      case "codice-fiscale":
        return IdentifierChecks.isCodiceFiscale(value);
      case "partita-iva":
        return IdentifierChecks.isPartitaIva(value);
      case "cup":
        return IdentifierChecks.isCup(value);
      case "pic":
        return IdentifierChecks.isPic(value);
      case "oid":
        return IdentifierChecks.isOid(value);
      case "erasmus-project-number":
        return IdentifierChecks.parseErasmusProjectNumber(value).isPresent();
      case "istat-comune":
        return IdentifierChecks.isIstatComune(value);
      case "nuts":
        return IdentifierChecks.isNuts(value);
      case "url":
        return IdentifierChecks.isHttpUrl(value);
      default:
        return true;
    }
  }
}
