package dev.progetto.tabular;

import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Document;
import dev.progetto.io.IssueSeverity;
import dev.progetto.tabular.CellSyntax.BadCell;
import dev.progetto.tabular.CellSyntax.Cell;
import dev.progetto.tabular.Json.Num;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Public exports read into portfolios through a column mapping (docs/tabular.md, "Public exports"):
 * the projects export of the Erasmus+ Project Results Platform and OpenCoesione's projects CSV.
 * Each row is a project; its organisations are declared once in the portfolio. A value is located
 * at the cell it came from.
 */
final class PublicExports {

  /** The export a file is. */
  enum Kind {
    ERASMUS_PLUS,
    OPENCOESIONE
  }

  private static final String GRANT_PREFIX = "EU Grant award in euros";

  private final Map<String, Object> portfolio = new LinkedHashMap<>();
  private final List<Object> organisations = new ArrayList<>();
  private final List<Object> projects = new ArrayList<>();
  private final Map<String, String> organisationIds = new HashMap<>();
  final Map<String, SourceLocation> cells = new HashMap<>();
  final List<ReadIssue> issues = new ArrayList<>();
  private static final Map<String, String> COUNTRIES = countries();

  /** The kind of export a sheet's header row is, if any. */
  static Optional<Kind> recognise(Grid grid) {
    List<String> headers = headers(grid);
    if (headers.contains("Project Identifier") && headers.contains("Coordinating organisation name")) {
      return Optional.of(Kind.ERASMUS_PLUS);
    }
    if (headers.contains("COD_LOCALE_PROGETTO") && headers.contains("OC_TITOLO_PROGETTO")) {
      return Optional.of(Kind.OPENCOESIONE);
    }
    return Optional.empty();
  }

  private static List<String> headers(Grid grid) {
    List<String> headers = new ArrayList<>();
    if (!grid.rows().isEmpty() && grid.rows().get(0) != null) {
      for (Cell cell : grid.rows().get(0)) {
        headers.add(cell == null || cell.asText() == null ? "" : cell.asText().strip());
      }
    }
    return headers;
  }

  /** Reads the rows of an export into the tree of a portfolio. */
  Map<String, Object> read(Grid grid, Kind kind) {
    portfolio.put("format", new Num("1"));
    portfolio.put("kind", "portfolio");
    portfolio.put("id", kind == Kind.ERASMUS_PLUS ? "erasmus-plus-project-results" : "opencoesione");
    portfolio.put("title", kind == Kind.ERASMUS_PLUS ? Map.of("en", "Erasmus+ Project Results Platform export")
        : "Progetti OpenCoesione");
    portfolio.put("completeness", "partial");
    portfolio.put("organisations", organisations);
    portfolio.put("projects", projects);
    List<String> headers = headers(grid);
    for (int r = 1; r < grid.rows().size(); r++) {
      List<Cell> line = grid.rows().get(r);
      if (line == null) {
        continue;
      }
      Map<String, Row> row = new LinkedHashMap<>();
      for (int c = 0; c < line.size() && c < headers.size(); c++) {
        Cell cell = line.get(c);
        String text = cell == null ? null : cell.asText();
        if (text != null && !text.isBlank()) {
          row.put(headers.get(c), new Row(text.strip(), SourceLocation.cell(grid.location(), r + 1, c + 1, headers.get(c))));
        }
      }
      if (row.isEmpty()) {
        continue;
      }
      String pointer = "/projects/" + projects.size();
      cells.put(pointer, SourceLocation.cell(grid.location(), r + 1, 1, ""));
      projects.add(kind == Kind.ERASMUS_PLUS ? erasmus(row, pointer) : opencoesione(row, pointer));
    }
    return portfolio;
  }

  /** A value of a row and its cell. */
  private record Row(String text, SourceLocation cell) {}

