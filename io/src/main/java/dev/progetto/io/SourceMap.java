package dev.progetto.io;

import java.util.Optional;

/**
 * Where each element of a document stands in its source text, by JSON Pointer. Kept by readers so
 * that validation findings about a model element carry a line and column.
 */
public interface SourceMap {

  /** A source map that knows no location, for documents built in code. */
  SourceMap NONE = new SourceMap() {
    @Override
    public Optional<SourceLocation> locate(String pointer) {
      return Optional.empty();
    }
  };

  /**
   * Returns the location of the value at a JSON Pointer, or of its nearest ancestor present in the
   * source (a missing field is located at the object that lacks it).
   *
   * @param pointer a JSON Pointer such as {@code /participants/2/role}; {@code ""} is the root
   * @return the location, or empty when the document did not come from text
   */
  Optional<SourceLocation> locate(String pointer);

  /**
   * Returns the pointer in the source text of the value at a pointer of the model. They differ
   * when the reader left out an item of a list (an organisation without an id, a participant of
   * the wrong type): the items after it stand one place further in the source than in the model.
   * Findings about a model value read from text are reported at the source pointer.
   *
   * @param modelPointer a JSON Pointer into the model, as the validator computes it
   * @return the pointer of the same value in the source; the same pointer when no item before it
   *     was left out, or for documents built in code
   */
  default String sourcePointer(String modelPointer) {
    return modelPointer;
  }
}
