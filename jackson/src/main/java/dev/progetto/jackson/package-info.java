/**
 * A Jackson 2 module for applications that own an {@code ObjectMapper}: it reads and writes the
 * progetto documents in the format of progetto, with the same checks as
 * {@link dev.progetto.io.ProgettoMapper}, in JSON, YAML or any other format of Jackson. Prefer the
 * mapper when you need every problem with its location; the module reports the first error as a
 * Jackson exception. For Jackson 3 ({@code tools.jackson}) use the artifact progetto-jackson3.
 */
@NullMarked
package dev.progetto.jackson;

import org.jspecify.annotations.NullMarked;
