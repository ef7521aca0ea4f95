package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.Confidence;
import dev.progetto.model.Parameters;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallCatalogueTest {

  static List<String> builtInIds() {
    return CallCatalogue.builtIn().calls().stream().map(c -> c.getId().value()).toList();
  }

  @Test
  void theBuiltInFilesLoadWithoutProblems() {
    assertThat(CallCatalogue.builtIn().problems()).isEmpty();
    assertThat(builtInIds()).contains("erasmus-plus-ka220", "erasmus-plus-2024-ka220-vet", "erasmus-plus-2021-ka220-adu",
        "erasmus-plus-2026-ka220-you", "erasmus-plus-ka210", "fami-2014-2020", "fami-2021-2027", "territori-inclusivi-2020",
        "territori-inclusivi-2023", "fondazione-crc", "equal-2000-2006", "fse-2014-2020", "fse-plus-2021-2027");
    assertThat(CallCatalogue.builtIn().indicatorCatalogue("amif-2021-2027").flatMap(c -> c.indicator("O.2.3.1"))).isPresent();
  }

  @ParameterizedTest
  @MethodSource("builtInIds")
  void everyBuiltInCallResolvesAndEveryRuleIsKnownAndSourced(String id) {
    ResolvedCall call = CallCatalogue.builtIn().resolve(id).orElseThrow();

    assertThat(call.chain().get(0)).isEqualTo(id);
    for (String rule : call.rules().keySet()) {
      assertThat(Rules.get(rule)).as(rule).hasValueSatisfying(d -> assertThat(d.getOwner()).isEqualTo(RuleDescriptor.Owner.CALL));
      assertThat(call.confidence(rule)).as("confidence of " + rule + " in " + id).isPresent();
    }
    assertThat(call.sources()).isNotEmpty();
  }

  @Test
  void aYearAndFieldCallInheritsFromItsFrames() {
    ResolvedCall call = CallCatalogue.builtIn().resolve("erasmus-plus-2024-ka220-vet").orElseThrow();

    assertThat(call.chain()).containsExactly("erasmus-plus-2024-ka220-vet", "erasmus-plus-2024-ka220", "erasmus-plus-ka220");
    assertThat(call.descriptor().getYear()).contains(2024);
    assertThat(call.descriptor().getField()).contains("VET");
    assertThat(call.descriptor().getAction()).contains("KA220");
    assertThat(call.rules()).containsKeys("period.start-window", "partnership.min-countries", "budget.lump-sum");
    assertThat(call.isAbstract()).isFalse();
    assertThat(CallCatalogue.builtIn().resolve("erasmus-plus-2024-ka220").orElseThrow().isAbstract()).isTrue();
    assertThat(call.confidence("period.start-window")).contains(Confidence.SECONDARY);
  }

  @Test
  void anIntegratorsCallOverridesParametersAndSwitchesRulesOff() {
    Call stricter = Call.builder().id(CallId.of("acme-ka220-vet")).parent(CallId.of("erasmus-plus-2024-ka220-vet"))
        .putRule("period.duration-range", RuleSetting.builder().parameters(Parameters.of(Map.of("max", 24))).build())
        .putRule("budget.lump-sum", RuleSetting.builder().severity(Severity.OFF).build())
        .build();
    ResolvedCall call = CallCatalogue.builtIn().withCalls(List.of(stricter)).resolve("acme-ka220-vet").orElseThrow();

    assertThat(call.rules().get("period.duration-range").getParameters().getInteger("min")).contains(12);
    assertThat(call.rules().get("period.duration-range").getParameters().getInteger("max")).contains(24);
    assertThat(call.rules().get("budget.lump-sum").getSeverity()).contains(Severity.OFF);
  }

  @Test
  void missingParentsAndCyclesAreClearErrors() {
    CallCatalogue catalogue = CallCatalogue.builtIn().withCalls(List.of(
        Call.builder().id(CallId.of("orphan")).parent(CallId.of("nowhere")).build(),
        Call.builder().id(CallId.of("a")).parent(CallId.of("b")).build(),
        Call.builder().id(CallId.of("b")).parent(CallId.of("a")).build()));

    assertThatThrownBy(() -> catalogue.resolve("orphan")).isInstanceOf(CallResolutionException.class)
        .hasMessage("the call orphan extends nowhere, which no catalogue has");
    assertThatThrownBy(() -> catalogue.resolve("a")).isInstanceOf(CallResolutionException.class)
        .hasMessageContaining("a extends b extends a").hasMessageContaining("cycle");
    assertThat(catalogue.resolve("unknown")).isEmpty();
  }
}