  private Map<String, Object> erasmus(Map<String, Row> row, String pointer) {
    Map<String, Object> project = new LinkedHashMap<>();
    Row number = row.get("Project Identifier");
    put(project, pointer, "id", number == null ? null : slug(number.text()), number);
    put(project, pointer, "title", text("en", row.get("Project Title")), row.get("Project Title"));
    put(project, pointer, "summary", text("en", row.get("Project Summary")), row.get("Project Summary"));
    Row status = row.get("Project Status");
    if (status != null) {
      String lower = status.text().toLowerCase(Locale.ROOT);
      // the platform has said Ongoing and Completed, and earlier ongoing and finalized
      put(project, pointer, "status", lower.startsWith("ongoing") ? "active"
          : lower.startsWith("completed") || lower.startsWith("closed") || lower.startsWith("finali") ? "closed" : null,
          status);
    }
    put(project, pointer, "completeness", "partial", null);
    if (number != null) {
      put(project, pointer, "identifiers", Map.of("erasmus-project-number", number.text()), number);
    }
    Map<String, Object> period = new LinkedHashMap<>();
    date(period, "start", row.get("Start date"), pointer + "/period/start");
    date(period, "end", row.get("End date"), pointer + "/period/end");
    if (!period.isEmpty()) {
      project.put("period", period);
    }
    List<Object> participants = new ArrayList<>();
    participant(participants, pointer, "lead", row.get("Coordinating organisation name"), row.get("Coordinator's country"),
        row.get("Coordinator's website"));
    for (int i = 1; row.containsKey("Partner " + i + " name"); i++) {
      participant(participants, pointer, "partner", row.get("Partner " + i + " name"), row.get("Partner " + i + " country"),
          row.get("Partner " + i + " website"));
    }
    if (!participants.isEmpty()) {
      project.put("participants", participants);
    }
    Row countries = row.get("Participating countries");
    if (countries != null) {
      List<Object> codes = new ArrayList<>();
      for (String name : countries.text().split("[,;|]")) {
        String code = country(name.strip());
        if (code != null && !codes.contains(code)) {
          codes.add(code);
        }
      }
      put(project, pointer, "territory", Map.of("countries", codes), countries);
    }
    for (Map.Entry<String, Row> entry : row.entrySet()) {
      if (entry.getKey().startsWith(GRANT_PREFIX)) {
        Object amount = amount(entry.getValue(), pointer + "/budget/funding/0/amount");
        if (amount != null) {
          Map<String, Object> funding = new LinkedHashMap<>();
          funding.put("source", "Erasmus+");
          funding.put("kind", "grant");
          funding.put("amount", amount);
          project.put("budget", Map.of("funding", List.of(funding)));
          cells.put(pointer + "/budget", entry.getValue().cell());
        }
      }
    }
    List<Object> links = new ArrayList<>();
    link(links, pointer, row.get("Project Website"), "website");
    link(links, pointer, row.get("Results Platform Project Card"), "detail");
    if (!links.isEmpty()) {
      project.put("links", links);
    }
    Map<String, Object> action = new LinkedHashMap<>();
    for (String heading : List.of("Programme", "Key Action", "Action Type", "Call year", "Funding Year", "Topics")) {
      Row value = row.get(heading);
      if (value != null) {
        action.put(heading, value.text());
      }
    }
    if (!action.isEmpty()) {
      project.put("extensions", Map.of("x-erasmus-plus-results", action));
    }
    return project;
  }

