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
import java.util.Locale;
import java.util.Map;

/**
 * Turns the results of one {@code benchmarks/run} into the tables of {@code docs/benchmarks.md}:
 * each measure divided by its baseline from the same run, with the target it is held to and
 * whether it meets it.
 */
public final class RatioReport {

  private static final String START = "<!-- throughput:start -->";
  private static final String END = "<!-- throughput:end -->";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Double> score = new LinkedHashMap<>();
  private final Map<String, Double> error = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private RatioReport() {}

  /**
   * Writes the tables.
   *
   * @param args the Markdown file to update, a description of the machine, the wall time of
   *     {@code java -version} in milliseconds measured in the same run, the heap figures of
   *     {@link HeapFootprint}, and one or more JMH JSON result files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    RatioReport report = new RatioReport();
    for (int i = 4; i < args.length; i++) {
      report.results(Path.of(args[i]));
    }
    JsonNode heap = Files.exists(Path.of(args[3])) ? JSON.readTree(Path.of(args[3]).toFile()) : null;
    String table = report.tables(args[1], Double.parseDouble(args[2]), heap);
    Path doc = Path.of(args[0]);
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated = start >= 0 && end > start
        ? text.substring(0, start) + table + text.substring(end + END.length())
        : text + "\n" + table + "\n";
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  private void results(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (JsonNode result : JSON.readTree(file.toFile())) {
      String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
      JsonNode params = result.path("params");
      String key = name + "/" + params.path("size").asText(params.path("megabytes").asText(""));
      score.put(key, result.get("primaryMetric").get("score").asDouble());
      error.put(key, result.get("primaryMetric").path("scoreError").asDouble(Double.NaN));
    }
  }

  private String tables(String machine, double javaVersionMillis, JsonNode heap) {
    out.append(START).append("\n\n").append("Machine: ").append(machine).append(".\n\n");

    out.append("### Throughput of one project (ops/s, higher is better)\n\n")
        .append("| measure | size | progetto | ± | baseline | baseline | ratio | target | met |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (String size : new String[] {"SMALL", "LARGE"}) {
      throughput("read + validate from JSON bytes", size, "progettoReadAndValidate", "jacksonReadTree", 0.5);
      throughput("read JSON bytes into the model", size, "progettoRead", "jacksonTokenScan", 0.35);
      throughput("validate an already-read project", size, "progettoValidate", "networkntSchemaValidate", 1.0);
      throughput("read from YAML text", size, "progettoReadYaml", "jacksonYamlReadTree", 0.8);
      throughput("read + validate, 2 threads, one validator", size, "progettoReadAndValidateTwoThreads",
          "progettoReadAndValidate", 1.8);
    }

    out.append("\n### Streaming a JSON Lines file with `-Xmx256m` (MB/s, higher is better)\n\n")
        .append("| file | progetto stream + validate | Jackson `readTree` per line | ratio | target | met |\n")
        .append("|---|---|---|---|---|---|\n");
    for (String megabytes : new String[] {"100", "1000"}) {
      Double ours = score.get("progettoStreamValidate/" + megabytes);
      Double base = score.get("jacksonReadTreePerLine/" + megabytes);
      if (ours == null || base == null) {
        continue;
      }
      double mine = Double.parseDouble(megabytes) / (ours / 1000);
      double theirs = Double.parseDouble(megabytes) / (base / 1000);
      out.append("| ").append(megabytes).append(" MB | ").append(round(mine, 1)).append(" | ").append(round(theirs, 1))
          .append(" | ").append(ratio(mine / theirs)).append(" | completes; ≥ 0.5× | ").append(met(mine / theirs >= 0.5))
          .append(" |\n");
    }

    if (heap != null) {
      double tree = heap.get("jacksonTree").asDouble();
      out.append("\n### Heap kept by a ").append(heap.get("projects").asInt()).append("-project portfolio (")
          .append(round(heap.get("bytes").asDouble() / 1e6, 1)).append(" MB of JSON; lower is better)\n\n")
          .append("| what is kept | MB | ratio to Jackson's tree | target | met |\n|---|---|---|---|---|\n")
          .append("| Jackson `JsonNode` tree (baseline) | ").append(round(tree / 1e6, 1)).append(" | 1× | | |\n");
      double model = heap.get("progettoModel").asDouble();
      double read = heap.get("progettoReadResult").asDouble();
      out.append("| progetto model (`Portfolio`) | ").append(round(model / 1e6, 1)).append(" | ").append(ratio(model / tree))
          .append(" | ≤ 1× | ").append(met(model <= tree)).append(" |\n");
      out.append("| progetto `ReadResult` (model and location table for line and column) | ").append(round(read / 1e6, 1))
          .append(" | ").append(ratio(read / tree)).append(" | | |\n");
    }

    Double build = score.get("buildValidator/");
    Double first = score.get("firstValidation/");
    if (build != null && first != null) {
      out.append("\n### Once per JVM (ms, fresh JVM per measurement, lower is better)\n\n")
          .append("| measure | ms | ratio to `java -version` (").append(round(javaVersionMillis, 0)).append(" ms) |\n")
          .append("|---|---|---|\n")
          .append("| `Validator.builder().build()` | ").append(round(build, 1)).append(" | ")
          .append(ratio(build / javaVersionMillis)).append(" |\n")
          .append("| build a mapper and a validator, read and validate a first project | ").append(round(first, 1))
          .append(" | ").append(ratio(first / javaVersionMillis)).append(" |\n");
    }
    out.append("\n").append(END);
    return out.toString();
  }

  private void throughput(String measure, String size, String ours, String baseline, double target) {
    Double mine = score.get(ours + "/" + size);
    Double base = score.get(baseline + "/" + size);
    if (mine == null || base == null) {
      return;
    }
    out.append("| ").append(measure).append(" | ").append(size.toLowerCase(Locale.ROOT)).append(" | ")
        .append(round(mine, 0)).append(" | ").append(round(error.getOrDefault(ours + "/" + size, Double.NaN), 0))
        .append(" | `").append(baseline).append("` | ").append(round(base, 0)).append(" | ").append(ratio(mine / base))
        .append(" | ≥ ").append(target).append(" | ").append(met(mine / base >= target)).append(" |\n");
  }

  private static String ratio(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN) + "×";
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static String round(double value, int scale) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "-";
    }
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }
}
