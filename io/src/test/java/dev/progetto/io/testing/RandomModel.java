package dev.progetto.io.testing;

import dev.progetto.model.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random but valid model values from a seed, covering every type and every shorthand of the format.
 * Shared with the tests of other modules through the test jar of io.
 */
public final class RandomModel {

  private static final String[] TRICKY = {"NO", "yes", "on", "off", "null", "~", "001272", "00743110157", "2024-05-01",
      "true", "1e3", "Città di Cuneo – «Fase 2»", "a: b", "- x", "#hash", "quote \" and \\ backslash", "",
      "  spaced  ", "line\nbreak", "tab\there", "emoji \uD83D\uDE00", "@at", "'single'", "[list]", "{map}", "%x", "*alias", "&anchor", "!tag"};

  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed the seed: the same seed gives the same values
   */
  public RandomModel(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  private String text() {
    return random.nextInt(3) == 0 ? TRICKY[random.nextInt(TRICKY.length)] : "testo " + random.nextInt(1000);
  }

  private String slug(String prefix) {
    return prefix + "-" + random.nextInt(1_000_000);
  }

  private LocalizedText localized(String language) {
    switch (random.nextInt(3)) {
      case 0:
        return LocalizedText.of(language, text());
      case 1:
        return LocalizedText.of("en", text()).with("it", text());
      default:
        return LocalizedText.of("fr-BE", text());
    }
  }

  private BigDecimal decimal() {
    switch (random.nextInt(5)) {
      case 0:
        return new BigDecimal(random.nextInt(1_000_000) + ".00");
      case 1:
        return new BigDecimal("0." + random.nextInt(10));
      case 2:
        return new BigDecimal("-" + random.nextInt(100));
      case 3:
        return new BigDecimal("12345678901234567890.123456789");
      default:
        return BigDecimal.valueOf(random.nextInt(100_000));
    }
  }

  private Money money(CurrencyCode documentCurrency) {
    CurrencyCode currency = chance() ? documentCurrency : CurrencyCode.of(chance() ? "CHF" : "EUR");
    return Money.of(decimal(), currency);
  }

  private Quantity quantity() {
    Quantity quantity;
    switch (random.nextInt(5)) {
      case 0:
        quantity = Quantity.exactly(decimal());
        break;
      case 1:
        quantity = Quantity.approximately(decimal());
        break;
      case 2:
        quantity = Quantity.between(decimal(), decimal());
        break;
      case 3:
        quantity = Quantity.atLeast(decimal());
        break;
      default:
        quantity = Quantity.atMost(decimal());
    }
    return chance() ? quantity : quantity.per(Quantity.Per.values()[random.nextInt(3)]);
  }

  private PartialDate date() {
    int year = 1990 + random.nextInt(50);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private Period period() {
    Period.Builder period = Period.builder();
    if (chance()) {
      period.start(date());
    }
    if (chance()) {
      period.end(date());
    }
    if (chance()) {
      period.declaredDurationMonths(1 + random.nextInt(60));
    }
    return period.build();
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }

  private Object data(int depth) {
    switch (depth > 2 ? random.nextInt(3) : random.nextInt(5)) {
      case 0:
        return text();
      case 1:
        return decimal();
      case 2:
        return chance();
      case 3:
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          list.add(data(depth + 1));
        }
        return list;
      default:
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          map.put(text(), data(depth + 1));
        }
        return map;
    }
  }

  private Identifiers identifiers() {
    Identifiers identifiers = Identifiers.empty();
    for (int i = random.nextInt(3); i > 0; i--) {
      identifiers = identifiers.with(chance() ? pick(IdentifierScheme.KNOWN.toArray(new IdentifierScheme[0])) : IdentifierScheme.of("x-" + random.nextInt(9)), text());
    }
    return identifiers;
  }

