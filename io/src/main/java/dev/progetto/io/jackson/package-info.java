/**
 * A Jackson module for applications that own an {@code ObjectMapper}: it reads and writes the
 * progetto documents in the format of progetto, with the same checks as
 * {@link dev.progetto.io.ProgettoMapper}. Prefer the mapper when you need every problem with its
 * location; the module reports the first error as a Jackson exception.
 */
@NullMarked
package dev.progetto.io.jackson;

import org.jspecify.annotations.NullMarked;
