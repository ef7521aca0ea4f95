package dev.progetto.cli;

import dev.progetto.server.ValidatorServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code progetto serve [--port 8080] [--host 127.0.0.1]}: the web validator. */
final class ServeCommand implements Callable<Integer> {

  final CommandSpec spec = Arg.command(this, "serve",
      "Starts the web validator: a page in English and Italian where a file is uploaded or pasted and every problem is "
          + "shown at its line, the call and rule catalogues, and a JSON API (/api/openapi.json describes it).",
      "Listens on 127.0.0.1 unless --host says otherwise; runs until stopped (Ctrl-C). --lang sets the language of "
          + "visitors whose browser asks for neither Italian nor English.");

  private final CommonOptions common = new CommonOptions(spec);

  private final Arg<Integer> portOption = Arg.option(spec, OptionSpec.builder("--port").paramLabel("PORT").type(int.class)
      .defaultValue(String.valueOf(ValidatorServer.DEFAULT_PORT))
      .description("The port to listen on; 0 takes a free one. Default: ${DEFAULT-VALUE}."));

  private final Arg<String> hostOption = Arg.option(spec, OptionSpec.builder("--host").paramLabel("HOST").type(String.class)
      .defaultValue(ValidatorServer.DEFAULT_HOST)
      .description("The address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}."));

  private final Arg<Integer> maxRequestOption = Arg.option(spec, OptionSpec.builder("--max-request-mb").paramLabel("MB")
      .type(int.class).defaultValue("20")
      .description("The largest request accepted, in megabytes; a larger one is answered 413. Default: ${DEFAULT-VALUE}."));

  private final Arg<Integer> timeoutOption = Arg.option(spec, OptionSpec.builder("--timeout").paramLabel("SECONDS")
      .type(int.class).defaultValue("30").description("The time limit of one request, in seconds. Default: ${DEFAULT-VALUE}."));

  /** Counted down to stop a server started in the same JVM (tests); a real run waits for its end. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    int port = portOption.orElse(ValidatorServer.DEFAULT_PORT);
    String host = hostOption.orElse(ValidatorServer.DEFAULT_HOST);
    int maxRequestMegabytes = maxRequestOption.orElse(20);
    int timeoutSeconds = timeoutOption.orElse(30);
    if (port < 0 || port > 65535) {
      throw new UserError("cli.option.port", String.valueOf(port));
    }
    if (maxRequestMegabytes < 1 || maxRequestMegabytes > 1024) {
      throw new UserError("cli.option.max-request-mb", String.valueOf(maxRequestMegabytes));
    }
    if (timeoutSeconds < 1) {
      throw new UserError("cli.option.timeout", String.valueOf(timeoutSeconds));
    }
    java.util.Locale locale = Inputs.locale(common.lang());
    ValidatorServer server;
    try {
      server = ValidatorServer.builder().language(locale).host(host).port(port).maxRequestBytes(maxRequestMegabytes * 1024L * 1024L)
          .timeout(Duration.ofSeconds(timeoutSeconds)).start();
    } catch (IOException | RuntimeException unbound) {
      throw new UserError(unbound, "cli.serve.cannot-listen", host, String.valueOf(port),
          unbound.getMessage() == null ? new CliMessages.Text("cli.serve.address-unusable") : unbound.getMessage());
    }
    Thread hook = new Thread(server::close, "progetto-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter err = spec.commandLine().getErr();
    err.println("progetto: " + CliMessages.text(locale, "cli.serve.listening", server.uri().toString()));
    err.flush();
    try {
      stop.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs or has run
      }
    }
    return Main.OK;
  }
}