  private Source source() {
    Source.Builder source = Source.builder();
    if (chance()) {
      source.url("https://example.org/" + random.nextInt(100));
    }
    if (chance()) {
      source.title(text());
    }
    if (chance()) {
      source.section(text());
    }
    if (chance()) {
      source.retrieved(LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    if (chance()) {
      source.confidence(pick(Confidence.values()));
    }
    if (chance()) {
      source.note(text());
    }
    return source.build();
  }

  /**
   * Returns the next random project.
   *
   * @return a project that reads back equal from every syntax
   */
  public Project project() {
    String language = chance() ? "it" : "en";
    CurrencyCode currency = chance() ? CurrencyCode.EUR : CurrencyCode.of("CHF");
    Project.Builder project = Project.builder()
        .id(ProjectId.of(slug("p")))
        .title(localized(language));
    if (chance()) {
      project.language(language);
    } else {
      language = "it";
    }
    if (chance()) {
      project.currency(currency);
    } else {
      currency = CurrencyCode.EUR;
    }
    if (chance()) {
      project.schema("https://progetto.dev/schema/project.json");
    }
    if (chance()) {
      project.acronym(text()).summary(localized(language)).description(localized(language)).status(pick(ProjectStatus.values()))
          .completeness(pick(Completeness.values()));
    }
    if (chance()) {
      project.addSector(localized(language));
    }
    project.identifiers(identifiers());
    if (chance()) {
      project.call(chance() ? CallRef.of(slug("call")) : CallRef.builder().id(CallId.of(slug("call"))).addObjective("OS2")
          .action(text()).actionType(text()).notice(localized(language)).url("https://example.org/call").build());
    }
    if (chance()) {
      project.period(period());
    }
    if (chance()) {
      project.addPhase(Phase.builder().id(LocalId.of("fase-2")).title(localized(language)).period(period()).build());
      project.addRelatedProject(RelatedProject.builder().relation(pick(Relation.values())).project(ProjectId.of(slug("q")))
          .title(localized(language)).url("https://example.org/q").build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      Organisation.Builder organisation = Organisation.builder().id(OrganisationId.of(slug("o"))).name(text());
      if (chance()) {
        organisation.shortName(text()).legalForm(pick(LegalForm.values())).country(CountryCode.of(chance() ? "IT" : "NO"))
            .identifiers(identifiers()).address(text()).website("https://example.org").description(localized(language)).founded(date());
      }
      if (chance()) {
        organisation.municipality(chance() ? Municipality.of("001272", "Torino") : Municipality.named(text()));
      }
      Organisation built = organisation.build();
      project.addOrganisation(built);
      Participant.Builder participant = Participant.builder().organisation(built.getId()).role(pick(Role.values()));
      if (chance()) {
        participant.budget(money(currency)).joined(date());
      }
      project.addParticipant(participant.build());
    }
    if (chance()) {
      project.territory(Territory.builder().addCountry(CountryCode.IT).addRegion("ITC1").nutsVersion("2021")
          .addMunicipality(Municipality.of("004078", "Cuneo")).addExclusion(Municipality.named("Torino"))
          .description(localized(language)).build());
    }
    project.addObjective(Objective.builder().id(LocalId.of("o1")).description(localized(language)).build());
    if (chance()) {
      project.addActivity(Activity.builder().id(LocalId.of("a1")).title(localized(language)).description(localized(language))
          .period(period()).workPackage(LocalId.of("wp1")).addOrganisation(OrganisationId.of("x")).build());
      project.addWorkPackage(WorkPackage.builder().id(LocalId.of("wp1")).title(localized(language)).lead(OrganisationId.of("x")).type(pick(WorkPackageType.values()))
          .budget(money(currency)).build());
    }
    TargetGroup.Builder group = TargetGroup.builder().id(LocalId.of("tg1")).description(localized(language));
    if (chance()) {
      group.category(pick(TargetGroupCategory.values())).expected(quantity()).putComposition("female", quantity());
    }
    project.addTargetGroup(group.build());
    Indicator.Builder indicator = Indicator.builder().id(LocalId.of("i1")).name(localized(language))
        .type(pick(IndicatorType.values())).unit(chance() ? IndicatorUnit.PERSONS : IndicatorUnit.of("x-meetings"));
    if (chance()) {
      indicator.code("amif-2021-2027:O.2.3.1").targetGroup(LocalId.of("tg1")).baseline(decimal()).target(quantity());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Measurement.Builder measurement = Measurement.builder().value(quantity());
      PartialDate day = date();
      measurement.period(chance() ? Period.of(day, day) : period());
      if (chance()) {
        measurement.putDisaggregation("sex", Map.of("female", decimal()));
      }
      if (chance()) {
        measurement.source(text());
      }
      indicator.addMeasurement(measurement.build());
    }
    project.addIndicator(indicator.build());
    if (chance()) {
      project.budget(Budget.builder().total(money(currency)).requestedGrant(money(currency)).lumpSum(money(currency))
          .coFinancingRate(new BigDecimal("0.75"))
          .addLine(BudgetLine.builder().id(LocalId.of("l1")).title(localized(language)).amount(money(currency)).workPackage(LocalId.of("wp1")).build())
          .addFunding(Funding.builder().source(text()).kind(pick(FundingKind.values())).amount(money(currency)).build())
          .build());
    }
    if (chance()) {
      project.addLink(Link.builder().url("https://example.org/" + random.nextInt(9)).title(text()).type(pick(LinkType.values())).build());
    }
    project.addSource(source());
    if (chance()) {
      project.addWaiver(Waiver.builder().rule("participants.lead").path("/participants").reason(text()).build());
    }
    if (chance()) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("acme", data(0));
      project.extensions(Extensions.of(extensions));
    }
    if (chance()) {
      project.lastUpdated(LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    return project.build();
  }

  /**
   * Returns the next random call.
   *
   * @return a call that reads back equal from every syntax
   */
  public Call call() {
    Call.Builder call = Call.builder().id(CallId.of(slug("call")));
    if (chance()) {
      call.parent(CallId.of(slug("parent"))).abstractCall(chance()).name(localized("it")).description(localized("it"))
          .programme("amif").action("KA220").field("VET").year(2024).funder(text()).managingAuthority(text())
          .url("https://example.org").period(period());
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("min", decimal());
    parameters.put("allowed", List.of("eu", "NO"));
    call.putRule("partnership.min-organisations", RuleSetting.builder().parameters(Parameters.of(parameters))
        .severity(pick(Severity.values())).confidence(pick(Confidence.values())).source(0).build());
    call.putRule("period.duration-range", RuleSetting.builder().build());
    call.addSource(source());
    if (chance()) {
      call.schema("https://progetto.dev/schema/call.json").language("it");
    }
    return call.build();
  }

  /**
   * Returns the next random portfolio: random projects without a header of their own, and every
   * field of a portfolio in some of them.
   *
   * @return a portfolio
   */
  public Portfolio portfolio() {
    Portfolio.Builder portfolio = Portfolio.builder().id(PortfolioId.of(slug("pf"))).title(localized("it"));
    if (chance()) {
      portfolio.schema("https://progetto.dev/schema/portfolio.json").language("it").currency(CurrencyCode.EUR)
          .description(localized("it")).owner(OrganisationId.of(slug("o"))).completeness(pick(Completeness.values()))
          .addOrganisation(Organisation.builder().id(OrganisationId.of(slug("o"))).name(text()).build())
          .addSource(source());
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("acme", data(0));
      portfolio.extensions(Extensions.of(extensions));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      portfolio.addProject(project().withSchema(java.util.Optional.empty()).withLanguage(java.util.Optional.empty())
          .withCurrency(java.util.Optional.empty()));
    }
    return portfolio.build();
  }

  /**
   * Returns the next random indicator catalogue.
   *
   * @return an indicator catalogue
   */
  public IndicatorCatalogue indicatorCatalogue() {
    IndicatorCatalogue.Builder catalogue = IndicatorCatalogue.builder().id(slug("catalogue"));
    if (chance()) {
      catalogue.name(localized("it")).confidence(pick(Confidence.values())).addSource(source());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      IndicatorDefinition.Builder definition = IndicatorDefinition.builder().code("O." + random.nextInt(10) + "." + i);
      if (chance()) {
        definition.name(localized("it")).type(pick(IndicatorType.values()))
            .unit(chance() ? IndicatorUnit.PERSONS : IndicatorUnit.of("x-meetings")).confidence(pick(Confidence.values()));
      }
      catalogue.addIndicator(definition.build());
    }
    return catalogue.build();
  }
}
