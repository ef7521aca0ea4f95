package dev.progetto.validation.internal.rules;

import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Organisation;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import dev.progetto.model.TargetGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds the values of a project that several rules judge, each with its JSON Pointer; each list is
 * made once per project and shared, unmodifiable, by the rules that ask for it.
 */
final class ProjectWalker {

  private ProjectWalker() {}

  static List<Located<Organisation>> ownOrganisations(Project project, RuleContext context) {
    return context.shared("ownOrganisations", () -> Collections.unmodifiableList(computeOwnOrganisations(project, context)));
  }

  static List<Located<Money>> money(Project project, RuleContext context) {
    return context.shared("money", () -> Collections.unmodifiableList(computeMoney(project, context)));
  }

  static List<Located<QuantityAt>> quantities(Project project, RuleContext context) {
    return context.shared("quantities", () -> Collections.unmodifiableList(computeQuantities(project)));
  }

  static List<Located<TextAt>> texts(Project project, RuleContext context) {
    return context.shared("texts", () -> Collections.unmodifiableList(computeTexts(project, context)));
  }

  static List<Located<String>> urls(Project project, RuleContext context) {
    return context.shared("urls", () -> Collections.unmodifiableList(computeUrls(project, context)));
  }

  static List<Located<Identifiers>> identifiers(Project project, RuleContext context) {
    return context.shared("identifiers", () -> Collections.unmodifiableList(computeIdentifiers(project, context)));
  }

  static List<Located<Period>> periods(Project project, RuleContext context) {
    return context.shared("periods", () -> Collections.unmodifiableList(computePeriods(project)));
  }

