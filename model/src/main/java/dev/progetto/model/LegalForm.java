package dev.progetto.model;

import java.util.Optional;

/**
 * The legal form of an organisation: Italian third-sector bodies, public bodies and others. Calls
 * use it to require or forbid members (Territori Inclusivi wants a local administration and no
 * company). Each constant has a stable wire code ({@link #code()}).
 */
public enum LegalForm implements Coded {
  /** Associazione di promozione sociale, a third-sector association. */
  APS("aps", false),
  /** Organizzazione di volontariato, a volunteering organisation. */
  ODV("odv", false),
  /** ONLUS, the former tax status of non-profits (historical). */
  ONLUS("onlus", false),
  /** Ente del terzo settore, any body enrolled in the RUNTS. */
  ETS("ets", false),
  /** Impresa sociale, a social enterprise. */
  IMPRESA_SOCIALE("impresa-sociale", false),
  /** Cooperativa sociale di tipo A: runs social, health and education services. */
  COOPERATIVA_SOCIALE_A("cooperativa-sociale-a", false),
  /** Cooperativa sociale di tipo B: employs disadvantaged workers. */
  COOPERATIVA_SOCIALE_B("cooperativa-sociale-b", false),
  /** Any other co-operative. */
  COOPERATIVA("cooperativa", false),
  /** A foundation. */
  FONDAZIONE("fondazione", false),
  /** A foundation of banking origin (Compagnia di San Paolo, Fondazione CRC). */
  FONDAZIONE_DI_ORIGINE_BANCARIA("fondazione-di-origine-bancaria", false),
  /** An association not otherwise qualified. */
  ASSOCIAZIONE("associazione", false),
  /** A committee. */
  COMITATO("comitato", false),
  /** A religious body (Caritas, a parish). */
  ENTE_RELIGIOSO("ente-religioso", false),
  /** A municipality (<em>Comune</em>). */
  COMUNE("comune", true),
  /** A union of municipalities. */
  UNIONE_DI_COMUNI("unione-di-comuni", true),
  /** A body running local social services (<em>ente gestore socio-assistenziale</em>, <em>consorzio</em>). */
  CONSORZIO_SOCIO_ASSISTENZIALE("consorzio-socio-assistenziale", true),
  /** A local health authority (<em>Azienda sanitaria locale</em>). */
  ASL("asl", true),
  /** A region (<em>Regione</em>). */
  REGIONE("regione", true),
  /** A province, including the autonomous provinces of Trento and Bolzano. */
  PROVINCIA("provincia", true),
  /** A prefecture, the State's provincial office; leads many FAMI projects. */
  PREFETTURA("prefettura", true),
  /** A ministry. */
  MINISTERO("ministero", true),
  /** Any other public body (agencies, chambers of commerce, national associations of municipalities). */
  OTHER_PUBLIC_BODY("other-public-body", true),
  /** A university or higher-education institution. */
  UNIVERSITY("university", false),
  /** A school, including the CPIA adult-education centres. */
  SCHOOL("school", false),
  /** A vocational education and training provider. */
  VET_PROVIDER("vet-provider", false),
  /** A research centre. */
  RESEARCH_CENTRE("research-centre", false),
  /** A for-profit company. */
  COMPANY("company", false),
  /** A non-Italian non-profit organisation. */
  NGO("ngo", false),
  /** Any other legal form. */
  OTHER("other", false);

  private final String code;
  private final boolean publicBody;

  LegalForm(String code, boolean publicBody) {
    this.code = code;
    this.publicBody = publicBody;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Tells whether this is a form of public administration (comune, regione, prefettura, ...).
   *
   * @return true for public bodies
   */
  public boolean isPublicBody() {
    return publicBody;
  }

  /** The constants, kept: {@code values()} copies them on every call. */
  private static final LegalForm[] VALUES = values();

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the code as written in files
   * @return the constant, or empty for an unknown code
   */
  public static Optional<LegalForm> fromCode(String code) {
    return Coded.fromCode(VALUES, code);
  }
}