  private Map<String, Object> opencoesione(Map<String, Row> row, String pointer) {
    Map<String, Object> project = new LinkedHashMap<>();
    Row cup = row.get("CUP");
    Row local = row.get("COD_LOCALE_PROGETTO");
    Row key = cup != null ? cup : local;
    put(project, pointer, "id", key == null ? null : slug(key.text()), key);
    put(project, pointer, "title", row.get("OC_TITOLO_PROGETTO") == null ? null : row.get("OC_TITOLO_PROGETTO").text(),
        row.get("OC_TITOLO_PROGETTO"));
    put(project, pointer, "summary", row.get("OC_SINTESI_PROGETTO") == null ? null : row.get("OC_SINTESI_PROGETTO").text(),
        row.get("OC_SINTESI_PROGETTO"));
    put(project, pointer, "completeness", "partial", null);
    if (cup != null) {
      put(project, pointer, "identifiers", Map.of("cup", cup.text()), cup);
    }
    Map<String, Object> period = new LinkedHashMap<>();
    date(period, "start", row.get("OC_DATA_INIZIO_PROGETTO"), pointer + "/period/start");
    Row end = row.get("OC_DATA_FINE_PROGETTO_EFFETTIVA") != null ? row.get("OC_DATA_FINE_PROGETTO_EFFETTIVA")
        : row.get("OC_DATA_FINE_PROGETTO_PREVISTA");
    date(period, "end", end, pointer + "/period/end");
    if (!period.isEmpty()) {
      project.put("period", period);
    }
    Map<String, Object> budget = new LinkedHashMap<>();
    Row total = row.get("OC_FINANZ_TOT_PUB_NETTO") != null ? row.get("OC_FINANZ_TOT_PUB_NETTO")
        : row.get("FINANZ_TOTALE_PUBBLICO");
    if (total != null) {
      Object amount = decimalComma(total, pointer + "/budget/total");
      if (amount != null) {
        budget.put("total", amount);
      }
    }
    Row eu = row.get("FINANZ_UE");
    if (eu != null) {
      Object amount = decimalComma(eu, pointer + "/budget/funding/0/amount");
      if (amount != null) {
        Map<String, Object> funding = new LinkedHashMap<>();
        funding.put("source", "UE");
        funding.put("kind", "grant");
        funding.put("amount", amount);
        budget.put("funding", List.of(funding));
      }
    }
    if (!budget.isEmpty()) {
      project.put("budget", budget);
    }
    Map<String, Object> territory = new LinkedHashMap<>();
    territory.put("countries", List.of("IT"));
    Row municipality = row.get("DEN_COMUNE");
    if (municipality != null) {
      List<Object> municipalities = new ArrayList<>();
      String[] names = municipality.text().split(":::");
      String[] codes = row.get("COD_COMUNE") == null ? new String[0] : row.get("COD_COMUNE").text().split(":::");
      for (int i = 0; i < names.length; i++) {
        Map<String, Object> place = new LinkedHashMap<>();
        if (i < codes.length && codes[i].strip().matches("\\d{6,9}")) {
          String code = codes[i].strip();
          place.put("istat", code.substring(code.length() - 6));
        }
        place.put("name", names[i].strip());
        municipalities.add(place);
      }
      territory.put("municipalities", municipalities);
      cells.put(pointer + "/territory/municipalities", municipality.cell());
    }
    Row region = row.get("DEN_REGIONE");
    if (region != null) {
      territory.put("description", region.text().replace(":::", ", "));
      cells.put(pointer + "/territory/description", region.cell());
    }
    project.put("territory", territory);
    Row names = row.get("OC_DENOM_BENEFICIARIO");
    if (names != null) {
      String[] each = names.text().split(":::");
      String[] codes = row.get("OC_CODFISC_BENEFICIARIO") == null ? new String[0]
          : row.get("OC_CODFISC_BENEFICIARIO").text().split(":::");
      List<Object> participants = new ArrayList<>();
      for (int i = 0; i < each.length; i++) {
        String id = organisation(each[i].strip(), null, null, i < codes.length ? codes[i].strip() : null, names.cell());
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("organisation", id);
        participant.put("role", each.length == 1 ? "lead" : "partner");
        cells.put(pointer + "/participants/" + participants.size(), names.cell());
        participants.add(participant);
      }
      project.put("participants", participants);
    }
    List<Object> links = new ArrayList<>();
    link(links, pointer, row.get("OC_LINK"), "detail");
    if (!links.isEmpty()) {
      project.put("links", links);
    }
    Row programme = row.get("OC_DESCRIZIONE_PROGRAMMA");
    if (programme != null) {
      project.put("extensions", Map.of("x-opencoesione", Map.of("programma", programme.text())));
    }
    return project;
  }

  private void participant(List<Object> participants, String pointer, String role, Row name, Row country, Row website) {
    if (name == null) {
      return;
    }
    String id = organisation(name.text(), country == null ? null : country(country.text()),
        website == null ? null : website.text(), null, name.cell());
    Map<String, Object> participant = new LinkedHashMap<>();
    participant.put("organisation", id);
    participant.put("role", role);
    cells.put(pointer + "/participants/" + participants.size(), name.cell());
    participants.add(participant);
  }

