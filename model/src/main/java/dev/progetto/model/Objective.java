package dev.progetto.model;

import org.immutables.value.Value;

/**
 * An objective of a project (<em>obiettivo</em>).
 */
@Value.Immutable
public abstract class Objective implements WithObjective {

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Objective} values. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  /**
   * Returns an objective.
   *
   * @param id the id
   * @param description the objective in Italian
   * @return the objective
   */
  public static Objective of(String id, String description) {
    return builder().id(LocalId.of(id)).description(LocalizedText.italian(description)).build();
  }


  /**
   * Returns the id of the objective.
   *
   * @return the id of the objective
   */
  public abstract LocalId getId();

  /**
   * Returns what the project wants to achieve.
   *
   * @return what the project wants to achieve
   */
  public abstract LocalizedText getDescription();

}
