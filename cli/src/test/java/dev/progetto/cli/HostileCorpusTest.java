package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line on every hostile input of the fuzz corpora, in each output format: an exit code
 * of 0, 1 or 2 (never 3, an internal error), no stack trace, JSON and SARIF that parse, a report
 * that counts what it holds, and text output without a raw control character.
 */
class HostileCorpusTest {

  private static final List<Path> CORPORA = List.of(
      Path.of("..", "io", "src", "test", "resources", "dev", "progetto", "io", "ReaderFuzzTestInputs"),
      Path.of("..", "validation", "src", "test", "resources", "dev", "progetto", "validation", "ReadThenValidateFuzzTestInputs"),
      Path.of("..", "tabular", "src", "test", "resources", "dev", "progetto", "tabular", "hostile"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> inputs() throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (Path corpus : CORPORA) {
      try (Stream<Path> files = Files.walk(corpus)) {
        files.filter(Files::isRegularFile).filter(f -> dev.progetto.io.Syntax.fromPath(f).isPresent()
            || dev.progetto.tabular.TabularMapper.isSpreadsheet(f)).sorted()
            .forEach(inputs::add);
      }
    }
    return inputs;
  }

  @Test
  void everyHostileInputEndsInAReportInEveryFormat() throws Exception {
    List<Path> inputs = inputs();
    assertThat(inputs).hasSizeGreaterThan(50);
    int runs = 0;
    for (Path input : inputs) {
      for (String format : new String[] {"text", "json", "sarif"}) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"validate", "--format", format, "--today", "2026-11-24", input.toString()};
        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
        String as = input.getFileName() + " as " + format;
        runs++;
        assertThat(exit).as(as).isIn(0, 1);
        assertThat(err.toString()).as(as).isEmpty();
        if (format.equals("text")) {
          assertThat(out.toString().chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f))
              .as(as).isEmpty();
          assertThat(out.toString()).as(as).containsPattern("errors?, \\d+ warnings?, \\d+ infos?, \\d+ waived in \\d+ documents?\n$");
        } else {
          JsonNode report = JSON.readTree(out.toString());
          if (format.equals("json")) {
            int issues = 0;
            for (JsonNode document : report.get("documents")) {
              issues += document.get("issues").size();
            }
            assertThat(issues).as(as).isEqualTo(report.get("errors").asInt() + report.get("warnings").asInt()
                + report.get("infos").asInt() + report.get("waived").asInt());
            assertThat(exit == 1).as(as).isEqualTo(!report.get("valid").asBoolean());
          } else {
            JsonNode run = report.get("runs").get(0);
            for (JsonNode result : run.get("results")) {
              assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
                  .as(as).isEqualTo(result.get("ruleId").asText());
            }
          }
        }
      }
    }
    assertThat(runs).isEqualTo(inputs.size() * 3);
  }
}
