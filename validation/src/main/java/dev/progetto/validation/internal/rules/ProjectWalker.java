package dev.progetto.validation.internal.rules;

import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.BudgetLine;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Organisation;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.WorkPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the values of a project that several rules judge, each with its JSON Pointer; each list is
 * made once per project and shared, unmodifiable, by the rules that ask for it.
 */
final class ProjectWalker {

  private ProjectWalker() {}

  static List<Located<Organisation>> ownOrganisations(Project project, RuleContext context) {
    return context.shared("ownOrganisations", () -> List.copyOf(computeOwnOrganisations(project, context)));
  }

  static List<Located<Money>> money(Project project, RuleContext context) {
    return context.shared("money", () -> List.copyOf(computeMoney(project, context)));
  }

  static List<Located<QuantityAt>> quantities(Project project, RuleContext context) {
    return context.shared("quantities", () -> List.copyOf(computeQuantities(project)));
  }

  static List<Located<TextAt>> texts(Project project, RuleContext context) {
    return context.shared("texts", () -> List.copyOf(computeTexts(project, context)));
  }

  static List<Located<String>> urls(Project project, RuleContext context) {
    return context.shared("urls", () -> List.copyOf(computeUrls(project, context)));
  }

  static List<Located<Identifiers>> identifiers(Project project, RuleContext context) {
    return context.shared("identifiers", () -> List.copyOf(computeIdentifiers(project, context)));
  }

  /** An identifier of a scheme and the identifier map it stands in. */
  record IdentifierAt(Located<Identifiers> identifiers, String value) {}

  /**
   * Returns the identifiers of a scheme in every identifier map of the project, in the order of
   * {@link #identifiers}; the maps are read once for all schemes.
   */
  static List<IdentifierAt> identifiers(Project project, RuleContext context, IdentifierScheme scheme) {
    Map<IdentifierScheme, List<IdentifierAt>> byScheme = context.shared("identifiersByScheme",
        () -> Collections.unmodifiableMap(computeIdentifiersByScheme(identifiers(project, context))));
    return byScheme.getOrDefault(scheme, List.of());
  }

  static List<Located<Period>> periods(Project project, RuleContext context) {
    return context.shared("periods", () -> List.copyOf(computePeriods(project)));
  }

  static String key(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  /** How many of the project's organisations are its own, counted from the first. */
  private static int ownCount(Project project, RuleContext context) {
    return Math.min(context.ownOrganisations(), project.getOrganisations().size());
  }

  private static List<Located<Organisation>> computeOwnOrganisations(Project project, RuleContext context) {
    List<Organisation> organisations = project.getOrganisations();
    int own = ownCount(project, context);
    List<Located<Organisation>> result = new ArrayList<>(own);
    for (int i = 0; i < own; i++) {
      result.add(Located.at("/organisations/", i, "", organisations.get(i)));
    }
    return result;
  }

  private static List<Located<Money>> computeMoney(Project project, RuleContext context) {
    List<Located<Money>> result = new ArrayList<>();
    List<Participant> participants = project.getParticipants();
    for (int i = 0; i < participants.size(); i++) {
      Optional<Money> budget = participants.get(i).getBudget();
      if (budget.isPresent()) {
        result.add(Located.at("/participants/", i, "/budget", budget.get()));
      }
    }
    List<WorkPackage> workPackages = project.getWorkPackages();
    for (int i = 0; i < workPackages.size(); i++) {
      Optional<Money> budget = workPackages.get(i).getBudget();
      if (budget.isPresent()) {
        result.add(Located.at("/workPackages/", i, "/budget", budget.get()));
      }
    }
    if (project.getBudget().isPresent()) {
      Budget budget = project.getBudget().get();
      budget.getTotal().ifPresent(m -> result.add(Located.at("/budget/total", m)));
      budget.getRequestedGrant().ifPresent(m -> result.add(Located.at("/budget/requestedGrant", m)));
      budget.getLumpSum().ifPresent(m -> result.add(Located.at("/budget/lumpSum", m)));
      for (int i = 0; i < budget.getLines().size(); i++) {
        Optional<Money> amount = budget.getLines().get(i).getAmount();
        if (amount.isPresent()) {
          result.add(Located.at("/budget/lines/", i, "/amount", amount.get()));
        }
      }
      for (int i = 0; i < budget.getFunding().size(); i++) {
        Optional<Money> amount = budget.getFunding().get(i).getAmount();
        if (amount.isPresent()) {
          result.add(Located.at("/budget/funding/", i, "/amount", amount.get()));
        }
      }
    }
    return result;
  }

  /** A quantity and whether it is a share (a fraction between 0 and 1). */
  record QuantityAt(Quantity quantity, boolean share) {}

  private static List<Located<QuantityAt>> computeQuantities(Project project) {
    int most = 0;
    for (int i = 0; i < project.getTargetGroups().size(); i++) {
      most += 1 + project.getTargetGroups().get(i).getComposition().size();
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      most += 1 + project.getIndicators().get(i).getMeasurements().size();
    }
    List<Located<QuantityAt>> result = new ArrayList<>(most);
    List<TargetGroup> groups = project.getTargetGroups();
    for (int i = 0; i < groups.size(); i++) {
      TargetGroup group = groups.get(i);
      Optional<Quantity> expected = group.getExpected();
      if (expected.isPresent()) {
        result.add(Located.at("/targetGroups/", i, "/expected", new QuantityAt(expected.get(), false)));
      }
      if (!group.getComposition().isEmpty()) {
        String composition = "/targetGroups/" + i + "/composition/";
        for (Map.Entry<String, Quantity> entry : group.getComposition().entrySet()) {
          result.add(Located.at(composition, key(entry.getKey()), new QuantityAt(entry.getValue(), true)));
        }
      }
    }
    List<Indicator> indicators = project.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<Quantity> target = indicator.getTarget();
      if (target.isPresent()) {
        result.add(Located.at("/indicators/", i, "/target", new QuantityAt(target.get(), false)));
      }
      List<Measurement> measurements = indicator.getMeasurements();
      if (!measurements.isEmpty()) {
        String head = "/indicators/" + i + "/measurements/";
        for (int m = 0; m < measurements.size(); m++) {
          result.add(Located.at(head, m, "/value", new QuantityAt(measurements.get(m).getValue(), false)));
        }
      }
    }
    return result;
  }

