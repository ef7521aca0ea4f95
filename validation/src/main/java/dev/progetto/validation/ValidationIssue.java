package dev.progetto.validation;

import dev.progetto.io.Issue;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a validation: the rule that found it, how much it matters, where it is (JSON
 * Pointer, and line and column when the document came from text), the message in the requested
 * language, the call that asked for the rule, and the waiver's reason when a waiver accepts it.
 */
public final class ValidationIssue implements Issue {

  private final String rule;
  private final IssueSeverity severity;
  private final String pointer;
  private final Optional<SourceLocation> location;
  /** Formats the message when it is first asked for: most findings of a large run are counted, not read. */
  private final Supplier<String> messageSource;
  private volatile @Nullable String message;
  /** Formats the message in a language asked for; null when only the validator's language is known. */
  private final java.util.function.@Nullable Function<java.util.Locale, String> messageIn;
  private final String messageKey;
  /** Gives the argument texts when they are first asked for, like the message. */
  private final Supplier<List<String>> argumentSource;
  private volatile @Nullable List<String> arguments;
  private final Optional<String> call;
  private final Optional<String> waiverReason;

  private ValidationIssue(Builder builder) {
    this.rule = Objects.requireNonNull(builder.rule, "rule");
    this.severity = Objects.requireNonNull(builder.severity, "severity");
    this.pointer = Objects.requireNonNull(builder.pointer, "pointer");
    this.location = builder.location;
    this.messageSource = Objects.requireNonNull(builder.message, "message");
    this.messageIn = builder.messageIn;
    this.messageKey = Objects.requireNonNull(builder.messageKey, "messageKey");
    this.argumentSource = Objects.requireNonNull(builder.arguments, "arguments");
    this.call = builder.call;
    this.waiverReason = builder.waiverReason;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds issues inside the library. */
  static final class Builder {
    private String rule = "";
    private IssueSeverity severity = IssueSeverity.ERROR;
    private String pointer = "";
    private Optional<SourceLocation> location = Optional.empty();
    private Supplier<String> message = new Fixed<>("");
    private java.util.function.@Nullable Function<java.util.Locale, String> messageIn;
    private String messageKey = "";
    private Supplier<List<String>> arguments = new Fixed<>(List.of());
    private Optional<String> call = Optional.empty();
    private Optional<String> waiverReason = Optional.empty();

    Builder rule(String value) {
      rule = value;
      return this;
    }

    Builder severity(IssueSeverity value) {
      severity = value;
      return this;
    }

    Builder pointer(String value) {
      pointer = value;
      return this;
    }

    Builder location(Optional<SourceLocation> value) {
      location = value;
      return this;
    }

    Builder message(String value) {
      Objects.requireNonNull(value, "message");
      message = new Fixed<>(value);
      return this;
    }

    /** Sets a message that is formatted only when it is asked for. */
    Builder message(Supplier<String> value) {
      message = value;
      return this;
    }

    /**
     * Sets how to format the message in any language, formatted only when asked for; in
     * {@code language}, the validator's, by default.
     */
    Builder message(java.util.Locale language, java.util.function.Function<java.util.Locale, String> in) {
      message = new InLanguage(in, language);
      messageIn = in;
      return this;
    }

    /** How to format the message in any language; the message of the validator's language stays the default. */
    Builder messageIn(java.util.function.@Nullable Function<java.util.Locale, String> value) {
      messageIn = value;
      return this;
    }

    Builder messageKey(String value) {
      messageKey = value;
      return this;
    }

    Builder arguments(List<String> value) {
      List<String> copy = List.copyOf(value);
      arguments = new Fixed<>(copy);
      return this;
    }

    /** Sets arguments whose texts are made only when they are asked for. */
    Builder arguments(Supplier<List<String>> value) {
      arguments = value;
      return this;
    }

    Builder call(Optional<String> value) {
      call = value;
      return this;
    }

    Builder waiverReason(Optional<String> value) {
      waiverReason = value;
      return this;
    }

    ValidationIssue build() {
      return new ValidationIssue(this);
    }
  }

  /** A message formatted in one language when it is first asked for. */
  private static final class InLanguage implements Supplier<String> {
    private final java.util.function.Function<java.util.Locale, String> in;
    private final java.util.Locale language;

    InLanguage(java.util.function.Function<java.util.Locale, String> in, java.util.Locale language) {
      this.in = in;
      this.language = language;
    }

    @Override
    public String get() {
      return in.apply(language);
    }
  }

  /** A message or arguments known when the issue is built. */
  private static final class Fixed<T> implements Supplier<T> {
    private final T value;

    Fixed(T value) {
      this.value = value;
    }

    @Override
    public T get() {
      return value;
    }
  }

  /**
   * Returns the rule id, such as {@code participants.lead}.
   *
   * @return the rule id
   */
  @Override
  public String getRule() {
    return rule;
  }

  /**
   * Returns how much the finding matters.
   *
   * @return the severity; {@link IssueSeverity#WAIVED} when a waiver accepts it
   */
  @Override
  public IssueSeverity getSeverity() {
    return severity;
  }

  /**
   * Returns the JSON Pointer of the value concerned in the document.
   *
   * @return the pointer; {@code ""} for the whole document
   */
  @Override
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the line and column in the source text.
   *
   * @return the location, when the document came from text
   */
  @Override
  public Optional<SourceLocation> getLocation() {
    return location;
  }

  /**
   * Returns the message in the language the validator was built with.
   *
   * @return the message
   */
  public String getMessage() {
    String formatted = message;
    if (formatted == null) {
      formatted = Objects.requireNonNull(messageSource.get(), "message");
      message = formatted;
    }
    return formatted;
  }

  /**
   * Returns the message in the given language: English, or Italian for {@code it}. An issue
   * keeps its message key and arguments, so a report built in one language can be written in
   * another.
   *
   * @param locale the language of the message
   * @return the message
   */
  @Override
  public String getMessage(java.util.Locale locale) {
    return messageIn == null ? getMessage() : Objects.requireNonNull(messageIn.apply(locale), "message");
  }

  /**
   * Returns the key of the message in the library's bundles, for applications that render
   * messages themselves.
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
    List<String> texts = arguments;
    if (texts == null) {
      texts = List.copyOf(argumentSource.get());
      arguments = texts;
    }
    return texts;
  }

  /**
   * Returns the call that asked for the rule.
   *
   * @return the call id, or empty for rules of the format and the model
   */
  public Optional<String> getCall() {
    return call;
  }

  /**
   * Returns the reason of the waiver that accepts this finding.
   *
   * @return the reason, when the severity is {@link IssueSeverity#WAIVED}
   */
  public Optional<String> getWaiverReason() {
    return waiverReason;
  }

  /** Returns a builder holding this issue's values, to derive a changed copy. */
  Builder toBuilder() {
    return builder().rule(rule).severity(severity).pointer(pointer).location(location).message(messageSource)
        .messageIn(messageIn).messageKey(messageKey).arguments(argumentSource).call(call).waiverReason(waiverReason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationIssue issue
        && rule.equals(issue.rule) && severity == issue.severity && pointer.equals(issue.pointer)
        && location.equals(issue.location) && getMessage().equals(issue.getMessage()) && messageKey.equals(issue.messageKey)
        && getArguments().equals(issue.getArguments()) && call.equals(issue.call) && waiverReason.equals(issue.waiverReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, pointer, location, getMessage(), call, waiverReason);
  }

  /** Returns {@code line:column: severity [rule] message} or {@code pointer: severity [rule] message}. */
  @Override
  public String toString() {
    return location.map(SourceLocation::toString).orElse(pointer) + ": " + severity.code() + " [" + rule + "] " + getMessage();
  }
}
