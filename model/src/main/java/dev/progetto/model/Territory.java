package dev.progetto.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a project works: countries, NUTS regions, comuni (<em>territorio</em>), with
 * exclusions (Territori Inclusivi excludes the City of Torino) and a free description
 * ("Cuneese e Saluzzese").
 */
@Value.Immutable
public abstract class Territory implements WithTerritory {

  Territory() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Territory} values. */
  public static final class Builder extends ImmutableTerritory.Builder {
    Builder() {}
  }


  /**
   * Returns the countries.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<CountryCode> getCountries();

  /**
   * Returns the NUTS codes of regions, such as {@code ITC1} for Piemonte.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<String> getRegions();

  /**
   * Returns the NUTS version of the region codes, such as {@code 2021}.
   *
   * @return the NUTS version of the region codes, such as {@code 2021}
   */
  public abstract Optional<String> getNutsVersion();

  /**
   * Returns the comuni covered.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Municipality> getMunicipalities();

  /**
   * Returns the comuni excluded from the area.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Municipality> getExcludes();

  /**
   * Returns the territory in words.
   *
   * @return the territory in words
   */
  public abstract Optional<LocalizedText> getDescription();

}
