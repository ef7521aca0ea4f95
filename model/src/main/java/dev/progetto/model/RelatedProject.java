package dev.progetto.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another project this one relates to: a predecessor (IMPACT continues PASSI), a previous phase,
 * a successor. Refers to a project of the same portfolio by id, or names it by title and URL.
 */
@Value.Immutable
public abstract class RelatedProject implements WithRelatedProject {

  RelatedProject() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RelatedProject} values. */
  public static final class Builder extends ImmutableRelatedProject.Builder {
    Builder() {}
  }


  /**
   * Returns how the projects relate.
   *
   * @return how the projects relate
   */
  public abstract Relation getRelation();

  /**
   * Returns the id of the related project in the same portfolio.
   *
   * @return the id of the related project in the same portfolio
   */
  public abstract Optional<ProjectId> getProject();

  /**
   * Returns the title of the related project.
   *
   * @return the title of the related project
   */
  public abstract Optional<LocalizedText> getTitle();

  /**
   * Returns a page about the related project.
   *
   * @return a page about the related project
   */
  public abstract Optional<String> getUrl();

}
