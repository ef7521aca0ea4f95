package dev.progetto.cli;

import dev.progetto.tabular.TabularMapper;
import dev.progetto.validation.ResolvedCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto template --call ID --to xlsx [-o OUT]}: an empty workbook to fill in for a call. */
@Command(
    addMethodSubcommands = false,
    name = "template",
    versionProvider = VersionProvider.class,
    description = {
      "Writes an empty workbook to fill in for a project of a call: every sheet with its columns.",
      "Codes (roles, legal forms, units, countries and the others) have drop-down lists.",
      "The sheet Hints gives the call's rules and their parameters."
    })
final class TemplateCommand implements Callable<Integer> {

  /** What a template is written as. */
  enum Target {
    XLSX
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--call", paramLabel = "ID", description = "The call of the project (see progetto calls); "
      + "without it, a workbook of no particular call.")
  String call;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "xlsx", description = "xlsx. Default: ${DEFAULT-VALUE}.")
  Target to = Target.XLSX;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The workbook to write (default: ID.xlsx, "
      + "or progetto.xlsx without --call).")
  Path out;

  @Option(names = "--call-file", paramLabel = "FILE", description = "An extra call document (repeatable).")
  List<Path> callFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    ResolvedCall resolved = null;
    if (call != null) {
      resolved = CallsCommand.catalogue(callFiles).resolve(call).orElseThrow(() -> new UserError("no call has the id "
          + call + ": progetto calls lists them"));
    }
    Path target = out != null ? out : Path.of((call == null ? "progetto" : call) + ".xlsx");
    ResolvedCall chosen = resolved;
    OutputFile.writeStream(target, stream -> {
      if (chosen == null) {
        TabularMapper.standard().writeTemplate(null, java.util.Map.of(), stream);
      } else {
        TabularMapper.standard().writeTemplate(chosen.call(), chosen.rules(), stream);
      }
    }, spec.commandLine().getErr());
    return Main.OK;
  }
}
