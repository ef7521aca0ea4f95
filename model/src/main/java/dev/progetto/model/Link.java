package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to a web page about a project or organisation: its website, a detail page, a document.
 * Absolute {@code http} or {@code https} only (rule {@code link.url}).
 */
@Value.Immutable
public abstract class Link implements WithLink {

  Link() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Link} values. */
  public static final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }

  /**
   * Returns a link to the given address.
   *
   * @param url an absolute http(s) URL
   * @return the link
   */
  public static Link of(String url) {
    return builder().url(url).build();
  }


  /**
   * Returns the address.
   *
   * @return the URL as written
   */
  public abstract String getUrl();

  /**
   * Returns the text of the link.
   *
   * @return the text of the link
   */
  public abstract Optional<String> getTitle();

  /**
   * Returns what the link points to.
   *
   * @return what the link points to
   */
  public abstract Optional<LinkType> getType();

}
