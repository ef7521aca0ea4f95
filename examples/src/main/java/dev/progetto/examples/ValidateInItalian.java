package dev.progetto.examples;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** Loads a file, validates it and prints every issue in Italian. */
public final class ValidateInItalian {

  private ValidateInItalian() {}

  /**
   * Runs the example.
   *
   * @param args the file to validate
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/femminili-plurali-fase-2.json");
    // tag::validate[]
    ProgettoMapper mapper = ProgettoMapper.standard();
    Validator validator = Validator.builder().locale(Locale.ITALIAN)
        .clock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC)) // as --today 2026-11-24
        .build();

    ReadResult<Document> read = mapper.read(file);
    ValidationReport report = validator.validate(read);
    for (ValidationIssue issue : report.getIssues()) {
      System.out.println(issue.getLocation().map(Object::toString).orElse(issue.getPointer())
          + " " + issue.getSeverity().code() + " [" + issue.getRule() + "] " + issue.getMessage());
    }
    String text = ReportWriter.text().toString(report, Locale.ITALIAN);   // as progetto validate prints it
    String json = ReportWriter.json().toString(report, Locale.ENGLISH);   // the JSON report of docs/format.md
    String sarif = ReportWriter.sarif().toString(report, Locale.ENGLISH); // SARIF 2.1.0 for code scanning
    // end::validate[]
    System.out.print(text.lines().reduce((a, b) -> b).orElse("") + "\n");
    System.out.println("JSON report: " + json.length() + " characters, SARIF: " + sarif.length() + " characters");
  }
}
