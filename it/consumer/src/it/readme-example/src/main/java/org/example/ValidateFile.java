package org.example;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.validation.ValidationIssue;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The README's example, as a user of the published artifacts writes it. */
public final class ValidateFile {

  private ValidateFile() {}

  public static ValidationReport validate(Path file) throws IOException {
    ProgettoMapper mapper = ProgettoMapper.standard();
    Validator validator = Validator.builder().locale(Locale.ITALIAN).build();

    ReadResult<Document> read = mapper.read(file);
    ValidationReport report = validator.validate(read);
    for (ValidationIssue issue : report.getIssues()) {
      System.out.println(issue.getLocation().map(Object::toString).orElse(issue.getPointer())
          + " " + issue.getSeverity().code() + " [" + issue.getRule() + "] " + issue.getMessage());
    }
    return report;
  }
}
