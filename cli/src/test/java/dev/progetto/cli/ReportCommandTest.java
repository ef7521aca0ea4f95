package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} over files read with errors, and outputs it cannot write. */
class ReportCommandTest {

  @TempDir Path temp;

  private Path file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFileReadWithErrorsIsSaidAndEndsWithExitCodeOne() throws Exception {
    Path invalid = file("inval.yaml", "format: 1\nkind: project\nid: p1\ntitle: Uno\nstatus: in-corso\n"
        + "budget:\n  total: \"250.000,00\"\norganisations:\n  - {id: alfa, name: Alfa}\n"
        + "participants:\n  - {organisation: alfa, role: capofila}\n");
    CommandRun run = CommandRun.of("report", invalid.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("progetto: " + invalid + " was read with 3 errors: the values in error are left out of the"
        + " report (progetto validate " + invalid + " says which)\n");
    // The report is still written, of what could be read.
    assertThat(run.out()).contains("\"projectCount\": 1");
  }

  @Test
  void aJsonLinesFileWithErrorsIsSaidOnce() throws Exception {
    Path lines = file("p.jsonl", "{\"format\":1,\"kind\":\"project\",\"id\":\"a\",\"title\":\"A\",\"budget\":{\"total\":\"tanti\"}}\n"
        + "{\"format\":1,\"kind\":\"project\",\"id\":\"b\",\"title\":\"B\"}\n");
    CommandRun run = CommandRun.of("report", lines.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("progetto: " + lines + " was read with 1 error: the values in error are left out of the"
        + " report (progetto validate " + lines + " says which)\n");
  }

  @Test
  void aCleanFileEndsWithExitCodeZeroAndNothingSaid() throws Exception {
    Path clean = file("ok.yaml", "format: 1\nkind: project\nid: p1\ntitle: Uno\nstatus: active\n");
    CommandRun run = CommandRun.of("report", clean.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  @Test
  void anOutputThatCannotBeWrittenSaysWhy() throws Exception {
    Path clean = file("ok.yaml", "format: 1\nkind: project\nid: p1\ntitle: Uno\n");
    Path missing = temp.resolve("missing").resolve("r.html");
    CommandRun run = CommandRun.of("report", clean.toString(), "--format", "html", "-o", missing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");

    Path aFile = file("tables", "not a folder");
    CommandRun csv = CommandRun.of("report", clean.toString(), "--format", "csv", "-o", aFile.toString());
    assertThat(csv.err()).contains("cannot write " + aFile + ": it is a file, and a folder is wanted here");

    CommandRun folder = CommandRun.of("report", clean.toString(), "--format", "markdown", "-o", temp.toString());
    assertThat(folder.err()).contains("cannot write " + temp + ": it is a folder, and a file is wanted here");
    Path xlsx = temp.resolve("nowhere").resolve("r.xlsx");
    assertThat(CommandRun.of("report", clean.toString(), "--format", "xlsx", "-o", xlsx.toString()).err())
        .contains("the folder " + xlsx.getParent() + " does not exist");
  }

  @Test
  void organisationsAreToldApartAcrossFilesByTheirIdentifiers() throws Exception {
    Path a = file("a.yaml", "format: 1\nkind: project\nid: progetto-a\ntitle: Progetto A\norganisations:\n"
        + "  - {id: cidis, name: \"CIDIS – Consorzio Intercomunale di Servizi\", identifiers: {codice-fiscale: \"95500580013\"}}\n"
        + "  - {id: comune-torino, name: Comune di Torino, identifiers: {codice-fiscale: \"00514490010\"}}\n"
        + "participants:\n  - {organisation: cidis, role: lead}\n  - {organisation: comune-torino, role: partner}\n");
    Path b = file("b.yaml", "format: 1\nkind: project\nid: progetto-b\ntitle: Progetto B\norganisations:\n"
        + "  - {id: cidis, name: Cidis onlus}\n"
        + "  - {id: citta-di-torino, name: Città di Torino, identifiers: {codice-fiscale: \"00514490010\"}}\n"
        + "participants:\n  - {organisation: cidis, role: lead}\n  - {organisation: citta-di-torino, role: partner}\n");
    CommandRun run = CommandRun.of("report", a.toString(), b.toString(), "--format", "csv", "--table", "organisations");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo("progetto: warning: the organisation id cidis is \"CIDIS – Consorzio Intercomunale di Servizi\""
        + " in progetto-a and \"Cidis onlus\" in progetto-b: the report counts them as one organisation; give them different ids,"
        + " or the same codice fiscale, partita IVA, PIC or VAT when they are one\n");
    assertThat(run.out()).contains("comune-torino,Comune di Torino,,\"progetto-a (partner), progetto-b (partner)\"")
        .doesNotContain("citta-di-torino");
  }
}
