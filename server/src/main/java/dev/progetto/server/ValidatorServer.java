package dev.progetto.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web validator: a page in English and Italian where a project, portfolio or call file is
 * uploaded or pasted and every problem is shown at its line, pages for the call and rule
 * catalogues, and a JSON API ({@code POST /api/validate}, {@code GET /api/calls},
 * {@code GET /api/rules}, described at {@code /api/openapi.json}), on the JDK's own HTTP server.
 *
 * <p>Everything happens in memory: no uploaded file is written to disk and nothing of one request
 * is kept for another. A request body above the size limit is answered 413, a validation that
 * takes longer than the time limit 503; no response carries a stack trace. It listens on
 * 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * try (ValidatorServer server = ValidatorServer.builder().port(8080).start()) {
 *   System.out.println("Open " + server.uri());
 *   ...
 * }
 * }</pre>
 */
public final class ValidatorServer implements AutoCloseable {

  /** The default address: the loopback interface only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default request-size limit: 20 MB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;
  /** The default time limit of one request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final HttpServer http;
  private final ExecutorService connections;
  private final ExecutorService workers;
  private final String host;

  private ValidatorServer(HttpServer http, ExecutorService connections, ExecutorService workers, String host) {
    this.http = http;
    this.connections = connections;
    this.workers = workers;
    this.host = host;
  }

  /**
   * Returns a builder with the defaults: 127.0.0.1, port 8080, 20 MB, 30 seconds.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a server; {@link #start()} starts one. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private java.util.Locale language = java.util.Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the language of a request that asks for neither Italian nor English (no {@code lang}
     * parameter, no such language in Accept-Language).
     *
     * @param language Italian for {@code it}, else English
     * @return this builder
     */
    public Builder language(java.util.Locale language) {
      this.language = language.getLanguage().equals("it") ? java.util.Locale.ITALIAN : java.util.Locale.ENGLISH;
      return this;
    }

    /**
     * Sets the address to listen on; {@code 0.0.0.0} listens on every interface.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Sets the port; 0 takes a free one ({@link ValidatorServer#port()} tells which).
     *
     * @param port the port, 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the largest request body accepted; a larger one is answered 413.
     *
     * @param bytes the limit in bytes, at least 1
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("the request-size limit must be between 1 byte and 2 GB, not " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets the time limit of one request: reading it and validating it. A validation that takes
     * longer is answered 503.
     *
     * @param timeout the limit, at least one second
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("the time limit must be at least one second, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the number of requests served at once; others wait.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("at least one thread, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server; close it to stop it
     * @throws IOException if the address cannot be bound
     */
    public ValidatorServer start() throws IOException {
      // The JDK's server reads these once: a connection that takes longer to send its request or
      // to read its response is closed, so that a slow client cannot hold a thread.
      long seconds = Math.max(1, timeout.toSeconds());
      if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
        System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(seconds));
      }
      if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
        System.setProperty("sun.net.httpserver.maxRspTime", Long.toString(seconds * 2));
      }
      // Without TCP_NODELAY the response's headers and body, written apart, wait for the
      // client's delayed acknowledgement: about 40 ms per request on Linux.
      if (System.getProperty("sun.net.httpserver.nodelay") == null) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
      }
      HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
      ExecutorService connections = Executors.newFixedThreadPool(threads, named("progetto-http"));
      ExecutorService workers = Executors.newFixedThreadPool(threads, named("progetto-validate"));
      http.setExecutor(connections);
      http.createContext("/", new Router(new Checker(), workers, maxRequestBytes, timeout, language));
      http.start();
      return new ValidatorServer(http, connections, workers, host);
    }

    private static ThreadFactory named(String prefix) {
      AtomicInteger count = new AtomicInteger();
      return task -> {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * Returns the address of the validator's page.
   *
   * @return such as {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : shown) + ":" + port() + "/");
  }

  /** Stops the server, letting the requests under way end for up to a second. */
  @Override
  public void close() {
    http.stop(1);
    connections.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
