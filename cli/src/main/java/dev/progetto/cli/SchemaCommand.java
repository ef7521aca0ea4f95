package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.DocumentKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code progetto schema [project|portfolio|call|indicator-catalogue]}: prints the JSON Schema of the format. */
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

  final CommandSpec spec = Arg.command(this, "schema",
      "Prints the JSON Schema (2020-12) of a kind of document: project (default), portfolio, call or "
          + "indicator-catalogue.");

  private final Arg<DocumentKind> kindArgument = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("KIND")
      .arity("0..1").type(DocumentKind.class).defaultValue("project").converters(new Kinds()).completionCandidates(new Kinds())
      .description("${COMPLETION-CANDIDATES}."));

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(ProgettoMapper.standard().schema(kindArgument.orElse(DocumentKind.PROJECT)).strip());
    out.flush();
    return Main.OK;
  }
}
