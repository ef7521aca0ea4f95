package dev.progetto.server;

/** A request the server refuses with a status and a message of Messages.properties. */
final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String key;
  final transient Object[] arguments;

  BadRequest(String key, Object... arguments) {
    this(400, key, arguments);
  }

  BadRequest(int status, String key, Object... arguments) {
    super(key, null, false, false);
    this.status = status;
    this.key = key;
    this.arguments = arguments.clone();
  }
}
