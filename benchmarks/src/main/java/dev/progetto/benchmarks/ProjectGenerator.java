package dev.progetto.benchmarks;

import dev.progetto.model.Activity;
import dev.progetto.model.Budget;
import dev.progetto.model.CallRef;
import dev.progetto.model.CountryCode;
import dev.progetto.model.Funding;
import dev.progetto.model.FundingKind;
import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Identifiers;
import dev.progetto.model.Indicator;
import dev.progetto.model.IndicatorType;
import dev.progetto.model.IndicatorUnit;
import dev.progetto.model.LegalForm;
import dev.progetto.model.LocalId;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Measurement;
import dev.progetto.model.Money;
import dev.progetto.model.Municipality;
import dev.progetto.model.Objective;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Participant;
import dev.progetto.model.Period;
import dev.progetto.model.Project;
import dev.progetto.model.ProjectId;
import dev.progetto.model.ProjectStatus;
import dev.progetto.model.Quantity;
import dev.progetto.model.Role;
import dev.progetto.model.Source;
import dev.progetto.model.TargetGroup;
import dev.progetto.model.TargetGroupCategory;
import dev.progetto.model.Territory;
import dev.progetto.model.WorkPackage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates realistic projects from a seed, from a seed-page project of a few kilobytes to a large
 * Erasmus+ KA220 project with 10 partners, 11 work packages and 40 indicators with measurements.
 * The same seed and size always give the same project.
 */
public final class ProjectGenerator {

  /** How big a generated project is. */
  public enum Size {
    /** Like a seed page: a lead, a few partners, objectives, target groups, no work packages. */
    SMALL(3, 0, 4),
    /** A typical FAMI project: 6 partners, 4 work packages, 12 indicators. */
    MEDIUM(6, 4, 12),
    /** A large KA220 project: 10 partners, 11 work packages, 40 indicators. */
    LARGE(10, 11, 40);

    final int partners;
    final int workPackages;
    final int indicators;

    Size(int partners, int workPackages, int indicators) {
      this.partners = partners;
      this.workPackages = workPackages;
      this.indicators = indicators;
    }
  }

