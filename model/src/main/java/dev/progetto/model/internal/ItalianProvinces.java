package dev.progetto.model.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Italian provinces: by the ISTAT code that begins the code of each of their comuni, by sigla
 * and by NUTS 3 code, each with the NUTS 2 region it lies in (2021 classification). From ISTAT's
 * "Elenco dei comuni italiani" (Istituto Nazionale di Statistica,
 * https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/, Creative
 * Commons Attribution 4.0): the provinces in force, their NUTS 3 codes of 2021 (the column "Codice
 * NUTS3 2021") and the NUTS 2 codes of their regions. The codes of the Sardinian provinces of
 * 2005-2016, which older records may carry, are those of the provinces their comuni passed to in
 * 2016: 104 Olbia-Tempio is Sassari, 105 Ogliastra Nuoro, 106 Medio Campidano and 107
 * Carbonia-Iglesias Sud Sardegna.
 *
 * <p>Sardinia's reform, in force since 17 July 2025, gave every Sardinian comune a new code from
 * 1 January 2026 (ISTAT, "Codici delle unità amministrative", https://www.istat.it/it/archivio/6789):
 * 112 Città metropolitana di Sassari, 113 Gallura Nord-Est Sardegna, 114 Nuoro, 116 Ogliastra,
 * 117 Medio Campidano, 118 Città metropolitana di Cagliari and 119 Sulcis Iglesiente, as ISTAT's
 * boundary files of 1 January 2026 carry them (the Openpolis geojson-italy notes of that edition);
 * 115, the one code of the eight left, is taken for Oristano. Their region is Sardegna, ITG2, in
 * any case. The table has the provinces of 2016-2025, which the NUTS 2021 codes and the report's
 * map know, so each new code stands for the province of then that most of its comuni were in:
 * 112 and 113 Sassari, 114 and 116 Nuoro, 115 Oristano, 117 and 119 Sud Sardegna, 118 Cagliari
 * (whose 53 comuni from Sud Sardegna are so counted in Cagliari).
 *
 * <p>One table for the rules of calls, which place a comune in its region, and for the report's
 * tables and map of provinces; not API.
 */
public final class ItalianProvinces {

  /**
   * A province: its ISTAT code, its sigla (TO, AT), its name, the NUTS 2 code of its region and its
   * NUTS 3 code (2021 classification).
   *
   * @param code the ISTAT code of the province, three digits
   * @param sigla its sigla
   * @param name its name
   * @param region the NUTS 2 code of its region
   * @param nuts3 its NUTS 3 code
   */
  public record Province(String code, String sigla, String name, String region, String nuts3) {

    // Written out: a record's generated equals and hashCode are linked on their first call.
    @Override
    public boolean equals(Object other) {
      return other instanceof Province && code.equals(((Province) other).code) && sigla.equals(((Province) other).sigla)
          && name.equals(((Province) other).name) && region.equals(((Province) other).region)
          && nuts3.equals(((Province) other).nuts3);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }
  }

  /** Each province: its ISTAT codes (the first its own), sigla, name, NUTS 2 region, NUTS 3 code. */
  private static final String[] PROVINCES = {
      "001|TO|Torino|ITC1|ITC11",
      "002|VC|Vercelli|ITC1|ITC12",
      "003|NO|Novara|ITC1|ITC15",
      "004|CN|Cuneo|ITC1|ITC16",
      "005|AT|Asti|ITC1|ITC17",
      "006|AL|Alessandria|ITC1|ITC18",
      "007|AO|Aosta|ITC2|ITC20",
      "008|IM|Imperia|ITC3|ITC31",
      "009|SV|Savona|ITC3|ITC32",
      "010|GE|Genova|ITC3|ITC33",
      "011|SP|La Spezia|ITC3|ITC34",
      "012|VA|Varese|ITC4|ITC41",
      "013|CO|Como|ITC4|ITC42",
      "014|SO|Sondrio|ITC4|ITC44",
      "015|MI|Milano|ITC4|ITC4C",
      "016|BG|Bergamo|ITC4|ITC46",
      "017|BS|Brescia|ITC4|ITC47",
      "018|PV|Pavia|ITC4|ITC48",
      "019|CR|Cremona|ITC4|ITC4A",
      "020|MN|Mantova|ITC4|ITC4B",
      "021|BZ|Bolzano|ITH1|ITH10",
      "022|TN|Trento|ITH2|ITH20",
      "023|VR|Verona|ITH3|ITH31",
      "024|VI|Vicenza|ITH3|ITH32",
      "025|BL|Belluno|ITH3|ITH33",
      "026|TV|Treviso|ITH3|ITH34",
      "027|VE|Venezia|ITH3|ITH35",
      "028|PD|Padova|ITH3|ITH36",
      "029|RO|Rovigo|ITH3|ITH37",
      "030|UD|Udine|ITH4|ITH42",
      "031|GO|Gorizia|ITH4|ITH43",
      "032|TS|Trieste|ITH4|ITH44",
      "033|PC|Piacenza|ITH5|ITH51",
      "034|PR|Parma|ITH5|ITH52",
      "035|RE|Reggio Emilia|ITH5|ITH53",
      "036|MO|Modena|ITH5|ITH54",
      "037|BO|Bologna|ITH5|ITH55",
      "038|FE|Ferrara|ITH5|ITH56",
      "039|RA|Ravenna|ITH5|ITH57",
      "040|FC|Forlì-Cesena|ITH5|ITH58",
      "041|PU|Pesaro e Urbino|ITI3|ITI31",
      "042|AN|Ancona|ITI3|ITI32",
      "043|MC|Macerata|ITI3|ITI33",
      "044|AP|Ascoli Piceno|ITI3|ITI34",
      "045|MS|Massa-Carrara|ITI1|ITI11",
      "046|LU|Lucca|ITI1|ITI12",
      "047|PT|Pistoia|ITI1|ITI13",
      "048|FI|Firenze|ITI1|ITI14",
      "049|LI|Livorno|ITI1|ITI16",
      "050|PI|Pisa|ITI1|ITI17",
      "051|AR|Arezzo|ITI1|ITI18",
      "052|SI|Siena|ITI1|ITI19",
      "053|GR|Grosseto|ITI1|ITI1A",
      "054|PG|Perugia|ITI2|ITI21",
      "055|TR|Terni|ITI2|ITI22",
      "056|VT|Viterbo|ITI4|ITI41",
      "057|RI|Rieti|ITI4|ITI42",
      "058|RM|Roma|ITI4|ITI43",
      "059|LT|Latina|ITI4|ITI44",
      "060|FR|Frosinone|ITI4|ITI45",
      "061|CE|Caserta|ITF3|ITF31",
      "062|BN|Benevento|ITF3|ITF32",
      "063|NA|Napoli|ITF3|ITF33",
      "064|AV|Avellino|ITF3|ITF34",
      "065|SA|Salerno|ITF3|ITF35",
      "066|AQ|L'Aquila|ITF1|ITF11",
      "067|TE|Teramo|ITF1|ITF12",
      "068|PE|Pescara|ITF1|ITF13",
      "069|CH|Chieti|ITF1|ITF14",
      "070|CB|Campobasso|ITF2|ITF22",
      "071|FG|Foggia|ITF4|ITF46",
      "072|BA|Bari|ITF4|ITF47",
      "073|TA|Taranto|ITF4|ITF43",
      "074|BR|Brindisi|ITF4|ITF44",
      "075|LE|Lecce|ITF4|ITF45",
      "076|PZ|Potenza|ITF5|ITF51",
      "077|MT|Matera|ITF5|ITF52",
      "078|CS|Cosenza|ITF6|ITF61",
      "079|CZ|Catanzaro|ITF6|ITF63",
      "080|RC|Reggio Calabria|ITF6|ITF65",
      "081|TP|Trapani|ITG1|ITG11",
      "082|PA|Palermo|ITG1|ITG12",
      "083|ME|Messina|ITG1|ITG13",
      "084|AG|Agrigento|ITG1|ITG14",
      "085|CL|Caltanissetta|ITG1|ITG15",
      "086|EN|Enna|ITG1|ITG16",
      "087|CT|Catania|ITG1|ITG17",
      "088|RG|Ragusa|ITG1|ITG18",
      "089|SR|Siracusa|ITG1|ITG19",
      "090,104,112,113|SS|Sassari|ITG2|ITG2D",
      "091,105,114,116|NU|Nuoro|ITG2|ITG2E",
      "092,118|CA|Cagliari|ITG2|ITG2F",
      "093|PN|Pordenone|ITH4|ITH41",
      "094|IS|Isernia|ITF2|ITF21",
      "095,115|OR|Oristano|ITG2|ITG2G",
      "096|BI|Biella|ITC1|ITC13",
      "097|LC|Lecco|ITC4|ITC43",
      "098|LO|Lodi|ITC4|ITC49",
      "099|RN|Rimini|ITH5|ITH59",
      "100|PO|Prato|ITI1|ITI15",
      "101|KR|Crotone|ITF6|ITF62",
      "102|VV|Vibo Valentia|ITF6|ITF64",
      "103|VB|Verbano-Cusio-Ossola|ITC1|ITC14",
      "108|MB|Monza-Brianza|ITC4|ITC4D",
      "109|FM|Fermo|ITI3|ITI35",
      "110|BT|Barletta-Andria-Trani|ITF4|ITF48",
      "111,106,107,117,119|SU|Sud Sardegna|ITG2|ITG2H"
  };

  private static final ItalianProvinces INSTANCE = new ItalianProvinces();

  private final Map<String, Province> byCode = new HashMap<>();
  private final Map<String, Province> bySigla = new HashMap<>();
  private final Map<String, Province> byNuts3 = new HashMap<>();

  private ItalianProvinces() {
    for (String row : PROVINCES) {
      String[] cells = row.split("\\|");
      String[] codes = cells[0].split(",");
      Province province = new Province(codes[0], cells[1], cells[2], cells[3], cells[4]);
      for (String code : codes) {
        byCode.put(code, province);
      }
      bySigla.put(province.sigla(), province);
      byNuts3.put(province.nuts3(), province);
    }
  }

  /**
   * The provinces.
   *
   * @return the table
   */
  public static ItalianProvinces get() {
    return INSTANCE;
  }

  /**
   * The province of a comune's ISTAT code: the province whose code its first three digits are.
   *
   * @param istat the ISTAT code of a comune, six digits
   * @return the province, or empty for a code not of six digits or of no province known
   */
  public Optional<Province> ofComune(String istat) {
    String code = istat.trim();
    if (code.length() != 6) {
      return Optional.empty();
    }
    return Optional.ofNullable(byCode.get(code.substring(0, 3)));
  }

  /**
   * The province of a sigla, such as TO.
   *
   * @param sigla the sigla, in capitals
   * @return the province, or empty for a sigla of no province
   */
  public Optional<Province> ofSigla(String sigla) {
    return Optional.ofNullable(bySigla.get(sigla));
  }

  /**
   * The province of a NUTS 3 code of the 2021 classification (ITC11 is Torino).
   *
   * @param nuts the code, in any case
   * @return the province, or empty for a code of another level, of an earlier classification that
   *     the 2021 one changed, or of no province
   */
  public Optional<Province> ofNuts3(String nuts) {
    String code = nuts.trim().toUpperCase(Locale.ROOT);
    return code.length() == 5 ? Optional.ofNullable(byNuts3.get(code)) : Optional.empty();
  }
}
