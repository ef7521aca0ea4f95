package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.io.IssueSeverity;
import dev.progetto.model.*;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model rule fires on a minimal case at its pointer; the valid neighbour stays clean. */
class ModelRulesTest {

  private final Validator validator = Fixtures.validator();

  private static Organisation lead() {
    return Fixtures.valid().getOrganisations().get(0);
  }

  private static Project withLeadOrganisation(Project project, UnaryOperator<Organisation> change) {
    List<Organisation> organisations = new java.util.ArrayList<>(project.getOrganisations());
    organisations.set(0, change.apply(organisations.get(0)));
    return project.withOrganisations(organisations);
  }

  private static Project withIndicator(Project project, UnaryOperator<Indicator> change) {
    return project.withIndicators(change.apply(project.getIndicators().get(0)));
  }

  private static Project withBudget(Project project, UnaryOperator<Budget> change) {
    return project.withBudget(change.apply(project.getBudget().orElseThrow()));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("project.id.format", "/id", (UnaryOperator<Project>) p -> p.withId(ProjectId.of("Casa Comune"))),
        Arguments.of("reference.unresolved", "/participants/1/organisation", (UnaryOperator<Project>) p ->
            p.withParticipants(p.getParticipants().get(0), Participant.of("ghost", Role.PARTNER))),
        Arguments.of("reference.unresolved", "/activities/0/workPackage", (UnaryOperator<Project>) p ->
            p.withActivities(p.getActivities().get(0).withWorkPackage(LocalId.of("wp9")))),
        Arguments.of("reference.unresolved", "/indicators/0/targetGroup", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withTargetGroup(LocalId.of("nobody")))),
        Arguments.of("reference.duplicate-id", "/objectives/1", (UnaryOperator<Project>) p ->
            p.withObjectives(p.getObjectives().get(0), Objective.of("o1", "Altro"))),
        Arguments.of("participants.lead", "/participants", (UnaryOperator<Project>) p ->
            p.withParticipants(Participant.of("comune-cuneo", Role.PARTNER), Participant.of("coop", Role.PARTNER))),
        Arguments.of("participants.lead", "/participants/1", (UnaryOperator<Project>) p ->
            p.withParticipants(Participant.of("comune-cuneo", Role.LEAD), Participant.of("coop", Role.LEAD))),
        Arguments.of("period.order", "/period/end", (UnaryOperator<Project>) p ->
            p.withPeriod(Period.of(PartialDate.of(2025, 1), PartialDate.of(2024, 12)))),
        Arguments.of("period.duration-mismatch", "/period/durationMonths", (UnaryOperator<Project>) p ->
            p.withPeriod(p.getPeriod().get().withDeclaredDurationMonths(30))),
        Arguments.of("status.period", "/status", (UnaryOperator<Project>) p -> p.withStatus(ProjectStatus.CLOSED)),
        Arguments.of("money.currency", "/participants/1/budget", (UnaryOperator<Project>) p ->
            p.withParticipants(p.getParticipants().get(0), p.getParticipants().get(1).withBudget(Money.of("40000.00", "EURO")))),
        Arguments.of("money.negative", "/participants/1/budget", (UnaryOperator<Project>) p ->
            p.withParticipants(p.getParticipants().get(0), p.getParticipants().get(1).withBudget(Money.euros("-40000.00")))),
        Arguments.of("money.scale", "/participants/0/budget", (UnaryOperator<Project>) p ->
            p.withParticipants(p.getParticipants().get(0).withBudget(Money.euros("60000.001")), p.getParticipants().get(1))),
        Arguments.of("budget.lines-sum", "/budget/lines", (UnaryOperator<Project>) p -> withBudget(p, b ->
            b.withLines(b.getLines().get(0)))),
        Arguments.of("budget.funding-sum", "/budget/funding", (UnaryOperator<Project>) p -> withBudget(p, b ->
            b.withFunding(b.getFunding().get(0)))),
        Arguments.of("budget.work-packages-sum", "/workPackages", (UnaryOperator<Project>) p ->
            withBudget(p, b -> b.withLumpSum(Money.euros("100000"))).withWorkPackages(
                p.getWorkPackages().get(0).withBudget(Money.euros("20000")))),
        Arguments.of("quantity.range", "/targetGroups/0/expected", (UnaryOperator<Project>) p ->
            p.withTargetGroups(p.getTargetGroups().get(0).withExpected(Quantity.between(140, 120)))),
        Arguments.of("quantity.range", "/targetGroups/0/composition/female", (UnaryOperator<Project>) p ->
            p.withTargetGroups(p.getTargetGroups().get(0).withComposition(Map.of("female", Quantity.atMost(new BigDecimal("1.5")))))),
        Arguments.of("quantity.negative", "/targetGroups/0/expected", (UnaryOperator<Project>) p ->
            p.withTargetGroups(p.getTargetGroups().get(0).withExpected(Quantity.exactly(-5)))),
        Arguments.of("quantity.negative", "/budget/coFinancingRate", (UnaryOperator<Project>) p ->
            withBudget(p, b -> b.withCoFinancingRate(new BigDecimal("-0.1")))),
        Arguments.of("quantity.negative", "/indicators/0/baseline", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withBaseline(new BigDecimal("-1")))),
        Arguments.of("indicator.target.missing", "/indicators/0", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withTarget(java.util.Optional.empty()))),
        Arguments.of("indicator.disaggregation-sum", "/indicators/0/measurements/0/disaggregation/sex", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withMeasurements(i.getMeasurements().get(0).withValue(Quantity.exactly(18))))),
        Arguments.of("indicator.measurement-period", "/indicators/0/measurements/0/period", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withMeasurements(i.getMeasurements().get(0).withPeriod(Period.of(PartialDate.of(2029), PartialDate.of(2029)))))),
        Arguments.of("indicator.code.unknown", "/indicators/0/code", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withCode("amif-2021-2027:O.9.9"))),
        Arguments.of("indicator.target.reached", "/indicators/0", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withTarget(Quantity.exactly(100)))),
        Arguments.of("target-group.composition", "/indicators/0/measurements/0/disaggregation", (UnaryOperator<Project>) p ->
            p.withTargetGroups(p.getTargetGroups().get(0).withComposition(Map.of("female", Quantity.atLeast("0.8"))))),
        Arguments.of("identifier.scheme.unknown", "/identifiers/codice", (UnaryOperator<Project>) p ->
            p.withIdentifiers(p.getIdentifiers().with(IdentifierScheme.of("codice"), "1"))),
        Arguments.of("identifier.codice-fiscale", "/organisations/0/identifiers/codice-fiscale", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.CODICE_FISCALE, "RCCMNL83S18D969X")))),
        Arguments.of("identifier.partita-iva", "/organisations/0/identifiers/partita-iva", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.PARTITA_IVA, "00743110158")))),
        Arguments.of("identifier.cup", "/identifiers/cup", (UnaryOperator<Project>) p ->
            p.withIdentifiers(Identifiers.of(IdentifierScheme.CUP, "J51B1900000000"))),
        Arguments.of("identifier.pic", "/organisations/0/identifiers/pic", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.PIC, "12345678")))),
        Arguments.of("identifier.oid", "/organisations/0/identifiers/oid", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.OID, "E1234567")))),
        Arguments.of("identifier.erasmus-project-number", "/identifiers/erasmus-project-number", (UnaryOperator<Project>) p ->
            p.withIdentifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER, "2024-1-FR01-KA220-XYZ-000123456"))),
        Arguments.of("identifier.istat-comune", "/organisations/0/municipality/istat", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withMunicipality(Municipality.of("4078", "Cuneo")))),
        Arguments.of("identifier.nuts", "/territory/regions/0", (UnaryOperator<Project>) p ->
            p.withTerritory(p.getTerritory().get().withRegions("itc16"))),
        Arguments.of("country.code", "/organisations/0/country", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withCountry(CountryCode.of("UK")))),
        Arguments.of("language.tag", "/title/it_IT", (UnaryOperator<Project>) p ->
            p.withTitle(LocalizedText.of("it_IT", "Casa comune"))),
        Arguments.of("link.url", "/links/0/url", (UnaryOperator<Project>) p ->
            p.withLinks(Link.of("www.comune.cuneo.it"))),
        Arguments.of("text.blank", "/objectives/0/description", (UnaryOperator<Project>) p ->
            p.withObjectives(Objective.of("o1", "   "))),
        Arguments.of("language.tag", "/language", (UnaryOperator<Project>) p -> p.withLanguage("EN")),
        Arguments.of("language.tag", "/title/IT", (UnaryOperator<Project>) p -> p.withTitle(LocalizedText.of("IT", "Casa comune"))),
        Arguments.of("quantity.range", "/period/durationMonths", (UnaryOperator<Project>) p ->
            p.withPeriod(p.getPeriod().get().withDeclaredDurationMonths(0))),
        Arguments.of("quantity.range", "/period/durationMonths", (UnaryOperator<Project>) p ->
            p.withPeriod(Period.builder().start(PartialDate.of(2025, 1)).declaredDurationMonths(-3).build())),
        Arguments.of("quantity.range", "/budget/coFinancingRate", (UnaryOperator<Project>) p ->
            withBudget(p, b -> b.withCoFinancingRate(new BigDecimal("90")))),
        Arguments.of("indicator.unit", "/indicators/0/unit", (UnaryOperator<Project>) p ->
            withIndicator(p, i -> i.withUnit(IndicatorUnit.of("beds")))),
        Arguments.of("identifier.vat", "/organisations/0/identifiers/vat", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.VAT, "hello world")))),
        Arguments.of("link.url", "/identifiers/url", (UnaryOperator<Project>) p ->
            p.withIdentifiers(p.getIdentifiers().with(IdentifierScheme.URL, "not a url"))),
        Arguments.of("text.blank", "/identifiers/runts", (UnaryOperator<Project>) p ->
            p.withIdentifiers(p.getIdentifiers().with(IdentifierScheme.RUNTS, ""))),
        Arguments.of("text.blank", "/organisations/0/identifiers/fami-project-code", (UnaryOperator<Project>) p ->
            withLeadOrganisation(p, o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.FAMI_PROJECT_CODE, " ")))),
        Arguments.of("call.unknown", "/call", (UnaryOperator<Project>) p -> p.withCall(CallRef.of("bando-inesistente"))),
        Arguments.of("call.abstract", "/call", (UnaryOperator<Project>) p -> p.withCall(CallRef.of("erasmus-plus-ka220"))));
  }

  @Test
  void theValidProjectIsClean() {
    ValidationReport report = validator.validate(Fixtures.valid());

    assertThat(report.getIssues()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("cases")
  void firesOnItsMinimalCase(String rule, String pointer, UnaryOperator<Project> breakIt) {
    ValidationReport report = validator.validate(breakIt.apply(Fixtures.valid()));

    if (rule.equals("call.abstract")) {
      assertThat(report.getIssues()).extracting(ValidationIssue::getRule).as("an abstract call's own rules still apply")
          .contains(rule, "partnership.min-countries");
    } else {
      assertThat(report.getIssues()).extracting(ValidationIssue::getRule).containsExactly(rule);
    }
    ValidationIssue issue = report.getIssues().get(0);
    assertThat(issue.getPointer()).isEqualTo(pointer);
    // the built-in catalogues' lists of codes are not verified: a code missing from one is
    // information; a language tag in another case is the same tag for BCP 47: a warning
    assertThat(issue.getSeverity()).isEqualTo(rule.equals("indicator.code.unknown") ? IssueSeverity.INFO
        : issue.getMessageKey().equals("language.tag.case") ? IssueSeverity.WARNING
        : Rules.get(rule).orElseThrow().getDefaultSeverity());
    assertThat(issue.getMessage()).doesNotContain(issue.getMessageKey());
  }

  @Test
  void aCodeMissingFromAVerifiedCatalogueIsAWarningAndFromAnUnverifiedOneInformationThatSaysSo() {
    IndicatorCatalogue own = IndicatorCatalogue.builder().id("regione-indicatori").confidence(Confidence.VERIFIED)
        .addIndicators(IndicatorDefinition.builder().code("R1").build()).build();
    Validator withOwn = Validator.builder().clock(Fixtures.CLOCK).addIndicatorCatalogue(own).build();

    assertThat(withOwn.validate(withIndicator(Fixtures.valid(), i -> i.withCode("regione-indicatori:R2"))).getIssues())
        .singleElement().satisfies(issue -> {
          assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
          assertThat(issue.getMessage()).isEqualTo("the code \"R2\" is not in the indicator catalogue regione-indicatori");
        });
    assertThat(withOwn.validate(withIndicator(Fixtures.valid(), i -> i.withCode("regione-indicatori:R1"))).getIssues()).isEmpty();
    assertThat(validator.validate(withIndicator(Fixtures.valid(), i -> i.withCode("esf-plus-2021-2027:EECO12"))).getIssues())
        .singleElement().satisfies(issue -> {
          assertThat(issue.getRule()).isEqualTo("indicator.code.unknown");
          assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFO);
          assertThat(issue.getMessage()).isEqualTo("the code \"EECO12\" is not in the indicator catalogue esf-plus-2021-2027, "
              + "whose list of codes is not verified and may lack it");
          assertThat(issue.getMessage(java.util.Locale.ITALIAN)).isEqualTo("il codice \"EECO12\" non è nel catalogo di "
              + "indicatori esf-plus-2021-2027, il cui elenco di codici non è verificato e potrebbe non comprenderlo");
        });
  }

  @Test
  void aProjectThatNamesItselfAsItsOwnPredecessorIsAnUnresolvedReference() {
    Project project = Fixtures.valid();
    ValidationReport report = validator.validate(project.withRelatedProjects(
        dev.progetto.model.RelatedProject.builder().relation(dev.progetto.model.Relation.PREDECESSOR).project(project.getId()).build()));

    assertThat(report.getIssues()).extracting(ValidationIssue::getRule, ValidationIssue::getPointer, ValidationIssue::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("reference.unresolved", "/relatedProjects/0/project",
            "the project refers to itself (predecessor): a related project is another project"));
  }

  @Test
  void aDeclaredDurationOutsideWhatPartialDatesAdmitNamesTheWholeRange() {
    Project project = Fixtures.valid().withPeriod(Period.builder().start(PartialDate.of(2024)).end(PartialDate.of(2027))
        .declaredDurationMonths(12).build());

    assertThat(validator.validate(project).getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("period.duration-mismatch");
      assertThat(issue.getMessage()).isEqualTo(
          "the declared duration of 12 months disagrees with the period from 2024 to 2027, which lasts 26 to 48 months");
      assertThat(issue.getMessage(java.util.Locale.ITALIAN)).isEqualTo(
          "la durata dichiarata di 12 mesi non concorda con il periodo da 2024 a 2027, che dura da 26 a 48 mesi");
    });
  }

  @Test
  void knownIdentifierVectors() {
    Project project = withLeadOrganisation(Fixtures.valid(), o -> o.withIdentifiers(Identifiers.of(Map.of(
        IdentifierScheme.CODICE_FISCALE, "RCCMNL83S18D969H",
        IdentifierScheme.PARTITA_IVA, "00743110157",
        IdentifierScheme.OID, "E10012345",
        IdentifierScheme.PIC, "999999999"))));

    assertThat(validator.validate(project).getIssues()).isEmpty();
  }

  @Test
  void messagesAreItalianWhenAsked() {
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(java.util.Locale.ITALIAN).build();
    ValidationReport report = italian.validate(Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER)));

    assertThat(report.getIssues()).singleElement().satisfies(issue ->
        assertThat(issue.getMessage()).isEqualTo("il progetto ha partecipanti ma nessun capofila"));
  }

  @Test
  void waiversKeepTheFindingWithItsReasonAndUnusedWaiversAreReported() {
    Project project = Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER))
        .withWaivers(Waiver.of("participants.lead", "the page names no lead"), Waiver.of("money.negative", "none"));
    ValidationReport report = validator.validate(project);

    assertThat(report.isValid()).isTrue();
    assertThat(report.getIssues()).extracting(ValidationIssue::getRule, ValidationIssue::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("participants.lead", IssueSeverity.WAIVED),
            org.assertj.core.groups.Tuple.tuple("waiver.unused", IssueSeverity.INFO));
    assertThat(report.getIssues().get(0).getWaiverReason()).contains("the page names no lead");
    assertThat(report.getIssues().get(1).getPointer()).isEqualTo("/waivers/1");
  }

  @Test
  void hugeNumbersDoNotBlowUp() {
    BigDecimal huge = new BigDecimal("1E+99999");
    Project project = withBudget(Fixtures.valid(), b -> b.withTotal(Money.euros(huge)));
    project = withIndicator(project, i -> i.withTarget(Quantity.exactly(huge)));

    ValidationReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> validator.validate(withIndicator(Fixtures.valid(), i -> i.withTarget(Quantity.exactly(huge)))));
    assertThat(report).isNotNull();
    assertThat(validator.validate(project)).isNotNull();
  }

  @Test
  void severityOverridesAndSwitchingOff() {
    Project noLead = Fixtures.valid().withParticipants(Participant.of("coop", Role.PARTNER));
    assertThat(Validator.builder().clock(Fixtures.CLOCK).severity("participants.lead", IssueSeverity.WARNING).build()
        .validate(noLead).getIssues()).extracting(ValidationIssue::getSeverity).containsExactly(IssueSeverity.WARNING);
    assertThat(Validator.builder().clock(Fixtures.CLOCK).off("participants.lead").build().validate(noLead).getIssues()).isEmpty();
  }

  @Test
  void aNegativeIndicatorTargetIsAnError() {
    ValidationReport report = validator.validate(withIndicator(Fixtures.valid(), i -> i.withTarget(Quantity.exactly(-5))));

    assertThat(report.getIssues()).filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
        .extracting(ValidationIssue::getRule, ValidationIssue::getPointer, ValidationIssue::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity.negative", "/indicators/0/target",
            "the value -5 is negative: counts, shares and rates are 0 or more"));
  }

  @Test
  void aBuiltProjectThatTheReaderWouldRefuseIsInvalidAsWhenWrittenAndReadBack() {
    Project built = Fixtures.valid().withLanguage("EN")
        .withPeriod(Period.builder().start(PartialDate.of(2025, 1)).declaredDurationMonths(0).build());
    built = withIndicator(built, i -> i.withUnit(IndicatorUnit.of("beds")));
    dev.progetto.io.ProgettoMapper mapper = dev.progetto.io.ProgettoMapper.standard();
    var read = mapper.read(mapper.write(built, dev.progetto.io.Syntax.JSON), dev.progetto.io.Syntax.JSON);

    ValidationReport ofBuilt = validator.validate(built);
    ValidationReport ofRead = validator.validate(read);

    assertThat(ofRead.isValid()).isFalse();
    assertThat(ofBuilt.isValid()).isFalse();
    assertThat(ofBuilt.getIssues()).extracting(ValidationIssue::getRule, ValidationIssue::getPointer)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("language.tag", "/language"),
            org.assertj.core.groups.Tuple.tuple("quantity.range", "/period/durationMonths"),
            org.assertj.core.groups.Tuple.tuple("indicator.unit", "/indicators/0/unit"));
    assertThat(ofRead.getIssues()).filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
        .extracting(ValidationIssue::getPointer)
        .containsExactlyInAnyOrder("/period/durationMonths", "/indicators/0/unit");
    // the language's case is a warning on both sides
    assertThat(ofBuilt.getIssues()).filteredOn(issue -> issue.getPointer().equals("/language"))
        .extracting(ValidationIssue::getSeverity).containsExactly(IssueSeverity.WARNING);
    assertThat(ofRead.getIssues()).filteredOn(issue -> issue.getPointer().equals("/language"))
        .extracting(ValidationIssue::getSeverity).containsExactly(IssueSeverity.WARNING);
  }

  @Test
  void theFindingsOfValuesTheReaderRefusesSayWhatIsExpected() {
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(java.util.Locale.ITALIAN).build();
    Project project = Fixtures.valid().withLanguage("EN");

    assertThat(validator.validate(project).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("the language tag \"EN\" is written \"en\" in BCP 47: the language in lower case, a script with a capital, "
            + "a region in upper case"));
    assertThat(validator.validate(Fixtures.valid().withLanguage("sr-latn-rs")).getIssues()).singleElement()
        .satisfies(issue -> assertThat(issue.getArguments()).containsExactly("sr-latn-rs", "sr-Latn-RS"));
    assertThat(validator.validate(Fixtures.valid().withLanguage("sr-Latn-RS")).getIssues()).isEmpty();
    assertThat(italian.validate(withIndicator(Fixtures.valid(), i -> i.withUnit(IndicatorUnit.of("beds")))).getIssues())
        .singleElement().satisfies(issue -> assertThat(issue.getMessage()).startsWith("\"beds\" non è un'unità di indicatore"));
    assertThat(validator.validate(withIndicator(Fixtures.valid(), i -> i.withUnit(IndicatorUnit.of("x-beds")))).getIssues()).isEmpty();
    assertThat(validator.validate(Fixtures.valid().withPeriod(Fixtures.valid().getPeriod().get().withDeclaredDurationMonths(0)))
        .getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
            .isEqualTo("the declared duration of 0 months is less than one month"));
  }

  @Test
  void aCoFinancingRateWrittenAsAPercentageIsOutOfRangeAndTheMessageGivesTheFraction() {
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(java.util.Locale.ITALIAN).build();
    Project percent = withBudget(Fixtures.valid(), b -> b.withCoFinancingRate(new BigDecimal("90")));

    assertThat(validator.validate(percent).getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getRule()).isEqualTo("quantity.range");
      assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
      assertThat(issue.getMessage()).isEqualTo("the co-financing rate 90 is above 1: a rate is a fraction, so 90% is written 0.9");
    });
    assertThat(italian.validate(percent).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("il tasso di cofinanziamento 90 è maggiore di 1: un tasso è una frazione, quindi il 90% si scrive 0.9"));
    assertThat(validator.validate(withBudget(Fixtures.valid(), b -> b.withCoFinancingRate(new BigDecimal("7500")))).getIssues())
        .extracting(ValidationIssue::getMessageKey).containsExactly("quantity.range.rate");
    assertThat(validator.validate(withBudget(Fixtures.valid(), b -> b.withCoFinancingRate(BigDecimal.ONE))).getIssues()).isEmpty();
    assertThat(validator.validate(withBudget(Fixtures.valid(), b -> b.withCoFinancingRate(new BigDecimal("0.9")))).getIssues()).isEmpty();
    // a call that caps the rate leaves a percentage to quantity.range rather than report 9000%
    assertThat(validator.validate(percent.withCall(CallRef.of("fami-2021-2027"))).getIssues())
        .extracting(ValidationIssue::getRule).doesNotContain("budget.co-financing-rate");
  }

  @Test
  void vatNumbersUrlIdentifiersAndEmptyIdentifiersAreChecked() {
    for (String good : List.of("IT00743110157", "FR40303265045", "ATU12345678", "EL094259216", "NL123456789B01", "XI123456789")) {
      assertThat(validator.validate(withLeadOrganisation(Fixtures.valid(),
          o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.VAT, good)))).getIssues()).as(good).isEmpty();
    }
    for (String bad : List.of("", "hello world", "00743110157", "IT00743110158", "IT0074311015", "XX12345678", "it00743110157",
        "DE1")) {
      assertThat(validator.validate(withLeadOrganisation(Fixtures.valid(),
          o -> o.withIdentifiers(Identifiers.of(IdentifierScheme.VAT, bad)))).getIssues())
          .as(bad).extracting(ValidationIssue::getRule).containsExactly("identifier.vat");
    }
    for (String bad : List.of("", "ftp://x", "www.comune.cuneo.it")) {
      assertThat(validator.validate(Fixtures.valid().withIdentifiers(Identifiers.of(IdentifierScheme.URL, bad))).getIssues())
          .as(bad).extracting(ValidationIssue::getRule).containsExactly("link.url");
    }
    assertThat(validator.validate(Fixtures.valid().withIdentifiers(Identifiers.of(IdentifierScheme.URL, "https://www.comune.cuneo.it/progetto")))
        .getIssues()).isEmpty();
    assertThat(validator.validate(Fixtures.valid().withIdentifiers(Identifiers.of(Map.of(IdentifierScheme.RUNTS, "R-123",
        IdentifierScheme.FAMI_PROJECT_CODE, "PROG-1234", IdentifierScheme.of("x-internal"), "007")))).getIssues()).isEmpty();
    assertThat(validator.validate(Fixtures.valid().withIdentifiers(Identifiers.of(IdentifierScheme.of("x-internal"), ""))).getIssues())
        .singleElement().satisfies(issue -> {
          assertThat(issue.getRule()).isEqualTo("text.blank");
          assertThat(issue.getMessage()).isEqualTo("the identifier x-internal is empty");
        });
    // an empty CUP is its own rule's finding, once
    assertThat(validator.validate(Fixtures.valid().withIdentifiers(Identifiers.of(IdentifierScheme.CUP, ""))).getIssues())
        .extracting(ValidationIssue::getRule).containsExactly("identifier.cup");
  }

  @Test
  void italianMessagesSayShareAndTargetInItalianAndSharesInPercent() {
    Validator italian = Validator.builder().clock(Fixtures.CLOCK).locale(java.util.Locale.ITALIAN).build();
    Project project = Fixtures.valid().withTargetGroups(Fixtures.valid().getTargetGroups().get(0)
        .withComposition(Map.of("female", Quantity.atLeast("0.8"))));

    assertThat(validator.validate(project).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("the share of \"female\" is 40.0%, the target group \"tg1\" expects at least 80.0%"));
    assertThat(italian.validate(project).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("la quota di \"female\" è 40.0%, il gruppo di destinatari \"tg1\" prevede almeno 80.0%"));
    Project range = Fixtures.valid().withTargetGroups(Fixtures.valid().getTargetGroups().get(0)
        .withComposition(Map.of("female", Quantity.between(new BigDecimal("0.5"), new BigDecimal("0.6")))));
    assertThat(italian.validate(range).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .endsWith("prevede da 50.0% a 60.0%"));

    Project reached = withIndicator(Fixtures.valid(), i -> i.withTarget(Quantity.atLeast("100")));
    assertThat(validator.validate(reached).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("the indicator \"i1\" reached its target: measured 100, target at least 100"));
    assertThat(italian.validate(reached).getIssues()).singleElement().satisfies(issue -> assertThat(issue.getMessage())
        .isEqualTo("l'indicatore \"i1\" ha raggiunto l'obiettivo: misurato 100, obiettivo almeno 100"));
  }
}
