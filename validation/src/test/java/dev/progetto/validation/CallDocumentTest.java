package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A call document is checked against the rule catalogue, and its mistakes located in it. */
class CallDocumentTest {

  private final ProgettoMapper mapper = ProgettoMapper.standard();
  private final Validator validator = Validator.builder().locale(Locale.ENGLISH).build();

  @Test
  void aCallThatExtendsACallNoCatalogueHasIsReportedWhenTheCallFileIsValidated() {
    String orphan = "format: 1\nkind: call\nid: c-orphan\nextends: no-such-call\n";
    ValidationReport report = validator.validate(mapper.read(orphan, Syntax.YAML));

    assertThat(report.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("call.unknown");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
      assertThat(issue.getPointer()).isEqualTo("/extends");
      assertThat(issue.getLocation().orElseThrow().line()).isEqualTo(4);
      assertThat(issue.getMessage()).startsWith("the call extends \"no-such-call\", which is in no catalogue known to the validator");
    });
    String child = "format: 1\nkind: call\nid: regione\nextends: fami-2021-2027\n";
    assertThat(validator.validate(mapper.read(child, Syntax.YAML)).getIssues()).isEmpty();
  }

  @Test
  void unknownRulesAndParametersIllTypedValuesInvertedRangesAndMissingSourcesAreErrorsWhereTheyStand() {
    String yaml = String.join("\n",
        "format: 1",
        "kind: call",
        "id: broken",
        "name: {en: Broken}",
        "rules:",
        "  no.such-rule: {min: 1}",
        "  partnership.min-organisations: {minimum: 3, source: 99}",
        "  period.duration-range: {min: 99999999999999999999, max: -1}",
        "  budget.grant-range: {min: 100, max: 10}",
        "  work-packages.count: {min: three}",
        "  partnership.lead-country: {allowed: [IT, eu, QQ]}",
        "  period.start-window: {from: 2024-13-01, to: 2024-12-31, source: 0}",
        "sources:",
        "  - {title: A source}",
        "");
    ValidationReport report = validator.validate(mapper.read(yaml, Syntax.YAML));
    assertThat(report.getIssues())
        .extracting(ValidationIssue::getRule, ValidationIssue::getSeverity, ValidationIssue::getPointer,
            i -> i.getLocation().orElseThrow().line(), ValidationIssue::getMessageKey)
        .containsExactly(
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/no.such-rule", 6, "call.parameter.rule"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/partnership.min-organisations/minimum", 7, "call.parameter.unknown"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/partnership.min-organisations/source", 7, "call.parameter.source"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/period.duration-range/min", 8, "call.parameter.type.integer"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/period.duration-range/min", 8, "call.parameter.range"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/budget.grant-range/min", 9, "call.parameter.range"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/work-packages.count/min", 10, "call.parameter.type.integer"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/partnership.lead-country/allowed", 11, "call.parameter.type.countries"),
            tuple("call.parameter", IssueSeverity.ERROR, "/rules/period.start-window/from", 12, "call.parameter.type.date"));
    assertThat(report.getIssues().get(1).getMessage())
        .isEqualTo("the rule partnership.min-organisations has no parameter \"minimum\": it takes min");
    assertThat(report.getIssues().get(2).getMessage())
        .isEqualTo("the rule partnership.min-organisations rests on source 99, but the call and the calls it extends list 1 source (numbered from 0, root first)");
    assertThat(report.getIssues().get(4).getMessage())
        .isEqualTo("the rule period.duration-range has a minimum 99999999999999999999 above its maximum -1: no project can meet it");
  }

  @Test
  void everyBuiltInCallAndExampleCallIsClean() throws Exception {
    for (Call call : CallCatalogue.builtIn().calls()) {
      String yaml = mapper.write(call, Syntax.YAML);
      assertThat(validator.validate(mapper.read(yaml, Syntax.YAML)).getIssues()).as(call.getId().value()).isEmpty();
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("..", "examples", "calls"))) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        assertThat(validator.validate(mapper.read(file)).getIssues()).as(file.toString()).isEmpty();
      }
    }
  }
}
