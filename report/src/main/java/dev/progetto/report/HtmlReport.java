package dev.progetto.report;

import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Quantity;
import dev.progetto.model.Source;
import dev.progetto.report.PortfolioReport.CollaborationRow;
import dev.progetto.report.PortfolioReport.CountRow;
import dev.progetto.report.PortfolioReport.CurrencyTotal;
import dev.progetto.report.PortfolioReport.Fact;
import dev.progetto.report.PortfolioReport.IndicatorRow;
import dev.progetto.report.PortfolioReport.IndicatorTotalRow;
import dev.progetto.report.PortfolioReport.NetworkNode;
import dev.progetto.report.PortfolioReport.PlaceRow;
import dev.progetto.report.PortfolioReport.ProjectDetail;
import dev.progetto.report.PortfolioReport.ProjectRow;
import dev.progetto.report.PortfolioReport.YearStatusRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML page: headline figures, SVG charts drawn here (no script,
 * no font, no image, no address outside the page), maps of Italy by region and province, the partner network,
 * indicator progress and a section per project. Every chart has a text alternative and the table
 * of its data; colours come from the Okabe-Ito palette and ColorBrewer's Blues, both readable with
 * colour-blindness; print CSS lays it out on A4 with a page break before each section. Large
 * portfolios stay small: tables show their first rows with "and N more", the timeline, the
 * network and the indicator bars their largest or first entries.
 */
final class HtmlReport {

  /** Rows of a long table, project sections, and strips of the timeline. */
  static final int TABLE_ROWS = ReportRenderer.PAGE_ROWS;
  static final int PROJECT_SECTIONS = 200;
  static final int TIMELINE_STRIPS = 60;
  static final int NETWORK_NODES = 60;
  static final int PAIRS = 20;
  static final int INDICATOR_BARS = 60;
  static final int LINKS_PER_CELL = 10;

