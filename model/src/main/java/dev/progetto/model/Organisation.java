package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that a document speaks of: a lead (<em>capofila</em>), a partner, a funder, a
 * supporter. Only the id is mandatory.
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation {

  Organisation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organisation} values. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * Returns an organisation with an id and a name.
   *
   * @param id the id
   * @param name the full name
   * @return the organisation
   */
  public static Organisation of(String id, String name) {
    return builder().id(OrganisationId.of(id)).name(name).build();
  }


  /**
   * Returns the id other items use to refer to this organisation.
   *
   * @return the id other items use to refer to this organisation
   */
  public abstract OrganisationId getId();

  /**
   * Returns the full name, such as {@code Regione Umbria}.
   *
   * @return the full name, such as {@code Regione Umbria}
   */
  public abstract Optional<String> getName();

  /**
   * Returns the short name or acronym, such as {@code CNAM}.
   *
   * @return the short name or acronym, such as {@code CNAM}
   */
  public abstract Optional<String> getShortName();

  /**
   * Returns the legal form.
   *
   * @return the legal form
   */
  public abstract Optional<LegalForm> getLegalForm();

  /**
   * Returns the country where the organisation is established.
   *
   * @return the country where the organisation is established
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * Returns the identifiers: codice fiscale, partita IVA, PIC, OID, RUNTS number.
   *
   * @return the identifiers, empty when none
   */
  @Value.Default
  public Identifiers getIdentifiers() {
    return Identifiers.empty();
  }

  /**
   * Returns the postal address.
   *
   * @return the postal address
   */
  public abstract Optional<String> getAddress();

  /**
   * Returns the comune where the organisation is established.
   *
   * @return the comune where the organisation is established
   */
  public abstract Optional<Municipality> getMunicipality();

  /**
   * Returns the website address.
   *
   * @return the website address
   */
  public abstract Optional<String> getWebsite();

  /**
   * Returns a description of the organisation.
   *
   * @return a description of the organisation
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Returns when the organisation was founded.
   *
   * @return when the organisation was founded
   */
  public abstract Optional<PartialDate> getFounded();

  /**
   * Returns the name to show: the short name, else the name, else the id.
   *
   * @return a non-empty display name
   */
  public String displayName() {
    return getShortName().or(this::getName).orElse(getId().value());
  }

}
