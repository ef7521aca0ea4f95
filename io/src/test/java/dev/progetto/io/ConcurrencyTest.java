package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One mapper shared by 8 threads over 10,000 documents gives what one thread gives. */
class ConcurrencyTest {

  @Test
  void oneMapperManyThreads() throws Exception {
    ProgettoMapper mapper = ProgettoMapper.standard();
    RandomModel random = new RandomModel(99L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String text = mapper.write(random.project(), i % 2 == 0 ? Syntax.JSON : Syntax.YAML);
      texts.add(i % 7 == 0 ? text.replace("\"kind\"", "\"colour\": 1, \"kind\"") : text);
    }
    List<String> single = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      single.add(summary(mapper.read(texts.get(i), i % 2 == 0 ? Syntax.JSON : Syntax.YAML)));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        int index = i;
        results.add(threads.submit(() -> summary(mapper.read(texts.get(index), index % 2 == 0 ? Syntax.JSON : Syntax.YAML))));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(results.get(i).get()).as("document %d", i).isEqualTo(single.get(i));
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(single).anyMatch(s -> s.contains("format.unknown-field"));
  }

  private static String summary(ReadResult<Document> result) {
    return result.getDocument().map(Object::toString).orElse("-") + result.getIssues();
  }
}
