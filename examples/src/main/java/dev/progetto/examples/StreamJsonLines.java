package dev.progetto.examples;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Streams a JSON Lines file one project at a time and counts issues per rule and severity. */
public final class StreamJsonLines {

  private StreamJsonLines() {}

  /**
   * Runs the example.
   *
   * @param args the JSON Lines file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/streams/seed-003-projects.jsonl");
    Validator validator = Validator.builder().build();
    Map<String, Integer> counts = new TreeMap<>();
    int projects = 0;
    // tag::stream[]
    try (ProjectStream stream = ProgettoMapper.standard().streamProjects(file)) {
      while (stream.hasNext()) {
        projects++;
        for (ValidationIssue issue : validator.validate(stream.next()).getIssues()) {
          counts.merge(issue.getSeverity().code() + " " + issue.getRule(), 1, Integer::sum);
        }
      }
    }
    // end::stream[]
    System.out.println(projects + " projects");
    counts.forEach((rule, count) -> System.out.println(count + " " + rule));
    System.out.println(counts.keySet().stream().anyMatch(k -> k.startsWith(IssueSeverity.ERROR.code())) ? "errors found" : "no errors");
  }
}
