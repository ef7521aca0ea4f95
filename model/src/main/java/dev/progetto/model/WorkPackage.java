package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work package: a group of activities with a lead organisation and a budget. Erasmus+ KA220
 * projects have WP1 for project management and up to ten more.
 */
@Value.Immutable
public abstract class WorkPackage implements WithWorkPackage {

  WorkPackage() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkPackage} values. */
  public static final class Builder extends ImmutableWorkPackage.Builder {
    Builder() {}
  }


  /**
   * Returns the id, such as {@code wp1}.
   *
   * @return the id, such as {@code wp1}
   */
  public abstract LocalId getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns the id of the organisation leading the work package.
   *
   * @return the id of the organisation leading the work package
   */
  public abstract Optional<OrganisationId> getLead();

  /**
   * Returns what the work package is for; the project-management work package is marked
   * {@link WorkPackageType#MANAGEMENT}.
   *
   * @return the type, empty when not stated
   */
  public abstract Optional<WorkPackageType> getType();

  /**
   * Returns the share of the budget or lump sum.
   *
   * @return the share of the budget or lump sum
   */
  public abstract Optional<Money> getBudget();
}
