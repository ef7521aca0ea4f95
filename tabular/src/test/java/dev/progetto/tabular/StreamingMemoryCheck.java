package dev.progetto.tabular;

import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.nio.file.Path;

/**
 * Reads a file in a JVM of its own, so that a test can give it a small heap: {@code stream PATH}
 * reads the projects one at a time, {@code read PATH} reads the whole document. Prints the number
 * of projects and of issues.
 */
final class StreamingMemoryCheck {

  private StreamingMemoryCheck() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[1]);
    long projects = 0;
    long issues = 0;
    if (args[0].equals("stream")) {
      try (ProjectStream stream = TabularMapper.standard().streamProjects(path)) {
        while (stream.hasNext()) {
          ReadResult<Project> result = stream.next();
          issues += result.getIssues().size();
          if (result.getDocument().isPresent()) {
            projects++;
          }
          if (issues > 0 && issues < 5) {
            System.out.println(result.getIssues());
          }
        }
      }
    } else {
      ReadResult<Document> result = TabularMapper.standard().read(path);
      issues = result.getIssues().size();
      projects = result.getDocument().map(d -> d instanceof Portfolio p ? p.getProjects().size() : 1).orElse(0);
    }
    System.out.println("projects " + projects + " issues " + issues);
  }
}
