package dev.progetto.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A project id is a slug: the shape {@code [a-z0-9][a-z0-9-]{0,79}}. */
class ProjectIdTest {

  @Test
  void theShapeOfTheSlugPattern() {
    Pattern slug = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    assertThat(ModelRules.isSlug("casa-comune")).isTrue();
    assertThat(ModelRules.isSlug("-casa")).isFalse();
    assertThat(ModelRules.isSlug("a".repeat(80))).isTrue();
    assertThat(ModelRules.isSlug("a".repeat(81))).isFalse();
    String alphabet = "az09-A_ \u00e9";
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(4) == 0 ? 78 + random.nextInt(5) : random.nextInt(6);
      for (int i = 0; i < length; i++) {
        id.append(random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'a');
      }
      String text = id.toString();
      assertThat(ModelRules.isSlug(text)).as(text).isEqualTo(slug.matcher(text).matches());
    }
  }
}
