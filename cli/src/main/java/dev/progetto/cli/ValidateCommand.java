package dev.progetto.cli;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ProjectInputs;
import dev.progetto.validation.ReportStream;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code progetto validate PATH...}: reads and validates files or whole directories. */
final class ValidateCommand implements Callable<Integer> {

  /** Output formats of {@code validate}. */
  enum Format {
    TEXT,
    JSON,
    SARIF
  }

  /** The lowest severity that makes the exit code 1. */
  enum FailOn {
    ERROR,
    WARNING
  }

  final CommandSpec spec = Arg.command(this, "validate",
      "Reads and validates project, portfolio and call files (.json, .yaml, .yml, .jsonl), workbooks (.xlsx), CSV "
          + "files (a .csv of projects, or a folder of .csv files one a sheet) or whole directories.",
      "Prints every problem with its rule id and location; exits 1 when an issue reaches --fail-on.");

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<List<Path>> pathArguments = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("PATH")
      .arity("1..*").type(List.class).auxiliaryTypes(Path.class).description("Files or directories to validate."));

  private final Arg<Format> formatOption = Arg.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
      .type(Format.class).defaultValue("text")
      .description("text, json (the report of the file format) or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}."));

  private final Arg<List<Path>> callFileOption =
      Arg.repeatable(spec, "--call-file", "FILE", Path.class, "An extra call document (repeatable).");

  private final Arg<Boolean> lenientOption = Arg.flag(spec, "--lenient", "Report unknown fields as warnings instead of errors.");

  private final Arg<String> todayOption = Arg.option(spec, "--today", "YYYY-MM-DD", String.class,
      "The date to judge date-relative rules by (default: today).");

  private final Arg<Boolean> allowEmptyOption =
      Arg.flag(spec, "--allow-empty", "Exit 0 when the paths hold no document, instead of the usage error 2.");

  private final Arg<Integer> threadsOption = Arg.option(spec, "--threads", "N", Integer.class,
      "Threads that read a JSON Lines file of 1 MiB or more (default: 1); the report is the same, in the same order.");

  private final Arg<FailOn> failOnOption = Arg.option(spec, OptionSpec.builder("--fail-on").paramLabel("LEVEL")
      .type(FailOn.class).defaultValue("error")
      .description("error or warning: the lowest severity that makes the exit code 1. Default: ${DEFAULT-VALUE}."));

  @Override
  public Integer call() throws IOException {
    List<Path> paths = pathArguments.list();
    Format format = formatOption.orElse(Format.TEXT);
    boolean lenient = lenientOption.orElse(false);
    String today = todayOption.get();
    Integer threads = threadsOption.get();
    FailOn failOn = failOnOption.orElse(FailOn.ERROR);
    Locale locale = Inputs.locale(common.lang());
    LocalDate date = today == null ? null : Today.parse(today);
    if (threads != null && (threads < 1 || threads > 256)) {
      throw new UserError("cli.option.threads", String.valueOf(threads));
    }
    PrintWriter err = spec.commandLine().getErr();
    List<CliMessages.Text> unreadable = new ArrayList<>();
    Consumer<CliMessages.Text> problem = text -> {
      unreadable.add(text);
      err.println("progetto: " + ReportWriter.escapeForTerminal(text.in(locale)));
      err.flush();
    };
    List<Path> files = Inputs.files(paths, problem);
    if (files.isEmpty() && unreadable.isEmpty() && !allowEmptyOption.orElse(false)) {
      throw new UserError("cli.validate.nothing", paths.stream().map(Path::toString)
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    // a file of an unknown syntax is a usage error before any output
    for (Path file : files) {
      if (!TabularMapper.isSpreadsheet(file)) {
        Inputs.syntax(file);
      }
    }
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(lenient).build();
    Validator.Builder builder = Validator.builder().locale(locale)
        .addCalls(CallFiles.read(mapper, callFileOption.list(), locale));
    if (date != null) {
      builder.clock(Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }
    Validator validator = builder.build();
    Progress progress = Progress.onTerminal(err, files.size(), locale);
    ProjectInputs inputs = validator.projectInputs();

    PrintWriter out = spec.commandLine().getOut();
    ReportWriter writer = format == Format.JSON ? ReportWriter.json()
        : format == Format.SARIF ? ReportWriter.sarif() : ReportWriter.text();
    // Each document's report is written as soon as it is made and then dropped: memory stays that
    // of one document whatever the number of documents and issues.
    ReportStream report = writer.open(locale, out);
    try {
      for (Path file : files) {
        progress.file(file);
        try {
          validate(file, mapper, validator, inputs, report, progress, threads, lenient);
        } catch (IOException | UncheckedIOException failure) {
          IOException cause = failure instanceof UncheckedIOException ? ((UncheckedIOException) failure).getCause()
              : (IOException) failure;
          problem.accept(Inputs.cannotRead(file, Inputs.reason(file, cause)));
        }
      }
    } finally {
      progress.done();
      report.close();
      out.flush();
    }
    long errors = report.errorCount();
    long warnings = report.count(IssueSeverity.WARNING);
    if (!unreadable.isEmpty()) {
      return Main.USAGE;
    }
    if (report.documentCount() == 0 && !allowEmptyOption.orElse(false)) {
      // an empty JSON Lines file: an export that wrote nothing must not pass as a clean one
      problem.accept(new CliMessages.Text("cli.validate.no-lines",
          paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))));
      return Main.USAGE;
    }
    boolean failed = errors > 0 || (failOn == FailOn.WARNING && warnings > 0);
    return failed ? Main.ISSUES : Main.OK;
  }

  /** Lines smaller than this in all are read on one thread: starting others would cost more. */
  private static final long PARALLEL_BYTES = 1L << 20;

  /**
   * The threads that read a JSON Lines file: the ones asked for, for a file of 1 MiB or more;
   * else one. More are not the default: on two cores they were measured to cost more CPU than
   * they save (docs/benchmarks.md).
   */
  static int readers(Path file, @Nullable Integer asked) {
    if (asked == null || asked == 1) {
      return 1;
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) < PARALLEL_BYTES) {
        return 1;
      }
    } catch (IOException unreadable) {
      return 1; // the read itself reports why
    }
    return asked;
  }

  private static void validate(Path file, ProgettoMapper mapper, Validator validator, ProjectInputs inputs,
      ReportStream report, Progress progress, @Nullable Integer threads, boolean lenient) throws IOException {
    if (TabularMapper.isSpreadsheet(file)) {
      // issues and findings located at their cells: Sheet!C7 (header)
      ReadResult<Document> result = TabularMapper.lenient(lenient).read(file);
      progress.clear();
      report.add(inputs.check(result, validator.validate(result)));
    } else if (Inputs.syntax(file) == Syntax.JSON_LINES) {
      try (ProjectStream stream = mapper.streamProjects(file, readers(file, threads))) {
        while (stream.hasNext()) {
          ReadResult<Project> line = stream.next();
          var checked = inputs.check(line, validator.validate(line));
          if (!checked.getIssues().isEmpty()) {
            progress.clear();
          }
          report.add(checked);
          progress.line(stream.lineNumber());
        }
      }
    } else {
      ReadResult<Document> result = mapper.read(file);
      progress.clear();
      report.add(inputs.check(result, validator.validate(result)));
    }
  }

  /** Reads the integrator's call documents; a call file with errors is a usage error. */
  static final class CallFiles {
    private CallFiles() {}

    static List<Call> read(ProgettoMapper mapper, List<Path> files, Locale locale) throws IOException {
      List<Call> calls = new ArrayList<>();
      for (Path file : Inputs.files(files)) {
        ReadResult<Call> result = mapper.readCall(file);
        if (result.hasErrors() || result.getDocument().isEmpty()) {
          Object errors = result.getIssues().stream()
              .map(issue -> issue.getLocation().map(l -> l + ": ").orElse(issue.getPointer() + ": ") + "[" + issue.getRule()
                  + "] " + issue.getMessage(locale))
              .reduce((a, b) -> a + "; " + b).<Object>map(joined -> joined).orElse(new CliMessages.Text("cli.validate.no-call"));
          throw new UserError("cli.validate.call-file", file.toString(), errors);
        }
        // a rule or parameter the catalogue does not know would be skipped without a word
        ValidationReport checked = Validator.builder().locale(locale).build().validate(result);
        if (checked.errorCount() > 0) {
          throw new UserError("cli.validate.call-file", file.toString(), checked.getIssues().stream()
              .filter(issue -> issue.getSeverity() == IssueSeverity.ERROR)
              .map(issue -> issue.getLocation().map(l -> l + ": ").orElse("") + issue.getMessage())
              .reduce((a, b) -> a + "; " + b).orElse(""));
        }
        calls.add(result.getDocument().get());
      }
      return calls;
    }
  }
}
