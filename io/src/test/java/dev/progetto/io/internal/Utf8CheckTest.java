package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

  /** Where the JDK's strict UTF-8 decoder finds the first malformed sequence, or -1. */
  private static int jdkFirstInvalid(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    return in.hasRemaining() ? in.position() : -1;
  }

  private static final byte[][] PIECES = {
      "a".getBytes(StandardCharsets.UTF_8), "è".getBytes(StandardCharsets.UTF_8),
      "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF},
  };

  @Test
  void agreesWithTheJdkDecoderWhereverTheBadByteFallsInAWord() {
    Random random = new Random(20261201L);
    for (int round = 0; round < 20_000; round++) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        // mostly ASCII runs, so that the word-at-a-time scan is exercised around every position
        int piece = random.nextInt(10) < 7 ? 0 : random.nextInt(round % 2 == 0 ? 4 : PIECES.length);
        bytes.writeBytes(PIECES[piece]);
      }
      byte[] text = bytes.toByteArray();
      int start = text.length > 0 && random.nextBoolean() ? random.nextInt(text.length) : 0;
      int jdk = jdkFirstInvalid(text, start);
      int ours = Codec.firstInvalidUtf8(text, start);
      if (jdk < 0) {
        assertThat(ours).as("round %d", round).isEqualTo(-1);
      } else {
        // a start inside a sequence is malformed for both; both stop at the same byte otherwise
        assertThat(ours).as("round %d", round).isEqualTo(jdk);
      }
    }
  }

  @Test
  void findsABackslashWhereverItFallsInAWord() {
    Random random = new Random(20261206L);
    for (int round = 0; round < 20_000; round++) {
      byte[] text = new byte[random.nextInt(40)];
      for (int i = 0; i < text.length; i++) {
        // bytes next to the backslash's (0x5C) and with the high bit set, which a word-at-a-time
        // test for one byte value can mistake for it
        int[] near = {'[', ']', '\\' ^ 0x80, 0xDC, '"', 'a', 0x5B | 0x80};
        text[i] = (byte) near[random.nextInt(near.length)];
      }
      boolean backslash = random.nextInt(3) == 0 && text.length > 0;
      if (backslash) {
        text[random.nextInt(text.length)] = '\\';
      }
      int start = text.length > 0 && random.nextBoolean() ? random.nextInt(text.length) : 0;
      boolean expected = false;
      for (int i = start; i < text.length; i++) {
        expected |= text[i] == '\\';
      }
      assertThat(Codec.hasBackslash(text, start)).as("round %d", round).isEqualTo(expected);
    }
  }
}
