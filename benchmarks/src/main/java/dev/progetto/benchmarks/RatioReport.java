package dev.progetto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JMH's JSON results into the ratio table of {@code docs/benchmarks.md}: each measure
 * divided by its baseline from the same run, with the target it is held to.
 */
public final class RatioReport {

  private static final String START = "<!-- throughput:start -->";
  private static final String END = "<!-- throughput:end -->";

  private RatioReport() {}

  /**
   * Writes the table.
   *
   * @param args the JMH JSON results, the Markdown file to update, and a description of the machine
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    Map<String, Double> score = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
      String size = result.path("params").path("size").asText("");
      score.put(name + "/" + size, result.get("primaryMetric").get("score").asDouble());
    }
    StringBuilder table = new StringBuilder();
    table.append(START).append("\n\n").append("Machine: ").append(args.length > 2 ? args[2] : "unknown").append(".\n\n")
        .append("| measure | size | progetto (ops/s) | baseline | baseline (ops/s) | ratio | target |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (String size : new String[] {"SMALL", "LARGE"}) {
      row(table, score, "read + validate from JSON bytes", size, "progettoReadAndValidate", "jacksonReadTree", "≥ 0.5");
      row(table, score, "read JSON bytes into the model", size, "progettoRead", "jacksonTokenScan", "≥ 0.35");
      row(table, score, "read from YAML", size, "progettoReadYaml", "jacksonYamlReadTree", "≥ 0.8");
      row(table, score, "validate an already-read project", size, "progettoValidate", "jacksonReadTree", "(schema validator baseline not yet run)");
    }
    table.append("\n").append(END);
    Path doc = Path.of(args[1]);
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated = start >= 0 && end > start
        ? text.substring(0, start) + table + text.substring(end + END.length())
        : text + "\n" + table + "\n";
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  private static void row(StringBuilder table, Map<String, Double> score, String measure, String size, String ours,
      String baseline, String target) {
    Double mine = score.get(ours + "/" + size);
    Double base = score.get(baseline + "/" + size);
    if (mine == null || base == null) {
      return;
    }
    table.append("| ").append(measure).append(" | ").append(size.toLowerCase(java.util.Locale.ROOT)).append(" | ")
        .append(round(mine)).append(" | `").append(baseline).append("` | ").append(round(base)).append(" | ")
        .append(BigDecimal.valueOf(mine / base).setScale(2, RoundingMode.HALF_EVEN)).append("× | ").append(target).append(" |\n");
  }

  private static String round(double value) {
    return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }
}
