package dev.progetto.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link PortfolioReport} as Markdown, CSV or one self-contained HTML page. Headings
 * and labels are in the report's language (Italian or English); all numbers are exact decimals.
 */
public final class ReportRenderer {

  private static final Map<String, String[]> LABELS = labels();

  private ReportRenderer() {}

  private static Map<String, String[]> labels() {
    Map<String, String[]> labels = new LinkedHashMap<>();
    labels.put("title", new String[] {"Portfolio report", "Rapporto sul portafoglio"});
    labels.put("PROJECTS", new String[] {"Projects", "Progetti"});
    labels.put("BUDGETS", new String[] {"Budget by call and funder", "Budget per bando e finanziatore"});
    labels.put("ORGANISATIONS", new String[] {"Organisations", "Organizzazioni"});
    labels.put("COLLABORATIONS", new String[] {"Organisations that worked together", "Organizzazioni che hanno collaborato"});
    labels.put("TERRITORIES", new String[] {"Territories", "Territori"});
    labels.put("INDICATORS", new String[] {"Indicators: target and latest measurement", "Indicatori: obiettivo e ultima misura"});
    labels.put("byCall", new String[] {"Projects by call", "Progetti per bando"});
    labels.put("byYear", new String[] {"Projects by start year", "Progetti per anno di inizio"});
    labels.put("byStatus", new String[] {"Projects by status", "Progetti per stato"});
    labels.put("totals", new String[] {"Indicators across projects", "Indicatori tra i progetti"});
    labels.put("reached", new String[] {"Indicators: percent of target reached", "Indicatori: percentuale dell'obiettivo raggiunta"});
    labels.put("key", new String[] {"key", "chiave"});
    labels.put("count", new String[] {"projects", "progetti"});
    labels.put("id", new String[] {"id", "id"});
    labels.put("titleColumn", new String[] {"title", "titolo"});
    labels.put("call", new String[] {"call", "bando"});
    labels.put("status", new String[] {"status", "stato"});
    labels.put("year", new String[] {"start year", "anno di inizio"});
    labels.put("lead", new String[] {"lead", "capofila"});
    labels.put("group", new String[] {"by", "per"});
    labels.put("currency", new String[] {"currency", "valuta"});
    labels.put("total", new String[] {"total", "totale"});
    labels.put("grant", new String[] {"grant", "contributo"});
    labels.put("projects", new String[] {"projects", "progetti"});
    labels.put("name", new String[] {"name", "nome"});
    labels.put("country", new String[] {"country", "paese"});
    labels.put("roles", new String[] {"projects and roles", "progetti e ruoli"});
    labels.put("first", new String[] {"organisation", "organizzazione"});
    labels.put("second", new String[] {"with", "con"});
    labels.put("kind", new String[] {"kind", "tipo"});
    labels.put("project", new String[] {"project", "progetto"});
    labels.put("indicator", new String[] {"indicator", "indicatore"});
    labels.put("code", new String[] {"code", "codice"});
    labels.put("unit", new String[] {"unit", "unità"});
    labels.put("target", new String[] {"target", "obiettivo"});
    labels.put("measured", new String[] {"latest measurement", "ultima misura"});
    labels.put("percent", new String[] {"% reached", "% raggiunta"});
    labels.put("isReached", new String[] {"reached", "raggiunto"});
    labels.put("breakdown", new String[] {"breakdown", "ripartizione"});
    labels.put("yes", new String[] {"yes", "sì"});
    labels.put("noData", new String[] {"Nothing to show: no project has this data.", "Niente da mostrare: nessun progetto ha questi dati."});
    labels.put("no", new String[] {"no", "no"});
    return labels;
  }

  private static String label(String key, Locale locale) {
    return LABELS.get(key)[locale.getLanguage().equals("it") ? 1 : 0];
  }

  /** A table: headings and rows of text. */
  private record Table(String title, List<String> headings, List<List<String>> rows) {}

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String plain(BigDecimal number) {
    return number.toPlainString();
  }

