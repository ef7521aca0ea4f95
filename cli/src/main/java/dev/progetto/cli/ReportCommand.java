package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.report.PortfolioReport;
import dev.progetto.report.ReportFormat;
import dev.progetto.report.ReportRenderer;
import dev.progetto.report.ReportTable;
import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code progetto report PATH... --format markdown|csv|html|json|xlsx [-o OUT]}: the portfolio report. */
final class ReportCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    MARKDOWN,
    CSV,
    HTML,
    JSON,
    XLSX
  }

  final CommandSpec spec = Arg.command(this, "report",
      "Rolls up the projects of portfolios, project files and JSON Lines files: projects by call, status and year,"
          + " budgets, partners and who worked with whom, territories, indicators (targets against measurements).");

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<List<Path>> pathArguments = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("PATH")
      .arity("1..*").type(List.class).auxiliaryTypes(Path.class).description("Files or directories with projects."));

  private final Arg<Format> formatOption = Arg.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
      .type(Format.class).defaultValue("markdown")
      .description("markdown, csv, html (one page with charts, a map of Italy and the partner network), json"
          + " (the roll-ups, as docs/schema/portfolio-report.schema.json describes them) or xlsx (a workbook: the headline"
          + " figures, then one sheet per table; needs -o). Default: ${DEFAULT-VALUE}."));

  private final Arg<String> tableOption = Arg.option(spec, "--table", "TABLE", String.class,
      "With csv, one table to write: projects, budgets, organisations, collaborations, territories, indicators,"
          + " projects-by-call, projects-by-year, projects-by-status or indicator-totals.");

  private final Arg<Path> outOption = Arg.option(spec, OptionSpec.builder("-o", "--output").paramLabel("OUT").type(Path.class)
      .description("Write to this file instead of standard output. With csv and no --table: a directory that gets one"
          + " CSV file per table, or a .zip file that holds them."));

  @Override
  public Integer call() throws IOException {
    Format format = formatOption.orElse(Format.MARKDOWN);
    String table = tableOption.get();
    Path out = outOption.get();
    Locale locale = Inputs.locale(common.lang());
    ReportTable oneTable = table == null ? null : ReportTable.fromName(table).orElseThrow(() -> new UserError(
        "cli.option.table", java.util.Arrays.stream(ReportTable.values()).map(ReportTable::fileName)
            .collect(java.util.stream.Collectors.joining(", ")), table));
    if (oneTable != null && format != Format.CSV) {
      throw new UserError("cli.option.table-needs-csv");
    }
    if (format == Format.XLSX && out == null) {
      throw new UserError("cli.option.xlsx-needs-out");
    }
    if (format == Format.CSV && oneTable == null && out == null) {
      throw new UserError("cli.option.csv-needs-out");
    }
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(true).build();
    PortfolioReport.Builder projects = PortfolioReport.builder(locale);
    if (format == Format.HTML) {
      // The page shows the first rows of the indicators: keeping no more bounds its memory.
      projects.indicatorLimit(ReportRenderer.PAGE_ROWS);
    } else if (format != Format.XLSX) {
      // Markdown, CSV and JSON write a row per project and per indicator: those rows wait in a
      // temporary file, not on the heap.
      try {
        projects.rowsOnDisk();
      } catch (java.io.UncheckedIOException noTemporaryFile) {
        throw new UserError(noTemporaryFile, "cli.report.temporary-file", String.valueOf(noTemporaryFile.getCause().getMessage()));
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    int unreadable = 0;
    Map<String, String> seen = new HashMap<>();
    for (Path file : Inputs.files(pathArguments.list())) {
      boolean spreadsheet = TabularMapper.isSpreadsheet(file);
      if (!spreadsheet && Inputs.syntax(file) == Syntax.JSON_LINES) {
        long errors = 0;
        try (ProjectStream stream = mapper.streamProjects(file)) {
          while (stream.hasNext()) {
            ReadResult<Project> line = stream.next();
            if (line.getDocument().isPresent()) {
              errors += errors(line);
              add(line.getDocument().get(), file + ":" + stream.lineNumber(), projects, seen, err, locale);
            } else {
              unreadable++;
              err.println("progetto: " + ReportWriter.escapeForTerminal(
                  CliMessages.text(locale, "cli.report.line-left-out", file.toString(), String.valueOf(stream.lineNumber()))));
            }
          }
        }
        unreadable += readWithErrors(file, errors, err, locale);
        continue;
      }
      ReadResult<Document> result = spreadsheet ? TabularMapper.lenient(true).read(file) : mapper.read(file);
      Document document = result.getDocument().orElse(null);
      if (document != null) {
        unreadable += readWithErrors(file, errors(result), err, locale);
      }
      if (document instanceof Portfolio) {
        List<Project> standalone = ((Portfolio) document).standaloneProjects();
        for (int i = 0; i < standalone.size(); i++) {
          String place = file + result.getSourceMap().locate("/projects/" + i).map(l -> ":" + (l.isCell() ? l.reference()
              : String.valueOf(l.line()))).orElse("");
          add(standalone.get(i), place, projects, seen, err, locale);
        }
      } else if (document instanceof Project) {
        add((Project) document, file + result.getSourceMap().locate("/id").map(l -> ":" + (l.isCell() ? l.reference()
            : String.valueOf(l.line()))).orElse(""),
            projects, seen, err, locale);
      } else if (document == null) {
        unreadable++;
        err.println("progetto: " + ReportWriter.escapeForTerminal(CliMessages.text(locale, "cli.report.file-left-out", file.toString())));
      }
    }
    PortfolioReport report = projects.build();
    report.getWarnings().forEach(warning -> err.println("progetto: "
        + ReportWriter.escapeForTerminal(CliMessages.text(locale, "cli.report.warning", warning))));
    err.flush();
    // What the builder gathered is in the report now: let it go before the report is written.
    projects = null;
    if (format == Format.CSV && oneTable == null) {
      writeTables(report, out);
      return unreadable > 0 ? Main.ISSUES : Main.OK;
    }
    if (format == Format.XLSX) {
      try (java.io.OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
        ReportWorkbook.write(ReportRenderer.sheets(report), file);
      } catch (IOException unwritable) {
        throw OutputFile.cannotWrite(out, unwritable);
      }
      return unreadable > 0 ? Main.ISSUES : Main.OK;
    }
    // Written as it is made: a long report is never held whole.
    if (out == null) {
      PrintWriter writer = spec.commandLine().getOut();
      try {
        render(report, format, oneTable, writer);
      } catch (java.io.UncheckedIOException unreadableRows) {
        throw new UserError(unreadableRows, "cli.report.cannot-write", String.valueOf(unreadableRows.getMessage()));
      }
      writer.flush();
    } else {
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        render(report, format, oneTable, writer);
      } catch (IOException unwritable) {
        throw OutputFile.cannotWrite(out, unwritable);
      } catch (java.io.UncheckedIOException unwritable) {
        throw OutputFile.cannotWrite(out, unwritable.getCause());
      }
    }
    return unreadable > 0 ? Main.ISSUES : Main.OK;
  }

  private static void render(PortfolioReport report, Format format, ReportTable oneTable, Writer writer) {
    if (oneTable != null) {
      ReportRenderer.renderCsv(report, oneTable, writer);
    } else {
      ReportRenderer.render(report, ReportFormat.valueOf(format.name()), writer);
    }
  }

  /** Writes every table as CSV: into a zip file when the output ends with .zip, else into a directory. */
  private static void writeTables(PortfolioReport report, Path out) {
    try {
      if (out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        try (java.io.OutputStream zip = Files.newOutputStream(out)) {
          ReportRenderer.writeCsvZip(report, zip);
        }
      } else {
        ReportRenderer.writeCsv(report, out);
      }
    } catch (IOException unwritable) {
      throw OutputFile.cannotWrite(out, unwritable);
    }
  }

  /** How many errors reading found: each left a value out of what was read. */
  private static long errors(ReadResult<?> result) {
    return result.getIssues().stream().filter(issue -> issue.getSeverity() == dev.progetto.io.IssueSeverity.ERROR).count();
  }

  /**
   * Says that a file was read with errors, whose values the report leaves out; returns 1 when it
   * was, so that the command ends with exit code 1 as for a file it cannot read.
   */
  private static int readWithErrors(Path file, long errors, PrintWriter err, Locale locale) {
    if (errors == 0) {
      return 0;
    }
    err.println("progetto: " + ReportWriter.escapeForTerminal(CliMessages.text(locale, "cli.report.read-with-errors", file.toString(), errors)));
    return 1;
  }

  /**
   * Adds a project to the report, or, when an earlier input had its id, says so and leaves it out
   * so that the report counts it once.
   */
  private static void add(Project project, String place, PortfolioReport.Builder projects, Map<String, String> seen,
      PrintWriter err, Locale locale) {
    String first = seen.putIfAbsent(project.getId().value(), place);
    if (first == null) {
      projects.add(project);
    } else {
      err.println("progetto: " + ReportWriter.escapeForTerminal(
          CliMessages.text(locale, "cli.report.duplicate", project.getId().value(), place, first)));
    }
  }
}