  /** A text and whether the format requires it. */
  record TextAt(LocalizedText text, boolean required) {}

  private static List<Located<TextAt>> computeTexts(Project project, RuleContext context) {
    int most = 5 + project.getSectors().size() + project.getPhases().size() + project.getRelatedProjects().size()
        + ownCount(project, context) + project.getObjectives().size() + 2 * project.getActivities().size()
        + project.getWorkPackages().size() + project.getTargetGroups().size() + project.getIndicators().size()
        + project.getBudget().map(budget -> budget.getLines().size()).orElse(0);
    List<Located<TextAt>> result = new ArrayList<>(most);
    result.add(Located.at("/title", new TextAt(project.getTitle(), true)));
    project.getSummary().ifPresent(t -> result.add(Located.at("/summary", new TextAt(t, false))));
    project.getDescription().ifPresent(t -> result.add(Located.at("/description", new TextAt(t, false))));
    for (int i = 0; i < project.getSectors().size(); i++) {
      result.add(Located.at("/sectors/", i, "", new TextAt(project.getSectors().get(i), true)));
    }
    project.getCall().flatMap(c -> c.getNotice()).ifPresent(t -> result.add(Located.at("/call/notice", new TextAt(t, false))));
    for (int i = 0; i < project.getPhases().size(); i++) {
      result.add(Located.at("/phases/", i, "/title", new TextAt(project.getPhases().get(i).getTitle(), true)));
    }
    for (int i = 0; i < project.getRelatedProjects().size(); i++) {
      Optional<LocalizedText> title = project.getRelatedProjects().get(i).getTitle();
      if (title.isPresent()) {
        result.add(Located.at("/relatedProjects/", i, "/title", new TextAt(title.get(), false)));
      }
    }
    for (int i = 0; i < ownCount(project, context); i++) {
      Optional<LocalizedText> description = project.getOrganisations().get(i).getDescription();
      if (description.isPresent()) {
        result.add(Located.at("/organisations/", i, "/description", new TextAt(description.get(), false)));
      }
    }
    project.getTerritory().flatMap(t -> t.getDescription()).ifPresent(t ->
        result.add(Located.at("/territory/description", new TextAt(t, false))));
    for (int i = 0; i < project.getObjectives().size(); i++) {
      result.add(Located.at("/objectives/", i, "/description", new TextAt(project.getObjectives().get(i).getDescription(), true)));
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      Activity activity = project.getActivities().get(i);
      result.add(Located.at("/activities/", i, "/title", new TextAt(activity.getTitle(), true)));
      Optional<LocalizedText> description = activity.getDescription();
      if (description.isPresent()) {
        result.add(Located.at("/activities/", i, "/description", new TextAt(description.get(), false)));
      }
    }
    for (int i = 0; i < project.getWorkPackages().size(); i++) {
      result.add(Located.at("/workPackages/", i, "/title", new TextAt(project.getWorkPackages().get(i).getTitle(), true)));
    }
    for (int i = 0; i < project.getTargetGroups().size(); i++) {
      result.add(Located.at("/targetGroups/", i, "/description",
          new TextAt(project.getTargetGroups().get(i).getDescription(), true)));
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      Optional<LocalizedText> name = project.getIndicators().get(i).getName();
      if (name.isPresent()) {
        result.add(Located.at("/indicators/", i, "/name", new TextAt(name.get(), true)));
      }
    }
    if (project.getBudget().isPresent()) {
      List<BudgetLine> lines = project.getBudget().get().getLines();
      for (int i = 0; i < lines.size(); i++) {
        result.add(Located.at("/budget/lines/", i, "/title", new TextAt(lines.get(i).getTitle(), true)));
      }
    }
    return result;
  }

