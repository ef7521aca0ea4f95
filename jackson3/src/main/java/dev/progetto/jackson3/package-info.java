/**
 * A Jackson 3 ({@code tools.jackson}) module for applications that own a mapper, such as Spring
 * Boot 4 applications: it reads and writes the progetto documents in the format of progetto, with
 * the same checks as {@link dev.progetto.io.ProgettoMapper}, in JSON, YAML or any other format of
 * Jackson. Prefer the mapper when you need every problem with its location; the module reports
 * the first error as a Jackson exception. For Jackson 2 use the artifact progetto-jackson.
 */
@NullMarked
package dev.progetto.jackson3;

import org.jspecify.annotations.NullMarked;
