package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.validation.internal.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The projects met across the inputs of one run (files, portfolios, lines of JSON Lines files),
 * to find a project id that two inputs share: the same project read twice, or two projects that
 * claim one id. Made by {@link Validator#projectInputs()}; not thread-safe, one per run.
 *
 * <pre>{@code
 * ProjectInputs inputs = validator.projectInputs();
 * for (Path file : files) {
 *   ReadResult<Document> result = mapper.read(file);
 *   reports.add(inputs.check(result, validator.validate(result)));
 * }
 * }</pre>
 */
public final class ProjectInputs {

  /** The rule id of a project id met in two inputs. */
  public static final String RULE = "project.duplicate-input";

  private final Locale locale;
  private final Optional<IssueSeverity> severity;
  private final Map<String, String> seen = new HashMap<>();

  ProjectInputs(Locale locale, Optional<IssueSeverity> severity) {
    this.locale = locale;
    this.severity = severity;
  }

  /**
   * Notes the projects of a document read, and adds to its report an issue for each project
   * whose id an earlier input already had; the issue names both places.
   *
   * @param result the document as read, with its source name and locations
   * @param report the document's report
   * @return the report, with an issue for each project id met before
   */
  public ValidationReport check(ReadResult<? extends Document> result, ValidationReport report) {
    Document document = result.getDocument().orElse(null);
    List<ValidationIssue> added = new ArrayList<>();
    if (document instanceof Project project) {
      recordProject(result, project, "", added);
    } else if (document instanceof Portfolio portfolio) {
      for (int i = 0; i < portfolio.getProjects().size(); i++) {
        recordProject(result, portfolio.getProjects().get(i), "/projects/" + i, added);
      }
    }
    if (added.isEmpty() || report.getDocuments().isEmpty()) {
      return report;
    }
    List<DocumentReport> documents = new ArrayList<>(report.getDocuments());
    DocumentReport last = documents.get(documents.size() - 1);
    List<ValidationIssue> issues = new ArrayList<>(last.getIssues());
    issues.addAll(added);
    documents.set(documents.size() - 1, new DocumentReport(last.getSource(), last.getKind(), last.getId(), issues));
    return ValidationReport.of(documents);
  }

  /**
   * Records one project met in an input, and tells where its id was met before.
   *
   * @param id the project id
   * @param place where the project is, such as {@code data/projects.jsonl:3}
   * @return where the same id was met before, when it was
   */
  public Optional<String> recordProject(String id, String place) {
    String first = seen.putIfAbsent(id, place);
    return Optional.ofNullable(first);
  }

  private void recordProject(ReadResult<? extends Document> result, Project project, String pointer, List<ValidationIssue> added) {
    if (severity.isEmpty()) {
      return;
    }
    Optional<SourceLocation> location = result.getSourceMap().locate(pointer.isEmpty() ? "/id" : pointer);
    String place = result.getSourceName().orElse("<input>") + (location.isPresent() ? ":" + location.get().line() : "");
    String id = project.getId().value();
    Optional<String> first = recordProject(id, place);
    if (first.isEmpty()) {
      return;
    }
    List<String> arguments = List.of(id, first.get(), place);
    added.add(ValidationIssue.builder().rule(RULE).severity(severity.get()).pointer(pointer).location(location)
        .message(locale, in -> Messages.format(in, RULE, arguments.toArray()))
        .messageKey(RULE).arguments(arguments).build());
  }
}
