package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void everyRuleOfTheSharedCatalogueExistsOnce() {
    Set<String> ids = new HashSet<>();
    Rules.all().forEach(rule -> assertThat(ids.add(rule.getId())).as(rule.getId()).isTrue());
    assertThat(ids).contains("format.syntax", "format.limit", "participants.lead", "identifier.erasmus-project-number.call",
        "call.unknown", "partnership.transnational", "territory.eligible", "call.objective");
  }

  @Test
  void everyRuleHasADescriptionInBothLanguages() {
    for (RuleDescriptor rule : Rules.all()) {
      assertThat(rule.description(Locale.ENGLISH)).as(rule.getId()).doesNotStartWith("rule.");
      assertThat(rule.description(Locale.ITALIAN)).as(rule.getId()).doesNotStartWith("rule.")
          .isNotEqualTo(rule.description(Locale.ENGLISH));
    }
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws Exception {
    Properties english = new Properties();
    Properties italian = new Properties();
    try (var in = Rules.class.getResourceAsStream("Messages.properties")) {
      english.load(in);
    }
    try (var in = Rules.class.getResourceAsStream("Messages_it.properties")) {
      italian.load(in);
    }
    assertThat(italian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  private static void assertUpToDate(Path doc, String expected) throws Exception {
    if (Boolean.getBoolean("progetto.updateDocs")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    assertThat(actual).as(doc + " is stale: regenerate it with "
        + "./mvnw -pl validation test -Dtest=RulesCatalogueTest -Dprogetto.updateDocs=true").isEqualTo(expected);
  }

  @Test
  void docsCallsMdIsUpToDate() throws Exception {
    assertUpToDate(Path.of("..", "docs", "calls.md"), CallsDocument.render());
  }

  @Test
  void docsRulesMdIsUpToDate() throws Exception {
    assertUpToDate(DOC, RulesDocument.render());
  }
}
