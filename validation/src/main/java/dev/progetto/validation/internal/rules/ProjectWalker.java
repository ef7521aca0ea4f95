package dev.progetto.validation.internal.rules;

import dev.progetto.io.internal.FormatTypes;
import dev.progetto.io.internal.FormatWalker;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Identifiers;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.Organisation;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Finds the values of a project that several rules judge, through {@link FormatWalker}, which is
 * generated from the model's types so that a new field holding such a value is judged with no
 * edit here, each with its JSON Pointer; each list is
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
    return context.shared("quantities", () -> List.copyOf(computeQuantities(project, context)));
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
    return context.shared("periods", () -> List.copyOf(computePeriods(project, context)));
  }

  static String key(String key) {
    return FormatWalker.key(key);
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

  /**
   * The project as its own rules see it: without the organisations of its portfolio, which are
   * judged where the portfolio gives them.
   */
  static Project own(Project project, RuleContext context) {
    int own = ownCount(project, context);
    if (own == project.getOrganisations().size()) {
      return project;
    }
    return context.shared("ownProject", () -> project.withOrganisations(project.getOrganisations().subList(0, own)));
  }

  private static <T> Located<T> located(String head, int index, String tail, T value) {
    return index >= 0 ? Located.at(head, index, tail, value) : Located.at(head, tail, value);
  }

  private static List<Located<Money>> computeMoney(Project project, RuleContext context) {
    List<Located<Money>> result = new ArrayList<>();
    FormatWalker.moneyIn(own(project, context),
        (head, index, tail, value, shape, required) -> result.add(located(head, index, tail, value)));
    return result;
  }

  /** A quantity and whether it is a share (a fraction between 0 and 1). */
  record QuantityAt(Quantity quantity, boolean share) {}

  /** Quantities held in a map (a target group's composition) are shares of a whole. */
  private static List<Located<QuantityAt>> computeQuantities(Project project, RuleContext context) {
    List<Located<QuantityAt>> result = new ArrayList<>();
    FormatWalker.quantityIn(own(project, context), (head, index, tail, value, shape, required) ->
        result.add(located(head, index, tail, new QuantityAt(value, shape == FormatTypes.Shape.MAP))));
    return result;
  }

  /** A text and whether the format requires it. */
  record TextAt(LocalizedText text, boolean required) {}

  /** A text is required where the format requires its field, and in a list. */
  private static List<Located<TextAt>> computeTexts(Project project, RuleContext context) {
    List<Located<TextAt>> result = new ArrayList<>();
    FormatWalker.localizedTextIn(own(project, context), (head, index, tail, value, shape, required) ->
        result.add(located(head, index, tail, new TextAt(value, required || shape == FormatTypes.Shape.LIST))));
    return result;
  }

  private static List<Located<String>> computeUrls(Project project, RuleContext context) {
    List<Located<String>> result = new ArrayList<>();
    FormatWalker.urlsIn(own(project, context),
        (head, index, tail, value, shape, required) -> result.add(located(head, index, tail, value)));
    return result;
  }

  private static List<Located<Identifiers>> computeIdentifiers(Project project, RuleContext context) {
    List<Located<Identifiers>> result = new ArrayList<>();
    FormatWalker.identifiersIn(own(project, context),
        (head, index, tail, value, shape, required) -> result.add(located(head, index, tail, value)));
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

  private static List<Located<Period>> computePeriods(Project project, RuleContext context) {
    List<Located<Period>> result = new ArrayList<>();
    FormatWalker.periodIn(own(project, context),
        (head, index, tail, value, shape, required) -> result.add(located(head, index, tail, value)));
    return result;
  }
}
