package dev.progetto.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeysTest {

  @Test
  void everyFieldIsFoundAtItsPositionAndNoOtherKeyIs() {
    for (int size = 1; size <= 64; size++) {
      String[] names = new String[size];
      for (int i = 0; i < size; i++) {
        names[i] = "field" + i;
      }
      Keys<String> keys = Keys.of(names);
      for (int i = 0; i < size; i++) {
        // new String: the look-up must not depend on identity
        assertThat(keys.index(new String("field" + i))).isEqualTo(i);
      }
      assertThat(keys.index("field" + size)).isEqualTo(-1);
      assertThat(keys.index("")).isEqualTo(-1);
    }
  }

  @Test
  void keysWithTheSameHashAreTold() {
    // "Aa" and "BB" have the same String hash code
    Keys<String> keys = Keys.of("Aa", "BB").and("C");
    assertThat(keys.index("Aa")).isZero();
    assertThat(keys.index("BB")).isEqualTo(1);
    assertThat(keys.index("C")).isEqualTo(2);
    assertThat(keys.index("AaBB")).isEqualTo(-1);
    assertThat(keys.allowed()).isEqualTo("Aa, BB, C");
  }

  private enum Sample { ID, SHORT_NAME, CO_FINANCING_RATE }

  @Test
  void theFieldsOfAnEnumAreItsConstantsInCamelCase() {
    Keys<Sample> keys = Keys.of(Sample.class);
    assertThat(keys.allowed()).isEqualTo("id, shortName, coFinancingRate");
    assertThat(keys.index("shortName")).isEqualTo(1);
    assertThat(keys.constant(keys.index("coFinancingRate"))).isEqualTo(Sample.CO_FINANCING_RATE);
    assertThat(keys.index("SHORT_NAME")).isEqualTo(-1);
    // every table of the reader names exactly the fields it had as text
    assertThat(Keys.of(ObjectFields.OrganisationField.class).allowed()).isEqualTo(
        "id, name, shortName, legalForm, country, identifiers, address, municipality, website, description, founded");
  }

  @Test
  void aTableRefusesTwiceTheSameFieldAndMoreThanABitEach() {
    assertThatThrownBy(() -> Keys.of("id", "id")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Keys.of(new String[65])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeySetTellsDuplicatesAtEverySize() {
    for (int size = 0; size <= 70; size++) {
      KeySet set = new KeySet();
      for (int i = 0; i < size; i++) {
        assertThat(set.add(new String("key-" + i))).as("key-%d of %d", i, size).isTrue();
      }
      for (int i = 0; i < size; i++) {
        assertThat(set.add(new String("key-" + i))).as("key-%d again of %d", i, size).isFalse();
      }
      assertThat(set.add("key-" + size)).isTrue();
    }
    KeySet collisions = new KeySet();
    assertThat(collisions.add("Aa")).isTrue();
    assertThat(collisions.add("BB")).isTrue();
    assertThat(collisions.add("BB")).isFalse();
  }

  @Test
  void manyKeysStayLinear() {
    // a quadratic scan of 200,000 keys would run for minutes: the set keeps each check constant
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      KeySet set = new KeySet();
      for (int i = 0; i < 200_000; i++) {
        assertThat(set.add("k" + i)).isTrue();
      }
      assertThat(set.add("k199999")).isFalse();
    });
  }
}
