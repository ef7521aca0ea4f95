package dev.progetto.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A located value's pointer, joined when it is asked for, reads as the pointer written in full. */
class LocatedTest {

  @Test
  void aFixedPointer() {
    assertThat(Located.at("/budget/total", "x").pointer()).isEqualTo("/budget/total");
    assertThat(Located.at("", "x").pointer()).isEmpty();
  }

  @Test
  void anItemOfAList() {
    assertThat(Located.at("/indicators/", 12, "/name", "x").pointer()).isEqualTo("/indicators/12/name");
    assertThat(Located.at("/organisations/", 0, "", "x").pointer()).isEqualTo("/organisations/0");
    assertThat(Located.at("/indicators/3/measurements/", 1, "/period", "x").pointer())
        .isEqualTo("/indicators/3/measurements/1/period");
  }

  @Test
  void aSharedStartAndARest() {
    assertThat(Located.at("/targetGroups/0/composition/", "a~1b", "x").pointer()).isEqualTo("/targetGroups/0/composition/a~1b");
    assertThat(Located.at("/targetGroups/0/composition/", "", "x").pointer()).isEqualTo("/targetGroups/0/composition/");
  }

  @Test
  void theValueAsGiven() {
    Object value = new Object();
    assertThat(Located.at("/links/", 2, "/url", value).value()).isSameAs(value);
  }

  @Test
  void noNegativeIndex() {
    assertThatThrownBy(() -> Located.at("/links/", -1, "/url", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
