package dev.progetto.io;

import dev.progetto.io.internal.MessageCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found while reading a document: malformed syntax, an unknown field, a value of the
 * wrong type, a bad enum code or date, a limit exceeded. Each has the rule id of the catalogue
 * ({@code format.syntax}, {@code format.unknown-field}, ...), the JSON Pointer of the value, its
 * line and column when known, and a message in English or Italian that says what was expected and
 * what was found.
 */
public final class ReadIssue implements Issue {

  private static final MessageCatalogue MESSAGES = MessageCatalogue.of(name -> ReadIssue.class.getResourceAsStream(name));

  private final String rule;
  private final IssueSeverity severity;
  private final String pointer;
  private final Optional<SourceLocation> location;
  private final String messageKey;
  private final List<String> arguments;

  private ReadIssue(
      String rule,
      IssueSeverity severity,
      String pointer,
      Optional<SourceLocation> location,
      String messageKey,
      List<String> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.location = Objects.requireNonNull(location, "location");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = List.copyOf(arguments);
  }

  /**
   * Returns a read issue.
   *
   * @param rule the rule id, such as {@code format.unknown-field}
   * @param severity {@link IssueSeverity#ERROR}, or {@link IssueSeverity#WARNING} for what a lenient
   *     reader accepts
   * @param pointer the JSON Pointer of the value concerned; {@code ""} for the document
   * @param location the line and column, when known
   * @param messageKey the key of the message in the io message bundle
   * @param arguments the message arguments, as texts
   * @return the issue
   */
  public static ReadIssue of(
      String rule,
      IssueSeverity severity,
      String pointer,
      Optional<SourceLocation> location,
      String messageKey,
      List<String> arguments) {
    return new ReadIssue(rule, severity, pointer, location, messageKey, arguments);
  }

  /**
   * Returns the rule id.
   *
   * @return the id, such as {@code format.invalid-value}
   */
  @Override
  public String getRule() {
    return rule;
  }

  /**
   * Returns the severity: an error, or a warning for unknown fields read leniently.
   *
   * @return the severity
   */
  @Override
  public IssueSeverity getSeverity() {
    return severity;
  }

  /**
   * Returns the JSON Pointer of the value concerned.
   *
   * @return the pointer; {@code ""} for the whole document
   */
  @Override
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the line and column of the value in the source text.
   *
   * @return the location, when known
   */
  @Override
  public Optional<SourceLocation> getLocation() {
    return location;
  }

  /**
   * Returns the key of the message in the bundle {@code dev.progetto.io.Messages}.
   *
   * @return the key
   */
  @Override
  public String getMessageKey() {
    return messageKey;
  }

  /**
   * Returns the arguments of the message.
   *
   * @return an unmodifiable list
   */
  @Override
  public List<String> getArguments() {
    return arguments;
  }

  /**
   * Returns the message in the given locale: Italian for {@code it}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  @Override
  public String getMessage(Locale locale) {
    String message = MESSAGES.format(locale, messageKey, arguments.toArray());
    return message != null ? message : messageKey + " " + arguments;
  }

  /** Returns {@code pointer at line:column: [rule] message} in English. */
  @Override
  public String toString() {
    return pointer + location.map(l -> " at " + l).orElse("") + ": [" + rule + "] " + getMessage(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadIssue issue
        && rule.equals(issue.rule)
        && severity == issue.severity
        && pointer.equals(issue.pointer)
        && location.equals(issue.location)
        && messageKey.equals(issue.messageKey)
        && arguments.equals(issue.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, pointer, location, messageKey, arguments);
  }
}
