package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation taking part in a project, with its {@link Role}: the lead (<em>capofila</em>),
 * a partner, an associated partner, an affiliated entity or a supporter.
 */
@Value.Immutable
public abstract class Participant implements WithParticipant {

  Participant() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Participant} values. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /**
   * Returns a participant.
   *
   * @param organisation the organisation id
   * @param role the role
   * @return the participant
   */
  public static Participant of(String organisation, Role role) {
    return builder().organisation(OrganisationId.of(organisation)).role(role).build();
  }


  /**
   * Returns the id of the organisation, declared in the project or its portfolio.
   *
   * @return the id of the organisation, declared in the project or its portfolio
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the part the organisation plays.
   *
   * @return the part the organisation plays
   */
  public abstract Role getRole();

  /**
   * Returns the organisation's share of the budget.
   *
   * @return the organisation's share of the budget
   */
  public abstract Optional<Money> getBudget();

  /**
   * Returns when the organisation joined, if later than the start.
   *
   * @return when the organisation joined, if later than the start
   */
  public abstract Optional<PartialDate> getJoined();

}
