package dev.progetto.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdentifierValidationTest {

  @Test
  void hibernateValidatorStartsWithTheFirstCheckedIdentifier() {
    try (IdentifierValidation identifiers = new IdentifierValidation()) {
      assertThat(identifiers.isWellFormed("orcid", "anything")).isTrue();
      assertThat(identifiers.started()).isFalse();

      assertThat(identifiers.isWellFormed("nuts", "ITI2")).isTrue();
      assertThat(identifiers.isWellFormed("nuts", "italia")).isFalse();
      assertThat(identifiers.started()).isTrue();
    }
  }

  @Test
  void firstChecksFromManyThreads() throws Exception {
    IdentifierValidation identifiers = new IdentifierValidation();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String value = i % 2 == 0 ? "00743110157" : "00743110158";
        checks.add(threads.submit(() -> identifiers.isWellFormed("partita-iva", value)));
      }
      for (int i = 0; i < checks.size(); i++) {
        assertThat(checks.get(i).get()).as("check %d", i).isEqualTo(i % 2 == 0);
      }
    } finally {
      threads.shutdownNow();
      identifiers.close();
    }
  }
}