  private static final List<String> COUNTRIES = List.of("IT", "FR", "ES", "PT", "BE", "DE", "GR", "NO", "RS", "TR");
  private static final List<String> COMUNI = List.of("Cuneo", "Saluzzo", "Asti", "Biella", "Cossato", "Orbassano",
      "Piossasco", "Rivalta di Torino", "Pergine Valsugana", "Trento", "Perugia", "Terni");
  private static final List<String> WORDS = List.of("inclusione", "rete", "territorio", "formazione", "lavoro",
      "abitare", "comunità", "servizi", "integrazione", "mediazione", "competenze", "donne", "giovani");

  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same projects
   */
  public ProjectGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns the next project of the given size.
   *
   * @param index a number that makes the project id unique
   * @param size the size
   * @return the project
   */
  public Project next(int index, Size size) {
    boolean erasmus = size == Size.LARGE;
    int startYear = 2021 + random.nextInt(5);
    int startMonth = 1 + random.nextInt(12);
    int months = erasmus ? 24 + 12 * random.nextInt(2) : 12 + random.nextInt(25);
    PartialDate start = PartialDate.of(startYear, startMonth);
    int endIndex = startYear * 12 + startMonth - 1 + months - 1;
    PartialDate end = PartialDate.of(endIndex / 12, endIndex % 12 + 1);

    Project.Builder project = Project.builder()
        .id(ProjectId.of("project-" + index))
        .title(LocalizedText.italian(sentence(4)).with("en", "Project " + index + " " + sentence(3)))
        .acronym("P" + index)
        .summary(LocalizedText.italian(sentence(30)))
        .status(ProjectStatus.values()[random.nextInt(3)])
        .call(erasmus ? CallRef.of("erasmus-plus-2024-ka220-vet") : CallRef.builder().id(dev.progetto.model.CallId.of("fami-2021-2027")).addObjective("SO2").build())
        .period(Period.builder().start(start).end(end).declaredDurationMonths(months).build());
    if (erasmus) {
      project.identifiers(Identifiers.of(IdentifierScheme.ERASMUS_PROJECT_NUMBER,
          String.format("2024-1-IT01-KA220-VET-%09d", index)));
    } else {
      project.identifiers(Identifiers.of(IdentifierScheme.CUP, String.format("J%02dC%011d", startYear % 100, index)));
    }

    int organisations = size.partners + 1;
    for (int o = 0; o < organisations; o++) {
      String country = erasmus ? COUNTRIES.get(o % COUNTRIES.size()) : "IT";
      project.addOrganisation(Organisation.builder()
          .id(OrganisationId.of("org-" + o))
          .name("Organisation " + o + " " + word())
          .legalForm(LegalForm.values()[random.nextInt(LegalForm.values().length)])
          .country(CountryCode.of(country))
          .identifiers(Identifiers.of(IdentifierScheme.PIC, String.format("%09d", 900000000 + index * 20 + o)))
          .municipality(Municipality.named(COMUNI.get(random.nextInt(COMUNI.size()))))
          .build());
      project.addParticipant(Participant.builder()
          .organisation(OrganisationId.of("org-" + o))
          .role(o == 0 ? Role.LEAD : Role.PARTNER)
          .budget(Money.euros(new BigDecimal(10000 + random.nextInt(90000) + ".00")))
          .build());
    }

    Territory.Builder territory = Territory.builder().addCountry(CountryCode.IT).addRegion("ITC1");
    for (int m = 0; m < 3; m++) {
      territory.addMunicipality(Municipality.of(String.format("004%03d", 1 + random.nextInt(250)), COMUNI.get(random.nextInt(COMUNI.size()))));
    }
    project.territory(territory.build());

    for (int i = 1; i <= 3; i++) {
      project.addObjective(Objective.of("o" + i, sentence(20)));
    }
    BigDecimal lumpSum = new BigDecimal(erasmus ? "400000" : "150000");
    for (int w = 1; w <= size.workPackages; w++) {
      project.addWorkPackage(WorkPackage.builder()
          .id(LocalId.of("wp" + w))
          .title(LocalizedText.italian("WP" + w + " " + sentence(3)))
          .lead(OrganisationId.of("org-" + (w % organisations)))
          .build());
      project.addActivity(Activity.builder()
          .id(LocalId.of("a" + w))
          .title(LocalizedText.italian(sentence(5)))
          .description(LocalizedText.italian(sentence(25)))
          .workPackage(LocalId.of("wp" + w))
          .addOrganisation(OrganisationId.of("org-" + (w % organisations)))
          .build());
    }

    TargetGroupCategory[] categories = {TargetGroupCategory.THIRD_COUNTRY_NATIONALS, TargetGroupCategory.WOMEN,
        TargetGroupCategory.OPERATORS, TargetGroupCategory.CITIZENS};
    for (int g = 0; g < categories.length; g++) {
      TargetGroup.Builder group = TargetGroup.builder()
          .id(LocalId.of("tg" + g))
          .description(LocalizedText.italian(sentence(8)))
          .category(categories[g])
          .expected(g == 3 ? Quantity.approximately(1000 + random.nextInt(20000)) : Quantity.exactly(20 + random.nextInt(300)));
      if (g == 0) {
        group.putComposition("female", Quantity.atLeast("0.5"));
      }
      project.addTargetGroup(group.build());
    }

    for (int i = 0; i < size.indicators; i++) {
      long target = 10 + random.nextInt(500);
      long measured = random.nextInt((int) target * 2);
      long female = measured == 0 ? 0 : random.nextInt((int) measured + 1);
      project.addIndicator(Indicator.builder()
          .id(LocalId.of("i" + i))
          .code("amif-2021-2027:O.2." + (1 + i % 7))
          .name(LocalizedText.italian(sentence(6)))
          .type(i % 3 == 0 ? IndicatorType.RESULT : IndicatorType.OUTPUT)
          .unit(IndicatorUnit.PERSONS)
          .targetGroup(LocalId.of("tg" + (i % categories.length)))
          .target(Quantity.exactly(target))
          .addMeasurement(Measurement.builder()
              .period(Period.of(start, start))
              .value(Quantity.exactly(measured))
              .disaggregation(Map.of("sex", Map.of("female", BigDecimal.valueOf(female), "male", BigDecimal.valueOf(measured - female))))
              .build())
          .build());
    }

    project.budget(Budget.builder()
        .total(Money.euros(lumpSum.multiply(new BigDecimal("1.25")).setScale(2)))
        .requestedGrant(Money.euros(lumpSum))
        .addFunding(Funding.builder().source("org-0").kind(FundingKind.CO_FINANCING).amount(Money.euros(lumpSum.divide(new BigDecimal(4)).setScale(2))).build())
        .addFunding(Funding.builder().source("European Commission").kind(FundingKind.GRANT).amount(Money.euros(lumpSum.setScale(2))).build())
        .build());
    project.addSource(Source.builder().title("Generated project " + index).note("seeded benchmark data").build());
    return project.build();
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private String sentence(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(word());
    }
    return text.toString();
  }
}
