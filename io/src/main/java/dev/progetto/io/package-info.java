/**
 * Reads and writes progetto documents (projects, portfolios, calls, indicator catalogues) in JSON,
 * YAML and JSON Lines.
 *
 * <p>{@link dev.progetto.io.ProgettoMapper} is the one entry point: built once, immutable,
 * thread-safe. Reading never throws for bad input: every problem becomes a
 * {@link dev.progetto.io.ReadIssue} with its rule id ({@code format.*}), JSON Pointer, line and
 * column, and the locations of every element stay available
 * ({@link dev.progetto.io.SourceMap}) so that validation findings carry line and column too.
 */
@NullMarked
package dev.progetto.io;

import org.jspecify.annotations.NullMarked;
