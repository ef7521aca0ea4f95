package dev.progetto.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of a project: total, requested grant, Erasmus+ lump sum, co-financing rate, budget
 * lines and funding sources.
 */
@Value.Immutable
public abstract class Budget implements WithBudget {

  Budget() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Budget} values. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }


  /**
   * Returns the total cost.
   *
   * @return the total cost
   */
  public abstract Optional<Money> getTotal();

  /**
   * Returns the grant requested from the funder.
   *
   * @return the grant requested from the funder
   */
  public abstract Optional<Money> getRequestedGrant();

  /**
   * Returns the lump sum of lump-sum calls such as Erasmus+ KA220.
   *
   * @return the lump sum of lump-sum calls such as Erasmus+ KA220
   */
  public abstract Optional<Money> getLumpSum();

  /**
   * Returns the share of the total covered by the grant, a fraction between 0 and 1.
   *
   * @return the share of the total covered by the grant, a fraction between 0 and 1
   */
  public abstract Optional<BigDecimal> getCoFinancingRate();

  /**
   * Returns the budget lines.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<BudgetLine> getLines();

  /**
   * Returns the funding sources.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Funding> getFunding();

}
