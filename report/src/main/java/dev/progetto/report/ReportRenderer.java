package dev.progetto.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link PortfolioReport} as Markdown, CSV, JSON or one self-contained HTML page.
 * Headings and labels are in the report's language (Italian or English); Markdown, CSV and JSON
 * write numbers as exact decimals, the HTML page as the language writes them.
 */
public final class ReportRenderer {

  /**
   * How many rows the HTML page shows of a long table (projects, organisations, indicators...),
   * with "and N more" after them; a report made only for the page needs to keep no more indicator
   * rows than this (see {@link PortfolioReport.Builder#indicatorLimit}).
   */
  public static final int PAGE_ROWS = 200;

  private ReportRenderer() {}

  private static String label(String key, Locale locale) {
    return ReportText.of(locale).get(key);
  }

  /**
   * A table: headings and rows of cells, each a {@code String}, an {@code Integer} or a
   * {@code BigDecimal}; {@code ""} is a cell without a value.
   */
  private record Table(String title, List<String> headings, Rows rows) {

    Table(String title, List<String> headings, List<List<Object>> rows) {
      this(title, headings, action -> rows.forEach(action));
    }

    /** Every row in a list. */
    List<List<Object>> list() {
      List<List<Object>> all = new ArrayList<>();
      rows.forEach(all::add);
      return all;
    }
  }

  /** The rows of a table, made one at a time as they are written: a long table is never a list. */
  private interface Rows {
    void forEach(java.util.function.Consumer<List<Object>> action);
  }

  private static Object text(Optional<?> value) {
    return value.isPresent() ? value.get() : "";
  }

  private static Object plain(BigDecimal number) {
    return number;
  }

  /** A cell as Markdown and CSV write it: numbers as exact decimals. */
  static String cellText(Object cell) {
    return cell instanceof BigDecimal ? ((BigDecimal) cell).toPlainString() : cell.toString();
  }

  private static List<String> texts(List<Object> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    cells.forEach(c -> texts.add(cellText(c)));
    return texts;
  }

  private static Table table(PortfolioReport report, ReportTable table) {
    Locale l = report.getLocale();
    ReportText words = ReportText.of(l);
    switch (table) {
      case PROJECTS:
        return new Table(label("PROJECTS", l), labels(l, "id", "titleColumn", "call", "status", "year", "lead"),
            (Rows) each -> report.forEachProject(p -> each.accept(List.of(p.id(), p.title(), text(p.call()), text(p.status()),
                text(p.startYear()), text(p.lead())))));
      case BUDGETS:
        return new Table(label("BUDGETS", l), labels(l, "group", "key", "currency", "total", "grant", "projects"),
            (Rows) each -> report.getBudgets().forEach(b -> each.accept(List.of(b.group(), b.key(), b.currency(), text(b.total()),
                text(b.grant()), String.join(" ", b.projects())))));
      case ORGANISATIONS:
        return new Table(label("ORGANISATIONS", l), labels(l, "id", "name", "country", "roles"),
            (Rows) each -> report.forEachOrganisation(o -> {
              StringBuilder roles = new StringBuilder();
              for (int i = 0; i < o.projects().size(); i++) {
                roles.append(i == 0 ? "" : ", ").append(o.projects().get(i)).append(" (").append(o.roles().get(i)).append(')');
              }
              each.accept(List.of(o.id(), o.name(), text(o.country()), roles.toString()));
            }));
      case COLLABORATIONS:
        return new Table(label("COLLABORATIONS", l), labels(l, "first", "second", "projects"),
            (Rows) each -> report.getCollaborations().forEach(c -> each.accept(List.of(c.first(), c.second(),
                String.join(" ", c.projects())))));
      case TERRITORIES:
        return new Table(label("TERRITORIES", l), labels(l, "kind", "key", "name", "projects"),
            (Rows) each -> report.getTerritories().forEach(t -> each.accept(List.of(t.kind(), t.key(), t.name(),
                String.join(" ", t.projects())))));
      case PROJECTS_BY_CALL:
        return counts(report.getProjectsByCall(), "byCall", "call", l);
      case PROJECTS_BY_YEAR:
        // A year is a number, so that a sheet sorts and filters it as one; "(none)" stays text.
        List<List<Object>> years = new ArrayList<>();
        report.getProjectsByYear().forEach(c -> years.add(List.of(c.key().matches("-?[0-9]{1,9}") ? (Object) Integer.valueOf(c.key())
            : key(c.key(), "year", l), c.projects())));
        return new Table(label("byYear", l), labels(l, "year", "count"), years);
      case PROJECTS_BY_STATUS:
        return counts(report.getProjectsByStatus(), "byStatus", "status", l);
      case INDICATOR_TOTALS:
        return new Table(label("totals", l), labels(l, "code", "unit", "target", "measured", "measuredTarget", "percent",
            "measuredProjects", "projects"), (Rows) each -> report.getIndicatorTotals().forEach(t -> each.accept(List.of(t.code(),
                words.unit(t.unit()), plain(t.target()), text(t.measured()), plain(t.measuredTarget()), text(t.percent()),
                t.measuredProjects().size(), String.join(" ", t.projects())))));
      default:
        String yes = label("yes", l);
        String no = label("no", l);
        return new Table(label("INDICATORS", l), labels(l, "project", "indicator", "code", "name", "unit", "target", "measured",
            "percent", "isReached", "breakdown"), (Rows) each -> report.forEachIndicator(i -> each.accept(List.of(i.project(), i.id(),
                text(i.code()), i.name(), text(i.unit().map(words::unit)), text(i.target()), text(i.measured()), text(i.percent()),
                i.reached().<Object>map(r -> r ? yes : no).orElse(""), i.disaggregation()))));
    }
  }

