package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalParseTest {

  private static final String ALPHABET = "0123456789012345678901234567890123456789.-+eE";

  /** What the general parser makes of a text, or null when it refuses it. */
  private static BigDecimal general(String text) {
    try {
      return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException refused) {
      return null;
    }
  }

  @Test
  void agreesWithTheGeneralParserOnValueAndScale() {
    Random random = new Random(20261201L);
    for (int round = 0; round < 200_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(22);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(i == 0 ? ALPHABET.length() : ALPHABET.length() - 2)));
      }
      String number = text.toString();
      BigDecimal expected = general(number);
      if (expected == null) {
        assertThatThrownBy(() -> ReadContext.parseDecimal(number)).as(number).isInstanceOf(NumberFormatException.class);
      } else {
        BigDecimal parsed = ReadContext.parseDecimal(number);
        // equals compares the scale too: 1.50 is not 1.5
        assertThat(parsed).as(number).isEqualTo(expected);
      }
    }
  }

  @Test
  void theEdgesOfThePlainFormAgree() {
    for (String number : new String[] {"0", "-0", "-0.0", "+7", "1.", ".5", "007", "999999999999999999",
        "-99999999999999999", "12345678901234567.8", "0.00000000000000001", ".", "-", "+", "1..2", "--1"}) {
      BigDecimal expected = general(number);
      if (expected == null) {
        assertThatThrownBy(() -> ReadContext.parseDecimal(number)).as(number).isInstanceOf(NumberFormatException.class);
      } else {
        assertThat(ReadContext.parseDecimal(number)).as(number).isEqualTo(expected);
      }
    }
  }
}
