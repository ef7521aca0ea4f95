package dev.progetto.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A problem the user can fix (a path that cannot be read, a bad call file): printed as one line,
 * in the language of the run, exit code 2, no stack trace. Its {@link #getMessage()} is English.
 */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CliMessages.Text text;

  UserError(String key, Object... arguments) {
    this((Throwable) null, key, arguments);
  }

  UserError(@Nullable Throwable cause, String key, Object... arguments) {
    this(cause, new CliMessages.Text(key, arguments));
  }

  UserError(@Nullable Throwable cause, CliMessages.Text text) {
    super(text.in(Locale.ENGLISH), cause);
    this.text = text;
  }

  /** The message in a language. */
  String message(Locale locale) {
    return text.in(locale);
  }
}
