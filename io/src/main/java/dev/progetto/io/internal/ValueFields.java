package dev.progetto.io.internal;

/**
 * The fields of the values that io reads by hand (a call's rule setting, an amount with its
 * currency, a period), each constant the wire name in upper case.
 */
final class ValueFields {

  private ValueFields() {}

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
}