  private static final String[] OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};
  private static final Map<String, String> STATUS_COLOURS = Map.of("planned", "#56B4E9", "active", "#009E73",
      "closed", "#0072B2", "cancelled", "#D55E00", PortfolioReport.NONE, "#BBBBBB");
  /** ColorBrewer Blues, five classes: light to dark. */
  private static final String[] BLUES = {"#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
  private static final String NO_DATA_FILL = "#f2f2f2";
  private static final String PUBLIC_FILL = "#0072B2";
  private static final String PRIVATE_FILL = "#E69F00";
  private static final String UNKNOWN_FILL = "#999999";

  private static final String CSS = String.join("",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1000px;padding:1.5rem;color:#1a1a1a;line-height:1.45}",
      "h1{font-size:1.9rem;margin:.2rem 0}h2{font-size:1.4rem;margin-top:2.2rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}",
      "h3{font-size:1.1rem;margin:1.2rem 0 .4rem}.subtitle{color:#555;margin:0 0 1rem}",
      "nav ol{columns:2;padding-left:1.2rem}a{color:#0b5394}",
      "table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.2rem 0}",
      "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:.8rem}",
      ".figure{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;break-inside:avoid}",
      ".figure h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.03em;color:#444;margin:0}",
      ".figure .value{font-size:1.5rem;font-weight:700;margin:.2rem 0}.figure .value.long{font-size:1.05rem}.figure .detail{margin:0;font-size:.85rem}",
      ".figure .coverage{margin:.3rem 0 0;font-size:.8rem;color:#555}",
      "figure{margin:1rem 0}figcaption{font-size:.85rem;color:#444;margin-top:.3rem}",
      "svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#1a1a1a}svg .small{font-size:9px}",
      "svg a:hover rect,svg a:hover path,svg a:hover circle{stroke:#000;stroke-width:1.5}",
      ".maps{display:flex;flex-wrap:wrap;gap:1rem}.maps figure{flex:1 1 300px}",
      ".legend{display:flex;flex-wrap:wrap;gap:.8rem;font-size:.8rem;margin:.3rem 0}",
      ".swatch{display:inline-block;width:.9rem;height:.9rem;border:1px solid #888;vertical-align:middle;margin-right:.25rem}",
      "details{margin:.3rem 0}summary{cursor:pointer;color:#0b5394}.more{font-style:italic;color:#555}",
      "article.project{border-top:1px solid #ccc;padding-top:.4rem}article.project dl{display:grid;grid-template-columns:9rem 1fr;gap:.2rem .8rem;margin:.4rem 0}",
      "article.project dt{font-weight:600}article.project dd{margin:0}",
      "footer{margin-top:2rem;font-size:.8rem;color:#555;border-top:1px solid #ccc;padding-top:.5rem}",
      "@media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:10pt}nav{display:none}",
      "section.major{break-before:page}h2,h3{break-after:avoid}figure,table,.figure,article.project{break-inside:avoid}",
      "details{display:block}details>summary{display:none}details:not([open])>*{display:block}a{color:inherit;text-decoration:none}}\n");

  private final PortfolioReport report;
  private final ReportText t;
  private final StringBuilder out;
  private final Map<String, Integer> sectionIndex = new HashMap<>();

  private HtmlReport(PortfolioReport report, StringBuilder out) {
    this.report = report;
    this.t = ReportText.of(report.getLocale());
    this.out = out;
    List<ProjectDetail> details = report.getDetails();
    for (int i = 0; i < Math.min(details.size(), PROJECT_SECTIONS); i++) {
      sectionIndex.put(details.get(i).id(), i);
    }
  }

  static void render(PortfolioReport report, StringBuilder out) {
    new HtmlReport(report, out).page();
  }

  // ---------------------------------------------------------------- text

  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '&':
          escaped.append("&amp;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** An id for an anchor: letters, digits and hyphens as they are, anything else as its code. */
  static String anchor(String prefix, String key) {
    StringBuilder id = new StringBuilder(prefix);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        id.append(c);
      } else {
        id.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return id.toString();
  }

  private boolean hasSection(String project) {
    return sectionIndex.containsKey(project);
  }

  /** A project's id as a link to its section, or as text when it has none. */
  private String projectLink(String project) {
    return hasSection(project) ? "<a href=\"#" + anchor("p-", project) + "\">" + html(project) + "</a>" : html(project);
  }

  private String projectLinks(List<String> projects) {
    return projectLinks(projects, projects.size());
  }

  /** The first project ids of a list as links, then "and N more" of the total. */
  private String projectLinks(List<String> projects, int total) {
    StringBuilder cell = new StringBuilder();
    int shown = Math.min(projects.size(), LINKS_PER_CELL);
    for (int i = 0; i < shown; i++) {
      cell.append(i > 0 ? ", " : "").append(projectLink(projects.get(i)));
    }
    if (total > shown) {
      cell.append(" <span class=\"more\">").append(html(t.get("andMore", t.integer(total - shown)))).append("</span>");
    }
    return cell.toString();
  }

  /** "1 project", "12 projects" in the report's language. */
  private String projectCount(long count) {
    return count == 1 ? t.get("projectCount.one") : t.get("projectCount", t.integer(count));
  }

  /** A unit of the indicator catalogue in the report's language; another unit as it is written. */
  private String unitName(String code) {
    return t.unit(code);
  }

  private String statusName(String code) {
    return t.has("status." + code) ? t.get("status." + code) : code;
  }

  private static String svgNumber(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private String moneyText(Map<String, BigDecimal> amounts) {
    List<String> parts = new ArrayList<>();
    amounts.forEach((currency, amount) -> parts.add(t.money(amount, currency)));
    return String.join(" + ", parts);
  }

  private String coverage(Fact fact) {
    return t.counted("coverage." + fact.name(), report.getStating().get(fact), report.getProjectCount());
  }

  private void more(int shown, int total) {
    if (total > shown) {
      out.append("<p class=\"more\">").append(html(t.get("andMore", t.integer(total - shown)))).append("</p>\n");
    }
  }

  // ---------------------------------------------------------------- page

  private void page() {
    String title = t.get("title");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(t.language()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>").append(html(title)).append("</h1>\n<p class=\"subtitle\">");
    if (report.getFirstYear().isPresent()) {
      out.append(html(t.get(report.getProjectCount() == 1 ? "subtitle.one" : "subtitle", t.integer(report.getProjectCount()),
          report.getFirstYear().get(), report.getLastYear().get())));
    } else {
      out.append(html(t.get(report.getProjectCount() == 1 ? "subtitle.noYears.one" : "subtitle.noYears",
          t.integer(report.getProjectCount()))));
    }
    out.append("</p>\n</header>\n");
    String[][] sections = {{"headline", "headline"}, {"calls", "calls"}, {"years", "yearsChart"}, {"durations", "durations"},
      {"timeline", "timeline"}, {"map", "map"}, {"network", "network"}, {"indicators", "INDICATORS"}, {"projects", "PROJECTS"}};
    out.append("<nav aria-label=\"").append(html(t.get("contents"))).append("\"><h2>").append(html(t.get("contents")))
        .append("</h2>\n<ol>");
    for (String[] section : sections) {
      out.append("<li><a href=\"#").append(section[0]).append("\">").append(html(t.get(section[1]))).append("</a></li>");
    }
    out.append("</ol></nav>\n<main>\n");
    headline();
    calls();
    years();
    durations();
    timeline();
    map();
    network();
    indicators();
    projects();
    out.append("</main>\n<footer><p>").append(html(t.get("mapAttribution"))).append("</p></footer>\n</body>\n</html>\n");
  }

  private void section(String id, String titleKey, boolean major) {
    out.append("<section id=\"").append(id).append("\"").append(major ? " class=\"major\"" : "").append(">\n<h2>")
        .append(html(t.get(titleKey))).append("</h2>\n");
  }

  // ---------------------------------------------------------------- headline

  private void figure(String key, String value, String detail, Fact fact) {
    out.append("<div class=\"figure\" data-figure=\"").append(key).append("\"><h3>").append(html(t.get("figure." + key)))
        .append("</h3><p class=\"value").append(value.length() > 12 ? " long" : "").append("\">").append(html(value)).append("</p>");
    if (!detail.isEmpty()) {
      out.append("<p class=\"detail\">").append(html(detail)).append("</p>");
    }
    if (fact != null) {
      out.append("<p class=\"coverage\" data-stating=\"").append(report.getStating().get(fact)).append("\">")
          .append(html(coverage(fact))).append("</p>");
    }
    out.append("</div>\n");
  }

  private void headline() {
    section("headline", "headline", false);
    out.append("<div class=\"figures\">\n");
    List<String> statuses = new ArrayList<>();
    report.getProjectsByStatus().stream().filter(c -> !c.key().equals(PortfolioReport.NONE))
        .forEach(c -> statuses.add(t.has("statusCount." + c.key())
            ? t.get("statusCount." + c.key() + (c.projects() == 1 ? ".one" : ""), t.integer(c.projects()))
            : t.integer(c.projects()) + " " + c.key()));
    figure("projects", t.integer(report.getProjectCount()), String.join(", ", statuses), Fact.STATUS);
    figure("organisations", t.integer(report.getNetwork().size()), "", Fact.LEAD);
    BigDecimal[] median = participants(report);
    figure("partners", median[1].signum() == 0 ? t.get("value.none") : t.get("value.partners", t.number(median[0]), t.number(median[1])),
        "", null);
    List<String> totals = new ArrayList<>();
    List<String> grants = new ArrayList<>();
    for (CurrencyTotal money : report.getMoney()) {
      if (money.projectsWithTotal() > 0) {
        totals.add(t.money(money.total(), money.currency()));
      }
      if (money.projectsWithGrant() > 0) {
        grants.add(t.money(money.grant(), money.currency()));
      }
    }
    figure("budget", totals.isEmpty() ? t.get("value.none") : String.join(" + ", totals), "", Fact.BUDGET);
    figure("grant", grants.isEmpty() ? t.get("value.none") : String.join(" + ", grants), "", Fact.GRANT);
    long calls = report.getProjectsByCall().stream().filter(c -> !c.key().equals(PortfolioReport.NONE)).count();
    figure("calls", t.get("value.calls", t.integer(calls), t.integer(report.getFunderCount())), "", Fact.CALL);
    figure("years", report.getFirstYear().map(first -> first.equals(report.getLastYear().get()) ? Integer.toString(first)
        : first + "–" + report.getLastYear().get()).orElse(t.get("value.none")), "", Fact.START);
    figure("territories", t.get("value.territories", t.integer(report.getRegions().size()), t.integer(report.getProvinces().size()),
        t.integer(report.getCountriesAbroad().size())), "", Fact.TERRITORY);
    figure("indicators", t.get("value.indicators", t.integer(report.getIndicatorCount())), "", Fact.INDICATORS);
    out.append("</div>\n</section>\n");
  }

  /**
   * The median and the largest number of participants of the projects that have any: the median
   * is the middle value, or the mean of the two middle values of an even number of projects.
   */
  static BigDecimal[] participants(PortfolioReport report) {
    long total = 0;
    int largest = 0;
    for (CountRow row : report.getParticipantsPerProject()) {
      int size = Integer.parseInt(row.key());
      if (size > 0) {
        total += row.projects();
        largest = Math.max(largest, size);
      }
    }
    if (total == 0) {
      return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
    // The projects sorted by size, counted from 1: the median is the mean of the (total + 1) / 2
    // th and the (total + 2) / 2 th, the same project when total is odd.
    long lower = (total + 1) / 2;
    long upper = (total + 2) / 2;
    Integer lowerSize = null;
    Integer upperSize = null;
    long seen = 0;
    for (CountRow row : report.getParticipantsPerProject()) {
      int size = Integer.parseInt(row.key());
      if (size == 0) {
        continue;
      }
      seen += row.projects();
      if (lowerSize == null && seen >= lower) {
        lowerSize = size;
      }
      if (seen >= upper) {
        upperSize = size;
        break;
      }
    }
    // Exact: a sum halved has at most one decimal, 2.5.
    BigDecimal median = BigDecimal.valueOf((long) lowerSize + upperSize).divide(BigDecimal.valueOf(2));
    return new BigDecimal[] {median, BigDecimal.valueOf(largest)};
  }

  // ---------------------------------------------------------------- generic charts

  /** One bar of a horizontal bar chart. */
  private record Bar(String label, double value, String valueText, String href, String fill) {}

  private void openFigure(String id, String title, String alternative, int width, int height) {
    out.append("<figure>\n<svg id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
        .append(id).append("-desc\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"").append(id)
        .append("-title\">").append(html(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">")
        .append(html(alternative)).append("</desc>\n");
  }

  private void closeFigure(String title, String alternative) {
    out.append("</svg>\n<figcaption><strong>").append(html(title)).append(".</strong> ").append(html(alternative))
        .append("</figcaption>\n</figure>\n");
  }

  private void empty(String id) {
    out.append("<p id=\"").append(id).append("\" class=\"empty\">").append(html(t.get("noData"))).append("</p>\n");
  }

  private void barChart(String id, String title, String alternative, List<Bar> bars) {
    if (bars.isEmpty()) {
      empty(id);
      return;
    }
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    max = max <= 0 ? 1 : max;
    int height = 22 * bars.size() + 8;
    openFigure(id, title, alternative, 760, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double width = Math.max(1, 280 * bar.value() / max);
      int y = 4 + 22 * i;
      out.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(html(shorten(bar.label(), 42))).append("</text>");
      if (bar.href() != null) {
        out.append("<a href=\"").append(bar.href()).append("\">");
      }
      out.append("<rect class=\"bar\" data-label=\"").append(html(bar.label())).append("\" data-value=\"")
          .append(svgNumber(bar.value()).replace(".0", "")).append("\" x=\"270\" y=\"").append(y).append("\" width=\"")
          .append(svgNumber(width)).append("\" height=\"17\" fill=\"").append(bar.fill()).append("\"><title>")
          .append(html(bar.label() + ": " + bar.valueText())).append("</title></rect>");
      if (bar.href() != null) {
        out.append("</a>");
      }
      out.append("<text x=\"").append(svgNumber(276 + width)).append("\" y=\"").append(y + 13).append("\">")
          .append(html(bar.valueText())).append("</text>\n");
    }
    closeFigure(title, alternative);
  }

  static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private void table(String caption, List<String> headings, List<List<String>> rows, List<String> rowIds, int total, boolean rawCells) {
    out.append("<table>\n<caption>").append(html(caption)).append("</caption>\n<thead><tr>");
    headings.forEach(h -> out.append("<th scope=\"col\">").append(html(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      out.append("<tr");
      if (rowIds != null && rowIds.get(r) != null) {
        out.append(" id=\"").append(rowIds.get(r)).append("\"");
      }
      out.append(">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        boolean number = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.startsWith("€")) && c > 0;
        out.append(c == 0 ? "<th scope=\"row\"" : "<td").append(number ? " class=\"num\"" : "").append(">")
            .append(rawCells ? cell : html(cell)).append(c == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    more(rows.size(), total);
  }

  // ---------------------------------------------------------------- calls and funders

  private void calls() {
    section("calls", "calls", true);
    Map<String, List<String>> projectsOfCall = new TreeMap<>();
    for (ProjectRow project : report.getProjects()) {
      List<String> ids = projectsOfCall.computeIfAbsent(project.call().orElse(PortfolioReport.NONE), k -> new ArrayList<>());
      if (ids.size() <= LINKS_PER_CELL) {
        ids.add(project.id());
      }
    }
    Map<String, Map<String, BigDecimal>> grantOfCall = new TreeMap<>();
    Map<String, Map<String, BigDecimal>> grantOfFunder = new TreeMap<>();
    report.getBudgets().forEach(b -> b.grant().ifPresent(grant -> (b.group().equals("call") ? grantOfCall : grantOfFunder)
        .computeIfAbsent(b.key(), k -> new TreeMap<>()).merge(b.currency(), grant, BigDecimal::add)));
    List<CountRow> calls = new ArrayList<>(report.getProjectsByCall());
    calls.sort(Comparator.comparingInt(CountRow::projects).reversed().thenComparing(CountRow::key));
    List<Bar> bars = new ArrayList<>();
    for (CountRow call : calls.subList(0, Math.min(calls.size(), 30))) {
      String label = call.key().equals(PortfolioReport.NONE) ? t.get("value.none") : call.key();
      String value = t.integer(call.projects()) + (grantOfCall.containsKey(call.key()) ? " · " + moneyText(grantOfCall.get(call.key())) : "");
      bars.add(new Bar(label, call.projects(), value, "#" + anchor("call-", call.key()), OKABE_ITO[0]));
    }
    Optional<CountRow> largest = calls.stream().filter(c -> !c.key().equals(PortfolioReport.NONE)).findFirst();
    String alternative = largest.isEmpty() ? coverage(Fact.CALL) : t.get("alt.calls", t.integer(calls.stream()
        .filter(c -> !c.key().equals(PortfolioReport.NONE)).count()), t.integer(largest.get().projects()), largest.get().key())
        + " " + coverage(Fact.CALL);
    out.append("<h3>").append(html(t.get("callsChart"))).append("</h3>\n");
    barChart("chart-calls", t.get("callsChart"), alternative, bars);
    List<List<String>> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (CountRow call : calls.subList(0, Math.min(calls.size(), TABLE_ROWS))) {
      rows.add(List.of(html(call.key().equals(PortfolioReport.NONE) ? t.get("value.none") : call.key()), t.integer(call.projects()),
          html(grantOfCall.containsKey(call.key()) ? moneyText(grantOfCall.get(call.key())) : ""),
          projectLinks(projectsOfCall.getOrDefault(call.key(), List.of()), call.projects())));
      ids.add(anchor("call-", call.key()));
    }
    table(t.get("chartData") + ": " + t.get("callsChart"), List.of(t.get("call"), t.get("projects"), t.get("grant"),
        t.get("callProjects")), rows, ids, calls.size(), true);
    out.append("<h3>").append(html(t.get("fundersChart"))).append("</h3>\n");
    if (grantOfFunder.isEmpty()) {
      out.append("<p id=\"chart-funders\" class=\"empty\">").append(html(t.get("noFunders") + " " + coverage(Fact.FUNDER)))
          .append("</p>\n");
    } else {
      List<Bar> funders = new ArrayList<>();
      List<List<String>> funderRows = new ArrayList<>();
      grantOfFunder.forEach((funder, amounts) -> {
        BigDecimal first = amounts.values().iterator().next();
        funders.add(new Bar(funder, first.doubleValue(), moneyText(amounts), null, OKABE_ITO[1]));
        funderRows.add(List.of(funder, moneyText(amounts)));
      });
      funders.sort(Comparator.comparingDouble(Bar::value).reversed());
      barChart("chart-funders", t.get("fundersChart"), coverage(Fact.FUNDER), funders.subList(0, Math.min(funders.size(), 30)));
      table(t.get("chartData") + ": " + t.get("fundersChart"), List.of(t.get("name"), t.get("grant")),
          funderRows.subList(0, Math.min(funderRows.size(), TABLE_ROWS)), null, funderRows.size(), false);
    }
    out.append("</section>\n");
  }

  // ---------------------------------------------------------------- years by status

  private void legend(Map<String, String> entries) {
    out.append("<div class=\"legend\">");
    entries.forEach((label, colour) -> out.append("<span><span class=\"swatch\" style=\"background:").append(colour)
        .append("\"></span>").append(html(label)).append("</span>"));
    out.append("</div>\n");
  }

  private void years() {
    section("years", "yearsChart", true);
    List<YearStatusRow> rows = report.getProjectsByYearAndStatus();
    List<YearStatusRow> dated = new ArrayList<>();
    int undated = 0;
    for (YearStatusRow row : rows) {
      if (row.year().equals(PortfolioReport.NONE)) {
        undated = row.total();
      } else {
        dated.add(row);
      }
    }
    if (dated.isEmpty()) {
      empty("chart-projects-per-year");
      out.append("</section>\n");
      return;
    }
    List<String> statuses = new ArrayList<>();
    for (YearStatusRow row : dated) {
      row.byStatus().keySet().forEach(s -> {
        if (!statuses.contains(s)) {
          statuses.add(s);
        }
      });
    }
    statuses.sort(Comparator.comparing((String s) -> s.equals(PortfolioReport.NONE)).thenComparing(s -> s));
    int max = dated.stream().mapToInt(YearStatusRow::total).max().orElse(1);
    YearStatusRow busiest = dated.stream().max(Comparator.comparingInt(YearStatusRow::total)).orElseThrow();
    String alternative = t.get("alt.years", dated.get(0).year(), dated.get(dated.size() - 1).year(), busiest.year(),
        t.integer(busiest.total()), t.integer(undated));
    int column = Math.max(14, Math.min(60, 640 / dated.size()));
    int width = 60 + column * dated.size();
    int height = 230;
    openFigure("chart-projects-per-year", t.get("yearsChart"), alternative, Math.max(width, 200), height);
    out.append("<line x1=\"40\" y1=\"200\" x2=\"").append(Math.max(width, 200)).append("\" y2=\"200\" stroke=\"#666\"/>");
    out.append("<text x=\"34\" y=\"24\" text-anchor=\"end\">").append(max).append("</text><text x=\"34\" y=\"200\" text-anchor=\"end\">0</text>\n");
    for (int i = 0; i < dated.size(); i++) {
      YearStatusRow row = dated.get(i);
      double x = 46 + i * column;
      double y = 200;
      out.append("<g class=\"year\" data-year=\"").append(html(row.year())).append("\" data-value=\"").append(row.total()).append("\">");
      for (String status : statuses) {
        int count = row.byStatus().getOrDefault(status, 0);
        if (count == 0) {
          continue;
        }
        double h = 180.0 * count / max;
        y -= h;
        out.append("<rect class=\"bar segment status-").append(html(status.replace("(", "").replace(")", ""))).append("\" x=\"")
            .append(svgNumber(x)).append("\" y=\"").append(svgNumber(y)).append("\" width=\"").append(column - 4)
            .append("\" height=\"").append(svgNumber(h)).append("\" fill=\"").append(STATUS_COLOURS.getOrDefault(status, OKABE_ITO[7]))
            .append("\" data-value=\"").append(count).append("\"><title>").append(html(row.year() + ", " + statusName(status) + ": " + count))
            .append("</title></rect>");
      }
      out.append("<text x=\"").append(svgNumber(x + (column - 4) / 2.0)).append("\" y=\"215\" text-anchor=\"middle\"")
          .append(column < 30 ? " class=\"small\"" : "").append(">").append(html(row.year())).append("</text>");
      out.append("<text x=\"").append(svgNumber(x + (column - 4) / 2.0)).append("\" y=\"").append(svgNumber(y - 3))
          .append("\" text-anchor=\"middle\" class=\"small\">").append(row.total()).append("</text></g>\n");
    }
    closeFigure(t.get("yearsChart"), alternative);
    Map<String, String> legend = new LinkedHashMap<>();
    statuses.forEach(s -> legend.put(statusName(s), STATUS_COLOURS.getOrDefault(s, OKABE_ITO[7])));
    legend(legend);
    // The table has a column for every status, those of projects without a start included, so
    // that each row adds up to its total.
    List<String> columns = new ArrayList<>(statuses);
    for (YearStatusRow row : rows) {
      row.byStatus().keySet().forEach(s -> {
        if (!columns.contains(s)) {
          columns.add(s);
        }
      });
    }
    columns.sort(Comparator.comparing((String s) -> s.equals(PortfolioReport.NONE)).thenComparing(s -> s));
    List<String> headings = new ArrayList<>();
    headings.add(t.get("year"));
    columns.forEach(s -> headings.add(statusName(s)));
    headings.add(t.get("total"));
    List<List<String>> table = new ArrayList<>();
    for (YearStatusRow row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(row.year().equals(PortfolioReport.NONE) ? t.get("value.none") : row.year());
      columns.forEach(s -> cells.add(t.integer(row.byStatus().getOrDefault(s, 0))));
      cells.add(t.integer(row.total()));
      table.add(cells);
    }
    table(t.get("chartData") + ": " + t.get("yearsChart"), headings, table, null, table.size(), false);
    out.append("</section>\n");
  }

  // ---------------------------------------------------------------- durations

  private void durations() {
    section("durations", "durations", true);
    List<CountRow> buckets = new ArrayList<>();
    CountRow most = null;
    for (CountRow row : report.getDurations()) {
      if (!row.key().equals(PortfolioReport.NONE)) {
        buckets.add(row);
        if (most == null || row.projects() > most.projects()) {
          most = row;
        }
      }
    }
    int stated = report.getStating().get(Fact.DURATION);
    if (stated == 0 || most == null) {
      empty("chart-durations");
    } else {
      String alternative = t.get("alt.durations", t.integer(stated), most.key());
      int max = Math.max(1, most.projects());
      openFigure("chart-durations", t.get("durationsChart"), alternative, 600, 230);
      out.append("<line x1=\"40\" y1=\"200\" x2=\"600\" y2=\"200\" stroke=\"#666\"/>");
      for (int i = 0; i < buckets.size(); i++) {
        CountRow row = buckets.get(i);
        double h = 180.0 * row.projects() / max;
        int x = 50 + i * 78;
        out.append("<rect class=\"bar\" data-label=\"").append(row.key()).append("\" data-value=\"").append(row.projects())
            .append("\" x=\"").append(x).append("\" y=\"").append(svgNumber(200 - h)).append("\" width=\"70\" height=\"")
            .append(svgNumber(h)).append("\" fill=\"").append(OKABE_ITO[2]).append("\"><title>").append(html(row.key() + " "
                + t.get("months") + ": " + row.projects())).append("</title></rect>");
        out.append("<text x=\"").append(x + 35).append("\" y=\"215\" text-anchor=\"middle\">").append(row.key()).append("</text>");
        out.append("<text x=\"").append(x + 35).append("\" y=\"").append(svgNumber(196 - h)).append("\" text-anchor=\"middle\">")
            .append(row.projects()).append("</text>\n");
      }
      out.append("<text x=\"600\" y=\"228\" text-anchor=\"end\" class=\"small\">").append(html(t.get("months"))).append("</text>\n");
      closeFigure(t.get("durationsChart"), alternative + " " + coverage(Fact.DURATION));
    }
    List<List<String>> rows = new ArrayList<>();
    report.getDurations().forEach(r -> rows.add(List.of(r.key().equals(PortfolioReport.NONE) ? t.get("value.none") : r.key(),
        t.integer(r.projects()))));
    table(t.get("chartData") + ": " + t.get("durationsChart"), List.of(t.get("months"), t.get("projects")), rows, null, rows.size(), false);
    out.append("</section>\n");
  }

  // ---------------------------------------------------------------- timeline

  private static int month(java.time.LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private void timeline() {
    section("timeline", "timeline", true);
    // The strips are the first projects with a start among those that keep their detail.
    List<ProjectDetail> dated = new ArrayList<>();
    int total = report.getStating().get(Fact.START);
    for (ProjectDetail detail : report.getDetails()) {
      if (detail.start().isPresent() && dated.size() < TIMELINE_STRIPS) {
        dated.add(detail);
      }
    }
    if (dated.isEmpty()) {
      empty("chart-timeline");
      out.append("</section>\n");
      return;
    }
    dated.sort(Comparator.comparing((ProjectDetail d) -> d.start().get().earliest()).thenComparing(ProjectDetail::id));
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (ProjectDetail detail : dated) {
      first = Math.min(first, month(detail.start().get().earliest()));
      int end = detail.end().map(e -> month(e.latest())).orElse(month(detail.start().get().latest()));
      last = Math.max(last, end + 1);
    }
    first = first - first % 12;
    last = last + (12 - last % 12) % 12;
    int span = Math.max(12, last - first);
    int left = 250;
    int plot = 440;
    int height = 30 + 18 * dated.size();
    String alternative = t.get("alt.timeline", t.integer(total), report.getFirstYear().orElse(first / 12),
        report.getLastYear().orElse((last - 1) / 12));
    openFigure("chart-timeline", t.get("timeline"), alternative, left + plot + 30, height);
    for (int year = first / 12; year <= last / 12; year++) {
      double x = left + plot * (year * 12 - first) / (double) span;
      out.append("<line x1=\"").append(svgNumber(x)).append("\" y1=\"14\" x2=\"").append(svgNumber(x)).append("\" y2=\"")
          .append(height).append("\" stroke=\"#ddd\"/><text x=\"").append(svgNumber(x + 2)).append("\" y=\"11\" class=\"small\">")
          .append(year).append("</text>");
    }
    out.append('\n');
    for (int i = 0; i < dated.size(); i++) {
      ProjectDetail detail = dated.get(i);
      PartialDate start = detail.start().get();
      int y = 20 + 18 * i;
      double s0 = left + plot * (month(start.earliest()) - first) / (double) span;
      double s1 = left + plot * (month(start.latest()) + 1 - first) / (double) span;
      double e0;
      double e1;
      if (detail.end().isPresent()) {
        e0 = left + plot * (month(detail.end().get().earliest()) - first) / (double) span;
        e1 = left + plot * (month(detail.end().get().latest()) + 1 - first) / (double) span;
      } else {
        e0 = s1;
        e1 = s1;
      }
      String colour = STATUS_COLOURS.getOrDefault(detail.status().orElse(PortfolioReport.NONE), OKABE_ITO[0]);
      String period = t.date(start) + " – " + detail.end().map(t::date).orElse("?");
      out.append("<a href=\"#").append(anchor("p-", detail.id())).append("\"><g class=\"strip\" data-project=\"")
          .append(html(detail.id())).append("\"><title>").append(html(detail.title() + ": " + period)).append("</title>");
      out.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 11).append("\" text-anchor=\"end\">")
          .append(html(shorten(detail.title(), 38))).append("</text>");
      boolean exactStart = start.getPrecision() == PartialDate.Precision.DAY;
      if (s1 - s0 > 0.5 && !exactStart) {
        rect(s0, y + 2, s1 - s0, 12, colour, "0.35", "range");
      }
      double solidFrom = exactStart ? s0 : s1;
      double solidTo = Math.max(solidFrom + 1, e0);
      if (detail.end().isPresent() && detail.end().get().getPrecision() == PartialDate.Precision.DAY) {
        solidTo = Math.max(solidFrom + 1, e1);
      }
      rect(solidFrom, y + 2, solidTo - solidFrom, 12, colour, "1", "known");
      if (detail.end().isPresent() && detail.end().get().getPrecision() != PartialDate.Precision.DAY && e1 - e0 > 0.5) {
        rect(e0, y + 2, e1 - e0, 12, colour, "0.35", "range");
      }
      out.append("</g></a>\n");
    }
    closeFigure(t.get("timeline"), alternative + " " + t.get("timelineNote"));
    Map<String, String> legend = new TreeMap<>();
    dated.forEach(d -> {
      String status = d.status().orElse(PortfolioReport.NONE);
      legend.put(statusName(status), STATUS_COLOURS.getOrDefault(status, OKABE_ITO[0]));
    });
    legend(legend);
    more(dated.size(), total);
    out.append("</section>\n");
  }

  private void rect(double x, double y, double width, double height, String fill, String opacity, String kind) {
    out.append("<rect class=\"").append(kind).append("\" x=\"").append(svgNumber(x)).append("\" y=\"").append(svgNumber(y))
        .append("\" width=\"").append(svgNumber(Math.max(width, 1))).append("\" height=\"").append(svgNumber(height))
        .append("\" fill=\"").append(fill).append("\" fill-opacity=\"").append(opacity).append("\"/>");
  }

  // ---------------------------------------------------------------- map

  /**
   * A shape of the map: a region (its NUTS 2 code) or a province (its sigla), its name, the NUTS 2
   * code of its region and its outline.
   */
  private record Shape(String code, String name, String region, String path) {}

  /** The map of Italy under {@code geo/italy.svg}: regions and provinces in one projection (see scripts/italy-map). */
  private static final class Geometry {
    static final List<Shape> REGIONS;
    static final List<Shape> PROVINCES;
    static final String VIEW_BOX;

    static {
      String source;
      try (InputStream in = HtmlReport.class.getResourceAsStream("geo/italy.svg")) {
        if (in == null) {
          throw new IllegalStateException("the report's resource geo/italy.svg is missing");
        }
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      Matcher box = Pattern.compile("viewBox=\"([^\"]+)\"").matcher(source);
      VIEW_BOX = box.find() ? box.group(1) : "0 0 600 787.4";
      List<Shape> regions = new ArrayList<>();
      List<Shape> provinces = new ArrayList<>();
      Matcher path = Pattern.compile("<path id=\"([^\"]+)\" class=\"(region|province)\"(?: data-region=\"([^\"]+)\" "
          + "data-name=\"([^\"]+)\")? d=\"([^\"]+)\"").matcher(source);
      while (path.find()) {
        String code = path.group(1);
        if (path.group(2).equals("region")) {
          if (Places.REGIONS.containsKey(code)) {
            regions.add(new Shape(code, Places.REGIONS.get(code), code, path.group(5)));
          }
        } else {
          provinces.add(new Shape(code, path.group(4).replace("&amp;", "&").replace("&quot;", "\""), path.group(3), path.group(5)));
        }
      }
      REGIONS = List.copyOf(regions);
      PROVINCES = List.copyOf(provinces);
    }
  }

  private void map() {
    section("map", "map", true);
    Map<String, PlaceRow> regions = new HashMap<>();
    report.getRegions().forEach(r -> regions.put(r.code(), r));
    out.append("<div class=\"maps\">\n");
    PlaceRow busiest = report.getRegions().stream().max(Comparator.comparingInt(PlaceRow::projects)).orElse(null);
    String alternative = busiest == null ? t.get("noData") : t.get("alt.map", t.integer(report.getRegions().size()),
        t.integer(busiest.projects()), busiest.name());
    choropleth("map-projects", t.get("mapProjects"), alternative, regions, r -> r.projects(), r -> projectCount(r.projects()), true,
        v -> t.integer(Math.round(v)));
    String currency = grantCurrency();
    PlaceRow richest = currency == null ? null : report.getRegions().stream().filter(r -> r.grants().containsKey(currency))
        .max(Comparator.comparing(r -> r.grants().get(currency))).orElse(null);
    String grantAlternative = richest == null ? t.get("mapGrant") + ": " + coverage(Fact.GRANT) : t.get("alt.grantMap",
        t.integer(report.getRegions().stream().filter(r -> r.grants().containsKey(currency)).count()),
        t.money(richest.grants().get(currency), currency), richest.name());
    choropleth("map-grant", t.get("mapGrant") + (currency == null ? "" : " (" + currency + ")"), grantAlternative, regions,
        r -> currency == null ? 0 : r.grants().getOrDefault(currency, BigDecimal.ZERO).doubleValue(),
        r -> currency == null || !r.grants().containsKey(currency) ? "" : t.money(r.grants().get(currency), currency), false,
        v -> currency == null ? "" : t.money(BigDecimal.valueOf(Math.round(v)), currency).replace(t.language().equals("it") ? ",00" : ".00", ""));
    out.append("</div>\n");
    List<List<String>> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (PlaceRow region : report.getRegions()) {
      rows.add(List.of(region.name(), region.code(), t.integer(region.projects()), moneyText(region.grants())));
      ids.add(anchor("region-", region.code()));
    }
    table(t.get("chartData") + ": " + t.get("mapProjects"), List.of(t.get("region"), "NUTS 2", t.get("projects"), t.get("grant")),
        rows, ids, rows.size(), false);
    if (!report.getProvinces().isEmpty()) {
      out.append("<h3>").append(html(t.get("provinces"))).append("</h3>\n<div class=\"maps\">\n");
      Map<String, PlaceRow> byProvince = new HashMap<>();
      report.getProvinces().forEach(p -> byProvince.put(p.code(), p));
      PlaceRow first = report.getProvinces().stream().max(Comparator.comparingInt(PlaceRow::projects)).orElseThrow();
      choropleth("map-provinces", t.get("mapProvinces"), t.get("alt.provinceMap", t.integer(report.getProvinces().size()),
          t.integer(first.projects()), first.name()), byProvince, r -> r.projects(), r -> projectCount(r.projects()), true,
          v -> t.integer(Math.round(v)), true);
      out.append("<div>\n");
      List<List<String>> provinces = new ArrayList<>();
      List<String> provinceIds = new ArrayList<>();
      List<PlaceRow> sorted = new ArrayList<>(report.getProvinces());
      sorted.sort(Comparator.comparingInt(PlaceRow::projects).reversed().thenComparing(PlaceRow::code));
      for (PlaceRow province : sorted.subList(0, Math.min(sorted.size(), TABLE_ROWS))) {
        provinces.add(List.of(province.name() + " (" + province.code() + ")", Places.REGIONS.getOrDefault(province.region(), ""),
            t.integer(province.projects()), moneyText(province.grants())));
        provinceIds.add(anchor("province-", province.code()));
      }
      table(t.get("provinces"), List.of(t.get("province"), t.get("region"), t.get("projects"), t.get("grant")), provinces,
          provinceIds, sorted.size(), false);
      out.append("</div>\n</div>\n");
    }
    out.append("<h3>").append(html(t.get("abroad"))).append("</h3>\n");
    if (report.getCountriesAbroad().isEmpty()) {
      out.append("<p id=\"abroad-list\">").append(html(t.get("noAbroad"))).append("</p>\n");
    } else {
      out.append("<ul id=\"abroad-list\">");
      for (PlaceRow country : report.getCountriesAbroad()) {
        Locale place = new Locale("", country.code());
        String name = place.getDisplayCountry(report.getLocale().getLanguage().equals("it") ? Locale.ITALIAN : Locale.ENGLISH);
        out.append("<li data-country=\"").append(html(country.code())).append("\">").append(html(name.isEmpty() ? country.code() : name))
            .append(" (").append(html(country.code())).append("): ").append(html(projectCount(country.projects()))).append("</li>");
      }
      out.append("</ul>\n");
    }
    if (!report.getUnplacedComuni().isEmpty()) {
      List<String> names = report.getUnplacedComuni();
      String list = String.join(", ", names.subList(0, Math.min(names.size(), 30)))
          + (names.size() > 30 ? " " + t.get("andMore", t.integer(names.size() - 30)) : "");
      out.append("<p class=\"more\">").append(html(t.get("unplaced", list))).append("</p>\n");
    }
    out.append("<p class=\"more\">").append(html(t.get("mapAttribution"))).append("</p>\n</section>\n");
  }

  /** The currency most projects state their grant in, or null when no project states one. */
  private String grantCurrency() {
    return report.getMoney().stream().filter(m -> m.projectsWithGrant() > 0)
        .max(Comparator.comparingInt(CurrencyTotal::projectsWithGrant)).map(CurrencyTotal::currency).orElse(null);
  }

  /** The class of a value on the map, 0 to 4: five equal steps up to the largest value. */
  private static int colourClass(double value, double max) {
    return Math.max(0, Math.min(BLUES.length - 1, (int) Math.ceil(BLUES.length * value / max) - 1));
  }

  private void choropleth(String id, String title, String alternative, Map<String, PlaceRow> regions,
      java.util.function.ToDoubleFunction<PlaceRow> value, java.util.function.Function<PlaceRow, String> text, boolean whole,
      java.util.function.DoubleFunction<String> format) {
    choropleth(id, title, alternative, regions, value, text, whole, format, false);
  }

  /** A map coloured by a value of each region, or of each province (with the regions' borders drawn over them). */
  private void choropleth(String id, String title, String alternative, Map<String, PlaceRow> regions,
      java.util.function.ToDoubleFunction<PlaceRow> value, java.util.function.Function<PlaceRow, String> text, boolean whole,
      java.util.function.DoubleFunction<String> format, boolean provinces) {
    double max = 0;
    for (PlaceRow row : regions.values()) {
      max = Math.max(max, value.applyAsDouble(row));
    }
    String[] box = Geometry.VIEW_BOX.split(" ");
    out.append("<figure>\n<svg id=\"").append(id).append("\" class=\"map\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\" width=\"380\" viewBox=\"").append(Geometry.VIEW_BOX)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" height=\"").append(Math.round(380 * Double.parseDouble(box[3]) / Double.parseDouble(box[2])))
        .append("\">\n<title id=\"").append(id).append("-title\">").append(html(title)).append("</title>\n<desc id=\"").append(id)
        .append("-desc\">").append(html(alternative)).append("</desc>\n");
    for (Shape shape : provinces ? Geometry.PROVINCES : Geometry.REGIONS) {
      PlaceRow row = regions.get(shape.code());
      double v = row == null ? 0 : value.applyAsDouble(row);
      String shown = row == null ? "" : text.apply(row);
      String fill = v <= 0 || max <= 0 ? NO_DATA_FILL : BLUES[colourClass(v, max)];
      String name = provinces ? shape.name() + " (" + shape.code() + ")" : shape.name();
      String label = name + ": " + (shown.isEmpty() ? t.get("noRegion") : shown);
      if (row != null) {
        out.append("<a href=\"#").append(anchor(provinces ? "province-" : "region-", row.code())).append("\">");
      }
      out.append("<path class=\"").append(provinces ? "province" : "region").append(v > 0 ? " has-data" : "")
          .append(provinces ? "\" data-province=\"" + shape.code() + "\" data-region=\"" : "\" data-nuts=\"").append(provinces ? shape.region() : shape.code())
          .append("\" data-name=\"").append(html(shape.name())).append("\" data-value=\"").append(svgNumber(v).replace(".0", ""))
          .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"").append(provinces ? "0.5" : "1")
          .append("\" d=\"").append(shape.path()).append("\"><title>").append(html(label)).append("</title></path>");
      out.append(row != null ? "</a>\n" : "\n");
    }
    if (provinces) {
      // The regions' borders over the provinces, to find one's way.
      out.append("<g class=\"borders\" fill=\"none\" stroke=\"#4d4d4d\" stroke-width=\"0.8\" pointer-events=\"none\">");
      for (Shape region : Geometry.REGIONS) {
        out.append("<path d=\"").append(region.path()).append("\"/>");
      }
      out.append("</g>\n");
    }
    out.append("</svg>\n<figcaption><strong>").append(html(title)).append(".</strong> ").append(html(alternative)).append("</figcaption>\n");
    Map<String, String> legend = new LinkedHashMap<>();
    legend.put(t.get("noRegion"), NO_DATA_FILL);
    if (max > 0 && whole && max <= 1000) {
      int[] low = new int[BLUES.length];
      int[] high = new int[BLUES.length];
      for (int v = 1; v <= (int) max; v++) {
        int c = colourClass(v, max);
        low[c] = low[c] == 0 ? v : low[c];
        high[c] = v;
      }
      for (int c = 0; c < BLUES.length; c++) {
        if (low[c] > 0) {
          legend.put(low[c] == high[c] ? t.integer(low[c]) : t.integer(low[c]) + "–" + t.integer(high[c]), BLUES[c]);
        }
      }
    } else if (max > 0) {
      for (int c = 0; c < BLUES.length; c++) {
        legend.put(format.apply(max * c / BLUES.length) + "–" + format.apply(max * (c + 1) / BLUES.length), BLUES[c]);
      }
    }
    legend(legend);
    out.append("</figure>\n");
  }

  // ---------------------------------------------------------------- network

  private void network() {
    section("network", "network", true);
    List<NetworkNode> all = new ArrayList<>(report.getNetwork());
    if (all.isEmpty()) {
      empty("chart-network");
      out.append("</section>\n");
      return;
    }
    List<NetworkNode> nodes = new ArrayList<>(all);
    nodes.sort(Comparator.comparingInt(NetworkNode::projects).reversed().thenComparing(NetworkNode::id));
    nodes = new ArrayList<>(nodes.subList(0, Math.min(nodes.size(), NETWORK_NODES)));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    List<CollaborationRow> edges = new ArrayList<>();
    for (CollaborationRow pair : report.getCollaborations()) {
      if (index.containsKey(pair.first()) && index.containsKey(pair.second())) {
        edges.add(pair);
      }
    }
    // Clusters: connected components of the shown nodes, largest first, each drawn as a circle of
    // its nodes (by projects, then id) and packed in rows: the same report gives the same picture.
    int[] parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (CollaborationRow edge : edges) {
      int a = root(parent, index.get(edge.first()));
      int b = root(parent, index.get(edge.second()));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<Integer>> clusters = new TreeMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      clusters.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(clusters.values());
    ordered.sort(Comparator.comparingInt((List<Integer> c) -> -c.size()).thenComparingInt(c -> c.get(0)));
    double[] x = new double[nodes.size()];
    double[] y = new double[nodes.size()];
    double[] centreX = new double[nodes.size()];
    double[] centreY = new double[nodes.size()];
    int width = 720;
    double cursorX = 0;
    double cursorY = 0;
    double rowHeight = 0;
    for (List<Integer> cluster : ordered) {
      int n = cluster.size();
      double radius = n == 1 ? 0 : Math.max(34, 30.0 * n / (2 * Math.PI));
      double boxWidth = n == 1 ? 180 : 2 * radius + 270;
      double boxHeight = n == 1 ? 34 : 2 * radius + 50;
      if (cursorX + boxWidth > width && cursorX > 0) {
        cursorX = 0;
        cursorY += rowHeight;
        rowHeight = 0;
      }
      double cx = n == 1 ? cursorX + 16 : cursorX + boxWidth / 2;
      double cy = cursorY + boxHeight / 2;
      for (int k = 0; k < n; k++) {
        int member = cluster.get(k);
        double angle = -Math.PI / 2 + 2 * Math.PI * k / n;
        x[member] = cx + radius * Math.cos(angle);
        y[member] = cy + radius * Math.sin(angle);
        centreX[member] = n == 1 ? cx - 10 : cx;
        centreY[member] = cy;
      }
      cursorX += boxWidth;
      rowHeight = Math.max(rowHeight, boxHeight);
    }
    int height = (int) Math.ceil(cursorY + rowHeight) + 4;
    NetworkNode top = nodes.get(0);
    String alternative = t.get("alt.network", t.integer(all.size()), t.integer(report.getCollaborations().size()), top.name(),
        t.integer(top.projects()));
    openFigure("chart-network", t.get("networkChart"), alternative + " " + t.get("networkNote"), width, height);
    int maxShared = edges.stream().mapToInt(e -> e.projects().size()).max().orElse(1);
    out.append("<g class=\"edges\" stroke=\"#888\" stroke-opacity=\"0.55\">\n");
    for (CollaborationRow edge : edges) {
      int a = index.get(edge.first());
      int b = index.get(edge.second());
      out.append("<line class=\"edge\" data-first=\"").append(html(edge.first())).append("\" data-second=\"").append(html(edge.second()))
          .append("\" x1=\"").append(svgNumber(x[a])).append("\" y1=\"").append(svgNumber(y[a])).append("\" x2=\"").append(svgNumber(x[b]))
          .append("\" y2=\"").append(svgNumber(y[b])).append("\" stroke-width=\"")
          .append(svgNumber(1 + 3.0 * (edge.projects().size() - 1) / Math.max(1, maxShared - 1))).append("\"><title>")
          .append(html(nodes.get(a).name() + " – " + nodes.get(b).name() + ": " + String.join(", ", edge.projects().subList(0,
              Math.min(edge.projects().size(), LINKS_PER_CELL))))).append("</title></line>\n");
    }
    out.append("</g>\n<g class=\"nodes\">\n");
    boolean labelAll = nodes.size() <= 60;
    for (int i = 0; i < nodes.size(); i++) {
      NetworkNode node = nodes.get(i);
      double r = 4 + 10 * Math.sqrt(node.projects() / (double) top.projects());
      String fill = node.publicBody().map(p -> p ? PUBLIC_FILL : PRIVATE_FILL).orElse(UNKNOWN_FILL);
      out.append("<a href=\"#").append(anchor("org-", node.id())).append("\"><circle class=\"node\" data-id=\"").append(html(node.id()))
          .append("\" data-projects=\"").append(node.projects()).append("\" cx=\"").append(svgNumber(x[i])).append("\" cy=\"")
          .append(svgNumber(y[i])).append("\" r=\"").append(svgNumber(r)).append("\" fill=\"").append(fill)
          .append("\" stroke=\"#ffffff\"><title>").append(html(node.name() + node.country().map(c -> " (" + c + ")").orElse("") + ": "
              + projectCount(node.projects()))).append("</title></circle></a>");
      if (labelAll || i < 20) {
        double dx = x[i] - centreX[i];
        double dy = y[i] - centreY[i];
        double length = Math.max(1, Math.sqrt(dx * dx + dy * dy));
        double lx = x[i] + dx / length * (r + 4);
        double ly = y[i] + dy / length * (r + 4) + 3;
        out.append("<text class=\"small\" x=\"").append(svgNumber(lx)).append("\" y=\"").append(svgNumber(ly)).append("\" text-anchor=\"")
            .append(dx < -1 ? "end" : dx > 1 ? "start" : "middle").append("\">").append(html(shorten(node.name(), 22))).append("</text>");
      }
      out.append('\n');
    }
    out.append("</g>\n");
    closeFigure(t.get("networkChart"), alternative + " " + t.get("networkNote"));
    Map<String, String> legend = new LinkedHashMap<>();
    legend.put(t.get("publicBody"), PUBLIC_FILL);
    legend.put(t.get("privateBody"), PRIVATE_FILL);
    legend.put(t.get("unknownForm"), UNKNOWN_FILL);
    legend(legend);
    more(nodes.size(), all.size());
    List<NetworkNode> byProjects = new ArrayList<>(all);
    byProjects.sort(Comparator.comparingInt(NetworkNode::projects).reversed().thenComparing(NetworkNode::id));
    Map<String, PortfolioReport.OrganisationRow> roles = new HashMap<>();
    report.getOrganisations().forEach(o -> roles.put(o.id(), o));
    List<List<String>> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (NetworkNode node : byProjects.subList(0, Math.min(byProjects.size(), TABLE_ROWS))) {
      List<String> projects = new ArrayList<>(roles.get(node.id()).roles().keySet());
      rows.add(List.of(html(node.name()), html(node.country().orElse("")), html(node.legalForm().orElse("")), t.integer(node.projects()),
          projectLinks(projects)));
      ids.add(anchor("org-", node.id()));
    }
    table(t.get("ORGANISATIONS"), List.of(t.get("name"), t.get("country"), t.get("legalForm"),
        t.get("projects"), t.get("roles")), rows, ids, byProjects.size(), true);
    out.append("<h3>").append(html(t.get("pairs"))).append("</h3>\n");
    List<CollaborationRow> pairs = new ArrayList<>(report.getCollaborations());
    pairs.sort(Comparator.comparingInt((CollaborationRow c) -> -c.projects().size()).thenComparing(CollaborationRow::first)
        .thenComparing(CollaborationRow::second));
    Map<String, String> names = new HashMap<>();
    all.forEach(n -> names.put(n.id(), n.name()));
    List<List<String>> pairRows = new ArrayList<>();
    for (CollaborationRow pair : pairs.subList(0, Math.min(pairs.size(), PAIRS))) {
      pairRows.add(List.of(html(names.getOrDefault(pair.first(), pair.first())), html(names.getOrDefault(pair.second(), pair.second())),
          t.integer(pair.projects().size()), projectLinks(pair.projects())));
    }
    out.append("<div id=\"pairs\">\n");
    table(t.get("COLLABORATIONS"), List.of(t.get("first"), t.get("second"), t.get("count"), t.get("projects")), pairRows, null,
        pairs.size(), true);
    out.append("</div>\n</section>\n");
  }

  private static int root(int[] parent, int i) {
    int node = i;
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }

  // ---------------------------------------------------------------- indicators

  private static double number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::doubleValue).orElse(0.0);
  }

  private void indicators() {
    section("indicators", "INDICATORS", true);
    List<IndicatorRow> all = report.getIndicators();
    List<IndicatorRow> shown = all.subList(0, Math.min(all.size(), INDICATOR_BARS));
    if (shown.isEmpty()) {
      empty("chart-indicators");
    } else {
      String alternative = t.get("alt.indicators", t.integer(report.getIndicatorsCompared()), t.integer(report.getIndicatorsReached()));
      int left = 290;
      int plot = 340;
      int rowHeight = 26;
      openFigure("chart-indicators", t.get("indicatorsChart"), alternative + " " + t.get("indicatorsNote"), 720,
          10 + rowHeight * shown.size());
      out.append("<defs><pattern id=\"at-most\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
          .append("<rect width=\"3\" height=\"6\" fill=\"#999\" fill-opacity=\"0.5\"/></pattern></defs>\n");
      for (int i = 0; i < shown.size(); i++) {
        indicatorBar(shown.get(i), 6 + rowHeight * i, left, plot);
      }
      closeFigure(t.get("indicatorsChart"), alternative + " " + t.get("indicatorsNote"));
      more(shown.size(), report.getIndicatorCount());
    }
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorRow indicator : all.subList(0, Math.min(all.size(), TABLE_ROWS))) {
      rows.add(List.of(projectLink(indicator.project()), html(indicator.name()), html(indicator.code().orElse("")),
          html(indicator.unit().map(this::unitName).orElse("")), html(indicator.targetQuantity().map(this::quantity).orElse("")),
          html(indicator.measuredQuantity().map(this::quantity).orElse("")),
          indicator.percent().map(p -> t.number(p) + "%").orElse(""),
          indicator.reached().map(r -> html(t.get(r ? "yes" : "no"))).orElse(""), html(indicator.disaggregation())));
    }
    table(t.get("chartData") + ": " + t.get("indicatorsChart"), List.of(t.get("project"), t.get("indicator"), t.get("code"),
        t.get("unit"), t.get("target"), t.get("measured"), t.get("percent"), t.get("isReached"), t.get("breakdown")), rows, null,
        report.getIndicatorCount(), true);
    out.append("<h3>").append(html(t.get("rollups"))).append("</h3>\n");
    List<IndicatorTotalRow> totals = report.getIndicatorTotals();
    if (totals.isEmpty()) {
      out.append("<p id=\"chart-rollups\" class=\"empty\">").append(html(t.get("noRollups"))).append("</p>\n");
    } else {
      List<Bar> bars = new ArrayList<>();
      List<List<String>> totalRows = new ArrayList<>();
      for (IndicatorTotalRow total : totals) {
        String measuredOf = t.counted("measuredOf", total.measuredProjects().size(), total.projects().size());
        Optional<BigDecimal> percent = total.percent();
        if (total.measured().isPresent()) {
          bars.add(new Bar(total.code() + " (" + unitName(total.unit()) + ")", percent.map(BigDecimal::doubleValue).orElse(0.0),
              t.number(total.measured().get()) + " / " + t.number(total.measuredTarget())
              + percent.map(p -> " (" + t.number(p) + "%)").orElse("") + ", " + measuredOf, null,
              percent.map(p -> p.compareTo(BigDecimal.valueOf(100)) >= 0).orElse(false) ? OKABE_ITO[2] : OKABE_ITO[0]));
        }
        totalRows.add(List.of(html(total.code()), html(unitName(total.unit())), t.number(total.target()),
            total.measured().map(t::number).orElse(""), t.number(total.measuredTarget()),
            percent.map(p -> t.number(p) + "%").orElse(""), html(measuredOf), projectLinks(total.projects())));
      }
      barChart("chart-rollups", t.get("rollups"), t.get("rollupNote"), bars.subList(0, Math.min(bars.size(), 40)));
      table(t.get("chartData") + ": " + t.get("rollups"), List.of(t.get("code"), t.get("unit"), t.get("target"), t.get("measured"),
          t.get("measuredTarget"), t.get("percent"), t.get("measuredProjects"), t.get("projects")),
          totalRows.subList(0, Math.min(totalRows.size(), TABLE_ROWS)), null, totalRows.size(), true);
    }
    out.append("</section>\n");
  }

  /** A quantity in the report's language: {@code 1.200}, {@code circa 350}, {@code 120–140}, {@code almeno 21}. */
  private String quantity(Quantity quantity) {
    return t.quantity(quantity, t::number);
  }


  /** "18 persons, target 24 (75%)", "5 events, no target", "target about 23.000 persons, not measured". */
  private String progressText(IndicatorRow indicator) {
    String unit = indicator.unit().map(u -> " " + unitName(u)).orElse("");
    String measured = indicator.measuredQuantity().map(q -> quantity(q) + unit).orElse(t.get("notMeasured"));
    String target = indicator.targetQuantity().map(q -> t.get("targetOf", quantity(q) + unit)).orElse(t.get("noTarget"));
    return measured + ", " + target + indicator.percent().map(p -> " (" + t.number(p) + "%)").orElse("");
  }

  private void indicatorBar(IndicatorRow indicator, int y, int left, int plot) {
    Optional<Quantity> target = indicator.targetQuantity();
    Optional<Quantity> measured = indicator.measuredQuantity();
    double measuredValue = measured.map(q -> q.reference().doubleValue()).orElse(0.0);
    double targetHigh = target.map(q -> q.getMax().orElse(q.reference()).doubleValue()).orElse(0.0);
    double scale = Math.max(1, Math.max(measuredValue, targetHigh) * 1.15);
    String label = indicator.project() + " · " + indicator.name();
    String kind = target.map(q -> q.getKind().code()).orElse("none");
    String summary = label + ": " + progressText(indicator);
    out.append("<g class=\"indicator-bar\" data-project=\"").append(html(indicator.project())).append("\" data-indicator=\"")
        .append(html(indicator.id())).append("\" data-target-kind=\"").append(kind).append("\"")
        .append(measured.isPresent() ? " data-measured=\"" + measured.get().reference().toPlainString() + "\"" : "")
        .append(indicator.reached().map(r -> " data-reached=\"" + r + "\"").orElse("")).append("><title>").append(html(summary))
        .append("</title>");
    if (hasSection(indicator.project())) {
      out.append("<a href=\"#").append(anchor("p-", indicator.project())).append("\">");
    }
    out.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(html(shorten(label, 46))).append("</text>");
    if (hasSection(indicator.project())) {
      out.append("</a>");
    }
    out.append("<rect class=\"track\" x=\"").append(left).append("\" y=\"").append(y + 2).append("\" width=\"").append(plot)
        .append("\" height=\"14\" fill=\"#f2f2f2\"/>");
    if (target.isPresent()) {
      Quantity q = target.get();
      double lowX = left + plot * q.reference().doubleValue() / scale;
      switch (q.getKind()) {
        case RANGE:
          double highX = left + plot * q.getMax().orElse(q.reference()).doubleValue() / scale;
          rect(lowX, y, Math.max(2, highX - lowX), 18, "#E69F00", "0.35", "target target-range");
          break;
        case AT_MOST:
          double maxX = left + plot * q.getMax().orElse(q.reference()).doubleValue() / scale;
          out.append("<rect class=\"target target-at-most\" x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"")
              .append(svgNumber(maxX - left)).append("\" height=\"18\" fill=\"url(#at-most)\"/>");
          break;
        default:
          break;
      }
    }
    if (measured.isPresent()) {
      double width = plot * measuredValue / scale;
      String fill = indicator.reached().orElse(false) ? OKABE_ITO[2] : OKABE_ITO[0];
      out.append("<rect class=\"measured\" x=\"").append(left).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(svgNumber(Math.max(1, width))).append("\" height=\"10\" fill=\"").append(fill).append("\"/>");
    }
    if (target.isPresent()) {
      Quantity q = target.get();
      double lowX = left + plot * q.reference().doubleValue() / scale;
      switch (q.getKind()) {
        case EXACT:
          out.append("<line class=\"target target-exact\" x1=\"").append(svgNumber(lowX)).append("\" y1=\"").append(y - 1)
              .append("\" x2=\"").append(svgNumber(lowX)).append("\" y2=\"").append(y + 19).append("\" stroke=\"#000\" stroke-width=\"2\"/>");
          break;
        case APPROX:
          out.append("<line class=\"target target-approx\" x1=\"").append(svgNumber(lowX)).append("\" y1=\"").append(y - 1)
              .append("\" x2=\"").append(svgNumber(lowX)).append("\" y2=\"").append(y + 19)
              .append("\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
          break;
        case AT_LEAST:
          out.append("<path class=\"target target-at-least\" d=\"M").append(svgNumber(lowX)).append(' ').append(y - 1).append(" V")
              .append(y + 19).append(" M").append(svgNumber(lowX)).append(' ').append(y + 9).append(" H").append(svgNumber(lowX + 14))
              .append(" l-4 -4 M").append(svgNumber(lowX + 14)).append(' ').append(y + 9)
              .append(" l-4 4\" stroke=\"#000\" stroke-width=\"2\" fill=\"none\"/>");
          break;
        default:
          break;
      }
    }
    String end = indicator.percent().map(p -> t.number(p) + "%").orElse(measured.map(this::quantity).orElse(""));
    out.append("<text x=\"").append(left + plot + 4).append("\" y=\"").append(y + 13).append("\" class=\"small\">")
        .append(html(shorten(end, 16))).append("</text></g>\n");
  }

  // ---------------------------------------------------------------- projects

  private void projects() {
    section("projects", "PROJECTS", true);
    List<ProjectRow> projects = report.getProjects();
    List<List<String>> rows = new ArrayList<>();
    for (ProjectRow project : projects.subList(0, Math.min(projects.size(), TABLE_ROWS))) {
      rows.add(List.of(projectLink(project.id()), html(project.title()), html(project.call().orElse("")),
          html(project.status().map(this::statusName).orElse("")), project.startYear().map(String::valueOf).orElse(""),
          html(project.lead().orElse(""))));
    }
    table(t.get("PROJECTS"), List.of(t.get("id"), t.get("titleColumn"), t.get("call"), t.get("status"), t.get("year"), t.get("lead")),
        rows, null, projects.size(), true);
    List<ProjectDetail> details = report.getDetails();
    for (ProjectDetail detail : details.subList(0, Math.min(details.size(), PROJECT_SECTIONS))) {
      article(detail);
    }
    int shown = Math.min(details.size(), PROJECT_SECTIONS);
    if (report.getProjectCount() > shown) {
      out.append("<p class=\"more\">").append(html(t.get("moreProjects", t.integer(shown), t.integer(report.getProjectCount() - shown))))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void dd(String key, String value) {
    if (!value.isEmpty()) {
      out.append("<dt>").append(html(t.get(key))).append("</dt><dd>").append(value).append("</dd>");
    }
  }

  private void article(ProjectDetail detail) {
    out.append("<article class=\"project\" id=\"").append(anchor("p-", detail.id())).append("\">\n<h3>").append(html(detail.title()))
        .append("</h3>\n<dl>");
    dd("section.id", html(detail.id()));
    dd("section.call", detail.call().map(c -> "<a href=\"#" + anchor("call-", c) + "\">" + html(c) + "</a>").orElse(""));
    dd("section.status", html(detail.status().map(this::statusName).orElse("")));
    dd("section.lead", html(detail.lead().orElse("")));
    dd("section.partners", html(String.join(", ", detail.partners())));
    String period = detail.start().map(t::date).orElse("") + (detail.end().isPresent() ? " – " + t.date(detail.end().get()) : "");
    dd("section.period", html(period));
    dd("section.duration", detail.duration().map(d -> html(d.getMin() == d.getMax() ? d.getMin() + " " + t.get("months")
        : d.getMin() + "–" + d.getMax() + " " + t.get("months"))).orElse(""));
    String places = String.join(", ", detail.places()) + detail.territory().map(d -> (detail.places().isEmpty() ? "" : ". ") + d).orElse("");
    dd("section.territory", html(places));
    List<String> money = new ArrayList<>();
    detail.total().ifPresent(m -> money.add(t.get("total") + " " + money(m)));
    if (!detail.grants().isEmpty()) {
      List<String> grants = new ArrayList<>();
      detail.grants().forEach(m -> grants.add(money(m)));
      money.add(t.get("grant") + " " + String.join(" + ", grants));
    }
    dd("section.budget", html(String.join("; ", money)));
    if (!detail.indicators().isEmpty()) {
      StringBuilder list = new StringBuilder("<ul>");
      for (IndicatorRow indicator : detail.indicators()) {
        list.append("<li>").append(html(indicator.name() + ": " + progressText(indicator))).append("</li>");
      }
      dd("section.indicators", list.append("</ul>").toString());
    }
    if (!detail.sources().isEmpty()) {
      StringBuilder list = new StringBuilder("<ul>");
      for (Source source : detail.sources()) {
        String text = source.getTitle().or(source::getUrl).orElse(source.getNote().orElse(""));
        list.append("<li>");
        Optional<String> url = source.getUrl().filter(u -> u.startsWith("https://") || u.startsWith("http://"));
        if (url.isPresent()) {
          list.append("<a href=\"").append(html(url.get())).append("\" rel=\"noopener noreferrer\">").append(html(text)).append("</a>");
        } else {
          list.append(html(text));
        }
        list.append("</li>");
      }
      dd("section.sources", list.append("</ul>").toString());
    }
    out.append("</dl>\n</article>\n");
  }

  private String money(Money money) {
    return t.money(money.getAmount(), money.getCurrency().value());
  }
}
