package dev.progetto.validation.internal.calls;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The NUTS 2 region (2021 classification) of each Italian province, by the ISTAT code of the
 * province: the first three digits of the ISTAT code of each of its comuni ({@code 015146} Milano
 * is in province {@code 015}, Lombardia, {@code ITC4}). From ISTAT's "Elenco dei comuni italiani"
 * (Istituto Nazionale di Statistica, https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/,
 * Creative Commons Attribution 4.0), the provinces in force, and the Sardinian provinces 104 to
 * 107 of 2005-2016, whose codes older records may carry. A code of no province listed is not
 * placed, and no finding rests on it.
 */
final class Provinces {

  /** Each region followed by the codes of its provinces. */
  private static final String[] REGIONS = {
      "ITC1", "001 002 003 004 005 006 096 103",
      "ITC2", "007",
      "ITC3", "008 009 010 011",
      "ITC4", "012 013 014 015 016 017 018 019 020 097 098 108",
      "ITF1", "066 067 068 069",
      "ITF2", "070 094",
      "ITF3", "061 062 063 064 065",
      "ITF4", "071 072 073 074 075 110",
      "ITF5", "076 077",
      "ITF6", "078 079 080 101 102",
      "ITG1", "081 082 083 084 085 086 087 088 089",
      "ITG2", "090 091 092 095 104 105 106 107 111",
      "ITH1", "021",
      "ITH2", "022",
      "ITH3", "023 024 025 026 027 028 029",
      "ITH4", "030 031 032 093",
      "ITH5", "033 034 035 036 037 038 039 040 099",
      "ITI1", "045 046 047 048 049 050 051 052 053 100",
      "ITI2", "054 055",
      "ITI3", "041 042 043 044 109",
      "ITI4", "056 057 058 059 060"
  };

  private static final Map<String, String> REGION_OF_PROVINCE = regions();

  private Provinces() {}

  private static Map<String, String> regions() {
    Map<String, String> regions = new HashMap<>();
    for (int i = 0; i < REGIONS.length; i += 2) {
      for (String province : REGIONS[i + 1].split(" ")) {
        regions.put(province, REGIONS[i]);
      }
    }
    return Map.copyOf(regions);
  }

  /**
   * Returns the NUTS 2 region of the comune with an ISTAT code, such as {@code ITC1} for
   * {@code 001272} (Torino).
   *
   * @param istat the ISTAT code of a comune, six digits
   * @return the region, or empty for a code that is not six digits or of no province listed
   */
  static Optional<String> region(String istat) {
    if (!dev.progetto.validation.internal.identifiers.IdentifierChecks.isIstatComune(istat)) {
      return Optional.empty();
    }
    return Optional.ofNullable(REGION_OF_PROVINCE.get(istat.substring(0, 3)));
  }
}
