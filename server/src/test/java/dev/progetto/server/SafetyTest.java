package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyTest {

  static ValidatorServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ValidatorServer.builder().port(0).maxRequestBytes(1024 * 1024).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDefaultsAreLoopback20MegabytesAndThirtySeconds() throws IOException {
    assertThat(ValidatorServer.DEFAULT_MAX_REQUEST_BYTES).isEqualTo(20L * 1024 * 1024);
    assertThat(ValidatorServer.DEFAULT_HOST).isEqualTo("127.0.0.1");
    try (ValidatorServer defaults = ValidatorServer.builder().port(0).start()) {
      assertThat(defaults.uri().getHost()).isEqualTo("127.0.0.1");
      assertThat(Http.get(defaults.uri().resolve("/api/rules")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aValidationLongerThanTheTimeLimitIsAnswered503AndStopped() throws Exception {
    java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      Router router = new Router(new Checker(), workers, 1024, java.time.Duration.ofSeconds(1), java.util.Locale.ITALIAN);
      java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
      long start = System.nanoTime();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> router.withinTime(() -> {
        try {
          Thread.sleep(20_000);
        } catch (InterruptedException stopped) {
          interrupted.countDown();
        }
        return "late";
      })).isInstanceOfSatisfying(BadRequest.class, refused -> {
        assertThat(refused.status).isEqualTo(503);
        assertThat(Texts.of(java.util.Locale.ITALIAN).get(refused.key, refused.arguments))
            .isEqualTo("Il file non è stato controllato entro 1 secondo.");
      });
      assertThat(System.nanoTime() - start).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
      assertThat(interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the late work is interrupted").isTrue();
      assertThat(router.<String>withinTime(() -> "on time")).isEqualTo("on time");
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void aClientThatSendsItsRequestTooSlowlyIsCutOffAndTheServerGoesOn() throws Exception {
    assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).as("set by the build for this test").isEqualTo("3");
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
      slow.setSoTimeout(30_000);
      slow.getOutputStream().write(("POST /api/validate HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n{\"format\": 1")
          .getBytes(StandardCharsets.ISO_8859_1));
      slow.getOutputStream().flush();
      long start = System.nanoTime();
      int read;
      try {
        read = slow.getInputStream().read();
        while (read >= 0) {
          read = slow.getInputStream().read();
        }
      } catch (java.net.SocketException reset) {
        read = -1;
      }
      long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(read).isEqualTo(-1);
      assertThat(seconds).as("closed after the limit, not at once nor never").isBetween(1L, 20L);
    }
    assertThat(Http.get(server.uri().resolve("/api/rules")).statusCode()).isEqualTo(200);
  }

  @Test
  void theLanguageOfTheServerIsTheFallbackOfRequestsThatAskNeither() throws IOException {
    try (ValidatorServer italian = ValidatorServer.builder().port(0).language(java.util.Locale.ITALIAN).start()) {
      assertThat(Http.get(italian.uri().resolve("/")).body()).contains("<html lang=\"it\">", "Verifica un file di progetto");
      assertThat(Http.send(java.net.http.HttpRequest.newBuilder(italian.uri().resolve("/")).header("Accept-Language", "en-GB")
          .build()).body()).contains("<html lang=\"en\">");
    }
    assertThat(Http.get(server.uri().resolve("/")).body()).contains("<html lang=\"en\">");
  }

  @Test
  void aBodyAboveTheLimitIsAnswered413WithAMessageAndTheServerGoesOn() {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> api = Http.post(server.uri().resolve("/api/validate"), big);
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(api.body()).contains("\"error\": \"The request is larger than the limit of 1 MB.\"");

    Http.Form form = new Http.Form().file("file", "big.json", big).field("lang", "it");
    // The form's fields are not read from a body refused: the language is the address's.
    HttpResponse<String> page = Http.post(server.uri().resolve("/?lang=it"), form.contentType(), form.bytes());
    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("La richiesta supera il limite di 1 MB.");

    // Far above the limit: refused before the body is read, and the connection closed. The client,
    // still sending, may see the connection reset before it reads the answer.
    try {
      HttpResponse<String> huge = Http.post(server.uri().resolve("/api/validate"), new byte[5 * 1024 * 1024]);
      assertThat(huge.statusCode()).isEqualTo(413);
    } catch (java.io.UncheckedIOException reset) {
      assertThat(reset.getCause()).isInstanceOf(IOException.class);
    }

    byte[] exact = new byte[1024 * 1024];
    java.util.Arrays.fill(exact, (byte) ' ');
    assertThat(Http.post(server.uri().resolve("/api/validate?filename=a.json"), exact).statusCode()).isEqualTo(200);
    assertThat(Http.get(server.uri().resolve("/api/rules")).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/?lang=it", "/calls", "/calls/fami-2014-2020", "/rules", "/static/app.css", "/static/app.js",
      "/api/rules", "/api/calls", "/api/openapi.json", "/no-such-page", "/api/no-such-thing", "/calls/no-such-call"})
  void everyResponseHasTheSecurityHeaders(String path) {
    HttpResponse<String> response = Http.get(server.uri().resolve(path));
    String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("charset=utf-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/?lang=it", "/calls", "/calls/erasmus-plus-2024-ka220-vet", "/rules", "/no-such-page"})
  void pagesHaveNoInlineScriptNorStyleNorAnythingFromElsewhere(String path) {
    String page = Http.get(server.uri().resolve(path)).body();
    assertThat(page).contains("<script src=\"/static/app.js\" defer></script>", "<link rel=\"stylesheet\" href=\"/static/app.css\">");
    assertThat(page.replace("<script src=\"/static/app.js\" defer></script>", "")).doesNotContain("<script");
    assertThat(page).doesNotContain("<style", " style=", "onclick=", "onload=", "javascript:");
    assertThat(page).doesNotContainPattern("src=\"(https?:)?//").doesNotContainPattern("<link[^>]*href=\"(https?:)?//");
  }

  @Test
  void aValidatedPageHasNoInlineScriptEither() throws IOException {
    byte[] bytes = "title: <script>alert(1)</script>\nonload: x\n".getBytes(StandardCharsets.UTF_8);
    Http.Form form = new Http.Form().file("file", "x<script>.yaml", bytes);
    HttpResponse<String> response = Http.post(server.uri().resolve("/"), form.contentType(), form.bytes());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().replace("<script src=\"/static/app.js\" defer></script>", "")).doesNotContain("<script");
    assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void noResponseShowsAStackTraceOrAnExceptionClass() throws IOException {
    List<HttpResponse<String>> responses = List.of(
        Http.post(server.uri().resolve("/"), "text/plain", "x".getBytes(StandardCharsets.UTF_8)),
        Http.post(server.uri().resolve("/"), "multipart/form-data; boundary=zz", "--zz\r\nbroken".getBytes(StandardCharsets.UTF_8)),
        Http.post(server.uri().resolve("/download"), "multipart/form-data; boundary=zz", "--zz--\r\n".getBytes(StandardCharsets.UTF_8)),
        Http.get(server.uri().resolve("/calls/..%2F..%2Fetc%2Fpasswd")),
        Http.post(server.uri().resolve("/api/validate?filename=x.json&call=%00"), "{}".getBytes(StandardCharsets.UTF_8)),
        Http.post(server.uri().resolve("/api/validate?filename=x.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}),
        Http.post(server.uri().resolve("/api/validate?filename=x.yaml"), Files.readAllBytes(
            FuzzCorpusTest.IO_CORPUS.resolve("yaml/java-tag.yaml"))));
    for (HttpResponse<String> response : responses) {
      assertThat(response.statusCode()).isLessThan(500);
      assertThat(response.body()).doesNotContain("Exception", "\tat ", "at dev.progetto", "java.");
    }
    assertThat(responses.get(0).statusCode()).isEqualTo(400);
    assertThat(responses.get(0).body()).contains("multipart/form-data");
    assertThat(responses.get(3).statusCode()).isEqualTo(404);
    assertThat(responses.get(4).statusCode()).isEqualTo(400);
    String raw = raw("POST /api/validate HTTP/1.1\r\nHost: localhost\r\nContent-Length: twelve\r\nConnection: close\r\n\r\n");
    // The JDK's server answers a malformed header itself, before any handler, with a fixed text
    // that names the exception it caught (docs/server.md); never with a stack trace.
    assertThat(raw).startsWith("HTTP/1.1 400").doesNotContain("\tat ", "at java.", "at sun.");
    assertThat(Http.get(server.uri().resolve("/api/rules")).statusCode()).isEqualTo(200);
  }

  private static String raw(String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void nothingOfOneRequestShowsInTheNext() throws IOException {
    byte[] first = "format: 1\nkind: project\nid: secret-project-one\ntitle: Uno\n".getBytes(StandardCharsets.UTF_8);
    Http.post(server.uri().resolve("/api/validate?filename=secret-name.yaml"), first);
    byte[] second = "format: 1\nkind: project\nid: other\ntitle: Due\n".getBytes(StandardCharsets.UTF_8);
    String report = Http.post(server.uri().resolve("/api/validate"), second).body();
    assertThat(report).doesNotContain("secret-project-one").doesNotContain("secret-name");
    Http.Form form = new Http.Form().file("file", "", second);
    assertThat(Http.post(server.uri().resolve("/"), form.contentType(), form.bytes()).body())
        .doesNotContain("secret-project-one").doesNotContain("secret-name");
  }
}