  private static List<String> labels(Locale locale, String... keys) {
    List<String> headings = new ArrayList<>();
    for (String key : keys) {
      headings.add(label(key, locale));
    }
    return headings;
  }

  private static Table counts(List<PortfolioReport.CountRow> counts, String title, String key, Locale l) {
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach(c -> rows.add(List.of(key(c.key(), key, l), c.projects())));
    return new Table(label(title, l), labels(l, key, "count"), rows);
  }

  /**
   * A key of a count in the report's language: a status by its name ("in corso"), the projects
   * that state none as the words for it ("non indicato", "senza stato"); a call id or a year as it is.
   */
  private static String key(String key, String kind, Locale l) {
    if (kind.equals("status")) {
      return label("status." + key, l);
    }
    return key.equals(PortfolioReport.NONE) ? label("value.none", l) : key;
  }

  /**
   * Returns the tables of a report as sheets of a workbook: the headline figures first, then
   * every table of {@link ReportTable} in its order, with numbers (counts, amounts, years,
   * percentages) as numbers and headings in the report's language. A spreadsheet writer (the
   * command line's {@code --format xlsx}) writes each as one sheet.
   *
   * @param report the report
   * @return the sheets, the headline first
   */
  public static List<ReportSheet> sheets(PortfolioReport report) {
    List<ReportSheet> sheets = new ArrayList<>();
    Table headline = headline(report);
    sheets.add(new ReportSheet(ReportSheet.HEADLINE, headline.title(), headline.headings(), headline.list()));
    for (ReportTable table : ReportTable.values()) {
      Table rendered = table(report, table);
      sheets.add(new ReportSheet(table.fileName(), rendered.title(), rendered.headings(), rendered.list()));
    }
    return sheets;
  }

