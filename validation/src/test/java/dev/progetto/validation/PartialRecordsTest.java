package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record marked {@code completeness: partial} holds only what its sources state: rules that
 * would conclude from what it does not state report information, rules about what it states keep
 * their severity, and a complete record keeps every error.
 */
class PartialRecordsTest {

  private final Validator validator = Fixtures.validator();

  /** A KA220-VET project as a university's research portal states it: the call, the period and one participant. */
  private static Project ka220FromAPortal(Completeness completeness) {
    return Project.builder().id(ProjectId.of("digi-vet")).title(LocalizedText.english("Digital skills in VET"))
        .completeness(completeness)
        .call(CallRef.of("erasmus-plus-2024-ka220-vet"))
        .period(Period.of(PartialDate.of(2024, 11), PartialDate.of(2026, 10)))
        .addOrganisation(Fixtures.organisation("unito", "IT", LegalForm.UNIVERSITY))
        .addParticipant(Participant.of("unito", Role.PARTNER))
        .build();
  }

  /** A Territori Inclusivi 2020 project as its announcement states it: only the proposing cooperative. */
  private static Project territoriInclusiviAnnouncement(Completeness completeness) {
    return Project.builder().id(ProjectId.of("rete-saluzzese")).title(LocalizedText.italian("Rete saluzzese"))
        .completeness(completeness)
        .call(CallRef.of("territori-inclusivi-2020"))
        .addOrganisation(Fixtures.organisation("coop", "IT", LegalForm.COOPERATIVA_SOCIALE_A))
        .addParticipant(Participant.of("coop", Role.LEAD))
        .build();
  }

  private static List<ValidationIssue> at(ValidationReport report, IssueSeverity severity) {
    return report.getIssues().stream().filter(i -> i.getSeverity() == severity).toList();
  }

  @Test
  void aPartialKa220RecordWithOneStatedParticipantHasNoErrorAndSaysWhatIsNotStated() {
    ValidationReport report = validator.validate(ka220FromAPortal(Completeness.PARTIAL));

    assertThat(at(report, IssueSeverity.ERROR)).isEmpty();
    assertThat(at(report, IssueSeverity.WARNING)).isEmpty();
    assertThat(at(report, IssueSeverity.INFO)).extracting(ValidationIssue::getRule)
        .contains("participants.lead", "partnership.min-organisations", "partnership.min-countries");
    assertThat(at(report, IssueSeverity.INFO)).filteredOn(i -> i.getRule().equals("partnership.min-organisations"))
        .singleElement().satisfies(issue -> assertThat(issue.getMessage()).isEqualTo(
            "not stated in this partial record: the partnership has 1 organisation (lead and partners); the call requires at least 3"));
  }

  @Test
  void theCompleteApplicationWithOneParticipantStillFails() {
    ValidationReport report = validator.validate(ka220FromAPortal(Completeness.COMPLETE));

    assertThat(at(report, IssueSeverity.ERROR)).extracting(ValidationIssue::getRule)
        .contains("participants.lead", "partnership.min-organisations", "partnership.min-countries");
    assertThat(validator.validate(ka220FromAPortal(Completeness.COMPLETE).withCompleteness(Optional.empty())).getIssues())
        .isEqualTo(report.getIssues());
  }

  @Test
  void aPartialTerritoriInclusiviRecordWithOnlyItsLeadHasNoError() {
    ValidationReport partial = validator.validate(territoriInclusiviAnnouncement(Completeness.PARTIAL));
    assertThat(partial.getIssues()).extracting(ValidationIssue::getSeverity).containsOnly(IssueSeverity.INFO);
    assertThat(partial.getIssues()).extracting(ValidationIssue::getRule)
        .contains("partnership.min-organisations", "partnership.required-member");

    ValidationReport complete = validator.validate(territoriInclusiviAnnouncement(Completeness.COMPLETE));
    assertThat(complete.getIssues()).extracting(ValidationIssue::getRule)
        .contains("partnership.min-organisations", "partnership.required-member");
    assertThat(complete.getIssues()).extracting(ValidationIssue::getSeverity).doesNotContain(IssueSeverity.INFO);
  }

