package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Findings are ordered by pointer segment by segment, without splitting pointers into arrays. */
class IssueOrderTest {

  /** The order as defined on split segments: numbers by value, other differing segments equal. */
  private static int bySplitSegments(String first, String second) {
    String[] a = first.split("/", -1);
    String[] b = second.split("/", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        boolean numbers = !a[i].isEmpty() && !b[i].isEmpty() && a[i].length() < 10 && b[i].length() < 10
            && a[i].chars().allMatch(Character::isDigit) && b[i].chars().allMatch(Character::isDigit);
        return numbers ? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i])) : 0;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  @Test
  void numbersByValueAndPrefixesFirst() {
    assertThat(ValidationEngine.compareSegments("/indicators/2/name", "/indicators/10/name")).isNegative();
    assertThat(ValidationEngine.compareSegments("/indicators/10", "/indicators/2/name")).isPositive();
    assertThat(ValidationEngine.compareSegments("/indicators", "/indicators/0")).isNegative();
    assertThat(ValidationEngine.compareSegments("", "/id")).isNegative();
    assertThat(ValidationEngine.compareSegments("/title", "/id")).isZero();
    assertThat(ValidationEngine.compareSegments("/budget/", "/budget")).isPositive();
    assertThat(ValidationEngine.compareSegments("/a/1234567890", "/a/2")).isZero();
    assertThat(ValidationEngine.compareSegments("/a/\u0663", "/a/2")).isPositive();
  }

  @Test
  void sameAsComparingSplitSegments() {
    List<String> segments = List.of("", "0", "1", "2", "10", "007", "123456789", "1234567890", "title", "a~1b", "\u0661",
        "x1", "-1", "+1");
    SplittableRandom random = new SplittableRandom(11);
    List<String> pointers = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      StringBuilder pointer = new StringBuilder();
      int depth = random.nextInt(5);
      for (int d = 0; d < depth; d++) {
        pointer.append('/').append(segments.get(random.nextInt(segments.size())));
      }
      pointers.add(pointer.toString());
    }
    for (String a : pointers) {
      for (String b : pointers) {
        assertThat(Integer.signum(ValidationEngine.compareSegments(a, b))).as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(bySplitSegments(a, b)));
      }
    }
  }
}
