/**
 * Jakarta Bean Validation constraints for the identifiers of Italian and EU funding projects:
 * codice fiscale, partita IVA, CUP, PIC, OID, Erasmus+ project number, ISTAT comune, NUTS, ISO
 * country, BCP 47 language tag, http(s) URL. Applications can use them on their own beans; their
 * messages are in this library's own bundle, never in a bare {@code ValidationMessages}.
 */
@NullMarked
package dev.progetto.validation.constraints;

import org.jspecify.annotations.NullMarked;
