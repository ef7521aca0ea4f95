package dev.progetto.benchmarks;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.server.ValidatorServer;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of the web validator on the loopback interface: N requests of
 * {@code POST /api/validate} from C concurrent clients, alternating a valid example and a broken
 * copy of it, against the same validations made by calling the library directly from C threads in
 * the same run. Fails (exit 1) when a request fails. Writes its table to docs/benchmarks.md
 * between its markers.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.progetto.benchmarks.ServerLoad [REQUESTS] [CLIENTS] [DOC]</pre>
 */
public final class ServerLoad {

  private static final String START = "<!-- server-load:start -->";
  private static final String END = "<!-- server-load:end -->";

  private ServerLoad() {}

  /** One measured run: elapsed time, failures and each request's latency. */
  record Run(long nanos, int failures, long[] latencies) {
    double perSecond() {
      return latencies.length / (nanos / 1e9);
    }

    double percentile(double p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }
  }

  /**
   * Runs the load.
   *
   * @param args requests (2000), clients (16), the document to update (docs/benchmarks.md; "-" for none)
   * @throws Exception on a failure to start
   */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    Path doc = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
    byte[] valid = Files.readAllBytes(Path.of("examples", "data", "impact-umbria.yaml"));
    byte[] broken = new String(valid, StandardCharsets.UTF_8).replace("country: IT}", "country: ITA}")
        .getBytes(StandardCharsets.UTF_8);
    List<byte[]> bodies = List.of(valid, broken);

    ProgettoMapper mapper = ProgettoMapper.standard();
    Validator validator = Validator.builder().locale(Locale.ENGLISH).build();
    AtomicInteger turn = new AtomicInteger();
    Callable<Boolean> direct = () -> {
      byte[] body = bodies.get(turn.getAndIncrement() % 2);
      ReadResult<Document> result = mapper.read(new ByteArrayInputStream(body), Syntax.YAML, "impact-umbria.yaml");
      String report = ReportWriter.json().toString(validator.projectInputs().check(result, validator.validate(result)),
          Locale.ENGLISH);
      return report.contains("\"valid\"");
    };

    try (ValidatorServer server = ValidatorServer.builder().port(0).start()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(clients)).connectTimeout(Duration.ofSeconds(10)).build();
      URI uri = server.uri().resolve("/api/validate?filename=impact-umbria.yaml&lang=en");
      AtomicInteger httpTurn = new AtomicInteger();
      Callable<Boolean> overHttp = () -> {
        byte[] body = bodies.get(httpTurn.getAndIncrement() % 2);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"valid\"");
      };
      // Warm-up of both paths, then the measured runs: library, server, library again.
      run(direct, Math.max(200, requests / 4), clients);
      run(overHttp, Math.max(200, requests / 4), clients);
      Run library = run(direct, requests, clients);
      Run http = run(overHttp, requests, clients);
      Run libraryAgain = run(direct, requests, clients);
      Run best = library.perSecond() >= libraryAgain.perSecond() ? library : libraryAgain;

      String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
          + System.getProperty("java.version") + ", " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + load();
      String table = String.format(Locale.ROOT,
          "Machine: %s. %d requests from %d concurrent clients, alternating `impact-umbria.yaml` and a broken copy "
              + "(4 errors), after a warm-up of both paths.%n%n"
              + "| | requests/s | median | 99th percentile | failed |%n|---|---|---|---|---|%n"
              + "| the library called directly (read, validate, JSON report) | %.0f | %.2f ms | %.2f ms | %d |%n"
              + "| `POST /api/validate` on the loopback | %.0f (%.0f%% of the library's) | %.2f ms | %.2f ms | %d |%n",
          machine, requests, clients, best.perSecond(), best.percentile(0.5), best.percentile(0.99), best.failures(),
          http.perSecond(), 100 * http.perSecond() / best.perSecond(), http.percentile(0.5), http.percentile(0.99),
          http.failures());
      System.out.print(table);
      if (!doc.toString().equals("-")) {
        update(doc, table);
      }
      if (http.failures() > 0 || best.failures() > 0) {
        System.err.println("server-load: " + http.failures() + " failed requests");
        System.exit(1);
      }
      System.exit(0);
    }
  }

  /** The machine's load average over a minute, where Linux tells it: other work skews both rows. */
  private static String load() {
    try {
      return ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the start";
    } catch (IOException | RuntimeException unknown) {
      return "";
    }
  }

  private static Run run(Callable<Boolean> work, int requests, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long[] latencies = new long[requests];
    AtomicLong started = new AtomicLong(System.nanoTime());
    List<Future<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    started.set(start);
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < requests) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = work.call();
          } catch (Exception failed) {
            ok = false;
          }
          latencies[i] = System.nanoTime() - t0;
          if (!ok) {
            failures.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    return new Run(nanos, failures.get(), latencies);
  }

  private static void update(Path doc, String table) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(START);
    int to = text.indexOf(END);
    String section = START + "\n" + table + END;
    String updated;
    if (from >= 0 && to > from) {
      updated = text.substring(0, from) + section + text.substring(to + END.length());
    } else {
      updated = text + "\n## The web validator under load\n\n"
          + "`benchmarks/server-load` starts the web validator (`progetto-server`) on a free loopback port and sends it a "
          + "bounded load; the baseline is the same work done by calling the library directly from as many threads, in the "
          + "same run. The difference is the HTTP exchange on the loopback, the body copied in and the report copied out; "
          + "the run fails if any request fails.\n\n" + section + "\n";
    }
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }
}