  static String key(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  private static List<Located<Organisation>> computeOwnOrganisations(Project project, RuleContext context) {
    List<Located<Organisation>> result = new ArrayList<>();
    List<Organisation> organisations = project.getOrganisations();
    for (int i = 0; i < Math.min(context.ownOrganisations(), organisations.size()); i++) {
      result.add(new Located<>("/organisations/" + i, organisations.get(i)));
    }
    return result;
  }

  private static List<Located<Money>> computeMoney(Project project, RuleContext context) {
    List<Located<Money>> result = new ArrayList<>();
    for (int i = 0; i < project.getParticipants().size(); i++) {
      String at = "/participants/" + i + "/budget";
      project.getParticipants().get(i).getBudget().ifPresent(m -> result.add(new Located<>(at, m)));
    }
    for (int i = 0; i < project.getWorkPackages().size(); i++) {
      String at = "/workPackages/" + i + "/budget";
      project.getWorkPackages().get(i).getBudget().ifPresent(m -> result.add(new Located<>(at, m)));
    }
    project.getBudget().ifPresent(budget -> {
      budget.getTotal().ifPresent(m -> result.add(new Located<>("/budget/total", m)));
      budget.getRequestedGrant().ifPresent(m -> result.add(new Located<>("/budget/requestedGrant", m)));
      budget.getLumpSum().ifPresent(m -> result.add(new Located<>("/budget/lumpSum", m)));
      for (int i = 0; i < budget.getLines().size(); i++) {
        String at = "/budget/lines/" + i + "/amount";
        budget.getLines().get(i).getAmount().ifPresent(m -> result.add(new Located<>(at, m)));
      }
      for (int i = 0; i < budget.getFunding().size(); i++) {
        String at = "/budget/funding/" + i + "/amount";
        budget.getFunding().get(i).getAmount().ifPresent(m -> result.add(new Located<>(at, m)));
      }
    });
    return result;
  }

  /** A quantity and whether it is a share (a fraction between 0 and 1). */
  record QuantityAt(Quantity quantity, boolean share) {}

  private static List<Located<QuantityAt>> computeQuantities(Project project) {
    List<Located<QuantityAt>> result = new ArrayList<>();
    for (int i = 0; i < project.getTargetGroups().size(); i++) {
      TargetGroup group = project.getTargetGroups().get(i);
      String at = "/targetGroups/" + i;
      group.getExpected().ifPresent(q -> result.add(new Located<>(at + "/expected", new QuantityAt(q, false))));
      for (Map.Entry<String, Quantity> entry : group.getComposition().entrySet()) {
        result.add(new Located<>(at + "/composition/" + key(entry.getKey()), new QuantityAt(entry.getValue(), true)));
      }
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Indicator indicator = project.getIndicators().get(i);
      String at = "/indicators/" + i;
      indicator.getTarget().ifPresent(q -> result.add(new Located<>(at + "/target", new QuantityAt(q, false))));
      for (int m = 0; m < indicator.getMeasurements().size(); m++) {
        result.add(new Located<>(at + "/measurements/" + m + "/value",
            new QuantityAt(indicator.getMeasurements().get(m).getValue(), false)));
      }
    }
    return result;
  }

  /** A text and whether the format requires it. */
  record TextAt(LocalizedText text, boolean required) {}

  private static List<Located<TextAt>> computeTexts(Project project, RuleContext context) {
    List<Located<TextAt>> result = new ArrayList<>();
    result.add(new Located<>("/title", new TextAt(project.getTitle(), true)));
    project.getSummary().ifPresent(t -> result.add(new Located<>("/summary", new TextAt(t, false))));
    project.getDescription().ifPresent(t -> result.add(new Located<>("/description", new TextAt(t, false))));
    for (int i = 0; i < project.getSectors().size(); i++) {
      result.add(new Located<>("/sectors/" + i, new TextAt(project.getSectors().get(i), true)));
    }
    project.getCall().flatMap(c -> c.getNotice()).ifPresent(t -> result.add(new Located<>("/call/notice", new TextAt(t, false))));
    for (int i = 0; i < project.getPhases().size(); i++) {
      result.add(new Located<>("/phases/" + i + "/title", new TextAt(project.getPhases().get(i).getTitle(), true)));
    }
    for (int i = 0; i < project.getRelatedProjects().size(); i++) {
      String at = "/relatedProjects/" + i + "/title";
      project.getRelatedProjects().get(i).getTitle().ifPresent(t -> result.add(new Located<>(at, new TextAt(t, false))));
    }
    for (Located<Organisation> organisation : ownOrganisations(project, context)) {
      organisation.value().getDescription().ifPresent(t ->
          result.add(new Located<>(organisation.pointer() + "/description", new TextAt(t, false))));
    }
    project.getTerritory().flatMap(t -> t.getDescription()).ifPresent(t ->
        result.add(new Located<>("/territory/description", new TextAt(t, false))));
    for (int i = 0; i < project.getObjectives().size(); i++) {
      result.add(new Located<>("/objectives/" + i + "/description", new TextAt(project.getObjectives().get(i).getDescription(), true)));
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      Activity activity = project.getActivities().get(i);
      result.add(new Located<>("/activities/" + i + "/title", new TextAt(activity.getTitle(), true)));
      String at = "/activities/" + i + "/description";
      activity.getDescription().ifPresent(t -> result.add(new Located<>(at, new TextAt(t, false))));
    }
    for (int i = 0; i < project.getWorkPackages().size(); i++) {
      result.add(new Located<>("/workPackages/" + i + "/title", new TextAt(project.getWorkPackages().get(i).getTitle(), true)));
    }
    for (int i = 0; i < project.getTargetGroups().size(); i++) {
      result.add(new Located<>("/targetGroups/" + i + "/description", new TextAt(project.getTargetGroups().get(i).getDescription(), true)));
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      String at = "/indicators/" + i + "/name";
      project.getIndicators().get(i).getName().ifPresent(t -> result.add(new Located<>(at, new TextAt(t, true))));
    }
    project.getBudget().map(Budget::getLines).ifPresent(lines -> {
      for (int i = 0; i < lines.size(); i++) {
        result.add(new Located<>("/budget/lines/" + i + "/title", new TextAt(lines.get(i).getTitle(), true)));
      }
    });
    return result;
  }

  private static List<Located<String>> computeUrls(Project project, RuleContext context) {
    List<Located<String>> result = new ArrayList<>();
    project.getCall().flatMap(c -> c.getUrl()).ifPresent(u -> result.add(new Located<>("/call/url", u)));
    for (int i = 0; i < project.getRelatedProjects().size(); i++) {
      String at = "/relatedProjects/" + i + "/url";
      project.getRelatedProjects().get(i).getUrl().ifPresent(u -> result.add(new Located<>(at, u)));
    }
    for (Located<Organisation> organisation : ownOrganisations(project, context)) {
      organisation.value().getWebsite().ifPresent(u -> result.add(new Located<>(organisation.pointer() + "/website", u)));
    }
    for (int i = 0; i < project.getLinks().size(); i++) {
      result.add(new Located<>("/links/" + i + "/url", project.getLinks().get(i).getUrl()));
    }
    for (int i = 0; i < project.getSources().size(); i++) {
      String at = "/sources/" + i + "/url";
      project.getSources().get(i).getUrl().ifPresent(u -> result.add(new Located<>(at, u)));
    }
    return result;
  }

  private static List<Located<Identifiers>> computeIdentifiers(Project project, RuleContext context) {
    List<Located<Identifiers>> result = new ArrayList<>();
    result.add(new Located<>("/identifiers", project.getIdentifiers()));
    for (Located<Organisation> organisation : ownOrganisations(project, context)) {
      result.add(new Located<>(organisation.pointer() + "/identifiers", organisation.value().getIdentifiers()));
    }
    return result;
  }

  private static List<Located<Period>> computePeriods(Project project) {
    List<Located<Period>> result = new ArrayList<>();
    project.getPeriod().ifPresent(p -> result.add(new Located<>("/period", p)));
    for (int i = 0; i < project.getPhases().size(); i++) {
      String at = "/phases/" + i + "/period";
      project.getPhases().get(i).getPeriod().ifPresent(p -> result.add(new Located<>(at, p)));
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      String at = "/activities/" + i + "/period";
      project.getActivities().get(i).getPeriod().ifPresent(p -> result.add(new Located<>(at, p)));
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      List<Measurement> measurements = project.getIndicators().get(i).getMeasurements();
      for (int m = 0; m < measurements.size(); m++) {
        String at = "/indicators/" + i + "/measurements/" + m + "/period";
        measurements.get(m).getPeriod().ifPresent(p -> result.add(new Located<>(at, p)));
      }
    }
    return result;
  }
}
