package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Organisation;
import dev.progetto.model.Parameters;
import dev.progetto.model.Project;
import dev.progetto.model.RuleSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A validator works out a call's rule settings once and keeps them: each project that names the
 * call is still judged on its own, and each validator by its own configuration.
 */
class CallPlanTest {

  private static Project leadIn(String country) {
    Project project = CallRulesTest.ka220();
    List<Organisation> organisations = new ArrayList<>(project.getOrganisations());
    organisations.set(0, organisations.get(0).withCountry(CountryCode.of(country)));
    return project.withOrganisations(organisations);
  }

  private static List<String> rules(ValidationReport report) {
    return report.getIssues().stream().map(ValidationIssue::getRule).toList();
  }

  @Test
  void eachProjectOfOneCallIsJudgedOnItsOwn() {
    Validator validator = Fixtures.validator();

    for (int round = 0; round < 3; round++) {
      assertThat(rules(validator.validate(leadIn("US")))).containsExactly("partnership.lead-country");
      assertThat(rules(validator.validate(leadIn("NO")))).isEmpty();
      assertThat(rules(validator.validate(CallRulesTest.ka220()))).isEmpty();
    }
  }

  @Test
  void theSameCallUnderAnotherConfiguration() {
    Validator strict = Fixtures.validator();
    Validator lenient = Validator.builder().clock(Fixtures.CLOCK).severity("partnership.lead-country", IssueSeverity.INFO).build();
    Validator silent = Validator.builder().clock(Fixtures.CLOCK).off("partnership.lead-country").build();

    assertThat(strict.validate(leadIn("US")).getIssues()).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
    assertThat(lenient.validate(leadIn("US")).getIssues()).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.INFO);
    assertThat(silent.validate(leadIn("US")).getIssues()).isEmpty();
    assertThat(strict.validate(leadIn("US")).getIssues()).singleElement()
        .extracting(ValidationIssue::getSeverity).isEqualTo(IssueSeverity.ERROR);
  }

  @Test
  void aChildCallsCountriesAreItsOwn() {
    Call frenchLead = Call.builder().id(CallId.of("fr-ka220-vet")).parent(CallId.of("erasmus-plus-2024-ka220-vet"))
        .putRule("partnership.lead-country", RuleSetting.builder().parameters(Parameters.of(Map.of("allowed", List.of("FR"))))
            .build()).build();
    Validator validator = Validator.builder().clock(Fixtures.CLOCK).addCall(frenchLead).build();

    for (int round = 0; round < 2; round++) {
      assertThat(rules(validator.validate(leadIn("IT")))).isEmpty();
      assertThat(rules(validator.validate(leadIn("IT").withCall(CallRef.of("fr-ka220-vet")))))
          .containsExactly("partnership.lead-country");
    }
  }
}
