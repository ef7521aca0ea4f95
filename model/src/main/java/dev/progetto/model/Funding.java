package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source of the money of a project: the grant of the call's funder, co-financing, own funds,
 * contributions in kind (<em>fonte di finanziamento</em>).
 */
@Value.Immutable
public abstract class Funding implements WithFunding {

  Funding() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Funding} values. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }


  /**
   * Returns the funder: an organisation id of the document, or a free name.
   *
   * @return the funder: an organisation id of the document, or a free name
   */
  public abstract String getSource();

  /**
   * Returns the nature of the funding.
   *
   * @return the nature of the funding
   */
  public abstract FundingKind getKind();

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  public abstract Optional<Money> getAmount();

}
