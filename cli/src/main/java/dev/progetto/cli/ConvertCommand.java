package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code progetto convert IN --to json|yaml|xlsx|csv [-o OUT] [--schema-comment[=URL]]}: rewrites a
 * document in canonical form, or as a workbook or a folder of CSV files; a workbook or CSV files
 * are read as well.
 */
final class ConvertCommand implements Callable<Integer> {

  /** Target syntaxes. */
  enum Target {
    JSON,
    YAML,
    XLSX,
    CSV
  }

  final CommandSpec spec = Arg.command(this, "convert",
      "Rewrites a document in canonical form in JSON or YAML.",
      "Writes it as an xlsx workbook or as CSV files, one a sheet (docs/tabular.md).",
      "Reads JSON, YAML, a workbook, a CSV file of projects or a folder of CSV files.",
      "A document with read errors is not converted (exit 1).");

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<Path> inArgument = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("IN").type(Path.class)
      .description("The document to convert (.json, .yaml, .yml, .xlsx, .csv, or a folder of .csv files)."));

  private final Arg<Target> toOption = Arg.option(spec, OptionSpec.builder("--to").required(true).paramLabel("SYNTAX")
      .type(Target.class).description("json, yaml, xlsx or csv."));

  private final Arg<Path> outOption = Arg.option(spec, OptionSpec.builder("-o", "--output").paramLabel("OUT").type(Path.class)
      .description("Write to this file instead of standard output; for xlsx, the workbook (default: IN's name with .xlsx); "
          + "for csv, the folder of .csv files (default: IN's name without its extension)."));

  private final Arg<Boolean> lenientOption = Arg.flag(spec, "--lenient", "Read unknown fields as warnings; they are not written back.");

  private final Arg<String> schemaCommentOption = Arg.option(spec, OptionSpec.builder("--schema-comment").arity("0..1")
      .paramLabel("URL").type(String.class).fallbackValue(ConvertCommand.DEFAULT_SCHEMA)
      .description("With --to yaml, start the file with the line '# yaml-language-server: $schema=URL' that editors "
          + "read to complete and check it; without URL, the address of the JSON Schema of the document's kind "
          + "(docs/editors.md)."));

  /** The value of --schema-comment given without a URL: the schema of the document's kind. */
  static final String DEFAULT_SCHEMA = "<kind>";

  /** The line that the YAML language server (VS Code, IntelliJ, Neovim, ...) reads. */
  static String schemaCommentLine(String url) {
    return "# yaml-language-server: $schema=" + url + "\n";
  }

  /** The $id of the JSON Schema of a kind, which is where the schema is published. */
  static String schemaUrl(ProgettoMapper mapper, dev.progetto.model.DocumentKind kind) {
    String schema;
    try {
      schema = mapper.schema(kind);
    } catch (IllegalArgumentException noSchema) {
      throw new UserError(noSchema, "cli.convert.schema-unknown", kind.code());
    }
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"").matcher(schema);
    if (!id.find()) {
      throw new IllegalStateException("the schema of " + kind.code() + " has no $id");
    }
    return id.group(1);
  }

  @Override
  public Integer call() throws IOException {
    Path in = inArgument.get();
    Target to = toOption.get();
    Path out = outOption.get();
    boolean lenient = lenientOption.orElse(false);
    String schemaComment = schemaCommentOption.get();
    Locale locale = Inputs.locale(common.lang());
    Inputs.notEmpty(in);
    if (Files.isDirectory(in) && !TabularMapper.isSpreadsheet(in)) {
      throw new UserError("cli.convert.directory", in.toString());
    }
    Path file = Inputs.files(java.util.List.of(in)).get(0);
    boolean spreadsheet = TabularMapper.isSpreadsheet(file);
    if (!spreadsheet && Inputs.syntax(file) == Syntax.JSON_LINES) {
      throw new UserError("cli.convert.json-lines", file.toString());
    }
    if (schemaComment != null && to != Target.YAML) {
      throw new UserError("cli.convert.schema-needs-yaml");
    }
    if (schemaComment != null && (schemaComment.isBlank() || schemaComment.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
      throw new UserError("cli.convert.schema-url");
    }
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(lenient).build();
    ReadResult<Document> result = spreadsheet ? TabularMapper.lenient(lenient).read(file) : mapper.read(file);
    PrintWriter err = spec.commandLine().getErr();
    for (ReadIssue issue : result.getIssues()) {
      err.println(ReportWriter.escapeForTerminal(file + issue.getLocation().map(l -> ":" + l).orElse("") + ": "
          + issue.getSeverity().label(locale) + " [" + issue.getRule() + "] " + issue.getMessage(locale)));
    }
    err.flush();
    if (result.hasErrors() || result.getDocument().isEmpty()) {
      return Main.ISSUES;
    }
    Document document = result.getDocument().get();
    if (to == Target.XLSX || to == Target.CSV) {
      return tabular(document, file, to, out, locale);
    }
    Syntax syntax = to == Target.JSON ? Syntax.JSON : Syntax.YAML;
    String text = mapper.write(document, syntax);
    if (schemaComment != null) {
      text = schemaCommentLine(schemaComment.equals(DEFAULT_SCHEMA) ? schemaUrl(mapper, document.kind()) : schemaComment) + text;
    }
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    } else {
      OutputFile.notAnInput(out, file);
      try {
        java.nio.file.Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException unwritable) {
        throw OutputFile.cannotWrite(out, unwritable);
      }
    }
    return Main.OK;
  }

  /** Writes a project or portfolio as a workbook or a folder of CSV files. */
  private int tabular(Document document, Path file, Target to, @Nullable Path out, Locale locale) {
    if (!(document instanceof Project) && !(document instanceof Portfolio)) {
      throw new UserError("cli.convert.kind", to.name().toLowerCase(Locale.ROOT), file.toString(), document.kind().code());
    }
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name + "-sheets";
    Path target = out != null ? out : file.toAbsolutePath().resolveSibling(to == Target.XLSX ? base + ".xlsx" : base);
    // a workbook converted to a workbook would be rewritten in place, losing its formatting
    OutputFile.notAnInput(target, file);
    PrintWriter err = spec.commandLine().getErr();
    if (to == Target.XLSX) {
      OutputFile.writeStream(target, stream -> TabularMapper.standard().writeXlsx(document, stream), err, locale);
    } else {
      OutputFile.write(target, folder -> TabularMapper.standard().writeCsv(document, folder), err, locale);
    }
    return Main.OK;
  }
}
