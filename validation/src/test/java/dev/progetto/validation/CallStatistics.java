package dev.progetto.validation;

import dev.progetto.model.Call;
import dev.progetto.model.Confidence;
import dev.progetto.model.RuleSetting;
import java.util.Map;

/**
 * How many of the catalogue's call parameters are verified in the official text: each
 * parameter of each rule a call that projects can name sets (inherited ones included), a rule
 * without parameters counting as one.
 */
final class CallStatistics {

  private CallStatistics() {}

  /** A count of parameters and of the verified among them. */
  record Figure(int parameters, int verified) {
    int percent() {
      return parameters == 0 ? 100 : (int) Math.floor(verified * 100.0 / parameters);
    }

    Figure plus(Figure other) {
      return new Figure(parameters + other.parameters, verified + other.verified);
    }
  }

  static Figure of(ResolvedCall call) {
    Figure figure = new Figure(0, 0);
    for (Map.Entry<String, RuleSetting> rule : call.rules().entrySet()) {
      if (call.severity(rule.getKey()).isEmpty()) {
        continue;
      }
      int count = Math.max(1, rule.getValue().getParameters().asMap().size());
      boolean verified = call.confidence(rule.getKey()).orElse(null) == Confidence.VERIFIED;
      figure = figure.plus(new Figure(count, verified ? count : 0));
    }
    return figure;
  }

  static Figure total(CallCatalogue catalogue) {
    Figure figure = new Figure(0, 0);
    for (Call call : catalogue.calls()) {
      ResolvedCall resolved = catalogue.resolve(call.getId().value()).orElseThrow();
      if (!resolved.isAbstract()) {
        figure = figure.plus(of(resolved));
      }
    }
    return figure;
  }
}
