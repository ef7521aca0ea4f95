package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code progetto serve}: the web validator started from the command line, and its usage errors. */
class ServeCommandTest {

  @Test
  void servesOnTheLoopbackUntilStopped() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    ServeCommand serve = (ServeCommand) commandLine.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("serve", "--port", "0"));
    Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!address.reset(err.toString()).find() && System.nanoTime() < deadline && !exit.isDone()) {
      Thread.sleep(50);
    }
    assertThat(err.toString()).startsWith("progetto: the web validator is at http://127.0.0.1:");
    HttpURLConnection connection = (HttpURLConnection) URI.create(address.group() + "api/rules").toURL().openConnection();
    try (InputStream in = connection.getInputStream()) {
      assertThat(connection.getResponseCode()).isEqualTo(200);
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("[").contains("\"id\"");
    }
    // On the module path, as here, the server reads its bundles, style sheet and script from its own module.
    for (String path : new String[] {"?lang=it", "static/app.css", "static/app.js", "api/openapi.json"}) {
      HttpURLConnection page = (HttpURLConnection) URI.create(address.group() + path).toURL().openConnection();
      try (InputStream in = page.getInputStream()) {
        assertThat(page.getResponseCode()).as(path).isEqualTo(200);
        assertThat(in.readAllBytes().length).as(path).isGreaterThan(500);
      }
    }
    HttpURLConnection home = (HttpURLConnection) URI.create(address.group() + "?lang=it").toURL().openConnection();
    try (InputStream in = home.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Verifica un file di progetto");
    }
    serve.stop.countDown();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Main.OK);
  }

  @Test
  void aBadPortOrAPortInUseIsAUsageError() throws Exception {
    CommandRun bad = CommandRun.of("serve", "--port", "70000");
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).isEqualTo("progetto: --port takes a number from 0 to 65535, not 70000\n");

    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CommandRun inUse = CommandRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(inUse.exit()).isEqualTo(Main.USAGE);
      assertThat(inUse.err()).startsWith("progetto: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
    CommandRun size = CommandRun.of("serve", "--max-request-mb", "0");
    assertThat(size.exit()).isEqualTo(Main.USAGE);
    assertThat(size.err()).contains("--max-request-mb");
  }
}
