package dev.progetto.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a project says of the call it answers (<em>bando</em>, <em>avviso</em>): the call id and,
 * optionally, the objectives (FAMI's OS2/ON2), the action, the notice and its page.
 */
@Value.Immutable
public abstract class CallRef implements WithCallRef {

  CallRef() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CallRef} values. */
  public static final class Builder extends ImmutableCallRef.Builder {
    Builder() {}
  }

  /**
   * Returns a reference to a call by id.
   *
   * @param id the call id
   * @return the reference
   */
  public static CallRef of(String id) {
    return builder().id(CallId.of(id)).build();
  }


  /**
   * Returns the id of the call in the catalogue.
   *
   * @return the id of the call in the catalogue
   */
  public abstract CallId getId();

  /**
   * Returns the codes of the call objectives the project answers, such as {@code OS2} or {@code ON2}.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<String> getObjectives();

  /**
   * Returns the action of the call the project answers.
   *
   * @return the action of the call the project answers
   */
  public abstract Optional<String> getAction();

  /**
   * Returns the kind of action within the call that decides which of its rates or limits
   * apply, such as {@code annex-iv} or {@code operating-support} for AMIF 2021-2027 (Regulation
   * (EU) 2021/1147, Article 15).
   *
   * @return the action type code
   */
  public abstract Optional<String> getActionType();

  /**
   * Returns the title of the notice (<em>avviso</em>) as published.
   *
   * @return the title of the notice (<em>avviso</em>) as published
   */
  public abstract Optional<LocalizedText> getNotice();

  /**
   * Returns a page about the notice.
   *
   * @return a page about the notice
   */
  public abstract Optional<String> getUrl();

}
