package dev.progetto.report;

import dev.progetto.model.PartialDate;
import dev.progetto.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words and numbers in one language: labels from {@code Messages.properties} and
 * {@code Messages_it.properties}, numbers, money and dates as the language writes them
 * ({@code 1.234.567,89 €} and {@code marzo 2024} in Italian, {@code €1,234,567.89} and
 * {@code March 2024} in English).
 */
final class ReportText {

  private static final String BUNDLE = "dev.progetto.report.Messages";
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ReportText.class.getModule());
  private static final ResourceBundle ITALIAN = ResourceBundle.getBundle(BUNDLE, Locale.ITALIAN, ReportText.class.getModule());

  private final boolean italian;
  private final Locale locale;

  private ReportText(boolean italian) {
    this.italian = italian;
    this.locale = italian ? Locale.ITALY : Locale.UK;
  }

  static ReportText of(Locale locale) {
    return new ReportText(locale.getLanguage().equals("it"));
  }

  /** The language code of the page: {@code it} or {@code en}. */
  String language() {
    return italian ? "it" : "en";
  }

  /** A label with {@code {0}}, {@code {1}}... replaced by the arguments. */
  String get(String key, Object... arguments) {
    ResourceBundle bundle = italian ? ITALIAN : ENGLISH;
    String text = bundle.containsKey(key) ? bundle.getString(key) : key;
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  boolean has(String key) {
    return (italian ? ITALIAN : ENGLISH).containsKey(key);
  }

  private DecimalFormat format(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format;
  }

  /** A whole number with the language's grouping: {@code 12.345} or {@code 12,345}. */
  String integer(long number) {
    return format("#,##0").format(number);
  }

  /** A number with at most two decimals and the language's separators. */
  String number(BigDecimal number) {
    return format("#,##0.##").format(number);
  }

  /** An amount of money with two decimals: {@code 1.234.567,89 €} or {@code €1,234,567.89}. */
  String money(BigDecimal amount, String currency) {
    String number = format("#,##0.00").format(amount);
    String symbol = currency.equals("EUR") ? "€" : currency;
    if (italian) {
      return number + "\u00a0" + symbol;
    }
    return symbol.equals("€") ? "€" + number : symbol + "\u00a0" + number;
  }

  /** A partial date as the language writes it: {@code 2024}, {@code marzo 2024}, {@code 5 marzo 2024}. */
  String date(PartialDate date) {
    switch (date.getPrecision()) {
      case YEAR:
        return Integer.toString(date.getYear());
      case MONTH:
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date.earliest());
      default:
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date.earliest());
    }
  }

  /** A unit of the indicator catalogue in the report's language; another unit as it is written. */
  String unit(String code) {
    return has("unit." + code) ? get("unit." + code) : code;
  }

  /**
   * A quantity in the report's language, its numbers as exact decimals (for Markdown, CSV and
   * sheets): {@code almeno 300}, {@code circa 350}, {@code 10–12}, {@code 120 per year}.
   */
  String quantity(Quantity quantity) {
    return quantity(quantity, BigDecimal::toPlainString);
  }

  /** A quantity in the report's language, its numbers written by {@code number}. */
  String quantity(Quantity quantity, java.util.function.Function<BigDecimal, String> number) {
    BigDecimal first = quantity.reference();
    String text;
    switch (quantity.getKind()) {
      case APPROX:
        text = get("quantity.approx", number.apply(first));
        break;
      case RANGE:
        text = get("quantity.range", number.apply(quantity.getMin().orElse(first)), number.apply(quantity.getMax().orElse(first)));
        break;
      case AT_LEAST:
        text = get("quantity.atLeast", number.apply(quantity.getMin().orElse(first)));
        break;
      case AT_MOST:
        text = get("quantity.atMost", number.apply(quantity.getMax().orElse(first)));
        break;
      default:
        text = number.apply(first);
    }
    return quantity.getPer() == Quantity.Per.TOTAL ? text : get("quantity.per." + quantity.getPer().code(), text);
  }

  /**
   * A label about {@code count} projects of {@code of}, in the grammatical number the language
   * wants: the first of {@code KEY.one.ofOne} (one of one), {@code KEY.one} (one),
   * {@code KEY.ofOne} (of one) and {@code KEY} that the language has, with {@code {0}} the count
   * and {@code {1}} the whole.
   */
  String counted(String key, long count, long of, Object... more) {
    List<String> candidates = new java.util.ArrayList<>();
    if (count == 1 && of == 1) {
      candidates.add(key + ".one.ofOne");
    }
    if (count == 1) {
      candidates.add(key + ".one");
    }
    if (of == 1) {
      candidates.add(key + ".ofOne");
    }
    String chosen = key;
    for (String candidate : candidates) {
      if (has(candidate)) {
        chosen = candidate;
        break;
      }
    }
    Object[] arguments = new Object[2 + more.length];
    arguments[0] = integer(count);
    arguments[1] = integer(of);
    System.arraycopy(more, 0, arguments, 2, more.length);
    return get(chosen, arguments);
  }
}