  private static List<Located<String>> computeUrls(Project project, RuleContext context) {
    List<Located<String>> result = new ArrayList<>();
    project.getCall().flatMap(c -> c.getUrl()).ifPresent(u -> result.add(Located.at("/call/url", u)));
    for (int i = 0; i < project.getRelatedProjects().size(); i++) {
      Optional<String> url = project.getRelatedProjects().get(i).getUrl();
      if (url.isPresent()) {
        result.add(Located.at("/relatedProjects/", i, "/url", url.get()));
      }
    }
    for (int i = 0; i < ownCount(project, context); i++) {
      Optional<String> website = project.getOrganisations().get(i).getWebsite();
      if (website.isPresent()) {
        result.add(Located.at("/organisations/", i, "/website", website.get()));
      }
    }
    for (int i = 0; i < project.getLinks().size(); i++) {
      result.add(Located.at("/links/", i, "/url", project.getLinks().get(i).getUrl()));
    }
    for (int i = 0; i < project.getSources().size(); i++) {
      Optional<String> url = project.getSources().get(i).getUrl();
      if (url.isPresent()) {
        result.add(Located.at("/sources/", i, "/url", url.get()));
      }
    }
    return result;
  }

  private static List<Located<Identifiers>> computeIdentifiers(Project project, RuleContext context) {
    List<Located<Identifiers>> result = new ArrayList<>();
    result.add(Located.at("/identifiers", project.getIdentifiers()));
    for (int i = 0; i < ownCount(project, context); i++) {
      result.add(Located.at("/organisations/", i, "/identifiers", project.getOrganisations().get(i).getIdentifiers()));
    }
    return result;
  }

  private static Map<IdentifierScheme, List<IdentifierAt>> computeIdentifiersByScheme(List<Located<Identifiers>> all) {
    Map<IdentifierScheme, List<IdentifierAt>> result = new HashMap<>();
    for (Located<Identifiers> identifiers : all) {
      for (Map.Entry<IdentifierScheme, String> entry : identifiers.value().asMap().entrySet()) {
        result.computeIfAbsent(entry.getKey(), scheme -> new ArrayList<>(2)).add(new IdentifierAt(identifiers, entry.getValue()));
      }
    }
    return result;
  }

  private static List<Located<Period>> computePeriods(Project project) {
    int most = 1 + project.getPhases().size() + project.getActivities().size();
    List<Indicator> indicators = project.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      most += indicators.get(i).getMeasurements().size();
    }
    List<Located<Period>> result = new ArrayList<>(most);
    project.getPeriod().ifPresent(p -> result.add(Located.at("/period", p)));
    for (int i = 0; i < project.getPhases().size(); i++) {
      Optional<Period> period = project.getPhases().get(i).getPeriod();
      if (period.isPresent()) {
        result.add(Located.at("/phases/", i, "/period", period.get()));
      }
    }
    for (int i = 0; i < project.getActivities().size(); i++) {
      Optional<Period> period = project.getActivities().get(i).getPeriod();
      if (period.isPresent()) {
        result.add(Located.at("/activities/", i, "/period", period.get()));
      }
    }
    for (int i = 0; i < project.getIndicators().size(); i++) {
      List<Measurement> measurements = project.getIndicators().get(i).getMeasurements();
      String head = null;
      for (int m = 0; m < measurements.size(); m++) {
        Optional<Period> period = measurements.get(m).getPeriod();
        if (period.isPresent()) {
          if (head == null) {
            head = "/indicators/" + i + "/measurements/";
          }
          result.add(Located.at(head, m, "/period", period.get()));
        }
      }
    }
    return result;
  }
}