  @Test
  void aManagementShareThatRestsOnAnAssumedWorkPackageIsNotStatedInAPartialRecord() {
    // a public record names one results work package of a 250,000 euro project, not its management one
    Project oneResult = ka220FromAPortal(Completeness.PARTIAL).withBudget(Budget.builder().lumpSum(Money.euros("250000")).build())
        .withWorkPackages(WorkPackage.builder().id(LocalId.of("wp2")).title(LocalizedText.english("Toolkit for teachers"))
            .budget(Money.euros("100000")).build());

    assertThat(validator.validate(oneResult).getIssues()).filteredOn(i -> i.getRule().equals("budget.management-share"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFO);
          assertThat(issue.getMessage()).isEqualTo("not stated in this partial record: the work package wp2, taken as project "
              + "management as none is marked or named so, takes 40.0% of the lump sum; the call allows at most 20.0%");
        });
    assertThat(validator.validate(oneResult.withCompleteness(Completeness.COMPLETE)).getIssues())
        .filteredOn(i -> i.getRule().equals("budget.management-share"))
        .extracting(ValidationIssue::getSeverity).containsExactly(IssueSeverity.ERROR);
    // a work package named as management is what the record states: its share is judged as in any record
    Project named = oneResult.withWorkPackages(oneResult.getWorkPackages().get(0).withId(LocalId.of("wp1")));
    assertThat(validator.validate(named).getIssues()).filteredOn(i -> i.getRule().equals("budget.management-share"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
          assertThat(issue.getMessage()).isEqualTo("the work package wp1 takes 40.0% of the lump sum; the call allows at most 20.0%");
        });
  }

  @Test
  void whatAPartialRecordStatesIsJudgedAsInAnyRecord() {
    Project stated = ka220FromAPortal(Completeness.PARTIAL)
        .withBudget(Budget.builder().lumpSum(Money.euros("247854")).build())
        .withPeriod(Period.of(PartialDate.of(2026, 10), PartialDate.of(2024, 11)));
    ValidationReport report = validator.validate(stated);

    assertThat(at(report, IssueSeverity.ERROR)).extracting(ValidationIssue::getRule).contains("budget.lump-sum", "period.order");
  }

  @Test
  void partsThatAddUpToLessAreNotStatedButPartsThatAddUpToMoreAreWrong() {
    Budget lines = Budget.builder().total(Money.euros("100000"))
        .addLine(BudgetLine.builder().id(LocalId.of("staff")).title(LocalizedText.italian("Personale")).amount(Money.euros("60000")).build())
        .build();
    Project partial = territoriInclusiviAnnouncement(Completeness.PARTIAL).withCall(Optional.empty()).withBudget(lines);
    assertThat(partial.getBudget()).isPresent();
    assertThat(validator.validate(partial).getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("budget.lines-sum");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFO);
    });

    Budget over = lines.withTotal(Money.euros("50000"));
    assertThat(validator.validate(partial.withBudget(over)).getIssues()).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  @Test
  void aPortfoliosProjectsInheritItsCompleteness() {
    Project body = territoriInclusiviAnnouncement(Completeness.COMPLETE).withCompleteness(Optional.empty());
    Portfolio portfolio = Portfolio.builder().id(PortfolioId.of("bandi-pubblici")).title(LocalizedText.italian("Esiti pubblicati"))
        .completeness(Completeness.PARTIAL).addProject(body).build();

    assertThat(portfolio.standalone(body).isPartial()).isTrue();
    assertThat(validator.validate(portfolio).getIssues()).extracting(ValidationIssue::getSeverity).containsOnly(IssueSeverity.INFO);

    Portfolio ownSay = portfolio.withProjects(body.withCompleteness(Completeness.COMPLETE));
    assertThat(validator.validate(ownSay).getIssues()).extracting(ValidationIssue::getSeverity).contains(IssueSeverity.WARNING);
  }

  @Test
  void theNoteIsInItalianToo() {
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(Locale.ITALIAN).build();
    assertThat(italian.validate(ka220FromAPortal(Completeness.PARTIAL)).getIssues())
        .filteredOn(i -> i.getRule().equals("partnership.min-organisations"))
        .singleElement().satisfies(issue -> assertThat(issue.getMessage()).startsWith("non indicato in questo record parziale: "));
  }

  @Test
  void theAbsenceRulesAreMarkedInTheCatalogue() {
    assertThat(Rules.all()).filteredOn(RuleDescriptor::isAbsenceRule).extracting(RuleDescriptor::getId)
        .contains("participants.lead", "budget.lines-sum", "partnership.min-organisations", "partnership.min-countries",
            "partnership.required-member", "work-packages.project-management", "target-group.eligible")
        .doesNotContain("budget.lump-sum", "period.order", "period.duration-range", "identifier.cup");
  }
}
