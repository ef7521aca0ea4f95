package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.Confidence;
import dev.progetto.model.Parameters;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Severity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    assertThat(call.call().getYear()).contains(2024);
    assertThat(call.call().getField()).contains("VET");
    assertThat(call.call().getAction()).contains("KA220");
    assertThat(call.rules()).containsKeys("period.start-window", "partnership.min-countries", "budget.lump-sum");
    assertThat(call.isAbstract()).isFalse();
    assertThat(CallCatalogue.builtIn().resolve("erasmus-plus-2024-ka220").orElseThrow().isAbstract()).isTrue();
    assertThat(call.confidence("partnership.min-countries")).contains(Confidence.VERIFIED);
    assertThat(call.citation("partnership.min-countries")).hasValueSatisfying(source -> assertThat(source.getUrl()).isPresent());
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
  void problemsOfBuiltInFilesNameTheFileAndTheLineAndColumn() {
    CallCatalogue catalogue = CallCatalogue.fromJar("broken-catalogue/");

    assertThat(catalogue.call("good")).isPresent();
    List<CatalogueProblem> problems = catalogue.problems();
    assertThat(problems).extracting(CatalogueProblem::getFile, CatalogueProblem::getLine, CatalogueProblem::getColumn)
        .containsExactly(
            tuple("broken-catalogue/calls/broken.yaml", OptionalInt.of(5), OptionalInt.of(7)),
            tuple("broken-catalogue/calls/absent.yaml", OptionalInt.empty(), OptionalInt.empty()),
            tuple("broken-catalogue/indicators/index.txt", OptionalInt.empty(), OptionalInt.empty()));
    assertThat(problems.get(0).getIssue()).hasValueSatisfying(issue -> {
      assertThat(issue.getRule()).isEqualTo("format.type");
      assertThat(issue.getPointer()).isEqualTo("/year");
    });
    assertThat(problems.get(0)).hasToString("broken-catalogue/calls/broken.yaml:5:7: " + problems.get(0).getMessage());
    assertThat(problems.get(1).getMessage()).isEqualTo("listed in the index but missing from the jar");
    assertThat(problems.get(2)).hasToString("broken-catalogue/indicators/index.txt: missing from the jar");
  }

  @Test
  void missingParentsAndCyclesAreClearErrors() {
    CallCatalogue catalogue = CallCatalogue.builtIn().withCalls(List.of(
        Call.builder().id(CallId.of("orphan")).parent(CallId.of("nowhere")).build(),
        Call.builder().id(CallId.of("a")).parent(CallId.of("b")).build(),
        Call.builder().id(CallId.of("b")).parent(CallId.of("a")).build()));

    assertThatThrownBy(() -> catalogue.resolve("orphan")).isInstanceOfSatisfying(CallResolutionException.class, broken -> {
      assertThat(broken).hasMessage("the call orphan extends nowhere, which no catalogue has");
      assertThat(broken.getCallId()).isEqualTo("orphan");
      assertThat(broken.getChain()).containsExactly("orphan");
      assertThat(broken.getBreakingParentId()).isEqualTo("nowhere");
      assertThat(broken.getReason()).isEqualTo(CallResolutionException.Reason.MISSING_PARENT);
    });
    assertThatThrownBy(() -> catalogue.resolve("a")).isInstanceOfSatisfying(CallResolutionException.class, broken -> {
      assertThat(broken).hasMessageContaining("a extends b extends a").hasMessageContaining("cycle");
      assertThat(broken.getChain()).containsExactly("a", "b");
      assertThat(broken.getBreakingParentId()).isEqualTo("a");
      assertThat(broken.getReason()).isEqualTo(CallResolutionException.Reason.CYCLE);
    });
    assertThat(catalogue.resolve("unknown")).isEmpty();
  }

  /** Built-in calls are found by id without reading the others: each file is named by its id. */
  @Test
  void everyBuiltInFileIsNamedByTheIdInIt() throws Exception {
    ProgettoMapper mapper = ProgettoMapper.standard();
    for (String folder : List.of("calls", "indicators")) {
      List<String> names;
      try (InputStream index = CallCatalogue.class.getResourceAsStream(folder + "/index.txt")) {
        names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::trim).toList();
      }
      assertThat(names).as(folder).isNotEmpty().doesNotHaveDuplicates();
      for (String name : names) {
        try (InputStream in = CallCatalogue.class.getResourceAsStream(folder + "/" + name)) {
          String id = folder.equals("calls")
              ? mapper.readCall(in, Syntax.YAML, name).getDocument().orElseThrow().getId().value()
              : mapper.readIndicatorCatalogue(in, Syntax.YAML, name).getDocument().orElseThrow().getId();
          assertThat(name).as(folder + "/" + name).isEqualTo(id + ".yaml");
        }
      }
    }
  }

  @Test
  void resolvingACallReadsOnlyTheFilesOfItsChain() {
    CallCatalogue catalogue = CallCatalogue.fromJar();
    assertThat(catalogue.filesRead()).isEmpty();

    assertThat(catalogue.resolve("erasmus-plus-2024-ka220-vet")).isPresent();
    assertThat(catalogue.resolve("no-such-call")).isEmpty();
    assertThat(catalogue.withCalls(List.of(Call.builder().id(CallId.of("acme")).parent(CallId.of("fami-2021-2027")).build()))
        .resolve("acme")).isPresent();
    assertThat(catalogue.indicatorCatalogue("amif-2021-2027")).isPresent();
    assertThat(catalogue.filesRead()).containsExactlyInAnyOrder("calls/erasmus-plus-2024-ka220-vet.yaml",
        "calls/erasmus-plus-2024-ka220.yaml", "calls/erasmus-plus-ka220.yaml", "calls/fami-2021-2027.yaml",
        "indicators/amif-2021-2027.yaml");

    assertThat(catalogue.calls()).extracting(c -> c.getId().value()).containsExactlyElementsOf(builtInIds());
    assertThat(catalogue.problems()).isEmpty();
    assertThat(catalogue.filesRead()).hasSize(builtInIds().size() + catalogue.indicatorCatalogues().size());
  }

  @Test
  void theBuiltInCatalogueIsReadOnceFromManyThreads() throws Exception {
    CallCatalogue catalogue = CallCatalogue.fromJar();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Call>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = builtInIds().get(i % builtInIds().size());
        calls.add(threads.submit(() -> catalogue.resolve(id).orElseThrow().call()));
      }
      for (int i = 0; i < calls.size(); i++) {
        String id = builtInIds().get(i % builtInIds().size());
        assertThat(calls.get(i).get().getId().value()).isEqualTo(id);
        assertThat(catalogue.call(id)).containsSame(catalogue.call(id).orElseThrow());
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(catalogue.call("fami-2021-2027")).isEqualTo(CallCatalogue.builtIn().call("fami-2021-2027"));
  }
}
