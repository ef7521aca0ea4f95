package dev.progetto.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.progetto.io.ReadIssue;
import java.util.Locale;

/**
 * A document that {@link ProgettoModule} refuses: the first error found reading it, as the
 * {@link ReadIssue} with its rule, pointer and message. The issue's line and column, like this
 * exception's {@link #getLocation() location}, are those of the value in the mapper's input.
 */
public final class ProgettoReadException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The issue; not serialized with the exception, whose message keeps its text. */
  private final transient ReadIssue issue;

  ProgettoReadException(JsonParser parser, ReadIssue issue, JsonLocation location) {
    super(parser, "[" + issue.getRule() + "] " + issue.getPointer() + ": " + issue.getMessage(Locale.ENGLISH), location);
    this.issue = issue;
  }

  /**
   * Returns the read issue that refused the document.
   *
   * @return the issue, located in the mapper's input when the input has lines
   */
  public ReadIssue getIssue() {
    return issue;
  }
}
