package dev.progetto.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of people or bodies the project works for or with (<em>beneficiari</em>,
 * <em>destinatari</em>), with how many are expected and its composition ("300 persons, at least
 * 80% women").
 */
@Value.Immutable
public abstract class TargetGroup implements WithTargetGroup {

  TargetGroup() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TargetGroup} values. */
  public static final class Builder extends ImmutableTargetGroup.Builder {
    Builder() {}
  }


  /**
   * Returns the id of the target group.
   *
   * @return the id of the target group
   */
  public abstract LocalId getId();

  /**
   * Returns who they are.
   *
   * @return who they are
   */
  public abstract LocalizedText getDescription();

  /**
   * Returns the kind of group.
   *
   * @return the kind of group
   */
  public abstract Optional<TargetGroupCategory> getCategory();

  /**
   * Returns how many are expected to take part.
   *
   * @return how many are expected to take part
   */
  public abstract Optional<Quantity> getExpected();

  /**
   * Returns the expected composition by dimension value, as shares between 0 and 1:
   * {@code female -> at least 0.8} for "almeno 80% donne".
   *
   * @return an unmodifiable map, empty when not stated
   */
  public abstract Map<String, Quantity> getComposition();

}
