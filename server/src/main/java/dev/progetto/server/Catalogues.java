package dev.progetto.server;

import dev.progetto.model.Call;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import dev.progetto.validation.CallCatalogue;
import dev.progetto.validation.CallResolutionException;
import dev.progetto.io.IssueSeverity;
import dev.progetto.validation.ResolvedCall;
import dev.progetto.validation.RuleDescriptor;
import dev.progetto.validation.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The call and rule catalogues as the API gives them (and the pages show them). */
final class Catalogues {

  private final CallCatalogue catalogue;

  Catalogues(Checker checker) {
    this.catalogue = checker.validator(Locale.ENGLISH).catalogue();
  }

  CallCatalogue catalogue() {
    return catalogue;
  }

  /** Every call: id, name, parent, whether abstract, and its descriptor's fields. */
  List<Map<String, Object>> calls(Locale locale) {
    List<Map<String, Object>> calls = new ArrayList<>();
    for (Call call : catalogue.calls()) {
      calls.add(summary(call, locale));
    }
    return calls;
  }

  static Map<String, Object> summary(Call call, Locale locale) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", call.getId().value());
    call.getName().ifPresent(n -> item.put("name", n.resolve(locale)));
    call.getParent().ifPresent(p -> item.put("parent", p.value()));
    item.put("abstract", call.isAbstractCall());
    call.getProgramme().ifPresent(v -> item.put("programme", v));
    call.getAction().ifPresent(v -> item.put("action", v));
    call.getField().ifPresent(v -> item.put("field", v));
    call.getYear().ifPresent(v -> item.put("year", v));
    call.getFunder().ifPresent(v -> item.put("funder", v));
    call.getManagingAuthority().ifPresent(v -> item.put("managingAuthority", v));
    call.getUrl().ifPresent(v -> item.put("url", v));
    return item;
  }

  /** The call resolved along its chain, or empty when the catalogue has no call of that id. */
  Optional<ResolvedCall> resolve(String id) {
    try {
      return catalogue.resolve(id);
    } catch (CallResolutionException broken) {
      return Optional.empty();
    }
  }

  /** One call: its summary, chain, resolved rules (severity, confidence, parameters, citation) and sources. */
  Optional<Map<String, Object>> call(String id, Locale locale) {
    return resolve(id).map(resolved -> {
      Map<String, Object> item = summary(resolved.call(), locale);
      resolved.call().getDescription().ifPresent(d -> item.put("description", d.resolve(locale)));
      item.put("chain", resolved.chain());
      List<Object> rules = new ArrayList<>();
      for (Map.Entry<String, RuleSetting> entry : resolved.rules().entrySet()) {
        String rule = entry.getKey();
        Map<String, Object> setting = new LinkedHashMap<>();
        setting.put("rule", rule);
        setting.put("severity", resolved.severity(rule).map(IssueSeverity::code).orElse("off"));
        resolved.confidence(rule).ifPresent(c -> setting.put("confidence", c.code()));
        setting.put("parameters", new LinkedHashMap<>(entry.getValue().getParameters().asMap()));
        resolved.citation(rule).ifPresent(source -> setting.put("citation", source(source)));
        rules.add(setting);
      }
      item.put("rules", rules);
      List<Object> sources = new ArrayList<>();
      resolved.sources().forEach(source -> sources.add(source(source)));
      item.put("sources", sources);
      return item;
    });
  }

  static Map<String, Object> source(Source source) {
    Map<String, Object> item = new LinkedHashMap<>();
    source.getTitle().ifPresent(v -> item.put("title", v));
    source.getSection().ifPresent(v -> item.put("section", v));
    source.getUrl().ifPresent(v -> item.put("url", v));
    source.getRetrieved().ifPresent(v -> item.put("retrieved", v.toString()));
    source.getConfidence().ifPresent(v -> item.put("confidence", v.code()));
    source.getNote().ifPresent(v -> item.put("note", v));
    return item;
  }

  /** Every rule, as {@code progetto rules --format json} lists them. */
  static List<Map<String, Object>> rules(Locale locale) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleDescriptor rule : Rules.all()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", rule.getId());
      item.put("severity", rule.getDefaultSeverity().code());
      item.put("owner", rule.getOwner().code());
      item.put("parameters", rule.getParameters());
      item.put("description", rule.description(locale));
      rules.add(item);
    }
    return rules;
  }
}
