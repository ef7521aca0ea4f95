package dev.progetto.model;

import java.util.List;

/**
 * Two real projects of the seed pages, built in code: Femminili Plurali – Fase 2 (a Territori
 * Inclusivi project around Turin) and IMPACT Umbria (a FAMI 2014-2020 project).
 */
final class SeedProjects {

  private SeedProjects() {}

  static Project femminiliPluraliFase2() {
    return Project.builder()
        .id(ProjectId.of("femminili-plurali-fase-2"))
        .title(LocalizedText.italian("COMUNITÀ E INCLUSIONE: FEMMINILI PLURALI – Fase 2"))
        .status(ProjectStatus.ACTIVE)
        .addSector(LocalizedText.italian("Inclusione sociale"))
        .call(CallRef.builder()
            .id(CallId.of("territori-inclusivi-2023"))
            .notice(LocalizedText.italian("Bando «Territori inclusivi»"))
            .build())
        .period(Period.of(PartialDate.of(2023, 11), PartialDate.of(2025, 10)))
        .addPhase(Phase.builder()
            .id(LocalId.of("fase-2"))
            .title(LocalizedText.italian("Fase 2"))
            .period(Period.of(PartialDate.of(2023, 11), PartialDate.of(2025, 10)))
            .build())
        .addRelatedProject(RelatedProject.builder()
            .relation(Relation.PREVIOUS_PHASE)
            .title(LocalizedText.italian("Femminili Plurali"))
            .build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("renken"))
            .name("Renken Onlus").legalForm(LegalForm.ONLUS).country(CountryCode.IT).build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("cooperativa-orso"))
            .name("Cooperativa Orso").legalForm(LegalForm.COOPERATIVA).country(CountryCode.IT).build())
        .addOrganisation(Organisation.builder().id(OrganisationId.of("cidis"))
            .name("CIDIS – Consorzio Intercomunale di Servizi").shortName("CIDIS")
            .legalForm(LegalForm.CONSORZIO_SOCIO_ASSISTENZIALE).country(CountryCode.IT).build())
        .addOrganisation(comune("comune-orbassano", "Comune di Orbassano", "Orbassano"))
        .addOrganisation(comune("comune-piossasco", "Comune di Piossasco", "Piossasco"))
        .addOrganisation(comune("comune-rivalta", "Comune di Rivalta", "Rivalta di Torino"))
        .addOrganisation(Organisation.builder().id(OrganisationId.of("compagnia-di-san-paolo"))
            .name("Fondazione Compagnia di San Paolo")
            .legalForm(LegalForm.FONDAZIONE_DI_ORIGINE_BANCARIA).country(CountryCode.IT).build())
        .addParticipant(Participant.of("renken", Role.PARTNER))
        .addParticipant(Participant.of("cooperativa-orso", Role.PARTNER))
        .addParticipant(Participant.of("cidis", Role.PARTNER))
        .addParticipant(Participant.of("comune-orbassano", Role.PARTNER))
        .addParticipant(Participant.of("comune-piossasco", Role.PARTNER))
        .addParticipant(Participant.of("comune-rivalta", Role.PARTNER))
        .territory(Territory.builder()
            .addCountry(CountryCode.IT)
            .addMunicipality(Municipality.named("Orbassano"))
            .addMunicipality(Municipality.named("Rivalta di Torino"))
            .addMunicipality(Municipality.named("Piossasco"))
            .description(LocalizedText.italian("Comuni di Orbassano, Rivalta e Piossasco (Provincia di Torino)"))
            .build())
        .addObjective(Objective.of("o1", "Valorizzare il ruolo delle donne a rischio esclusione sociale e con background migratorio nella definizione di proposte socioculturali e di politiche di welfare di comunità più inclusive."))
        .addObjective(Objective.of("o2", "Favorire l'acquisizione degli strumenti per l'accesso ai servizi, alle opportunità socioculturali e di inclusione lavorativa da parte delle persone in condizione di fragilità."))
        .addObjective(Objective.of("o3", "Potenziare l'infrastruttura dei servizi alla persona che la rete fornisce sui territori."))
        .addTargetGroup(TargetGroup.builder()
            .id(LocalId.of("persone-fragili"))
            .description(LocalizedText.italian("Persone in condizione di fragilità che presentano un background migratorio"))
            .category(TargetGroupCategory.MIGRANTS)
            .expected(Quantity.exactly(300))
            .putComposition("female", Quantity.atLeast("0.8"))
            .build())
        .addTargetGroup(group("donne-autoimprenditoria", "Donne con background migratorio (formazione sull'autoimprenditoria)", TargetGroupCategory.WOMEN, Quantity.exactly(30)))
        .addTargetGroup(group("policy-makers", "Policy makers", TargetGroupCategory.POLICY_MAKERS, Quantity.exactly(15)))
        .addTargetGroup(group("associazioni", "Associazioni della rete", TargetGroupCategory.ASSOCIATIONS, Quantity.exactly(15)))
        .addTargetGroup(group("operatori", "Funzionari, assistenti sociali ed educatori", TargetGroupCategory.PUBLIC_OFFICIALS, Quantity.exactly(20)))
        .addTargetGroup(group("cittadini-questionari", "Cittadini coinvolti in questionari ed interviste", TargetGroupCategory.CITIZENS, Quantity.approximately(350)))
        .addTargetGroup(group("partecipanti-eventi", "Persone coinvolte negli eventi delle portinerie di comunità", TargetGroupCategory.CITIZENS, Quantity.exactly(2000)))
        .addTargetGroup(group("cittadini-raggiunti", "Cittadini raggiunti dalle campagne di comunicazione", TargetGroupCategory.CITIZENS, Quantity.exactly(20000)))
        .addIndicator(Indicator.builder()
            .id(LocalId.of("beneficiari"))
            .name(LocalizedText.italian("Beneficiari"))
            .type(IndicatorType.OUTPUT)
            .unit(IndicatorUnit.PERSONS)
            .target(Quantity.approximately(23000))
            .build())
        .addSource(Source.builder().title("Femminili Plurali – Fase 2, scheda del progetto").note("seed page 004").build())
        .build();
  }

  static Project impactUmbria() {
    List<String[]> partners = List.of(
        new String[] {"frontiera-lavoro", "Frontiera Lavoro soc. coop. soc.", "cooperativa-sociale-a"},
        new String[] {"abn", "ABN A&B Network Sociale", "cooperativa"},
        new String[] {"anci-umbria", "Anci Umbria", "other-public-body"},
        new String[] {"aris", "Aris Formazione e Ricerca", "other"},
        new String[] {"cidis-onlus", "Cidis onlus", "onlus"},
        new String[] {"csc", "CSC Cooperativa Sociale", "cooperativa"},
        new String[] {"tamat", "Tamat", "ngo"},
        new String[] {"unc-umbria", "UNC Umbria", "associazione"});
    Project.Builder builder = Project.builder()
        .id(ProjectId.of("impact-umbria"))
        .acronym("IMPACT")
        .title(LocalizedText.italian("IMPACT UMBRIA - Integrazione dei Migranti con Politiche e Azioni Co-progettate sul Territorio"))
        .call(CallRef.of("fami-2014-2020"))
        .addOrganisation(Organisation.builder().id(OrganisationId.of("regione-umbria"))
            .name("Regione Umbria").legalForm(LegalForm.REGIONE).country(CountryCode.IT).build())
        .addParticipant(Participant.of("regione-umbria", Role.LEAD));
    for (String[] partner : partners) {
      builder.addOrganisation(Organisation.builder().id(OrganisationId.of(partner[0])).name(partner[1])
          .legalForm(LegalForm.fromCode(partner[2]).orElseThrow()).country(CountryCode.IT).build());
      builder.addParticipant(Participant.of(partner[0], Role.PARTNER));
    }
    return builder
        .addOrganisation(Organisation.builder().id(OrganisationId.of("arpal-umbria"))
            .name("ARPAL Umbria Agenzia Regionale Politiche Attive del Lavoro").shortName("ARPAL Umbria")
            .legalForm(LegalForm.OTHER_PUBLIC_BODY).country(CountryCode.IT).build())
        .addRelatedProject(RelatedProject.builder()
            .relation(Relation.PREDECESSOR)
            .title(LocalizedText.italian("PASSI - Promozione dell'accesso ai servizi per l'integrazione"))
            .build())
        .territory(Territory.builder().addCountry(CountryCode.IT).addRegion("ITI2").build())
        .addActivity(activity("incontro-iniziale", "Incontro iniziale rivolto a tutti i soggetti della rete"))
        .addActivity(activity("donne-migranti-lavoro", "Donne migranti e lavoro"))
        .addActivity(activity("linguaggi", "Forme e pratiche dei linguaggi"))
        .addActivity(activity("emersione-competenze", "Emersione delle competenze per l'inserimento sociale e lavorativo"))
        .addActivity(Activity.builder().id(LocalId.of("servizi-integrazione"))
            .title(LocalizedText.italian("Servizi a supporto dell'integrazione socio-lavorativa"))
            .addOrganisation(OrganisationId.of("arpal-umbria"))
            .build())
        .addIndicator(Indicator.builder()
            .id(LocalId.of("incontri-rete"))
            .name(LocalizedText.italian("Incontri online della rete del protocollo"))
            .type(IndicatorType.OUTPUT)
            .unit(IndicatorUnit.EVENTS)
            .addMeasurement(Measurement.of(5))
            .build())
        .build();
  }

  private static Organisation comune(String id, String name, String municipality) {
    return Organisation.builder().id(OrganisationId.of(id)).name(name).legalForm(LegalForm.COMUNE)
        .country(CountryCode.IT).municipality(Municipality.named(municipality)).build();
  }

  private static TargetGroup group(String id, String description, TargetGroupCategory category, Quantity expected) {
    return TargetGroup.builder().id(LocalId.of(id)).description(LocalizedText.italian(description))
        .category(category).expected(expected).build();
  }

  private static Activity activity(String id, String title) {
    return Activity.builder().id(LocalId.of(id)).title(LocalizedText.italian(title)).build();
  }
}
