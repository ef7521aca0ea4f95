package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.DocumentKind;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto schema [project|portfolio|call]}: prints the JSON Schema of the format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints the JSON Schema (2020-12) of a kind of document: project (default), portfolio or call.")
final class SchemaCommand implements Callable<Integer> {

  /** The kinds that have a schema. */
  enum Kind {
    PROJECT,
    PORTFOLIO,
    CALL
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = "project", description = "project, portfolio or call.")
  Kind kind = Kind.PROJECT;

  @Override
  public Integer call() {
    DocumentKind documentKind = DocumentKind.valueOf(kind.name());
    PrintWriter out = spec.commandLine().getOut();
    out.println(ProgettoMapper.standard().schema(documentKind).strip());
    out.flush();
    return Main.OK;
  }
}
