package dev.progetto.model;

/**
 * A document of the file format: a {@link Project}, a {@link Portfolio}, a {@link Call} or an
 * {@link IndicatorCatalogue}.
 */
public interface Document {

  /**
   * Returns the kind of document, as written in the {@code kind} field of files.
   *
   * @return the kind
   */
  DocumentKind kind();

  /**
   * Returns the id of the document as text.
   *
   * @return the id
   */
  String documentId();
}
