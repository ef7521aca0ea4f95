package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NodeTest {

  private static Node.ScalarNode scalar(int i) {
    return new Node.ScalarNode(1, i + 1, Node.Type.NUMBER, Integer.toString(i));
  }

  @Test
  void keysAreFoundAtTheirPositionsAtEverySizeWithAndWithoutAnIndex() {
    Random random = new Random(20261201L);
    for (int size = 0; size <= 70; size++) {
      Node.ObjectNode object = new Node.ObjectNode(1, 1);
      for (int i = 0; i < size; i++) {
        // new String: the lookups below must not depend on identity
        object.put(new String("key-" + i), scalar(i));
      }
      assertThat(object.size()).isEqualTo(size);
      for (int i = 0; i < size; i++) {
        String key = "key-" + i;
        assertThat(object.indexOf(key)).as("%s of %d", key, size).isEqualTo(i);
        assertThat(object.indexOf(key, random.nextInt(size + 1))).as("%s of %d from anywhere", key, size).isEqualTo(i);
        assertThat(object.key(i)).isEqualTo(key);
        assertThat(((Node.ScalarNode) object.get(key)).text()).isEqualTo(Integer.toString(i));
      }
      assertThat(object.indexOf("key-" + size)).isEqualTo(-1);
      assertThat(object.has("absent")).isFalse();
      assertThat(object.get("")).isNull();
    }
  }

  @Test
  void keysWithTheSameHashAreTold() {
    // "Aa" and "BB" have the same String hash code
    Node.ObjectNode object = new Node.ObjectNode(1, 1);
    object.put("Aa", scalar(0));
    assertThat(object.has("BB")).isFalse();
    object.put("BB", scalar(1));
    assertThat(object.indexOf("Aa")).isZero();
    assertThat(object.indexOf("BB")).isEqualTo(1);
  }

  @Test
  void manyKeysStayLinear() {
    // a quadratic scan of 200,000 keys would run for minutes: the index keeps lookups constant
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Node.ObjectNode object = new Node.ObjectNode(1, 1);
      int count = 200_000;
      for (int i = 0; i < count; i++) {
        String key = "k" + i;
        assertThat(object.has(key)).isFalse();
        object.put(key, scalar(i));
      }
      assertThat(object.indexOf("k" + (count - 1))).isEqualTo(count - 1);
    });
  }
}
