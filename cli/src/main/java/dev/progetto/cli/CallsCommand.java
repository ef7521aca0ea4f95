package dev.progetto.cli;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Call;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import dev.progetto.validation.CallCatalogue;
import dev.progetto.validation.CallResolutionException;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.ResolvedCall;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code progetto calls} and {@code progetto calls show ID}: the call catalogue. */
final class CallsCommand implements Callable<Integer> {

  final CommandSpec spec = Arg.command(this, "calls", "Lists the calls of the catalogue: the built-in ones and those of --call-file.")
      .addSubcommand("show", new picocli.CommandLine(new Show().spec));

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<List<Path>> callFileOption =
      Arg.repeatable(spec, "--call-file", "FILE", Path.class, "An extra call document (repeatable).");

  static CallCatalogue catalogue(List<Path> callFiles, Locale locale) throws IOException {
    return CallCatalogue.builtIn().withCalls(ValidateCommand.CallFiles.read(ProgettoMapper.standard(), callFiles, locale));
  }

  @Override
  public Integer call() throws IOException {
    Locale locale = Inputs.locale(common.lang());
    PrintWriter out = spec.commandLine().getOut();
    for (Call call : catalogue(callFileOption.list(), locale).calls()) {
      out.println(ReportWriter.escapeForTerminal(String.format("%-34s %s%s", call.getId().value(),
          call.getName().map(n -> n.resolve(locale)).orElse(""),
          call.isAbstractCall() ? " " + CliMessages.text(locale, "cli.calls.abstract") : "")));
    }
    out.flush();
    return Main.OK;
  }

  /** {@code progetto calls show ID}: one call with its resolved rules, parameters, sources and confidence. */
  static final class Show implements Callable<Integer> {

    final CommandSpec spec = Arg.command(this, "show",
        "Shows one call: its chain, descriptor, resolved rules with parameters, severity and confidence, and sources.");

    private final CommonOptions common = new CommonOptions(spec);

    private final Arg<String> idArgument = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("ID").type(String.class)
        .description("The call id, such as erasmus-plus-2024-ka220-vet."));

    private final Arg<List<Path>> callFileOption =
        Arg.repeatable(spec, "--call-file", "FILE", Path.class, "An extra call document (repeatable).");

    @Override
    public Integer call() throws IOException {
      String id = idArgument.get();
      Locale locale = Inputs.locale(common.lang());
      ResolvedCall call;
      try {
        call = catalogue(callFileOption.list(), locale).resolve(id).orElseThrow(() -> new UserError("cli.calls.unknown", id));
      } catch (CallResolutionException broken) {
        throw new UserError(broken, "cli.as-is", broken.getMessage());
      }
      Call descriptor = call.call();
      PrintWriter out = spec.commandLine().getOut();
      out.println(ReportWriter.escapeForTerminal(descriptor.getId().value() + descriptor.getName().map(n -> " – " + n.resolve(locale)).orElse("")));
      out.println(ReportWriter.escapeForTerminal(field(locale, "chain", String.join(" -> ", call.chain())
          + (call.isAbstract() ? " " + CliMessages.text(locale, "cli.calls.abstract") : ""))));
      descriptor.getProgramme().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "programme", v))));
      descriptor.getAction().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "action", v))));
      descriptor.getField().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "field", v))));
      descriptor.getYear().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "year", v))));
      descriptor.getFunder().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "funder", v))));
      descriptor.getManagingAuthority().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "managing-authority", v))));
      descriptor.getUrl().ifPresent(v -> out.println(ReportWriter.escapeForTerminal(field(locale, "url", v))));
      out.println("  " + CliMessages.text(locale, "cli.calls.rules"));
      for (Map.Entry<String, RuleSetting> rule : call.rules().entrySet()) {
        RuleSetting setting = rule.getValue();
        out.println(ReportWriter.escapeForTerminal(String.format("    %-36s %-8s %-11s %s", rule.getKey(),
            call.severity(rule.getKey()).map(IssueSeverity::code).orElse("off"),
            call.confidence(rule.getKey()).map(c -> c.code()).orElse("-"),
            setting.getParameters().asMap())));
        call.citation(rule.getKey()).ifPresent(source -> out.println(ReportWriter.escapeForTerminal("        " + citation(source))));
      }
      out.println("  " + CliMessages.text(locale, "cli.calls.sources"));
      List<Source> sources = call.sources();
      for (int i = 0; i < sources.size(); i++) {
        Source source = sources.get(i);
        out.println(ReportWriter.escapeForTerminal(String.format("    [%d] %s (%s)", i, citation(source),
            source.getConfidence().map(c -> c.code()).orElse("-"))));
        source.getNote().ifPresent(note -> out.println(ReportWriter.escapeForTerminal("        " + note)));
      }
      out.flush();
      return Main.OK;
    }

    /** A line of the call's descriptor: its label in the language, then the value. */
    private static String field(Locale locale, String label, Object value) {
      return "  " + CliMessages.text(locale, "cli.calls." + label) + ": " + value;
    }

    /** A source as a citation: title (document and edition), section, address, day read. */
    private static String citation(Source source) {
      return source.getTitle().orElse("-") + source.getSection().map(s -> ", " + s).orElse("")
          + source.getUrl().map(u -> ", " + u).orElse("") + source.getRetrieved().map(d -> " (read " + d + ")").orElse("");
    }
  }
}
