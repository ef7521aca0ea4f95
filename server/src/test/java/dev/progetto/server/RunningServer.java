package dev.progetto.server;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests against one server with the default settings on a free loopback port, started once per test class. */
abstract class RunningServer {

  static ValidatorServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ValidatorServer.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }
}
