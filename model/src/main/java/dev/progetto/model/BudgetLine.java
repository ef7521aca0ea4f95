package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of a budget: an amount for a purpose, optionally tied to a work package.
 */
@Value.Immutable
public abstract class BudgetLine implements WithBudgetLine {

  BudgetLine() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BudgetLine} values. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }


  /**
   * Returns the id of the line.
   *
   * @return the id of the line
   */
  public abstract LocalId getId();

  /**
   * Returns what the amount is for.
   *
   * @return what the amount is for
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  public abstract Optional<Money> getAmount();

  /**
   * Returns the id of the work package the line belongs to.
   *
   * @return the id of the work package the line belongs to
   */
  public abstract Optional<LocalId> getWorkPackage();

}
