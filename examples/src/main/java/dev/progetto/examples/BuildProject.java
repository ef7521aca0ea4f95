package dev.progetto.examples;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.LegalForm;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.TargetGroupCategory;
import dev.progetto.model.LocalId;

/** Builds a project in code and writes it as YAML. */
public final class BuildProject {

  private BuildProject() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // tag::build[]
    Project project = Project.builder()
        .id(ProjectId.of("cuneo-sai-abitare"))
        .title(LocalizedText.italian("Abitare in uscita dal SAI di Cuneo"))
        .call(CallRef.of("fami-2021-2027"))
        .period(Period.builder().start(PartialDate.of(2025)).end(PartialDate.of(2028)).declaredDurationMonths(36).build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("comune-cuneo")).name("Comune di Cuneo")
            .legalForm(LegalForm.COMUNE).country(CountryCode.IT).build())
        .addParticipant(Participant.of("comune-cuneo", Role.LEAD))
        .addTargetGroup(TargetGroup.builder().id(LocalId.of("uscita-sai"))
            .description(LocalizedText.italian("persone in uscita dal SAI-Cuneo"))
            .category(TargetGroupCategory.REFUGEES)
            .expected(Quantity.between(120, 140).per(Quantity.Per.YEAR))
            .build())
        .build();

    String yaml = ProgettoMapper.standard().write(project, Syntax.YAML);
    // end::build[]
    System.out.print(yaml);
    System.out.println("# lead: " + project.leadOrganisation().flatMap(Organisation::getName).orElse("none")
        + ", duration: " + project.getPeriod().flatMap(Period::durationMonths).orElse(0) + " months");
  }
}