  private static Table table(PortfolioReport report, ReportTable table) {
    Locale l = report.getLocale();
    List<List<String>> rows = new ArrayList<>();
    switch (table) {
      case PROJECTS:
        report.getProjects().forEach(p -> rows.add(List.of(p.id(), p.title(), text(p.call()), text(p.status()),
            text(p.startYear()), text(p.lead()))));
        return new Table(label("PROJECTS", l), labels(l, "id", "titleColumn", "call", "status", "year", "lead"), rows);
      case BUDGETS:
        report.getBudgets().forEach(b -> rows.add(List.of(b.group(), b.key(), b.currency(), plain(b.total()), plain(b.grant()),
            String.join(" ", b.projects()))));
        return new Table(label("BUDGETS", l), labels(l, "group", "key", "currency", "total", "grant", "projects"), rows);
      case ORGANISATIONS:
        report.getOrganisations().forEach(o -> {
          List<String> roles = new ArrayList<>();
          o.roles().forEach((project, role) -> roles.add(project + " (" + role + ")"));
          rows.add(List.of(o.id(), o.name(), text(o.country()), String.join(", ", roles)));
        });
        return new Table(label("ORGANISATIONS", l), labels(l, "id", "name", "country", "roles"), rows);
      case COLLABORATIONS:
        report.getCollaborations().forEach(c -> rows.add(List.of(c.first(), c.second(), String.join(" ", c.projects()))));
        return new Table(label("COLLABORATIONS", l), labels(l, "first", "second", "projects"), rows);
      case TERRITORIES:
        report.getTerritories().forEach(t -> rows.add(List.of(t.kind(), t.key(), t.name(), String.join(" ", t.projects()))));
        return new Table(label("TERRITORIES", l), labels(l, "kind", "key", "name", "projects"), rows);
      default:
        report.getIndicators().forEach(i -> rows.add(List.of(i.project(), i.id(), text(i.code()), i.name(), text(i.unit()),
            text(i.target()), text(i.measured()), i.percent().map(BigDecimal::toPlainString).orElse(""),
            i.reached().map(r -> label(r ? "yes" : "no", l)).orElse(""), i.disaggregation())));
        return new Table(label("INDICATORS", l), labels(l, "project", "indicator", "code", "name", "unit", "target", "measured",
            "percent", "isReached", "breakdown"), rows);
    }
  }

  private static List<String> labels(Locale locale, String... keys) {
    List<String> headings = new ArrayList<>();
    for (String key : keys) {
      headings.add(label(key, locale));
    }
    return headings;
  }