  /**
   * The headline figures as a table: figure, currency (for money), value, how many projects state
   * it and of how many.
   */
  private static Table headline(PortfolioReport report) {
    Locale l = report.getLocale();
    int all = report.getProjectCount();
    List<List<Object>> rows = new ArrayList<>();
    ReportText words = ReportText.of(l);
    // What a coverage counts is said in words: "3 of 5 projects state a status" on the row of the projects.
    java.util.function.BiFunction<Object, PortfolioReport.Fact, List<Object>> stated = (value, fact) -> fact == null
        ? List.of(value, "", "", "", "") : List.of(value, label("fact." + fact.name(), l), report.getStating().get(fact), all,
            words.counted("coverage." + fact.name(), report.getStating().get(fact), all));
    java.util.function.BiConsumer<String, List<Object>> row = (key, rest) -> {
      List<Object> cells = new ArrayList<>();
      cells.add(label(key, l));
      cells.add("");
      cells.addAll(rest);
      rows.add(cells);
    };
    row.accept("figure.projects", stated.apply(all, PortfolioReport.Fact.STATUS));
    row.accept("figure.organisations", stated.apply(report.getNetwork().size(), PortfolioReport.Fact.LEAD));
    BigDecimal[] participants = HtmlReport.participants(report);
    row.accept("sheet.participantsMedian", stated.apply(participants[0], null));
    row.accept("sheet.participantsMost", stated.apply(participants[1], null));
    boolean anyTotal = false;
    boolean anyGrant = false;
    for (PortfolioReport.CurrencyTotal money : report.getMoney()) {
      if (money.projectsWithTotal() > 0) {
        rows.add(List.of(label("figure.budget", l), money.currency(), money.total(), label("fact.BUDGET", l), money.projectsWithTotal(),
            all, words.counted("coverage.BUDGET", money.projectsWithTotal(), all)));
        anyTotal = true;
      }
    }
    for (PortfolioReport.CurrencyTotal money : report.getMoney()) {
      if (money.projectsWithGrant() > 0) {
        rows.add(List.of(label("figure.grant", l), money.currency(), money.grant(), label("fact.GRANT", l), money.projectsWithGrant(),
            all, words.counted("coverage.GRANT", money.projectsWithGrant(), all)));
        anyGrant = true;
      }
    }
    if (!anyTotal) {
      row.accept("figure.budget", stated.apply("", PortfolioReport.Fact.BUDGET));
    }
    if (!anyGrant) {
      row.accept("figure.grant", stated.apply("", PortfolioReport.Fact.GRANT));
    }
    int calls = (int) report.getProjectsByCall().stream().filter(c -> !c.key().equals(PortfolioReport.NONE)).count();
    row.accept("sheet.calls", stated.apply(calls, PortfolioReport.Fact.CALL));
    row.accept("sheet.funders", stated.apply(report.getFunderCount(), PortfolioReport.Fact.FUNDER));
    row.accept("sheet.firstYear", stated.apply(report.getFirstYear().<Object>map(y -> y).orElse(""), PortfolioReport.Fact.START));
    row.accept("sheet.lastYear", stated.apply(report.getLastYear().<Object>map(y -> y).orElse(""), null));
    row.accept("sheet.periods", stated.apply("", PortfolioReport.Fact.DURATION));
    row.accept("sheet.regions", stated.apply(report.getRegions().size(), PortfolioReport.Fact.TERRITORY));
    row.accept("sheet.provinces", stated.apply(report.getProvinces().size(), null));
    row.accept("sheet.countriesAbroad", stated.apply(report.getCountriesAbroad().size(), null));
    row.accept("figure.indicators", stated.apply(report.getIndicatorCount(), PortfolioReport.Fact.INDICATORS));
    row.accept("sheet.indicatorsCompared", stated.apply(report.getIndicatorsCompared(), PortfolioReport.Fact.PROGRESS));
    row.accept("sheet.indicatorsReached", stated.apply(report.getIndicatorsReached(), null));
    return new Table(label("headline", l), labels(l, "sheet.figure", "currency", "sheet.value", "sheet.stated", "sheet.stating",
        "sheet.of", "sheet.coverage"), rows);
  }

  /** The roll-ups shown before the detail tables: counts, and indicator totals when there are any. */
  private static List<Table> summaryTables(PortfolioReport report) {
    List<Table> tables = new ArrayList<>();
    tables.add(table(report, ReportTable.PROJECTS_BY_CALL));
    tables.add(table(report, ReportTable.PROJECTS_BY_YEAR));
    tables.add(table(report, ReportTable.PROJECTS_BY_STATUS));
    if (!report.getIndicatorTotals().isEmpty()) {
      tables.add(table(report, ReportTable.INDICATOR_TOTALS));
    }
    return tables;
  }

  /** The detail tables, in the order of {@link ReportTable} up to the roll-ups. */
  private static final List<ReportTable> DETAILS = List.of(ReportTable.PROJECTS, ReportTable.BUDGETS,
      ReportTable.ORGANISATIONS, ReportTable.COLLABORATIONS, ReportTable.TERRITORIES, ReportTable.INDICATORS);

  /**
   * Renders a report.
   *
   * @param report the report
   * @param format Markdown, HTML or JSON; CSV has one file per table and is written by
   *     {@link #renderCsv}, {@link #writeCsv} or {@link #writeCsvZip}
   * @param out where to write
   * @throws IllegalArgumentException for CSV, which does not fit in one text
   */
  public static void render(PortfolioReport report, ReportFormat format, Appendable out) {
    switch (format) {
      case MARKDOWN:
        markdown(report, new Chunks(out));
        break;
      case CSV:
        throw new IllegalArgumentException("CSV has one table per file: write one table with renderCsv, "
            + "or all of them with writeCsv (a directory) or writeCsvZip (a zip file)");
      case JSON:
        JsonReport.render(report, new Chunks(out));
        break;
      default:
        StringBuilder page = new StringBuilder();
        html(report, page);
        write(page, out);
    }
  }

  /**
   * Text written in chunks: a buffer handed to the output each time it holds 64 KB, so that a long
   * report goes out as it is made and is never held whole.
   */
  static final class Chunks {
    private static final int SIZE = 1 << 16;
    final StringBuilder buffer = new StringBuilder(SIZE + 1024);
    private final Appendable out;

    Chunks(Appendable out) {
      this.out = out;
    }

