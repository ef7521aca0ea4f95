package dev.progetto.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A funded project: its call (<em>bando</em>), lead organisation (<em>capofila</em>) and partners,
 * period, territory, objectives, activities, work packages, target groups, indicators and budget.
 *
 * <p>Only the id and the title are mandatory, so that an incomplete project can be built, loaded,
 * validated and fixed. Build one with {@code Project.builder()}, copy it with {@code with...}
 * methods:
 *
 * <pre>{@code
 * Project project = Project.builder()
 *     .id(ProjectId.of("impact-umbria"))
 *     .title(LocalizedText.italian("IMPACT UMBRIA"))
 *     .call(CallRef.of("fami-2014-2020"))
 *     .addOrganisation(Organisation.of("regione-umbria", "Regione Umbria"))
 *     .addParticipant(Participant.of("regione-umbria", Role.LEAD))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Project implements WithProject, Document {

  Project() {}

  /** Returns {@link DocumentKind#PROJECT}. */
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROJECT;
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

  /** Builds {@link Project} values. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }

  /**
   * Returns the id: a slug unique in a portfolio, such as {@code impact-umbria}.
   *
   * @return the id
   */
  public abstract ProjectId getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns the acronym, such as {@code IMPACT} or {@code ARLEKIN}.
   *
   * @return the acronym
   */
  public abstract Optional<String> getAcronym();

  /**
   * Returns a short summary.
   *
   * @return the summary
   */
  public abstract Optional<LocalizedText> getSummary();

  /**
   * Returns the description.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Returns the status: planned, active (<em>attivo</em>), closed (<em>concluso</em>), cancelled.
   *
   * @return the status
   */
  public abstract Optional<ProjectStatus> getStatus();

  /**
   * Returns how much of the project the record holds, as the record states it ({@code
   * completeness}). Absent means complete, unless the project is in a portfolio that says
   * otherwise (see {@link Portfolio#standalone(Project)}).
   *
   * @return the stated completeness
   */
  public abstract Optional<Completeness> getCompleteness();

  /**
   * Returns the sectors the project works in, such as "Inclusione sociale".
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<LocalizedText> getSectors();

  /**
   * Returns the identifiers: CUP, Erasmus+ project number, FAMI project code.
   *
   * @return the identifiers, empty when none
   */
  @Value.Default
  public Identifiers getIdentifiers() {
    return Identifiers.empty();
  }

  /**
   * Returns the call the project answers.
   *
   * @return the call reference
   */
  public abstract Optional<CallRef> getCall();

  /**
   * Returns when the project runs.
   *
   * @return the period
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Returns the phases, such as "Fase 2".
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Phase> getPhases();

  /**
   * Returns the projects this one relates to: predecessors, previous phases, successors.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<RelatedProject> getRelatedProjects();

  /**
   * Returns the organisations this document declares. In a portfolio, projects usually refer to
   * organisations declared once by the portfolio instead.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Organisation> getOrganisations();

  /**
   * Returns who takes part, and how.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Participant> getParticipants();

  /**
   * Returns where the project works.
   *
   * @return the territory
   */
  public abstract Optional<Territory> getTerritory();

  /**
   * Returns the objectives.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Objective> getObjectives();

  /**
   * Returns the activities.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Activity> getActivities();

  /**
   * Returns the work packages.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<WorkPackage> getWorkPackages();

  /**
   * Returns the target groups (<em>beneficiari</em>, <em>destinatari</em>).
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<TargetGroup> getTargetGroups();

  /**
   * Returns the indicators with their targets and measurements.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Indicator> getIndicators();

  /**
   * Returns the budget.
   *
   * @return the budget
   */
  public abstract Optional<Budget> getBudget();

  /**
   * Returns links to pages about the project.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Link> getLinks();

  /**
   * Returns where the data of this document comes from.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Source> getSources();

  /**
   * Returns the accepted exceptions to rules.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Waiver> getWaivers();

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
   * Returns the day the data was last updated.
   *
   * @return the day
   */
  public abstract Optional<LocalDate> getLastUpdated();

  /**
   * Tells whether the record holds only what its sources state ({@code completeness: partial}),
   * so that what it does not state is unknown rather than absent. A portfolio's project inherits
   * the portfolio's completeness through {@link Portfolio#standalone(Project)}.
   *
   * @return true for a partial record
   */
  public final boolean isPartial() {
    return getCompleteness().orElse(Completeness.COMPLETE) == Completeness.PARTIAL;
  }

  /**
   * Returns the language of plain texts of the document the project was read from ({@code it}
   * when the document names none).
   *
   * @return the BCP 47 tag declared by the document
   */
  public abstract Optional<String> getLanguage();

  /**
   * Returns the default currency of plain amounts of the document the project was read from.
   *
   * @return the currency declared by the document
   */
  public abstract Optional<CurrencyCode> getCurrency();

  /**
   * Returns the {@code $schema} address of the document the project was read from.
   *
   * @return the schema address, kept for writing back
   */
  public abstract Optional<String> getSchema();

  /**
   * Returns the lead participant (<em>capofila</em>): the first participant with the role
   * {@link Role#LEAD}.
   *
   * @return the lead, or empty when there is none
   */
  public Optional<Participant> lead() {
    return getParticipants().stream().filter(p -> p.getRole() == Role.LEAD).findFirst();
  }

  /**
   * Returns the organisation of the lead participant, when it is declared in this project.
   *
   * @return the lead organisation
   */
  public Optional<Organisation> leadOrganisation() {
    return lead().flatMap(participant -> organisation(participant.getOrganisation()));
  }

  /**
   * Returns the participants with the role {@link Role#PARTNER}, in order.
   *
   * @return the partners
   */
  public List<Participant> partners() {
    return participants(Role.PARTNER);
  }

  /**
   * Returns the participants with a role, in order.
   *
   * @param role the role
   * @return the participants with that role
   */
  public List<Participant> participants(Role role) {
    List<Participant> result = new ArrayList<>();
    for (Participant participant : getParticipants()) {
      if (participant.getRole() == role) {
        result.add(participant);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the organisation declared in this project with the given id.
   *
   * @param id the organisation id
   * @return the organisation, or empty when this project declares none with that id
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return getOrganisations().stream().filter(o -> o.getId().equals(id)).findFirst();
  }

  /**
   * Returns the distinct countries of the participating organisations, in participant order:
   * the countries of the partnership. Organisations without a country, or not declared in this
   * project, are left out.
   *
   * @return an unmodifiable set in participant order
   */
  public Set<CountryCode> countries() {
    Set<CountryCode> countries = new LinkedHashSet<>();
    for (Participant participant : getParticipants()) {
      organisation(participant.getOrganisation()).flatMap(Organisation::getCountry).ifPresent(countries::add);
    }
    return java.util.Collections.unmodifiableSet(countries);
  }

  /**
   * Returns the indicator with the given id.
   *
   * @param id the indicator id
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(LocalId id) {
    return getIndicators().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  /**
   * Returns the target group with the given id.
   *
   * @param id the target group id
   * @return the target group, or empty
   */
  public Optional<TargetGroup> targetGroup(LocalId id) {
    return getTargetGroups().stream().filter(g -> g.getId().equals(id)).findFirst();
  }

  /**
   * Returns the work package with the given id.
   *
   * @param id the work package id
   * @return the work package, or empty
   */
  public Optional<WorkPackage> workPackage(LocalId id) {
    return getWorkPackages().stream().filter(w -> w.getId().equals(id)).findFirst();
  }
}
