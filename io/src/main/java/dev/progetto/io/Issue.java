package dev.progetto.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A problem found in a document, by the reader ({@link ReadIssue}) or by the validator's rules:
 * the rule id that names it, how much it matters, the JSON Pointer of the value, its line and
 * column when the document came from text, and a message in English or Italian. Code that
 * shows or counts problems handles both kinds through this interface.
 */
public interface Issue {

  /**
   * Returns the rule id, such as {@code format.unknown-field} or {@code participants.lead}.
   *
   * @return the rule id
   */
  String getRule();

  /**
   * Returns how much the issue matters.
   *
   * @return the severity
   */
  IssueSeverity getSeverity();

  /**
   * Returns the JSON Pointer of the value concerned.
   *
   * @return the pointer; {@code ""} for the whole document
   */
  String getPointer();

  /**
   * Returns the line and column of the value in the source text.
   *
   * @return the location, when the document came from text
   */
  Optional<SourceLocation> getLocation();

  /**
   * Returns the line of the value in the source text, counted from 1.
   *
   * @return the line, when the document came from text
   */
  default OptionalInt getLine() {
    return getLocation().map(location -> OptionalInt.of(location.line())).orElse(OptionalInt.empty());
  }

  /**
   * Returns the column of the value in its line, counted from 1.
   *
   * @return the column, when the document came from text
   */
  default OptionalInt getColumn() {
    return getLocation().map(location -> OptionalInt.of(location.column())).orElse(OptionalInt.empty());
  }

  /**
   * Returns the message in the given language: Italian for {@code it}, English otherwise.
   *
   * @param locale the language of the message
   * @return the message
   */
  String getMessage(Locale locale);

  /**
   * Returns the key of the message in the library's bundles, for applications that render
   * messages themselves.
   *
   * @return the key
   */
  String getMessageKey();

  /**
   * Returns the arguments of the message, as texts.
   *
   * @return an unmodifiable list
   */
  List<String> getArguments();
}