    /** Hands the buffer on when it is full; called between rows. */
    void spill() {
      if (buffer.length() >= SIZE) {
        flush();
      }
    }

    /** Hands what is left on. */
    void flush() {
      write(buffer, out);
      buffer.setLength(0);
    }
  }

  /**
   * Writes every table as a CSV file named after it ({@code projects.csv},
   * {@code projects-by-call.csv}, ...) into a directory, which is created when missing.
   *
   * @param report the report
   * @param directory the directory
   * @return the files written, in the order of {@link ReportTable}
   * @throws IOException when a file cannot be written
   */
  public static List<java.nio.file.Path> writeCsv(PortfolioReport report, java.nio.file.Path directory) throws IOException {
    java.nio.file.Files.createDirectories(directory);
    List<java.nio.file.Path> files = new ArrayList<>();
    for (ReportTable table : ReportTable.values()) {
      java.nio.file.Path file = directory.resolve(table.fileName() + ".csv");
      try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
        renderCsv(report, table, writer);
      } catch (UncheckedIOException failed) {
        throw failed.getCause();
      }
      files.add(file);
    }
    return files;
  }

  /**
   * Writes every table as a CSV file named after it into a zip archive, with a fixed time on
   * each entry so that the same report gives the same bytes.
   *
   * @param report the report
   * @param out where to write the archive; left open
   * @throws IOException when the archive cannot be written
   */
  public static void writeCsvZip(PortfolioReport report, java.io.OutputStream out) throws IOException {
    java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
    for (ReportTable table : ReportTable.values()) {
      java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(table.fileName() + ".csv");
      entry.setTimeLocal(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
      zip.putNextEntry(entry);
      java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8));
      try {
        renderCsv(report, table, writer);
      } catch (UncheckedIOException failed) {
        throw failed.getCause();
      }
      writer.flush();
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /**
   * Renders one table as CSV (RFC 4180): one heading row, then one row per record, every cell
   * safe from spreadsheet formula injection.
   *
   * @param report the report
   * @param table the table
   * @param out where to write
   */
  public static void renderCsv(PortfolioReport report, ReportTable table, Appendable out) {
    Chunks text = new Chunks(out);
    Table rendered = table(report, table);
    csvRow(rendered.headings(), text.buffer);
    rendered.rows().forEach(row -> {
      csvRow(texts(row), text.buffer);
      text.spill();
    });
    text.flush();
  }

  private static void write(CharSequence text, Appendable out) {
    try {
      out.append(text);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static void markdown(PortfolioReport report, Chunks chunks) {
    StringBuilder out = chunks.buffer;
    out.append("# ").append(label("title", report.getLocale())).append("\n");
    List<Table> tables = new ArrayList<>(summaryTables(report));
    for (ReportTable table : DETAILS) {
      tables.add(table(report, table));
    }
    for (Table table : tables) {
      out.append("\n## ").append(table.title()).append("\n\n");
      out.append("| ").append(String.join(" | ", escapeMarkdown(table.headings()))).append(" |\n|");
      table.headings().forEach(h -> out.append("---|"));
      out.append('\n');
      table.rows().forEach(row -> {
        out.append("| ").append(String.join(" | ", escapeMarkdown(texts(row)))).append(" |\n");
        chunks.spill();
      });
    }
    chunks.flush();
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
      if (entity(c, out)) {
        continue;
      }
      switch (c) {
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

  /**
   * A cell a spreadsheet will not run as a formula. As OWASP recommends against CSV injection, a
   * cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
   * gets a leading apostrophe, which spreadsheets read as "text follows" and do not show. A plain
   * number such as {@code -5} or {@code -0.25} is no formula and stays as it is, so that it is
   * still read as a number.
   */
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
      return cell;
    }
    return isPlainNumber(cell) ? cell : "'" + cell;
  }

  /** Whether a text is a decimal number as the report writes them: a sign, digits, a point, digits. */
  private static boolean isPlainNumber(String text) {
    int i = text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point && digits > 0) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0 && text.charAt(text.length() - 1) != '.';
  }

  private static void csvRow(List<String> cells, StringBuilder out) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = neutralised(cells.get(i));
      if (cell != cells.get(i) || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /** Writes {@code <}, {@code >} and {@code &} as the entities HTML and Markdown both read; false for any other character. */
  private static boolean entity(char c, StringBuilder out) {
    switch (c) {
      case '<':
        out.append("&lt;");
        return true;
      case '>':
        out.append("&gt;");
        return true;
      case '&':
        out.append("&amp;");
        return true;
      default:
        return false;
    }
  }

  private static void html(PortfolioReport report, StringBuilder out) {
    HtmlReport.render(report, out);
  }
}
