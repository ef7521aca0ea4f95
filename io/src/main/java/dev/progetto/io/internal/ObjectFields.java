package dev.progetto.io.internal;

/**
 * The fields of the objects of the format that the reader maps by constant, each constant the
 * wire name in upper case ({@code SHORT_NAME} for {@code shortName}), in the order messages name
 * them.
 */
final class ObjectFields {

  private ObjectFields() {}

  enum ProjectField {
    ID, TITLE, ACRONYM, SUMMARY, DESCRIPTION, STATUS, COMPLETENESS, SECTORS, IDENTIFIERS, CALL, PERIOD, PHASES,
    RELATED_PROJECTS, ORGANISATIONS, PARTICIPANTS, TERRITORY, OBJECTIVES, ACTIVITIES, WORK_PACKAGES, TARGET_GROUPS,
    INDICATORS, BUDGET, LINKS, SOURCES, WAIVERS, EXTENSIONS, LAST_UPDATED
  }

  enum PortfolioField {
    ID, TITLE, DESCRIPTION, OWNER, COMPLETENESS, ORGANISATIONS, PROJECTS, SOURCES, EXTENSIONS
  }

  enum CallField {
    ID, EXTENDS, ABSTRACT, NAME, DESCRIPTION, PROGRAMME, ACTION, FIELD, YEAR, FUNDER, MANAGING_AUTHORITY, URL, PERIOD,
    RULES, SOURCES
  }

  enum CatalogueField {
    ID, NAME, CONFIDENCE, SOURCES, INDICATORS
  }

  /** The settings of a call's rule; its other fields are the rule's parameters. */
  enum RuleSettingField {
    SEVERITY, CONFIDENCE, SOURCE
  }

  enum MoneyField {
    AMOUNT, CURRENCY
  }

  enum PeriodField {
    START, END, DURATION_MONTHS
  }

  enum IndicatorDefinitionField {
    CODE, NAME, TYPE, UNIT, CONFIDENCE
  }

  enum CallRefField {
    ID, OBJECTIVES, ACTION, ACTION_TYPE, NOTICE, URL
  }

  enum PhaseField {
    ID, TITLE, PERIOD
  }

  enum RelatedProjectField {
    RELATION, PROJECT, TITLE, URL
  }

  enum OrganisationField {
    ID, NAME, SHORT_NAME, LEGAL_FORM, COUNTRY, IDENTIFIERS, ADDRESS, MUNICIPALITY, WEBSITE, DESCRIPTION, FOUNDED
  }

  enum MunicipalityField {
    ISTAT, NAME
  }

  enum ParticipantField {
    ORGANISATION, ROLE, BUDGET, JOINED
  }

  enum TerritoryField {
    COUNTRIES, REGIONS, NUTS_VERSION, MUNICIPALITIES, EXCLUDES, DESCRIPTION
  }

  enum ObjectiveField {
    ID, DESCRIPTION
  }

  enum ActivityField {
    ID, TITLE, DESCRIPTION, PERIOD, WORK_PACKAGE, ORGANISATIONS
  }

  enum WorkPackageField {
    ID, TITLE, LEAD, TYPE, BUDGET
  }

  enum TargetGroupField {
    ID, DESCRIPTION, CATEGORY, EXPECTED, COMPOSITION
  }

  enum IndicatorField {
    ID, CODE, NAME, TYPE, UNIT, TARGET_GROUP, BASELINE, TARGET, MEASUREMENTS
  }

  enum MeasurementField {
    PERIOD, VALUE, DISAGGREGATION, SOURCE
  }

  enum BudgetField {
    TOTAL, REQUESTED_GRANT, LUMP_SUM, CO_FINANCING_RATE, LINES, FUNDING
  }

  enum BudgetLineField {
    ID, TITLE, AMOUNT, WORK_PACKAGE
  }

  enum FundingField {
    SOURCE, KIND, AMOUNT
  }

  enum LinkField {
    URL, TITLE, TYPE
  }

  enum SourceField {
    URL, TITLE, SECTION, RETRIEVED, CONFIDENCE, NOTE
  }

  enum WaiverField {
    RULE, PATH, REASON
  }
}
