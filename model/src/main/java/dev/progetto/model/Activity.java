package dev.progetto.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity of a project (<em>attività</em>), optionally in a work package and carried out by
 * some of the organisations.
 */
@Value.Immutable
public abstract class Activity implements WithActivity {

  Activity() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Activity} values. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }


  /**
   * Returns the id of the activity.
   *
   * @return the id of the activity
   */
  public abstract LocalId getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns a description.
   *
   * @return a description
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Returns when the activity runs.
   *
   * @return when the activity runs
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Returns the id of the work package the activity belongs to.
   *
   * @return the id of the work package the activity belongs to
   */
  public abstract Optional<LocalId> getWorkPackage();

  /**
   * Returns the ids of the organisations that carry it out.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<OrganisationId> getOrganisations();

}
