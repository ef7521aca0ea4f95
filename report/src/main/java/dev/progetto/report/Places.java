package dev.progetto.report;

import dev.progetto.model.internal.ItalianProvinces.Province;
import dev.progetto.model.internal.ItalianProvinces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Italian regions (NUTS 2), provinces and comuni the report places projects with: the provinces
 * are the table the rules of calls place comuni with ({@link ItalianProvinces}), the comuni are read
 * once from {@code geo/comuni.tsv} (ISTAT's list of comuni, CC BY 4.0; see its ATTRIBUTION.md).
 */
final class Places {

  /** The regions by NUTS 2 code (2021 classification), in the order of the codes, with their Italian names. */
  static final Map<String, String> REGIONS = regions();

  private static final Places INSTANCE = new Places();

  private final ItalianProvinces provinces = ItalianProvinces.get();
  private final Map<String, String> comuneProvince = new HashMap<>();
  /** Normalised name to sigla; an empty sigla marks a name that two provinces have. */
  private final Map<String, String> nameProvince = new HashMap<>();
  /** Normalised names, sorted, for the comuni a name begins ("Baldichieri" of "Baldichieri d'Asti"). */
  private final java.util.TreeMap<String, java.util.Set<String>> names = new java.util.TreeMap<>();

  private Places() {
    read("geo/comuni.tsv", cells -> {
      comuneProvince.put(cells[0], cells[2]);
      nameProvince.merge(normalise(cells[1]), cells[2], (a, b) -> a.equals(b) ? a : "");
      names.computeIfAbsent(normalise(cells[1]), k -> new java.util.TreeSet<>()).add(cells[2]);
    });
  }

  static Places get() {
    return INSTANCE;
  }

  private interface Row {
    void accept(String[] cells);
  }

  private static void read(String resource, Row row) {
    try (InputStream in = Places.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the report's resource " + resource + " is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          row.accept(line.split("\t"));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static Map<String, String> regions() {
    Map<String, String> regions = new LinkedHashMap<>();
    String[] pairs = {"ITC1", "Piemonte", "ITC2", "Valle d'Aosta", "ITC3", "Liguria", "ITC4", "Lombardia",
      "ITF1", "Abruzzo", "ITF2", "Molise", "ITF3", "Campania", "ITF4", "Puglia", "ITF5", "Basilicata", "ITF6", "Calabria",
      "ITG1", "Sicilia", "ITG2", "Sardegna", "ITH1", "Provincia autonoma di Bolzano", "ITH2", "Provincia autonoma di Trento",
      "ITH3", "Veneto", "ITH4", "Friuli-Venezia Giulia", "ITH5", "Emilia-Romagna", "ITI1", "Toscana", "ITI2", "Umbria",
      "ITI3", "Marche", "ITI4", "Lazio"};
    for (int i = 0; i < pairs.length; i += 2) {
      regions.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(regions);
  }

  /**
   * The NUTS 2 region of a NUTS code of level 2 or 3, of the 2021 classification or of an earlier
   * one (ITE1-ITE4 were the central regions, ITD1-ITD5 the north-eastern ones, until 2013).
   */
  static Optional<String> region(String nuts) {
    String code = nuts.trim().toUpperCase(Locale.ROOT);
    if (code.length() < 4 || !code.startsWith("IT")) {
      return Optional.empty();
    }
    String region = code.substring(0, 4);
    if (region.startsWith("ITE") && region.charAt(3) >= '1' && region.charAt(3) <= '4') {
      region = "ITI" + region.charAt(3);
    } else if (region.startsWith("ITD") && region.charAt(3) >= '1' && region.charAt(3) <= '5') {
      region = "ITH" + region.charAt(3);
    }
    return REGIONS.containsKey(region) ? Optional.of(region) : Optional.empty();
  }

  /**
   * The province of a NUTS 3 code of the 2021 classification (ITC11 is Torino); empty for a code of
   * another level, of an earlier classification that the 2021 one changed, or of no province.
   */
  Optional<Province> provinceOfNuts(String nuts) {
    return provinces.ofNuts3(nuts);
  }

  /** The province of a comune's ISTAT code: the first three of its six digits. */
  Optional<Province> provinceOfIstat(String istat) {
    Optional<Province> province = provinces.ofComune(istat);
    String code = istat.trim();
    if (province.isEmpty() && comuneProvince.containsKey(code)) {
      province = provinces.ofSigla(comuneProvince.get(code));
    }
    return province;
  }

  /** The province of a comune by its name, when one comune has it; empty for an unknown name or one that several comuni share. */
  Optional<Province> provinceOfName(String name) {
    String sigla = nameProvince.get(normalise(name));
    return sigla == null || sigla.isEmpty() ? Optional.empty() : provinces.ofSigla(sigla);
  }

  /**
   * The provinces of every comune a name may mean: those of that name, else those whose name
   * begins with it and a space (a name as people shorten it: "Rivalta" for Rivalta di Torino or
   * Rivalta Bormida).
   */
  java.util.List<Province> candidates(String name) {
    String key = normalise(name);
    java.util.Set<String> siglas = new java.util.TreeSet<>(names.getOrDefault(key, java.util.Set.of()));
    if (siglas.isEmpty() && !key.isEmpty()) {
      for (Map.Entry<String, java.util.Set<String>> entry : names.subMap(key + " ", key + " \uffff").entrySet()) {
        siglas.addAll(entry.getValue());
      }
    }
    java.util.List<Province> candidates = new java.util.ArrayList<>();
    siglas.forEach(sigla -> candidates.add(provinces.ofSigla(sigla).orElseThrow()));
    return candidates;
  }

  /** Lower case, no accents, apostrophes and hyphens as spaces, one space between words. */
  static String normalise(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[’'`\\-]", " ").replaceAll("\\s+", " ").trim();
  }
}
