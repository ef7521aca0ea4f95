package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto convert IN --to json|yaml [-o OUT]}: rewrites a document in canonical form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rewrites a document in canonical form in JSON or YAML. A document with read errors is not converted (exit 1).")
final class ConvertCommand implements Callable<Integer> {

  /** Target syntaxes. */
  enum Target {
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "IN", description = "The document to convert (.json, .yaml or .yml).")
  Path in;

  @Option(names = "--to", required = true, paramLabel = "SYNTAX", description = "json or yaml.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--lenient", description = "Read unknown fields as warnings; they are not written back.")
  boolean lenient;

  @Override
  public Integer call() throws IOException {
    Locale locale = Inputs.locale(common.lang);
    Path file = Inputs.files(java.util.List.of(in)).get(0);
    if (Inputs.syntax(file) == Syntax.JSON_LINES) {
      throw new UserError("convert reads one document; " + file + " is JSON Lines");
    }
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(lenient).build();
    ReadResult<Document> result = mapper.read(file);
    PrintWriter err = spec.commandLine().getErr();
    for (ReadIssue issue : result.getIssues()) {
      err.println(ReportWriter.shown(file + issue.getLocation().map(l -> ":" + l).orElse("") + ": "
          + issue.getSeverity().code() + " [" + issue.getRule() + "] " + issue.message(locale)));
    }
    err.flush();
    if (result.hasErrors() || result.getDocument().isEmpty()) {
      return Main.ISSUES;
    }
    Syntax syntax = to == Target.JSON ? Syntax.JSON : Syntax.YAML;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(mapper.write(result.getDocument().get(), syntax));
      stdout.flush();
    } else {
      try {
        mapper.write(result.getDocument().get(), syntax, out);
      } catch (IOException unwritable) {
        throw new UserError("cannot write " + out + ": " + unwritable.getMessage(), unwritable);
      }
    }
    return Main.OK;
  }
}
