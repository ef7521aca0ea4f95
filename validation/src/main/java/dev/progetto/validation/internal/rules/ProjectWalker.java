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
    return shared("ownOrganisations", project, context);
  }

  static List<Located<Money>> money(Project project, RuleContext context) {
    return shared("money", project, context);
  }

  static List<Located<QuantityAt>> quantities(Project project, RuleContext context) {
    return shared("quantities", project, context);
  }

  static List<Located<TextAt>> texts(Project project, RuleContext context) {
    return shared("texts", project, context);
  }

  static List<Located<String>> urls(Project project, RuleContext context) {
    return shared("urls", project, context);
  }

  static List<Located<Identifiers>> identifiers(Project project, RuleContext context) {
    return shared("identifiers", project, context);
  }

  /** An identifier of a scheme and the identifier map it stands in. */
  record IdentifierAt(Located<Identifiers> identifiers, String value) {}

  /**
   * Returns the identifiers of a scheme in every identifier map of the project, in the order of
   * {@link #identifiers}; the maps are read once for all schemes.
   */
  static List<IdentifierAt> identifiers(Project project, RuleContext context, IdentifierScheme scheme) {
    Map<IdentifierScheme, List<IdentifierAt>> byScheme = shared("identifiersByScheme", project, context);
    return byScheme.getOrDefault(scheme, List.of());
  }

  static List<Located<Period>> periods(Project project, RuleContext context) {
    return shared("periods", project, context);
  }

  /**
   * Returns a value shared by the rules of one project, computed by the first that asks. One
   * supplier serves every kind of value: a short run links each lambda on its first call.
   */
  @SuppressWarnings("unchecked")
  private static <T> T shared(String name, Project project, RuleContext context) {
    return (T) context.shared(name, () -> compute(name, project, context));
  }

  private static Object compute(String name, Project project, RuleContext context) {
    return switch (name) {
      case "ownOrganisations" -> List.copyOf(computeOwnOrganisations(project, context));
      case "money" -> List.copyOf(collect(project, context, Found.MONEY));
      case "quantities" -> List.copyOf(collect(project, context, Found.QUANTITIES));
      case "texts" -> List.copyOf(collect(project, context, Found.TEXTS));
      case "urls" -> List.copyOf(collect(project, context, Found.URLS));
      case "identifiers" -> List.copyOf(collect(project, context, Found.IDENTIFIERS));
      case "periods" -> List.copyOf(collect(project, context, Found.PERIODS));
      case "identifiersByScheme" -> Collections.unmodifiableMap(computeIdentifiersByScheme(identifiers(project, context)));
      case "ownProject" -> project.withOrganisations(project.getOrganisations().subList(0, ownCount(project, context)));
      default -> throw new IllegalArgumentException("no shared value " + name);
    };
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
    return shared("ownProject", project, context);
  }

  private static <T> Located<T> located(String head, int index, String tail, T value) {
    return index >= 0 ? Located.at(head, index, tail, value) : Located.at(head, tail, value);
  }

  /** A quantity and whether it is a share (a fraction between 0 and 1). */
  record QuantityAt(Quantity quantity, boolean share) {}

  /** A text and whether the format requires it. */
  record TextAt(LocalizedText text, boolean required) {}

  /**
   * The values the rules judge, each found by the walker with its pointer: a quantity held in a
   * map (a target group's composition) is a share of a whole; a text is required where the
   * format requires its field, and in a list. One class for every kind rather than a lambda each,
   * which a short run would link on its first call.
   */
  private enum Found {
    MONEY, QUANTITIES, TEXTS, URLS, IDENTIFIERS, PERIODS
  }

  private static List<Located<?>> collect(Project project, RuleContext context, Found kind) {
    List<Located<?>> found = new ArrayList<>();
    Project own = own(project, context);
    switch (kind) {
      case MONEY -> FormatWalker.moneyIn(own, new Collector<>(kind, found));
      case QUANTITIES -> FormatWalker.quantityIn(own, new Collector<>(kind, found));
      case TEXTS -> FormatWalker.localizedTextIn(own, new Collector<>(kind, found));
      case URLS -> FormatWalker.urlsIn(own, new Collector<>(kind, found));
      case IDENTIFIERS -> FormatWalker.identifiersIn(own, new Collector<>(kind, found));
      case PERIODS -> FormatWalker.periodIn(own, new Collector<>(kind, found));
      default -> throw new IllegalArgumentException(kind.name());
    }
    return found;
  }

  /** Adds each value the walker finds to a list, located. */
  private static final class Collector<T> implements FormatWalker.Found<T> {
    private final Found kind;
    private final List<Located<?>> found;

    Collector(Found kind, List<Located<?>> found) {
      this.kind = kind;
      this.found = found;
    }

    @Override
    public void at(String head, int index, String tail, T value, FormatTypes.Shape shape, boolean required) {
      Object item = switch (kind) {
        case QUANTITIES -> new QuantityAt((Quantity) value, shape == FormatTypes.Shape.MAP);
        case TEXTS -> new TextAt((LocalizedText) value, required || shape == FormatTypes.Shape.LIST);
        default -> value;
      };
      found.add(located(head, index, tail, item));
    }
  }

  private static Map<IdentifierScheme, List<IdentifierAt>> computeIdentifiersByScheme(List<Located<Identifiers>> all) {
    Map<IdentifierScheme, List<IdentifierAt>> result = new HashMap<>();
    for (Located<Identifiers> identifiers : all) {
      for (Map.Entry<IdentifierScheme, String> entry : identifiers.value().asMap().entrySet()) {
        List<IdentifierAt> ofScheme = result.get(entry.getKey());
        if (ofScheme == null) {
          ofScheme = new ArrayList<>(2);
          result.put(entry.getKey(), ofScheme);
        }
        ofScheme.add(new IdentifierAt(identifiers, entry.getValue()));
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
