package dev.progetto.io;

import java.util.Optional;

/**
 * Where each element of a document stands in its source text, by JSON Pointer. Kept by readers so
 * that validation findings about a model element carry a line and column.
 */
public interface SourceMap {

  /** A source map that knows no location, for documents built in code. */
  SourceMap NONE = pointer -> Optional.empty();

  /**
   * Returns the location of the value at a JSON Pointer, or of its nearest ancestor present in the
   * source (a missing field is located at the object that lacks it).
   *
   * @param pointer a JSON Pointer such as {@code /participants/2/role}; {@code ""} is the root
   * @return the location, or empty when the document did not come from text
   */
  Optional<SourceLocation> locate(String pointer);
}
