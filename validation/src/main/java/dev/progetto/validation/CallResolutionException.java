package dev.progetto.validation;

/**
 * A call whose {@code extends} chain cannot be resolved: a parent that no catalogue has, or a
 * cycle. The message names the chain.
 */
public final class CallResolutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CallResolutionException(String message) {
    super(message);
  }
}
