/**
 * The checks of Italian and EU identifiers (partita IVA, codice fiscale, CUP, PIC, ...), shared by the validator and the Bean Validation constraints.
 *
 * <p>Not API: its module exports it to no application (at most, by a qualified export, to
 * another progetto module); its types may change or disappear in any release, and code outside
 * progetto must not use them, even on the class path, where nothing stops it. The API is listed
 * in {@code docs/api/}.
 */
package dev.progetto.validation.internal.identifiers;
