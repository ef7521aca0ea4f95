package dev.progetto.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The projects of one organisation or programme, with the organisations they share declared once
 * (Infusione's history of projects; a foundation's list of funded projects).
 */
@Value.Immutable
public abstract class Portfolio implements WithPortfolio, Document {

  Portfolio() {}

  /** Returns {@link DocumentKind#PORTFOLIO}. */
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PORTFOLIO;
  }

  @Override
  public final String documentId() {
    return getId().value();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Portfolio} values. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the portfolio.
   *
   * @return the id
   */
  public abstract PortfolioId getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns a description of the portfolio or of its owner's work.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Returns the id of the organisation whose projects these are.
   *
   * @return the owner's organisation id
   */
  public abstract Optional<OrganisationId> getOwner();

  /**
   * Returns how much of its projects the portfolio holds ({@code completeness}); its projects
   * inherit it unless they state their own.
   *
   * @return the stated completeness, empty when complete by default
   */
  public abstract Optional<Completeness> getCompleteness();

  /**
   * Returns the organisations shared by the projects.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Organisation> getOrganisations();

  /**
   * Returns the projects, in order.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Project> getProjects();

  /**
   * Returns where the data of this document comes from.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Source> getSources();

  /**
   * Returns custom data by namespace, kept untouched.
   *
   * @return the extensions, empty when none
   */
  @Value.Default
  public Extensions getExtensions() {
    return Extensions.empty();
  }

  /**
   * Returns the language of plain texts of the document ({@code it} when it names none).
   *
   * @return the BCP 47 tag declared by the document
   */
  public abstract Optional<String> getLanguage();

  /**
   * Returns the default currency of plain amounts of the document.
   *
   * @return the currency declared by the document
   */
  public abstract Optional<CurrencyCode> getCurrency();

  /**
   * Returns the {@code $schema} address of the document.
   *
   * @return the schema address, kept for writing back
   */
  public abstract Optional<String> getSchema();

  /**
   * Returns the project with the given id.
   *
   * @param id the project id
   * @return the project, or empty
   */
  public Optional<Project> project(ProjectId id) {
    return getProjects().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Returns the organisation with the given id, declared by the portfolio or, failing that, by one
   * of its projects.
   *
   * @param id the organisation id
   * @return the organisation, or empty
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return getOrganisations().stream()
        .filter(o -> o.getId().equals(id))
        .findFirst()
        .or(() -> getProjects().stream().flatMap(p -> p.organisation(id).stream()).findFirst());
  }

  /**
   * Returns a project as a standalone document: the portfolio's organisations that it refers to
   * (by participant, work package lead, activity or funding source) are added to its own, and it
   * takes the portfolio's language, currency and completeness unless it has its own. Reports and project-level
   * questions such as {@link Project#countries()} then work as for a single project file.
   *
   * @param project a project of this portfolio
   * @return the standalone project
   */
  public Project standalone(Project project) {
    Map<OrganisationId, Organisation> own = new LinkedHashMap<>();
    project.getOrganisations().forEach(o -> own.put(o.getId(), o));
    List<Organisation> added = new ArrayList<>();
    for (OrganisationId id : referencedOrganisations(project)) {
      if (!own.containsKey(id)) {
        getOrganisations().stream().filter(o -> o.getId().equals(id)).findFirst().ifPresent(o -> {
          own.put(id, o);
          added.add(o);
        });
      }
    }
    Project result = project;
    if (!added.isEmpty()) {
      List<Organisation> all = new ArrayList<>(project.getOrganisations());
      all.addAll(added);
      result = result.withOrganisations(all);
    }
    if (result.getLanguage().isEmpty() && getLanguage().isPresent()) {
      result = result.withLanguage(getLanguage());
    }
    if (result.getCurrency().isEmpty() && getCurrency().isPresent()) {
      result = result.withCurrency(getCurrency());
    }
    if (result.getCompleteness().isEmpty() && getCompleteness().isPresent()) {
      result = result.withCompleteness(getCompleteness());
    }
    return result;
  }

  /**
   * Returns every project as a standalone document (see {@link #standalone(Project)}).
   *
   * @return the standalone projects, in order
   */
  public List<Project> standaloneProjects() {
    List<Project> result = new ArrayList<>();
    for (Project project : getProjects()) {
      result.add(standalone(project));
    }
    return List.copyOf(result);
  }

  private static List<OrganisationId> referencedOrganisations(Project project) {
    List<OrganisationId> ids = new ArrayList<>();
    project.getParticipants().forEach(p -> ids.add(p.getOrganisation()));
    project.getWorkPackages().forEach(w -> w.getLead().ifPresent(ids::add));
    project.getActivities().forEach(a -> ids.addAll(a.getOrganisations()));
    project.getBudget().ifPresent(b -> b.getFunding().forEach(f -> ids.add(OrganisationId.of(f.getSource()))));
    return ids;
  }
}
