package dev.progetto.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where data comes from: a web page, a programme guide, a regulation. Projects cite the pages
 * they were taken from; call documents cite the texts each parameter rests on, with their
 * {@link Confidence}.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }


  /**
   * Returns the address of the source.
   *
   * @return the address of the source
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns the title of the document or page.
   *
   * @return the title of the document or page
   */
  public abstract Optional<String> getTitle();

  /**
   * Returns the section, article or annex that was read.
   *
   * @return the section, article or annex that was read
   */
  public abstract Optional<String> getSection();

  /**
   * Returns the day the source was read.
   *
   * @return the day the source was read
   */
  public abstract Optional<LocalDate> getRetrieved();

  /**
   * Returns how sure the data taken from this source is.
   *
   * @return how sure the data taken from this source is
   */
  public abstract Optional<Confidence> getConfidence();

  /**
   * Returns a note on what was taken or how it was read.
   *
   * @return a note on what was taken or how it was read
   */
  public abstract Optional<String> getNote();

}
