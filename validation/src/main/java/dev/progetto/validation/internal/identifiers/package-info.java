/**
 * The checks of Italian and EU identifiers (partita IVA, codice fiscale, CUP, PIC, ...), shared by the validator and the Bean Validation constraints.
 *
 * <p>Not API: this package is not exported by its module, its types may change or disappear in
 * any release, and code outside progetto must not use it, not even on the class path. The API
 * is listed in {@code docs/api/}.
 */
package dev.progetto.validation.internal.identifiers;
