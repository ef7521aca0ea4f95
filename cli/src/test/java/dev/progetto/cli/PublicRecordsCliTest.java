package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on records made from public sources: partial records, projects of the
 * Erasmus+ programme before 2021, and what {@code calls show} says of each parameter.
 */
class PublicRecordsCliTest {

  @TempDir Path temp;

  /** Standard output and error together: the tests look for findings and messages in either. */
  private static CommandRun run(String... args) {
    CommandRun run = CommandRun.of(args);
    return new CommandRun(run.exit(), run.all(), "");
  }

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String KA220_VET = "format: 1\nkind: project\nlanguage: en\n%sid: digi-vet\ntitle: Digital skills in VET\n"
      + "call: erasmus-plus-2024-ka220-vet\nperiod: {start: 2024-11, end: 2026-10}\n"
      + "organisations:\n  - {id: unito, name: Università di Torino, legalForm: university, country: IT}\n"
      + "participants:\n  - {organisation: unito, role: partner}\n";

  /** An announcement that names only the proposing cooperative. */
  private static final String TERRITORI_INCLUSIVI = "format: 1\nkind: project\n%sid: abitare-la-casa\ntitle: Abitare la casa\n"
      + "call: territori-inclusivi-2020\n"
      + "organisations:\n  - {id: coop, name: Cooperativa sociale, legalForm: cooperativa-sociale-a, country: IT}\n"
      + "participants:\n  - {organisation: coop, role: lead}\n"
      + "territory: {countries: [IT], regions: [ITC16], municipalities: [{name: Saluzzo}]}\n";

  @Test
  void partialRecordsGetNoErrorAndNameWhatTheyDoNotState() throws Exception {
    Path vet = file("digi-vet.yaml", String.format(KA220_VET, "completeness: partial\n"));
    Path territori = file("abitare-la-casa.yaml", String.format(TERRITORI_INCLUSIVI, "completeness: partial\n"));

    CommandRun run = run("validate", vet.toString(), territori.toString(), "--today", "2026-12-06");

    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("[partnership.min-organisations] not stated in this partial record: ")
        .contains("[partnership.required-member] not stated in this partial record: ")
        .contains("0 errors").doesNotContain(" error [");
  }

  @Test
  void theSameRecordsWrittenAsCompleteApplicationsFail() throws Exception {
    Path vet = file("digi-vet.yaml", String.format(KA220_VET, ""));
    Path territori = file("abitare-la-casa.yaml", String.format(TERRITORI_INCLUSIVI, ""));

    assertThat(run("validate", vet.toString(), "--today", "2026-12-06").exit()).isEqualTo(1);
    CommandRun complete = run("validate", territori.toString(), "--today", "2026-12-06");
    assertThat(complete.out()).contains("[partnership.min-organisations]").doesNotContain("not stated in this partial record");
  }

  @Test
  void theStrategicPartnershipsOf2014To2020AreCallsAndTheirProjectsValidate() throws Exception {
    assertThat(run("calls").out()).contains("erasmus-plus-2020-ka202", "erasmus-plus-2014-ka201", "erasmus-plus-2019-ka229");

    Path project = file("vet-2020.yaml", "format: 1\nkind: project\nlanguage: en\nid: vet-2020\ntitle: VET partnership\n"
        + "identifiers: {erasmus-project-number: 2020-1-AT01-KA202-078021}\ncall: erasmus-plus-2020-ka202\n"
        + "period: {start: 2020-10, end: 2022-09}\n"
        + "organisations:\n  - {id: at, name: Schule, legalForm: vet-provider, country: AT}\n"
        + "  - {id: it, name: Associazione, legalForm: associazione, country: IT}\n"
        + "  - {id: es, name: Asociación, legalForm: ngo, country: ES}\n"
        + "participants:\n  - {organisation: at, role: lead}\n  - {organisation: it, role: partner}\n"
        + "  - {organisation: es, role: partner}\n");
    CommandRun run = run("validate", project.toString(), "--today", "2026-12-06");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("0 errors");
  }

  @Test
  void callsShowPrintsTheSeverityThatAppliesTheConfidenceAndTheCitationOfEachRule() {
    CommandRun show = run("calls", "show", "erasmus-plus-2024-ka220-vet");

    assertThat(show.exit()).isZero();
    assertThat(show.out()).containsPattern("partnership\\.min-organisations\\s+error\\s+verified")
        .contains("https://")
        .doesNotContain(" default ");
    CommandRun territori = run("calls", "show", "territori-inclusivi-2020");
    assertThat(territori.out()).containsPattern("period\\.duration-range\\s+warning\\s+secondary");
  }
}
