package dev.progetto.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call for proposals (<em>bando</em>, <em>avviso</em>) as data: which rules a project answering it
 * must meet and with which parameters, and the sources they rest on. A call may extend another
 * one and override its parameters; the validation module resolves the chain.
 */
@Value.Immutable
public abstract class Call implements WithCall, Document {

  Call() {}

  /** Returns {@link DocumentKind#CALL}. */
  @Override
  public final DocumentKind kind() {
    return DocumentKind.CALL;
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

  /** Builds {@link Call} values. */
  public static final class Builder extends ImmutableCall.Builder {
    Builder() {}
  }

  /**
   * Returns the id, such as {@code erasmus-plus-2024-ka220-vet}.
   *
   * @return the id
   */
  public abstract CallId getId();

  /**
   * Returns the id of the call this one extends ({@code extends} in files).
   *
   * @return the parent call id
   */
  public abstract Optional<CallId> getParent();

  /**
   * Tells whether the call is a frame for other calls that projects should not name directly
   * ({@code abstract} in files), such as {@code erasmus-plus-ka220}.
   *
   * @return true for an abstract call
   */
  @Value.Default
  public boolean isAbstractCall() {
    return false;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract Optional<LocalizedText> getName();

  /**
   * Returns a description.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Returns the programme: {@code erasmus-plus}, {@code amif}, {@code esf-plus}, ...
   *
   * @return the programme
   */
  public abstract Optional<String> getProgramme();

  /**
   * Returns the action, such as {@code KA220}.
   *
   * @return the action code
   */
  public abstract Optional<String> getAction();

  /**
   * Returns the Erasmus+ field: {@code ADU}, {@code HED}, {@code SCH}, {@code VET} or
   * {@code YOU}.
   *
   * @return the field code
   */
  public abstract Optional<String> getField();

  /**
   * Returns the call year.
   *
   * @return the year
   */
  public abstract Optional<Integer> getYear();

  /**
   * Returns the funder, such as {@code European Commission}.
   *
   * @return the funder
   */
  public abstract Optional<String> getFunder();

  /**
   * Returns the managing authority (<em>Autorità Responsabile</em>).
   *
   * @return the managing authority
   */
  public abstract Optional<String> getManagingAuthority();

  /**
   * Returns a page about the call.
   *
   * @return the URL
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns the admissible window for the start of projects.
   *
   * @return the period
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Returns the rules the call sets, by rule id, in order.
   *
   * @return an unmodifiable map, empty when none
   */
  public abstract Map<String, RuleSetting> getRules();

  /**
   * Returns the sources of the call's data.
   *
   * @return an unmodifiable list, empty when none
   */
  public abstract List<Source> getSources();

  /**
   * Returns the language of plain texts of the document ({@code it} when it names none).
   *
   * @return the BCP 47 tag declared by the document
   */
  public abstract Optional<String> getLanguage();

  /**
   * Returns the {@code $schema} address of the document.
   *
   * @return the schema address, kept for writing back
   */
  public abstract Optional<String> getSchema();
}