  private static List<Table> summaryTables(PortfolioReport report) {
    Locale l = report.getLocale();
    List<Table> tables = new ArrayList<>();
    for (String[] summary : new String[][] {{"byCall", "call"}, {"byYear", "year"}, {"byStatus", "status"}}) {
      List<PortfolioReport.CountRow> counts = summary[0].equals("byCall") ? report.getProjectsByCall()
          : summary[0].equals("byYear") ? report.getProjectsByYear() : report.getProjectsByStatus();
      List<List<String>> rows = new ArrayList<>();
      counts.forEach(c -> rows.add(List.of(c.key(), Integer.toString(c.projects()))));
      tables.add(new Table(label(summary[0], l), labels(l, summary[1], "count"), rows));
    }
    if (!report.getIndicatorTotals().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      report.getIndicatorTotals().forEach(t -> rows.add(List.of(t.code(), t.unit(), plain(t.target()), plain(t.measured()),
          String.join(" ", t.projects()))));
      tables.add(new Table(label("totals", l), labels(l, "code", "unit", "target", "measured", "projects"), rows));
    }
    return tables;
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @param format the format; CSV renders every table with a leading {@code table} column
   * @param out where to write
   */
  public static void render(PortfolioReport report, ReportFormat format, Appendable out) {
    StringBuilder text = new StringBuilder();
    switch (format) {
      case MARKDOWN:
        markdown(report, text);
        break;
      case CSV:
        csvAll(report, text);
        break;
      default:
        html(report, text);
    }
    write(text, out);
  }

  /**
   * Renders one table as CSV (RFC 4180), with a heading row.
   *
   * @param report the report
   * @param table the table
   * @param out where to write
   */
  public static void renderCsv(PortfolioReport report, ReportTable table, Appendable out) {
    StringBuilder text = new StringBuilder();
    Table rendered = table(report, table);
    csvRow(rendered.headings(), text);
    rendered.rows().forEach(row -> csvRow(row, text));
    write(text, out);
  }

  private static void write(CharSequence text, Appendable out) {
    try {
      out.append(text);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static void markdown(PortfolioReport report, StringBuilder out) {
    out.append("# ").append(label("title", report.getLocale())).append("\n");
    List<Table> tables = new ArrayList<>(summaryTables(report));
    for (ReportTable table : ReportTable.values()) {
      tables.add(table(report, table));
    }
    for (Table table : tables) {
      out.append("\n## ").append(table.title()).append("\n\n");
      out.append("| ").append(String.join(" | ", escapeMarkdown(table.headings()))).append(" |\n|");
      table.headings().forEach(h -> out.append("---|"));
      out.append('\n');
      for (List<String> row : table.rows()) {
        out.append("| ").append(String.join(" | ", escapeMarkdown(row))).append(" |\n");
      }
    }
  }

  private static List<String> escapeMarkdown(List<String> cells) {
    List<String> escaped = new ArrayList<>();
    cells.forEach(c -> escaped.add(escapeMarkdown(c)));
    return escaped;
  }

  /**
   * A value of a document as the text of a Markdown table cell, shown as it is and nothing more:
   * HTML is written as entities ({@code <script>} stays text), the punctuation of Markdown (emphasis,
   * links, images, code, cells) is escaped with a backslash, line breaks become spaces and other
   * control characters their code, so that nothing in a document becomes markup, a link or an
   * escape sequence of the terminal that shows the report.
   */
  static String escapeMarkdown(String cell) {
    StringBuilder out = new StringBuilder(cell.length() + 8);
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '\\': case '|': case '`': case '*': case '_': case '[': case ']': case '~':
          out.append('\\').append(c);
          break;
        case '\r':
          if (i + 1 < cell.length() && cell.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(' ');
          break;
        case '\n': case '\u0085': case '\u2028': case '\u2029':
          out.append(' ');
          break;
        default:
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            out.append(String.format("&#x%X;", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  private static void csvAll(PortfolioReport report, StringBuilder out) {
    List<String> heading = new ArrayList<>();
    heading.add("table");
    for (int i = 0; i < 10; i++) {
      heading.add("c" + (i + 1));
    }
    csvRow(heading, out);
    for (ReportTable table : ReportTable.values()) {
      Table rendered = table(report, table);
      List<String> headings = new ArrayList<>();
      headings.add(table.name().toLowerCase(Locale.ROOT) + ":heading");
      headings.addAll(rendered.headings());
      csvRow(headings, out);
      for (List<String> row : rendered.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(table.name().toLowerCase(Locale.ROOT));
        cells.addAll(row);
        csvRow(cells, out);
      }
    }
  }

  private static void csvRow(List<String> cells, StringBuilder out) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  private static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static void html(PortfolioReport report, StringBuilder out) {
    Locale l = report.getLocale();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(l.getLanguage().equals("it") ? "it" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(label("title", l))).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}")
        .append("th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f3f3f3}")
        .append(".bar{fill:#3b6ea8}.bar.reached{fill:#3a8a4f}svg text{font-size:12px;fill:#222}\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(html(label("title", l))).append("</h1>\n");
    List<String[]> perYear = new ArrayList<>();
    report.getProjectsByYear().forEach(c -> perYear.add(new String[] {c.key(), Integer.toString(c.projects()), ""}));
    chart(out, "chart-projects-per-year", label("byYear", l), perYear, false, l);
    List<String[]> reached = new ArrayList<>();
    report.getIndicators().forEach(i -> i.percent().ifPresent(p -> reached.add(new String[] {
        i.project() + " / " + i.name(), p.toPlainString(), i.reached().orElse(false) ? "reached" : ""})));
    chart(out, "chart-indicators-reached", label("reached", l), reached, true, l);
    List<Table> tables = new ArrayList<>(summaryTables(report));
    for (ReportTable table : ReportTable.values()) {
      tables.add(table(report, table));
    }
    for (Table table : tables) {
      out.append("<h2>").append(html(table.title())).append("</h2>\n<table>\n<tr>");
      table.headings().forEach(h -> out.append("<th>").append(html(h)).append("</th>"));
      out.append("</tr>\n");
      for (List<String> row : table.rows()) {
        out.append("<tr>");
        row.forEach(cell -> out.append("<td>").append(html(cell)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</body>\n</html>\n");
  }

  /** A horizontal bar chart as inline SVG; percentages are drawn capped at 100 but labelled with their value. */
  private static void chart(StringBuilder out, String id, String title, List<String[]> bars, boolean percent, Locale locale) {
    out.append("<h2>").append(html(title)).append("</h2>\n");
    if (bars.isEmpty()) {
      out.append("<p id=\"").append(id).append("\" class=\"empty\">").append(html(label("noData", locale))).append("</p>\n");
      return;
    }
    int height = 24 * bars.size() + 10;
    BigDecimal max = BigDecimal.ONE;
    for (String[] bar : bars) {
      max = max.max(new BigDecimal(bar[1]));
    }
    if (percent) {
      max = BigDecimal.valueOf(100);
    }
    out.append("<svg id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(html(title))
        .append("\" width=\"720\" height=\"").append(height).append("\" viewBox=\"0 0 720 ").append(height).append("\">\n");
    for (int i = 0; i < bars.size(); i++) {
      String[] bar = bars.get(i);
      BigDecimal value = new BigDecimal(bar[1]);
      BigDecimal shown = value.min(max);
      int width = shown.multiply(BigDecimal.valueOf(400)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      int y = 5 + 24 * i;
      out.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(html(shorten(bar[0]))).append("</text>");
      out.append("<rect class=\"bar").append(bar[2].isEmpty() ? "" : " " + bar[2]).append("\" data-label=\"")
          .append(html(bar[0])).append("\" data-value=\"").append(bar[1]).append("\" x=\"260\" y=\"").append(y)
          .append("\" width=\"").append(Math.max(width, 1)).append("\" height=\"18\"></rect>");
      out.append("<text x=\"").append(266 + width).append("\" y=\"").append(y + 14).append("\">").append(bar[1])
          .append(percent ? "%" : "").append("</text>\n");
    }
    out.append("</svg>\n");
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
