package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Call;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import dev.progetto.validation.CallCatalogue;
import dev.progetto.validation.CallResolutionException;
import dev.progetto.validation.ResolvedCall;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code progetto calls} and {@code progetto calls show ID}: the call catalogue. */
@Command(
    name = "calls",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the calls of the catalogue: the built-in ones and those of --call-file.",
    subcommands = CallsCommand.Show.class)
final class CallsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--call-file", paramLabel = "FILE", description = "An extra call document (repeatable).")
  List<Path> callFiles = new ArrayList<>();

  static CallCatalogue catalogue(List<Path> callFiles) throws IOException {
    return CallCatalogue.builtIn().withCalls(ValidateCommand.CallFiles.read(ProgettoMapper.standard(), callFiles));
  }

  @Override
  public Integer call() throws IOException {
    Locale locale = Inputs.locale(common.lang);
    PrintWriter out = spec.commandLine().getOut();
    for (Call call : catalogue(callFiles).calls()) {
      out.printf("%-34s %s%s%n", call.getId().value(), call.getName().map(n -> n.resolve(locale)).orElse(""),
          call.isAbstractCall() ? (locale.getLanguage().equals("it") ? " (astratto)" : " (abstract)") : "");
    }
    out.flush();
    return Main.OK;
  }

  /** {@code progetto calls show ID}: one call with its resolved rules, parameters, sources and confidence. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Shows one call: its chain, descriptor, resolved rules with parameters, severity and confidence, and sources.")
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin CommonOptions common;

    @Parameters(paramLabel = "ID", description = "The call id, such as erasmus-plus-2024-ka220-vet.")
    String id;

    @Option(names = "--call-file", paramLabel = "FILE", description = "An extra call document (repeatable).")
    List<Path> callFiles = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      Locale locale = Inputs.locale(common.lang);
      ResolvedCall call;
      try {
        call = catalogue(callFiles).resolve(id).orElseThrow(() -> new UserError("no call has the id " + id
            + "; progetto calls lists them"));
      } catch (CallResolutionException broken) {
        throw new UserError(broken.getMessage(), broken);
      }
      Call descriptor = call.descriptor();
      PrintWriter out = spec.commandLine().getOut();
      out.println(descriptor.getId().value() + descriptor.getName().map(n -> " – " + n.resolve(locale)).orElse(""));
      out.println("  chain: " + String.join(" -> ", call.chain()) + (call.isAbstract() ? " (abstract)" : ""));
      descriptor.getProgramme().ifPresent(v -> out.println("  programme: " + v));
      descriptor.getAction().ifPresent(v -> out.println("  action: " + v));
      descriptor.getField().ifPresent(v -> out.println("  field: " + v));
      descriptor.getYear().ifPresent(v -> out.println("  year: " + v));
      descriptor.getFunder().ifPresent(v -> out.println("  funder: " + v));
      descriptor.getManagingAuthority().ifPresent(v -> out.println("  managing authority: " + v));
      descriptor.getUrl().ifPresent(v -> out.println("  url: " + v));
      out.println("  rules:");
      for (Map.Entry<String, RuleSetting> rule : call.rules().entrySet()) {
        RuleSetting setting = rule.getValue();
        out.printf("    %-36s %-8s %-11s %s%n", rule.getKey(),
            setting.getSeverity().map(s -> s.code()).or(() -> dev.progetto.validation.Rules.get(rule.getKey())
                .map(d -> d.getDefaultSeverity().code())).orElse("-"),
            call.confidence(rule.getKey()).map(c -> c.code()).orElse("-"),
            setting.getParameters().asMap());
      }
      out.println("  sources:");
      List<Source> sources = call.sources();
      for (int i = 0; i < sources.size(); i++) {
        Source source = sources.get(i);
        out.printf("    [%d] %s%s%s (%s)%n", i, source.getTitle().orElse("-"),
            source.getSection().map(s -> ", " + s).orElse(""), source.getUrl().map(u -> " " + u).orElse(""),
            source.getConfidence().map(c -> c.code()).orElse("-"));
        source.getNote().ifPresent(note -> out.println("        " + note));
      }
      out.flush();
      return Main.OK;
    }
  }
}
