package dev.progetto.cli;

import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ResolvedCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code progetto template --call ID --to xlsx [-o OUT]}: an empty workbook to fill in for a call. */
final class TemplateCommand implements Callable<Integer> {

  /** What a template is written as. */
  enum Target {
    XLSX
  }

  final CommandSpec spec = Arg.command(this, "template",
      "Writes an empty workbook to fill in for a project of a call: every sheet with its columns.",
      "Codes (roles, legal forms, units, countries and the others) have drop-down lists.",
      "The sheet Hints gives the call's rules and their parameters.");

  final CommonOptions common = new CommonOptions(spec);

  private final Arg<String> callOption = Arg.option(spec, "--call", "ID", String.class,
      "The call of the project (see progetto calls); without it, a workbook of no particular call.");

  private final Arg<Target> toOption = Arg.option(spec, OptionSpec.builder("--to").paramLabel("FORMAT").type(Target.class)
      .defaultValue("xlsx").description("xlsx. Default: ${DEFAULT-VALUE}."));

  private final Arg<Path> outOption = Arg.option(spec, OptionSpec.builder("-o", "--output").paramLabel("OUT").type(Path.class)
      .description("The workbook to write (default: ID.xlsx, or progetto.xlsx without --call, never over an existing file)."));

  private final Arg<List<Path>> callFileOption =
      Arg.repeatable(spec, "--call-file", "FILE", Path.class, "An extra call document (repeatable).");

  @Override
  public Integer call() throws IOException {
    String call = callOption.get();
    Path out = outOption.get();
    java.util.Locale locale = Inputs.locale(common.lang()); // a language other than en or it is refused, as by every command
    ResolvedCall resolved = null;
    // the call files are read, and refused when broken, whether or not a call is named
    dev.progetto.validation.CallCatalogue catalogue = CallsCommand.catalogue(callFileOption.list(), locale);
    if (call != null) {
      try {
        resolved = catalogue.resolve(call).orElseThrow(() -> new UserError("cli.template.unknown", call));
      } catch (dev.progetto.validation.CallResolutionException broken) {
        throw new UserError(broken, "cli.as-is", broken.getMessage());
      }
    }
    Path target = out != null ? out : Path.of((call == null ? "progetto" : call) + ".xlsx");
    if (out == null && java.nio.file.Files.exists(target)) {
      // the default name is the workbook a person fills in and keeps: a second run must not empty it
      throw new UserError("cli.template.exists", target.toString());
    }
    ResolvedCall chosen = resolved;
    OutputFile.writeStream(target, stream -> {
      if (chosen == null) {
        TabularMapper.standard().writeTemplate(null, java.util.Map.of(), stream);
      } else {
        TabularMapper.standard().writeTemplate(chosen.call(), chosen.rules(), stream);
      }
    }, spec.commandLine().getErr(), locale);
    return Main.OK;
  }
}
