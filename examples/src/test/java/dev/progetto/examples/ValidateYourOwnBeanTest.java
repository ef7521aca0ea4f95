package dev.progetto.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateYourOwnBeanTest {

  @Test
  void printsTheViolationsOfTheApplicationsBeanInEnglishAndItalian() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ValidateYourOwnBean.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "regions[1].<list element>: must be a NUTS code such as ITC1",
        "vatNumber: must be a valid partita IVA",
        "regions[1].<list element>: deve essere un codice NUTS come ITC1",
        "vatNumber: deve essere una partita IVA valida");
  }
}
