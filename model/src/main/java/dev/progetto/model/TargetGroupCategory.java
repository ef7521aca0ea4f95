package dev.progetto.model;

import java.util.Optional;

/** The kind of people or bodies a target group is made of (<em>beneficiari</em>, <em>destinatari</em>). Each constant has a stable wire code ({@link #code()}). */
public enum TargetGroupCategory implements Coded {
  /** Third-country nationals: people who are not citizens of the EU (the target of FAMI/AMIF). */
  THIRD_COUNTRY_NATIONALS("third-country-nationals"),
  /** Refugees and holders of international protection. */
  REFUGEES("refugees"),
  /** Asylum seekers. */
  ASYLUM_SEEKERS("asylum-seekers"),
  /** Migrants and people with a migration background. */
  MIGRANTS("migrants"),
  /** Women. */
  WOMEN("women"),
  /** Young people, including NEET. */
  YOUNG_PEOPLE("young-people"),
  /** Families. */
  FAMILIES("families"),
  /** Citizens and the general public. */
  CITIZENS("citizens"),
  /** Public officials, social workers and other staff of public bodies. */
  PUBLIC_OFFICIALS("public-officials"),
  /** Policy makers. */
  POLICY_MAKERS("policy-makers"),
  /** Associations and third-sector bodies. */
  ASSOCIATIONS("associations"),
  /** Operators and practitioners of services. */
  OPERATORS("operators"),
  /** Learners and trainees. */
  LEARNERS("learners"),
  /** Any other group. */
  OTHER("other");

  private final String code;

  TargetGroupCategory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final TargetGroupCategory[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<TargetGroupCategory> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
