package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.DocumentKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto schema [project|portfolio|call|indicator-catalogue]}: prints the JSON Schema of the format. */
@Command(
    addMethodSubcommands = false,
    name = "schema",
    versionProvider = VersionProvider.class,
    description = "Prints the JSON Schema (2020-12) of a kind of document: project (default), portfolio, call or "
        + "indicator-catalogue.")
final class SchemaCommand implements Callable<Integer> {

  /** The kinds of document, by their wire code. */
  static final class Kinds implements Iterable<String>, ITypeConverter<DocumentKind> {
    @Override
    public Iterator<String> iterator() {
      List<String> codes = new ArrayList<>();
      for (DocumentKind kind : DocumentKind.values()) {
        codes.add(kind.code());
      }
      return codes.iterator();
    }

    @Override
    public DocumentKind convert(String value) {
      return DocumentKind.fromCode(value).orElseThrow(() -> new TypeConversionException(
          "expected one of " + String.join(", ", this) + " but was '" + value + "'"));
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = "project", converter = Kinds.class,
      completionCandidates = Kinds.class, description = "${COMPLETION-CANDIDATES}.")
  DocumentKind kind = DocumentKind.PROJECT;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(ProgettoMapper.standard().schema(kind).strip());
    out.flush();
    return Main.OK;
  }
}
