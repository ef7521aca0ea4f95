package dev.progetto.validation;

import java.util.List;

/**
 * A call whose {@code extends} chain cannot be resolved: a parent that no catalogue has, or a
 * cycle. Besides its message, it tells which call was asked for, the chain as far as it was
 * followed, the parent id where it breaks, and why ({@link Reason}).
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
  /** The id named in {@code extends} where the chain breaks. */
  private final String breakingParentId;
  /** Why the chain cannot be resolved. */
  private final Reason reason;

  CallResolutionException(String message, String callId, List<String> chain, String breakingParentId, Reason reason) {
    super(message);
    this.callId = callId;
    this.chain = List.copyOf(chain);
    this.breakingParentId = breakingParentId;
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
   * Returns the id named in {@code extends} where the chain breaks: the call no catalogue has
   * ({@link Reason#MISSING_PARENT}), or the call met a second time ({@link Reason#CYCLE}).
   *
   * @return the call id named in {@code extends}
   */
  public String getBreakingParentId() {
    return breakingParentId;
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
