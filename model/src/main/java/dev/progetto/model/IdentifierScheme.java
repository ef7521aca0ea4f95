package dev.progetto.model;

import java.util.List;
import java.util.Objects;

/**
 * A scheme of identifiers: the register or code system an identifier belongs to. The schemes of
 * format version 1 are constants here; other schemes must start with {@code x-}.
 *
 * @param code the wire code, such as {@code partita-iva}
 */
public record IdentifierScheme(String code) implements Comparable<IdentifierScheme> {

  /** Codice Unico di Progetto, the Italian code of public investment projects (15 characters). */
  public static final IdentifierScheme CUP = new IdentifierScheme("cup");
  /** Erasmus+ project number, such as {@code 2024-1-FR01-KA220-VET-000123456}. */
  public static final IdentifierScheme ERASMUS_PROJECT_NUMBER =
      new IdentifierScheme("erasmus-project-number");
  /** Code of a FAMI project given by the managing authority (such as {@code PROG-1234}). */
  public static final IdentifierScheme FAMI_PROJECT_CODE = new IdentifierScheme("fami-project-code");
  /** Codice fiscale: Italian tax code, 16 characters for persons, 11 digits for entities. */
  public static final IdentifierScheme CODICE_FISCALE = new IdentifierScheme("codice-fiscale");
  /** Partita IVA: Italian VAT number, 11 digits. */
  public static final IdentifierScheme PARTITA_IVA = new IdentifierScheme("partita-iva");
  /** EU VAT number with its country prefix. */
  public static final IdentifierScheme VAT = new IdentifierScheme("vat");
  /** Participant Identification Code of the EU Funding and Tenders portal (9 digits). */
  public static final IdentifierScheme PIC = new IdentifierScheme("pic");
  /** Organisation ID of Erasmus+ ({@code E} followed by 8 digits). */
  public static final IdentifierScheme OID = new IdentifierScheme("oid");
  /** Number in RUNTS, the Italian national register of third-sector bodies. */
  public static final IdentifierScheme RUNTS = new IdentifierScheme("runts");
  /** ISTAT code of an Italian municipality (6 digits). */
  public static final IdentifierScheme ISTAT_COMUNE = new IdentifierScheme("istat-comune");
  /** NUTS code of a European region. */
  public static final IdentifierScheme NUTS = new IdentifierScheme("nuts");
  /** A URL that identifies the thing. */
  public static final IdentifierScheme URL = new IdentifierScheme("url");

  /** The schemes of format version 1, in their documented order. */
  public static final List<IdentifierScheme> KNOWN =
      List.of(CUP, ERASMUS_PROJECT_NUMBER, FAMI_PROJECT_CODE, CODICE_FISCALE, PARTITA_IVA, VAT,
          PIC, OID, RUNTS, ISTAT_COMUNE, NUTS, URL);

  /**
   * Creates a scheme.
   *
   * @param code the wire code
   * @throws NullPointerException if {@code code} is null
   */
  public IdentifierScheme {
    Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the scheme with the given code, known or custom.
   *
   * @param code the wire code
   * @return the scheme
   */
  public static IdentifierScheme of(String code) {
    return new IdentifierScheme(code);
  }

  /**
   * Tells whether this is a scheme of format version 1.
   *
   * @return true for a known scheme
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Tells whether this is a custom scheme, whose code starts with {@code x-}.
   *
   * @return true for a custom scheme
   */
  public boolean isCustom() {
    return code.startsWith("x-");
  }

  @Override
  public int compareTo(IdentifierScheme other) {
    return code.compareTo(other.code);
  }

  /**
   * Tells whether the other is an {@code IdentifierScheme} with the same code. Written out, as is
   * {@link #hashCode()}: a record's own are linked through invokedynamic the first time they
   * run, which every start-up paid for.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof IdentifierScheme that && code.equals(that.code);
  }

  /** Returns the hash code of the code, the same as the record's own. */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