  /** The id of an organisation, declared in the portfolio the first time it is named. */
  private String organisation(String name, String country, String website, String fiscalCode, SourceLocation cell) {
    String key = fiscalCode != null && !fiscalCode.isEmpty() ? fiscalCode : name.toLowerCase(Locale.ROOT);
    String known = organisationIds.get(key);
    if (known != null) {
      return known;
    }
    String id = slug(name);
    for (int n = 2; organisationIds.containsValue(id); n++) {
      id = slug(name) + "-" + n;
    }
    organisationIds.put(key, id);
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put("id", id);
    organisation.put("name", name);
    if (country != null) {
      organisation.put("country", country);
    }
    if (fiscalCode != null && !fiscalCode.isEmpty()) {
      organisation.put("identifiers", Map.of(fiscalCode.matches("\\d{11}") ? "partita-iva" : "codice-fiscale", fiscalCode));
    }
    if (website != null && website.matches("(?i)(https?://)?[^\\s/@]+\\.[^\\s@]+")) {
      // the export gives most websites without their scheme (www.example.org)
      organisation.put("website", website.matches("(?i)https?://.*") ? website : "https://" + website);
    }
    cells.put("/organisations/" + organisations.size(), cell);
    organisations.add(organisation);
    return id;
  }

  private void link(List<Object> links, String pointer, Row url, String type) {
    if (url == null) {
      return;
    }
    String address = url.text().matches("(?i)https?://.*") ? url.text() : "https://" + url.text();
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("url", address);
    link.put("type", type);
    cells.put(pointer + "/links/" + links.size(), url.cell());
    links.add(link);
  }

  private void put(Map<String, Object> project, String pointer, String field, Object value, Row from) {
    if (value == null) {
      return;
    }
    project.put(field, value);
    if (from != null) {
      cells.put(pointer + "/" + field, from.cell());
    }
  }

  private static Object text(String language, Row row) {
    return row == null ? null : Map.of(language, row.text());
  }

  /** A date as the exports write it: YYYYMMDD (OpenCoesione), or as a cell of a workbook is read. */
  private void date(Map<String, Object> period, String part, Row row, String pointer) {
    if (row == null) {
      return;
    }
    String text = row.text();
    if (text.matches("\\d{8}")) {
      text = text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6);
    }
    try {
      Object value = CellSyntax.fromText(text, Layout.Syntax.PARTIAL_DATE);
      period.put(part, value);
      cells.put(pointer, row.cell());
    } catch (BadCell bad) {
      issues.add(ReadIssue.of("format.invalid-value", IssueSeverity.ERROR, pointer, Optional.of(row.cell()), bad.key,
          bad.arguments(row.text())));
    }
  }

  /**
   * An amount of OpenCoesione, whose export writes decimal commas and no thousands separator: its
   * comma is a decimal one even before three digits ({@code 123,456}), which a cell typed by a
   * person would leave in doubt.
   */
  private Object decimalComma(Row row, String pointer) {
    String text = row.text() == null ? "" : row.text().strip();
    if (text.matches("-?\\d+,\\d+")) {
      cells.put(pointer, row.cell());
      return new Num(text.replace(',', '.'));
    }
    return amount(row, pointer);
  }

  private Object amount(Row row, String pointer) {
    try {
      Object amount = CellSyntax.fromText(row.text(), Layout.Syntax.MONEY);
      cells.put(pointer, row.cell());
      return amount;
    } catch (BadCell bad) {
      issues.add(ReadIssue.of("format.invalid-value", IssueSeverity.ERROR, pointer, Optional.of(row.cell()), bad.key,
          bad.arguments(row.text())));
      return null;
    }
  }

  /** An id of the format from a name or a number: lower case letters, digits and hyphens. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "x" : plain;
  }

  /** The ISO code of a country named in English, or a code given as such. */
  static String country(String name) {
    if (name.matches("[A-Z]{2}")) {
      // the European Union's codes where they differ from ISO 3166: Greece and the United Kingdom
      return name.equals("EL") ? "GR" : name.equals("UK") ? "GB" : name;
    }
    return COUNTRIES.get(name.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> countries() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    byName.put("türkiye", "TR");
    byName.put("turkey", "TR");
    byName.put("czech republic", "CZ");
    byName.put("czechia", "CZ");
    byName.put("north macedonia", "MK");
    byName.put("republic of north macedonia", "MK");
    byName.put("netherlands (the)", "NL");
    return byName;
  }
}
