package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Call;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders docs/calls.md from the built-in catalogue. */
final class CallsDocument {

  private CallsDocument() {}

  static String render() {
    CallCatalogue catalogue = CallCatalogue.builtIn();
    StringBuilder out = new StringBuilder();
    out.append("# Built-in calls\n\n");
    out.append("Generated from the call documents in `validation/src/main/resources/dev/progetto/validation/calls/`;\n");
    out.append("do not edit by hand. Confidence: **verified** = read in the official text or on an official EU or\n");
    out.append("national-agency page (Programme Guides, the Commission's pages on the application forms,\n");
    out.append("national agencies, EUR-Lex, the funder's own pages); **secondary** = a reliable second-hand source\n");
    out.append("that was read; **unverified** = not confirmed by a source that was read. A rule whose parameters\n");
    out.append("are not verified reports at most a warning unless its call says otherwise, and its messages say\n");
    out.append("how sure the parameter is. Each rule setting cites the source it rests on (`source`).\n\n");
    CallStatistics.Figure total = CallStatistics.total(catalogue);
    out.append("**Verified parameters**, counted per call that projects can name, with what it inherits: ")
        .append(total.verified()).append(" of ").append(total.parameters()).append(" (")
        .append(total.percent()).append("%).\n\n");
    out.append("The Erasmus+ KA220 calls form a tree: `erasmus-plus-ka220` holds the rules common to every year,\n");
    out.append("`erasmus-plus-YYYY-ka220` what a call year changes (2021: a grant between 100,000 and 400,000 EUR\n");
    out.append("instead of lump sums, no work packages; the start windows of each round, taken from the project\n");
    out.append("number's round), `erasmus-plus-YYYY-ka220-FFF` the field, and `erasmus-plus-ka220-FFF` the field\n");
    out.append("when the call year is not known. The Strategic Partnerships of the 2014-2020 programme form\n");
    out.append("another: `erasmus-plus-2014-2020-ka2` holds the common rules, `erasmus-plus-2014-2020-kaNNN` what\n");
    out.append("an action changes, and `erasmus-plus-YYYY-kaNNN` (KA201-KA205 for 2014-2020, KA219 for\n");
    out.append("2014-2017, KA229 for 2018-2020) names the call year that project numbers are checked against.\n");
    for (Call call : catalogue.calls()) {
      if (call.getId().value().matches("erasmus-plus-20\\d\\d-ka220-[a-z]{3}")) {
        continue;
      }
      ResolvedCall resolved = catalogue.resolve(call.getId().value()).orElseThrow();
      out.append("\n## `").append(call.getId().value()).append("`");
      if (resolved.isAbstract()) {
        out.append(" (abstract)");
      }
      out.append("\n\n").append(resolved.call().getName().map(n -> n.resolve(Locale.ENGLISH)).orElse("")).append("\n\n");
      out.append("Chain: ").append(String.join(" → ", resolved.chain())).append(".\n");
      if (!resolved.isAbstract()) {
        CallStatistics.Figure figure = CallStatistics.of(resolved);
        out.append("Verified parameters: ").append(figure.verified()).append(" of ").append(figure.parameters())
            .append(" (").append(figure.percent()).append("%).\n");
      }
      if (call.getId().value().matches("erasmus-plus-20\\d\\d-ka220")) {
        out.append("Field calls: `").append(call.getId().value()).append("-{adu,hed,sch,vet,you}`.\n");
      }
      if (!call.getRules().isEmpty()) {
        out.append("\n| rule | parameters | severity | confidence | source |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, RuleSetting> rule : call.getRules().entrySet()) {
          out.append("| `").append(rule.getKey()).append("` | ").append(rule.getValue().getParameters().asMap().toString().replace("|", "\\|"))
              .append(" | ").append(resolved.severity(rule.getKey()).map(IssueSeverity::code).orElse("off")).append(" | ")
              .append(resolved.confidence(rule.getKey()).map(c -> c.code()).orElse("-")).append(" | ")
              .append(rule.getValue().getSource().map(i -> "[" + i + "]").orElse("-")).append(" |\n");
        }
      }
      List<Source> sources = call.getSources();
      if (!sources.isEmpty()) {
        out.append("\nSources (numbered along the chain, root first):\n");
        int first = resolved.sources().size() - sources.size();
        for (int i = 0; i < sources.size(); i++) {
          Source source = sources.get(i);
          out.append("- [").append(first + i).append("] ").append(source.getTitle().orElse("-"))
              .append(source.getSection().map(s -> ", " + s).orElse(""))
              .append(source.getUrl().map(u -> " (" + u + ")").orElse(""))
              .append(source.getConfidence().map(c -> " — " + c.code()).orElse(""))
              .append(source.getRetrieved().map(d -> ", read " + d).orElse(""))
              .append(source.getNote().map(n -> ": " + n).orElse("")).append("\n");
        }
      }
    }
    out.append("\n## Indicator catalogues\n\n");
    out.append("A code that a catalogue lacks is a warning of `indicator.code.unknown` when the catalogue is\n"
        + "verified, and information that says the list is not verified otherwise: a list of codes not\n"
        + "checked against its official text may lack real codes.\n\n");
    catalogue.indicatorCatalogues().forEach(indicators -> out.append("- `").append(indicators.getId()).append("`: ")
        .append(indicators.getIndicators().size()).append(" indicators, confidence ")
        .append(indicators.getConfidence().map(c -> c.code()).orElse("-")).append("\n"));
    return out.toString();
  }
}
