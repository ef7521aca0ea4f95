package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phase of a project ("Fase 2") with its own period.
 */
@Value.Immutable
public abstract class Phase implements WithPhase {

  Phase() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Phase} values. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }


  /**
   * Returns the id of the phase.
   *
   * @return the id of the phase
   */
  public abstract LocalId getId();

  /**
   * Returns the title, such as {@code Fase 2}.
   *
   * @return the title, such as {@code Fase 2}
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns when the phase runs.
   *
   * @return when the phase runs
   */
  public abstract Optional<Period> getPeriod();

}
