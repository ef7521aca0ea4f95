package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import org.junit.jupiter.api.Test;

/** What the validator and its builder do with arguments they cannot use: they refuse them, naming them. */
class ValidatorArgumentsTest {

  private final Validator validator = Fixtures.validator();

  @Test
  void aNullDocumentIsRefusedNotReportedValid() {
    assertThatThrownBy(() -> validator.validate((Project) null)).isInstanceOf(NullPointerException.class).hasMessage("project");
    assertThatThrownBy(() -> validator.validate((Portfolio) null)).isInstanceOf(NullPointerException.class).hasMessage("portfolio");
    assertThatThrownBy(() -> validator.validate((ReadResult<Document>) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("result");
  }

  @Test
  void anUnknownRuleIdIsRefusedWithTheNearestKnownOne() {
    assertThatThrownBy(() -> Validator.builder().off("participant.lead")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"participant.lead\"").hasMessageContaining("did you mean \"participants.lead\"");
    assertThatThrownBy(() -> Validator.builder().severity("no.such.rule", IssueSeverity.ERROR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"no.such.rule\"").hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> Validator.builder().severity("budget.lumpsum", IssueSeverity.WARNING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean \"budget.lump-sum\"");
  }

  @Test
  void nullArgumentsOfTheBuilderAreNamed() {
    assertThatThrownBy(() -> Validator.builder().severity("participants.lead", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> Validator.builder().severity(null, IssueSeverity.ERROR)).isInstanceOf(NullPointerException.class)
        .hasMessage("ruleId");
    assertThatThrownBy(() -> Validator.builder().off(null)).isInstanceOf(NullPointerException.class).hasMessage("ruleId");
  }

  @Test
  void everyKindOfRuleCanBeConfigured() {
    for (String id : new String[] {"format.unknown-field", "participants.lead", "call.unknown", "budget.lump-sum",
        "project.duplicate-input", "indicator.unit", "identifier.vat"}) {
      assertThat(Validator.builder().severity(id, IssueSeverity.INFO).off(id).build()).as(id).isNotNull();
    }
  }
}
