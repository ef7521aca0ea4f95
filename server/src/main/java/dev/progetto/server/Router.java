package dev.progetto.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import dev.progetto.validation.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Serves every path: the pages, the static files and the API. */
final class Router implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Router.class.getName());

  /** No inline script or style, nothing from elsewhere, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";

  private final Checker checker;
  private final ExecutorService workers;
  private final long maxRequestBytes;
  private final Duration timeout;
  private final Catalogues catalogues;
  private final Locale language;

  Router(Checker checker, ExecutorService workers, long maxRequestBytes, Duration timeout, Locale language) {
    this.language = language;
    this.checker = checker;
    this.workers = workers;
    this.maxRequestBytes = maxRequestBytes;
    this.timeout = timeout;
    this.catalogues = new Catalogues(checker);
  }

  /** What a request asks, parsed once. */
  static final class Call {
    final HttpExchange exchange;
    final String method;
    final String path;
    final Map<String, String> query;
    final Texts texts;

    Call(HttpExchange exchange, String method, String path, Map<String, String> query, Texts texts) {
      this.exchange = exchange;
      this.method = method;
      this.path = path;
      this.query = query;
      this.texts = texts;
    }

    boolean api() {
      return path.startsWith("/api/");
    }
  }

  @Override
  public void handle(HttpExchange exchange) {
    Texts texts = Texts.of(language);
    boolean api = exchange.getRequestURI().getRawPath() != null && exchange.getRequestURI().getRawPath().startsWith("/api/");
    try {
      Map<String, String> query = Query.parse(exchange.getRequestURI().getRawQuery());
      texts = Texts.of(Texts.choose(query.get("lang"), exchange.getRequestHeaders().getFirst("Accept-Language"), language));
      Call call = new Call(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, texts);
      route(call);
    } catch (BadRequest refused) {
      error(exchange, api, texts, refused.status, texts.get(refused.key, refused.arguments));
    } catch (RuntimeException | Error failure) {
      // The cause goes to the log only: a response never shows a stack trace nor an exception's class.
      LOG.log(System.Logger.Level.WARNING, "request failed: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(), failure);
      error(exchange, api, texts, 500, texts.get("error.internal"));
    } catch (IOException broken) {
      LOG.log(System.Logger.Level.DEBUG, "connection lost", broken);
    } finally {
      exchange.close();
    }
  }

  private void route(Call call) throws IOException {
    String path = call.path;
    switch (path) {
      case "/":
        if (allow(call, "GET", "POST")) {
          if (call.method.equals("GET")) {
            html(call, 200, Pages.home(call.texts, catalogues, null));
          } else {
            validateForm(call);
          }
        }
        return;
      case "/download":
        if (allow(call, "POST")) {
          download(call);
        }
        return;
      case "/calls":
        if (allow(call, "GET")) {
          html(call, 200, Pages.calls(call.texts, catalogues));
        }
        return;
      case "/rules":
        if (allow(call, "GET")) {
          html(call, 200, Pages.rules(call.texts));
        }
        return;
      case "/static/app.css":
      case "/static/app.js":
        if (allow(call, "GET")) {
          staticFile(call, path.substring("/static/".length()));
        }
        return;
      case "/api/validate":
        if (allow(call, "POST")) {
          validateApi(call);
        }
        return;
      case "/api/calls":
        if (allow(call, "GET")) {
          send(call.exchange, 200, JSON, Json.write(catalogues.calls(call.texts.locale())));
        }
        return;
      case "/api/rules":
        if (allow(call, "GET")) {
          send(call.exchange, 200, JSON, Json.write(Catalogues.rules(call.texts.locale())));
        }
        return;
      case "/api/openapi.json":
        if (allow(call, "GET")) {
          staticFile(call, "openapi.json");
        }
        return;
      default:
        if (path.startsWith("/calls/") && path.length() > "/calls/".length()) {
          if (allow(call, "GET")) {
            String id = path.substring("/calls/".length());
            html(call, 200, Pages.call(call.texts, catalogues, id)
                .orElseThrow(() -> new BadRequest(404, "error.noCall", id)));
          }
          return;
        }
        if (path.startsWith("/api/calls/") && path.length() > "/api/calls/".length()) {
          if (allow(call, "GET")) {
            String id = path.substring("/api/calls/".length());
            send(call.exchange, 200, JSON, Json.write(catalogues.call(id, call.texts.locale())
                .orElseThrow(() -> new BadRequest(404, "error.noCall", id))));
          }
          return;
        }
        throw new BadRequest(404, "error.notFound");
    }
  }

  private static boolean allow(Call call, String... methods) {
    for (String method : methods) {
      if (method.equals(call.method)) {
        return true;
      }
    }
    call.exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
    throw new BadRequest(405, "error.method", call.method, String.join(", ", methods));
  }

  // --- validation ---

  private void validateApi(Call call) throws IOException {
    byte[] body = body(call.exchange);
    String format = call.query.getOrDefault("format", "json");
    if (!format.equals("json") && !format.equals("sarif")) {
      throw new BadRequest("error.format", format);
    }
    String filename = call.query.get("filename");
    String contentType = call.exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      // curl -F file=@project.yaml: the file is the form's field "file".
      Multipart.Part file = Multipart.parse(contentType, body).part("file").orElseThrow(() -> new BadRequest("error.nothing"));
      body = file.bytes;
      filename = filename != null ? filename : file.filename;
    }
    Checker.Request request = new Checker.Request(body, filename, call.query.get("syntax"),
        call.query.get("call"), call.texts.locale());
    Checker.Outcome outcome = withinTime(() -> checker.check(request));
    String report = format.equals("sarif") ? sarif(outcome, call.texts.locale())
        : ReportWriter.json().toString(outcome.report, call.texts.locale());
    send(call.exchange, 200, format.equals("sarif") ? "application/sarif+json; charset=utf-8" : JSON, report);
  }

  /**
   * The SARIF report. Sources are bare file names, so every result's location is relative to
   * {@code %SRCROOT%}; the directory the writer maps that to would be the server's working
   * directory, which a response does not tell: it becomes {@code file:///upload/}.
   */
  static String sarif(Checker.Outcome outcome, Locale locale) {
    Path root = Path.of("").toAbsolutePath();
    String sarif = ReportWriter.sarif(root).toString(outcome.report, locale);
    String rootUri = root.toUri().toString();
    StringBuilder quoted = new StringBuilder();
    Json.string(rootUri.endsWith("/") ? rootUri : rootUri + "/", quoted);
    return sarif.replace("\"uri\": " + quoted, "\"uri\": \"file:///upload/\"");
  }

  /**
   * The form of the page: a file, pasted text, or the encoded bytes of a page of results; the
   * upload's bytes are null when the form has none of them.
   */
  private Upload upload(Call call) throws IOException {
    Multipart form = Multipart.parse(call.exchange.getRequestHeaders().getFirst("Content-Type"), body(call.exchange));
    // A browser sends an empty part without a file name when no file is chosen; an empty file has its name.
    Optional<Multipart.Part> file = form.part("file")
        .filter(part -> part.bytes.length > 0 || (part.filename != null && !part.filename.isEmpty()));
    Optional<String> text = form.text("text").filter(t -> !t.isBlank());
    Optional<String> data = form.text("data").filter(t -> !t.isBlank());
    Locale locale = Texts.choose(form.text("switch").or(() -> form.text("lang")).orElse(call.query.get("lang")),
        call.exchange.getRequestHeaders().getFirst("Accept-Language"), language);
    byte[] bytes = null;
    String filename = form.text("filename").orElse(null);
    if (file.isPresent()) {
      bytes = file.get().bytes;
      filename = file.get().filename;
    } else if (text.isPresent()) {
      bytes = text.get().getBytes(StandardCharsets.UTF_8);
    } else if (data.isPresent()) {
      try {
        bytes = Base64.getDecoder().decode(data.get().strip());
      } catch (IllegalArgumentException malformed) {
        throw new BadRequest("error.form");
      }
    }
    return new Upload(bytes, filename, form.text("syntax").orElse(null), form.text("call").orElse(null), Texts.of(locale),
        form.text("what").orElse(null));
  }

  /** What the page's form sent. */
  static final class Upload {
    final byte[] bytes;
    final String filename;
    final String syntax;
    final String call;
    final Texts texts;
    final String what;

    Upload(byte[] bytes, String filename, String syntax, String call, Texts texts, String what) {
      this.bytes = bytes;
      this.filename = filename;
      this.syntax = syntax;
      this.call = call;
      this.texts = texts;
      this.what = what;
    }

    Checker.Request request() {
      return new Checker.Request(bytes, filename, syntax, call, texts.locale());
    }
  }

  private void validateForm(Call call) throws IOException {
    Upload upload = upload(call);
    if (upload.bytes == null) {
      html(call, 400, Pages.home(upload.texts, catalogues, upload.texts.get("error.nothing")));
      return;
    }
    Checker.Outcome outcome;
    try {
      outcome = withinTime(() -> checker.check(upload.request()));
    } catch (BadRequest refused) {
      if (refused.status != 400) {
        throw refused;
      }
      html(call, 400, Pages.home(upload.texts, catalogues, upload.texts.get(refused.key, refused.arguments)));
      return;
    }
    html(call, 200, Pages.result(upload.texts, catalogues, outcome, upload));
  }

  private void download(Call call) throws IOException {
    Upload upload = upload(call);
    if (upload.bytes == null || upload.what == null) {
      throw new BadRequest("error.nothing");
    }
    Checker.Outcome outcome = withinTime(() -> checker.check(upload.request()));
    String base = outcome.source.replaceFirst("\\.(json|yaml|yml|jsonl)$", "");
    Locale locale = upload.texts.locale();
    switch (upload.what) {
      case "report-json":
        attachment(call, JSON, base + ".report.json", ReportWriter.json().toString(outcome.report, locale));
        return;
      case "report-sarif":
        attachment(call, "application/sarif+json; charset=utf-8", base + ".sarif", sarif(outcome, locale));
        return;
      case "json":
      case "yaml":
      case "jsonl":
        Syntax target = upload.what.equals("json") ? Syntax.JSON : upload.what.equals("yaml") ? Syntax.YAML : Syntax.JSON_LINES;
        Document document = outcome.document.orElseThrow(() -> new BadRequest(422, "error.notConvertible"));
        if (target == Syntax.JSON_LINES && !(document instanceof Project)) {
          throw new BadRequest(422, "error.notConvertible");
        }
        String type = target == Syntax.JSON ? JSON : target == Syntax.YAML ? "application/yaml; charset=utf-8"
            : "application/jsonl; charset=utf-8";
        attachment(call, type, base + Checker.extension(target), checker.mapper().write(document, target));
        return;
      default:
        throw new BadRequest("error.form");
    }
  }

  /** Runs a validation on a worker, answering 503 when it takes longer than the time limit. */
  <T> T withinTime(Supplier<T> work) {
    Future<T> future;
    try {
      future = workers.submit(work::get);
    } catch (RejectedExecutionException stopping) {
      throw new BadRequest(503, "error.busy");
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      future.cancel(true);
      throw new BadRequest(503, "error.timeout", timeout.toSeconds());
    } catch (InterruptedException interrupted) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new BadRequest(503, "error.busy");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof BadRequest) {
        throw (BadRequest) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The request body, held in memory: one above the limit is answered 413. A body declared larger
   * than four times the limit is refused before it is read; a smaller one is read to its end and
   * dropped, so that the client, still sending, gets the answer rather than a reset connection.
   */
  private byte[] body(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length = -1;
    if (declared != null) {
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException malformed) {
        throw new BadRequest("error.length");
      }
    }
    long megabytes = Math.max(1, maxRequestBytes / (1024 * 1024));
    if (length > maxRequestBytes * 4) {
      exchange.getResponseHeaders().set("Connection", "close");
      throw new BadRequest(413, "error.tooLarge", megabytes);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(length, 8192), maxRequestBytes));
    byte[] buffer = new byte[65536];
    long total = 0;
    InputStream in = exchange.getRequestBody();
    int read;
    while ((read = in.read(buffer)) > 0) {
      total += read;
      if (total <= maxRequestBytes) {
        out.write(buffer, 0, read);
      } else if (total > maxRequestBytes * 4) {
        break;
      }
    }
    if (total > maxRequestBytes) {
      exchange.getResponseHeaders().set("Connection", "close");
      throw new BadRequest(413, "error.tooLarge", megabytes);
    }
    return out.toByteArray();
  }

  // --- responses ---

  private void staticFile(Call call, String name) throws IOException {
    String type = name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
        : JSON;
    byte[] bytes;
    try (InputStream in = Router.class.getResourceAsStream(name.equals("openapi.json") ? name : "static/" + name)) {
      if (in == null) {
        throw new BadRequest(404, "error.notFound");
      }
      bytes = in.readAllBytes();
    }
    call.exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
    send(call.exchange, 200, type, bytes);
  }

  private static void html(Call call, int status, String page) throws IOException {
    send(call.exchange, status, HTML, page);
  }

  private static void attachment(Call call, String type, String filename, String content) throws IOException {
    String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
    call.exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    send(call.exchange, 200, type, content);
  }

  private void error(HttpExchange exchange, boolean api, Texts texts, int status, String message) {
    try {
      if (api) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        send(exchange, status, JSON, Json.write(body));
      } else {
        send(exchange, status, HTML, Pages.error(texts, status, message));
      }
    } catch (IOException | RuntimeException lost) {
      LOG.log(System.Logger.Level.DEBUG, "could not send an error response", lost);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    if (!headers.containsKey("Cache-Control")) {
      headers.set("Cache-Control", "no-store");
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      } catch (UncheckedIOException lost) {
        throw lost.getCause();
      }
    }
  }
}
