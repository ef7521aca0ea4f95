package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Italian municipality (<em>Comune</em>) with its 6-digit ISTAT code when known, or any
 * local place by name.
 */
@Value.Immutable
public abstract class Municipality implements WithMunicipality {

  Municipality() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Municipality} values. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }

  /**
   * Returns a municipality known by name only.
   *
   * @param name the name
   * @return the municipality
   */
  public static Municipality named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a municipality with its ISTAT code.
   *
   * @param istat the 6-digit ISTAT code
   * @param name the name
   * @return the municipality
   */
  public static Municipality of(String istat, String name) {
    return builder().istat(istat).name(name).build();
  }


  /**
   * Returns the ISTAT code of the comune, 6 digits such as {@code 001272}.
   *
   * @return the ISTAT code of the comune, 6 digits such as {@code 001272}
   */
  public abstract Optional<String> getIstat();

  /**
   * Returns the name, such as {@code Orbassano}.
   *
   * @return the name, such as {@code Orbassano}
   */
  public abstract String getName();

}
