package dev.progetto.validation;

import java.util.List;

/**
 * A call whose {@code extends} chain cannot be resolved: a parent that no catalogue has, or a
 * cycle. Besides its message, it tells which call was asked for, the chain as far as it was
 * followed, and the call named as a parent that broke it.
 */
public final class CallResolutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a chain cannot be resolved. */
  public enum Reason {
    /** A call extends a call that no catalogue has. */
    MISSING_PARENT,
    /** A call extends, through its chain, itself. */
    CYCLE
  }

  /** The id of the call that was asked for. */
  private final String callId;
  /** The chain as far as it was followed. */
  private final List<String> chain;
  /** The parent that broke the chain. */
  private final String parent;
  /** Why the chain cannot be resolved. */
  private final Reason reason;

  CallResolutionException(String message, String callId, List<String> chain, String parent, Reason reason) {
    super(message);
    this.callId = callId;
    this.chain = List.copyOf(chain);
    this.parent = parent;
    this.reason = reason;
  }

  /**
   * Returns the id of the call that was asked for.
   *
   * @return the call id
   */
  public String getCallId() {
    return callId;
  }

  /**
   * Returns the chain as far as it was followed, from the call asked for to the last call found.
   *
   * @return the call ids, the asked-for call first
   */
  public List<String> getChain() {
    return chain;
  }

  /**
   * Returns the parent that broke the chain: the call no catalogue has, or the call met twice.
   *
   * @return the call id named in {@code extends}
   */
  public String getParent() {
    return parent;
  }

  /**
   * Returns why the chain cannot be resolved.
   *
   * @return the reason
   */
  public Reason getReason() {
    return reason;
  }
}
