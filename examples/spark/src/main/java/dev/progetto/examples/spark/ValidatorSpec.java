package dev.progetto.examples.spark;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a {@link Validator} is built from: the text of the integrator's call files and the language
 * of the messages. It is what a Spark task carries (a few kilobytes, read once on the driver), not
 * the validator: each executor JVM builds the validator once, on the first task that needs it, and
 * keeps it in {@link #validator()}'s cache keyed by this value, since a {@code Validator} is
 * immutable and thread-safe and its tasks share it.
 */
public final class ValidatorSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validators built in this JVM, one per spec: on an executor, one per job's call files. */
  private static final Map<ValidatorSpec, Validator> VALIDATORS = new ConcurrentHashMap<>();

  /** One call file: its name (for messages) and its text. */
  private record CallText(String name, String syntax, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<CallText> calls;
  private final String language;

  private ValidatorSpec(List<CallText> calls, String language) {
    this.calls = List.copyOf(calls);
    this.language = language;
  }

  /**
   * The built-in calls only.
   *
   * @param locale the language of the messages
   * @return the spec
   */
  public static ValidatorSpec of(Locale locale) {
    return new ValidatorSpec(List.of(), locale.toLanguageTag());
  }

  /**
   * The built-in calls and the calls of the given files (YAML or JSON), read now: on the driver.
   *
   * @param locale the language of the messages
   * @param callFiles the integrator's call files
   * @return the spec
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file is no call, or a call with errors, naming the file
   *     and where
   */
  public static ValidatorSpec of(Locale locale, List<Path> callFiles) throws IOException {
    List<CallText> calls = new ArrayList<>();
    for (Path file : callFiles) {
      Syntax syntax = Syntax.fromPath(file).filter(s -> s != Syntax.JSON_LINES)
          .orElseThrow(() -> new IllegalArgumentException("the call file " + file + " is neither YAML nor JSON"));
      CallText call = new CallText(file.toString(), syntax.name(), Files.readString(file, StandardCharsets.UTF_8));
      read(call); // a broken call file is said now, on the driver, not in every task
      calls.add(call);
    }
    return new ValidatorSpec(calls, locale.toLanguageTag());
  }

  /**
   * Returns the language of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /**
   * Returns this JVM's validator for this spec, built on the first call and shared by every task
   * (and thread) after it.
   *
   * @return the validator
   */
  public Validator validator() {
    return VALIDATORS.computeIfAbsent(this, ValidatorSpec::build);
  }

  /** How many validators this JVM has built: one per spec, however many tasks ran. */
  static int built() {
    return VALIDATORS.size();
  }

  private Validator build() {
    Validator.Builder builder = Validator.builder().locale(locale());
    for (CallText call : calls) {
      builder.addCall(read(call));
    }
    return builder.build();
  }

  private static Call read(CallText file) {
    ReadResult<Call> result = ProgettoMapper.standard().readCall(file.text(), Syntax.valueOf(file.syntax()));
    if (result.hasErrors() || result.getDocument().isEmpty()) {
      throw new IllegalArgumentException("the call file " + file.name() + " has errors: " + result.getIssues().stream()
          .map(issue -> issue.getLocation().map(l -> l + ": ").orElse("") + issue.getMessage(Locale.ENGLISH))
          .collect(Collectors.joining("; ")));
    }
    ValidationReport checked = Validator.builder().build().validate(result);
    if (checked.errorCount() > 0) {
      throw new IllegalArgumentException("the call file " + file.name() + " has errors: " + checked.getIssues().stream()
          .filter(issue -> issue.getSeverity() == IssueSeverity.ERROR)
          .map(ValidationIssue::toString).collect(Collectors.joining("; ")));
    }
    return result.getDocument().get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidatorSpec spec && spec.calls.equals(calls) && spec.language.equals(language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calls, language);
  }

  @Override
  public String toString() {
    return "ValidatorSpec[" + language + ", calls " + calls.stream().map(CallText::name).toList() + "]";
  }
}
