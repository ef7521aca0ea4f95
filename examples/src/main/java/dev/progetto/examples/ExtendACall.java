package dev.progetto.examples;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.CallRef;
import dev.progetto.model.Project;
import dev.progetto.validation.ValidationReport;
import dev.progetto.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a call document that extends the built-in Erasmus+ 2024 KA220-VET call with a shorter
 * maximum duration, and validates the same project against both calls.
 */
public final class ExtendACall {

  private ExtendACall() {}

  /**
   * Runs the example.
   *
   * @param args the call file, and the project file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path callFile = Path.of(args.length > 0 ? args[0] : "examples/calls/regione-ka220-vet-24-mesi.yaml");
    ProgettoMapper mapper = ProgettoMapper.standard();
    // tag::extend[]
    Call regional = mapper.readCall(callFile).getDocument().orElseThrow();
    Validator validator = Validator.builder().addCall(regional).build();
    // end::extend[]
    // tag::text[]
    Project project = mapper.readProject(String.join("\n",
        "format: 1", "kind: project", "id: thirty-months", "title: Thirty months",
        "call: erasmus-plus-2024-ka220-vet",
        "period: {start: 2024-11, end: 2027-04}",
        "organisations:",
        "  - {id: cnam, name: CNAM, country: FR}",
        "  - {id: coop, name: Cooperativa, country: IT}",
        "  - {id: escola, name: Escola, country: PT}",
        "participants:",
        "  - {organisation: cnam, role: lead}",
        "  - {organisation: coop, role: partner}",
        "  - {organisation: escola, role: partner}"), Syntax.YAML).getDocument().orElseThrow();
    // end::text[]

    for (String callId : new String[] {"erasmus-plus-2024-ka220-vet", regional.getId().value()}) {
      ValidationReport report = validator.validate(project.withCall(CallRef.of(callId)));
      System.out.println(callId + ": " + (report.isValid() ? "valid" : "invalid"));
      report.getIssues().forEach(issue -> System.out.println("  [" + issue.getRule() + "] " + issue.getMessage()));
    }
  }
}
