package dev.progetto.cli;

/**
 * A problem the user can fix (a path that cannot be read, a bad call file): printed as one line,
 * exit code 2, no stack trace.
 */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
