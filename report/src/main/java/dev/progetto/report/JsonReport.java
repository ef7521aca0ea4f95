package dev.progetto.report;

import dev.progetto.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's roll-ups as one JSON document for dashboards of the users' own, as
 * docs/schema/portfolio-report.schema.json describes it. Amounts are exact decimals written as
 * JSON numbers; names and titles are in the report's language.
 */
final class JsonReport {

  private final ReportRenderer.Chunks chunks;
  private final StringBuilder out;
  private int depth;
  private boolean first = true;

  private JsonReport(ReportRenderer.Chunks chunks) {
    this.chunks = chunks;
    this.out = chunks.buffer;
  }

  static void render(PortfolioReport report, ReportRenderer.Chunks out) {
    new JsonReport(out).document(report);
    out.flush();
  }

  // ------------------------------------------------------------ writing

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void separator() {
    chunks.spill();
    if (!first) {
      out.append(',');
    }
    first = false;
    newline();
  }

  private JsonReport open(char bracket) {
    out.append(bracket);
    depth++;
    first = true;
    return this;
  }

  private JsonReport close(char bracket) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(bracket);
    first = false;
    return this;
  }

  private JsonReport name(String name) {
    separator();
    string(name);
    out.append(": ");
    return this;
  }

  private JsonReport element() {
    separator();
    return this;
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private JsonReport value(String text) {
    string(text);
    return this;
  }

  private JsonReport value(long number) {
    out.append(number);
    return this;
  }

  private JsonReport value(BigDecimal number) {
    out.append(number.toPlainString());
    return this;
  }

  private JsonReport value(boolean flag) {
    out.append(flag);
    return this;
  }

  private void field(String name, String text) {
    name(name).value(text);
  }

  private void field(String name, long number) {
    name(name).value(number);
  }

  private void field(String name, BigDecimal number) {
    name(name).value(number);
  }

  private void field(String name, Optional<String> text) {
    text.ifPresent(t -> field(name, t));
  }

  private void strings(String name, List<String> values) {
    name(name).open('[');
    values.forEach(v -> element().value(v));
    close(']');
  }

  private void amounts(String name, Map<String, BigDecimal> amounts) {
    name(name).open('{');
    amounts.forEach(this::field);
    close('}');
  }

  private void counts(String name, List<PortfolioReport.CountRow> rows) {
    name(name).open('[');
    for (PortfolioReport.CountRow row : rows) {
      element().open('{');
      field("key", row.key());
      field("projects", row.projects());
      close('}');
    }
    close(']');
  }

  private void quantity(String name, Optional<Quantity> quantity) {
    if (quantity.isEmpty()) {
      return;
    }
    Quantity q = quantity.get();
    name(name).open('{');
    field("kind", q.getKind().code());
    q.getValue().ifPresent(v -> field("value", v));
    q.getMin().ifPresent(v -> field("min", v));
    q.getMax().ifPresent(v -> field("max", v));
    field("per", q.getPer().code());
    close('}');
  }

  private void places(String name, List<PortfolioReport.PlaceRow> rows, boolean withRegion) {
    name(name).open('[');
    for (PortfolioReport.PlaceRow row : rows) {
      element().open('{');
      field("code", row.code());
      field("name", row.name());
      if (withRegion) {
        field("region", row.region());
      }
      field("projects", row.projects());
      amounts("grants", row.grants());
      close('}');
    }
    close(']');
  }

  // ------------------------------------------------------------ document

  private void document(PortfolioReport report) {
    open('{');
    field("format", 1);
    field("kind", "portfolio-report");
    field("language", report.getLocale().getLanguage().equals("it") ? "it" : "en");
    field("projectCount", report.getProjectCount());
    name("stating").open('{');
    report.getStating().forEach((fact, count) -> field(fact.name().toLowerCase(java.util.Locale.ROOT), count));
    close('}');
    report.getFirstYear().ifPresent(year -> field("firstYear", year));
    report.getLastYear().ifPresent(year -> field("lastYear", year));
    field("funderCount", report.getFunderCount());
    name("money").open('[');
    for (PortfolioReport.CurrencyTotal money : report.getMoney()) {
      element().open('{');
      field("currency", money.currency());
      // A sum no project states is absent, not 0.
      if (money.projectsWithTotal() > 0) {
        field("total", money.total());
      }
      if (money.projectsWithGrant() > 0) {
        field("grant", money.grant());
      }
      field("projectsWithTotal", money.projectsWithTotal());
      field("projectsWithGrant", money.projectsWithGrant());
      close('}');
    }
    close(']');
    counts("projectsByCall", report.getProjectsByCall());
    counts("projectsByStatus", report.getProjectsByStatus());
    counts("projectsByYear", report.getProjectsByYear());
    name("projectsByYearAndStatus").open('[');
    for (PortfolioReport.YearStatusRow row : report.getProjectsByYearAndStatus()) {
      element().open('{');
      field("year", row.year());
      name("byStatus").open('{');
      row.byStatus().forEach((status, count) -> field(status, count));
      close('}');
      close('}');
    }
    close(']');
    counts("durations", report.getDurations());
    counts("participantsPerProject", report.getParticipantsPerProject());
    name("budgets").open('[');
    for (PortfolioReport.BudgetRow row : report.getBudgets()) {
      element().open('{');
      field("group", row.group());
      field("key", row.key());
      field("currency", row.currency());
      // An amount no project states is absent, not 0.
      row.total().ifPresent(total -> field("total", total));
      row.grant().ifPresent(grant -> field("grant", grant));
      strings("projects", row.projects());
      close('}');
    }
    close(']');
    places("regions", report.getRegions(), false);
    places("provinces", report.getProvinces(), true);
    places("countriesAbroad", report.getCountriesAbroad(), false);
    strings("unplacedComuni", report.getUnplacedComuni());
    name("organisations").open('[');
    for (PortfolioReport.NetworkNode node : report.getNetwork()) {
      element().open('{');
      field("id", node.id());
      field("name", node.name());
      field("country", node.country());
      field("legalForm", node.legalForm());
      node.publicBody().ifPresent(p -> name("publicBody").value(p));
      field("projects", node.projects());
      close('}');
    }
    close(']');
    name("collaborations").open('[');
    for (PortfolioReport.CollaborationRow row : report.getCollaborations()) {
      element().open('{');
      field("first", row.first());
      field("second", row.second());
      strings("projects", row.projects());
      close('}');
    }
    close(']');
    name("indicators").open('[');
    report.forEachIndicator(row -> {
      element().open('{');
      field("project", row.project());
      field("id", row.id());
      field("code", row.code());
      field("name", row.name());
      field("unit", row.unit());
      quantity("target", row.targetQuantity());
      quantity("measured", row.measuredQuantity());
      row.percent().ifPresent(p -> field("percent", p));
      row.reached().ifPresent(r -> name("reached").value(r));
      close('}');
    });
    close(']');
    name("indicatorTotals").open('[');
    for (PortfolioReport.IndicatorTotalRow row : report.getIndicatorTotals()) {
      element().open('{');
      field("code", row.code());
      field("unit", row.unit());
      field("target", row.target());
      // A sum of no measurement is absent, not 0; the measurements compare with measuredTarget.
      row.measured().ifPresent(measured -> field("measured", measured));
      field("measuredTarget", row.measuredTarget());
      row.percent().ifPresent(percent -> field("percent", percent));
      strings("projects", row.projects());
      strings("measuredProjects", row.measuredProjects());
      close('}');
    }
    close(']');
    name("projects").open('[');
    report.forEachProject(row -> {
      element().open('{');
      field("id", row.id());
      field("title", row.title());
      field("call", row.call());
      field("status", row.status());
      row.startYear().ifPresent(y -> field("startYear", y));
      field("lead", row.lead());
      close('}');
    });
    close(']');
    close('}');
    out.append('\n');
  }
}
