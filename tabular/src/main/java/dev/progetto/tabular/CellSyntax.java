package dev.progetto.tabular;

import dev.progetto.tabular.Json.Num;
import dev.progetto.tabular.Layout.Syntax;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of a cell: from a cell to a value of the JSON tree and back. Reading accepts what
 * people type in Italy ({@code 250.000,00}, {@code € 250.000}, {@code 03/2024}, date cells);
 * writing gives the canonical form, which reads back to the same value.
 */
final class CellSyntax {

  private CellSyntax() {}

  /**
   * A cell as the file holds it: a text, a number, a date, a boolean or an error. A date has the
   * precision its number format shows: a cell shown as {@code mar-24} holds a month, one shown as
   * {@code 2024} a year.
   */
  record Cell(String text, BigDecimal number, LocalDate date, ChronoUnit shown, String error) {
    Cell(String text, BigDecimal number, LocalDate date, String error) {
      this(text, number, date, date == null ? null : ChronoUnit.DAYS, error);
    }

    static Cell text(String text) {
      return new Cell(text, null, null, null);
    }

    /** The cell as text: a number in its plain form, a date as YYYY-MM-DD. */
    String asText() {
      if (number != null) {
        return plain(number);
      }
      if (date != null) {
        return date.toString();
      }
      return text;
    }
  }

  /**
   * A cell that does not have the syntax of its column: the key of the message that says what was
   * expected (in io's messages, English and Italian), whose first argument is the text found.
   */
  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;
    final String key;
    private final List<String> more;

    BadCell(String key, String... more) {
      super(key, null, false, false);
      this.key = key;
      this.more = List.of(more);
    }

    BadCell(Syntax syntax) {
      this(key(syntax));
    }

    /** The arguments of the message: the text found, then what the key adds. */
    List<String> arguments(String found) {
      List<String> arguments = new ArrayList<>();
      arguments.add(found == null ? "" : found);
      arguments.addAll(more);
      return arguments;
    }
  }

  private static final Pattern THOUSANDS_DOTS = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+");
  private static final Pattern THOUSANDS_COMMAS = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3}){2,}");
  /** A comma followed by three digits and nothing else: 250,000 is 250000 in English, 250 in Italian. */
  private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("-?[1-9]\\d{0,2},\\d{3}");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
  private static final String NUMBER = "-?\\d[\\d.,]*";
  private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*(?:-|–|—|\\.\\.)\\s*(" + NUMBER + ")");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern ISO_UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

  /**
   * The key of the message that says what a cell of a syntax should hold, in English and Italian
   * ({@code format.sheet.cell.money}: "expected an amount such as 250000 EUR, ...", "atteso un
   * importo come ..."); its argument is the text found.
   */
  static String key(Syntax syntax) {
    switch (syntax) {
      case INTEGER:
        return "format.sheet.cell.integer";
      case DECIMAL:
        return "format.sheet.cell.decimal";
      case BOOLEAN:
        return "format.sheet.cell.boolean";
      case DATE:
        return "format.sheet.cell.date";
      case PARTIAL_DATE:
        return "format.sheet.cell.partial-date";
      case MONEY:
        return "format.sheet.cell.money";
      case QUANTITY:
        return "format.sheet.cell.quantity";
      case JSON:
        return "format.sheet.cell.json";
      default:
        return "format.sheet.cell.text";
    }
  }

  /** The key of an amount whose comma may part thousands or decimals ({@code 250,000}). */
  static final String AMBIGUOUS_AMOUNT = "format.sheet.cell.money-ambiguous";

  // ---------------------------------------------------------------- reading

  /** Reads one value of a syntax from a cell; null when the cell holds nothing. */
  static Object read(Cell cell, Syntax syntax) throws BadCell {
    if (cell.number() != null) {
      return fromNumber(cell.number(), syntax);
    }
    if (cell.date() != null) {
      return fromDate(cell.date(), cell.shown(), syntax);
    }
    String text = cell.text();
    if (text == null) {
      return null;
    }
    return fromText(text, syntax);
  }

  private static Object fromNumber(BigDecimal number, Syntax syntax) throws BadCell {
    switch (syntax) {
      case INTEGER:
      case DECIMAL:
      case MONEY:
      case QUANTITY:
      case JSON:
        return new Num(plain(number));
      case PARTIAL_DATE:
        if (number.scale() <= 0 && number.compareTo(BigDecimal.valueOf(1000)) >= 0
            && number.compareTo(BigDecimal.valueOf(9999)) <= 0) {
          return plain(number); // a year typed as a number
        }
        throw new BadCell(syntax);
      case BOOLEAN:
      case DATE:
        throw new BadCell(syntax);
      default:
        return plain(number);
    }
  }

  private static Object fromDate(LocalDate date, ChronoUnit shown, Syntax syntax) throws BadCell {
    switch (syntax) {
      case PARTIAL_DATE:
        // what the cell shows: 03/2024 typed in a spreadsheet is a date cell shown by its month
        if (shown == ChronoUnit.YEARS) {
          return Integer.toString(date.getYear());
        }
        return shown == ChronoUnit.MONTHS ? date.toString().substring(0, 7) : date.toString();
      case DATE:
      case TEXT:
      case CODE:
        return date.toString();
      default:
        throw new BadCell(syntax);
    }
  }

  static Object fromText(String text, Syntax syntax) throws BadCell {
    String trimmed = text.strip();
    if (syntax != Syntax.TEXT && trimmed.isEmpty()) {
      return null;
    }
    switch (syntax) {
      case TEXT:
        return text;
      case CODE:
        return trimmed;
      case INTEGER: {
        BigDecimal value = number(trimmed, syntax);
        try {
          return new Num(value.toBigIntegerExact().toString());
        } catch (ArithmeticException e) {
          throw new BadCell(syntax);
        }
      }
      case DECIMAL:
        if (trimmed.endsWith("%")) {
          BigDecimal percent = number(trimmed.substring(0, trimmed.length() - 1).strip(), syntax);
          return new Num(plain(percent.movePointLeft(2)));
        }
        return new Num(text(number(trimmed, syntax)));
      case BOOLEAN:
        switch (trimmed.toLowerCase(Locale.ROOT)) {
          case "true":
          case "vero":
          case "sì":
          case "si":
          case "yes":
            return Boolean.TRUE;
          case "false":
          case "falso":
          case "no":
            return Boolean.FALSE;
          default:
            throw new BadCell(syntax);
        }
      case DATE:
      case PARTIAL_DATE:
        return date(trimmed);
      case MONEY:
        return money(trimmed);
      case QUANTITY:
        return quantity(trimmed);
      case JSON:
        try {
          return Json.parse(trimmed);
        } catch (IOException e) {
          throw new BadCell(syntax);
        }
      default:
        throw new IllegalStateException(syntax.toString());
    }
  }

  /** A date as the format writes it; what is not recognised is left to the reader to judge. */
  private static String date(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    if (m.matches()) {
      return m.group(3) + "-" + pad(m.group(2)) + "-" + pad(m.group(1));
    }
    m = MONTH_YEAR.matcher(text);
    if (m.matches()) {
      return m.group(2) + "-" + pad(m.group(1));
    }
    m = ISO_UNPADDED.matcher(text);
    if (m.matches()) {
      return m.group(1) + "-" + pad(m.group(2)) + (m.group(3) == null ? "" : "-" + pad(m.group(3)));
    }
    return text;
  }

  private static String pad(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }

  private static Object money(String text) throws BadCell {
    String rest = text;
    String currency = null;
    if (rest.startsWith("€")) {
      currency = "EUR";
      rest = rest.substring(1).strip();
    } else if (rest.endsWith("€")) {
      currency = "EUR";
      rest = rest.substring(0, rest.length() - 1).strip();
    } else {
      int space = rest.indexOf(' ');
      int last = rest.lastIndexOf(' ');
      if (space > 0 && CURRENCY.matcher(rest.substring(0, space)).matches()) {
        currency = rest.substring(0, space);
        rest = rest.substring(space + 1).strip();
      } else if (last > 0 && CURRENCY.matcher(rest.substring(last + 1)).matches()) {
        currency = rest.substring(last + 1);
        rest = rest.substring(0, last).strip();
      } else if (rest.length() > 3 && CURRENCY.matcher(rest.substring(rest.length() - 3)).matches()
          && Character.isDigit(rest.charAt(rest.length() - 4))) {
        currency = rest.substring(rest.length() - 3);
        rest = rest.substring(0, rest.length() - 3);
      }
    }
    if (AMBIGUOUS_COMMA.matcher(compact(rest)).matches()) {
      // a thousands separator or a decimal comma: a guess would be wrong a thousand times over
      throw new BadCell(AMBIGUOUS_AMOUNT);
    }
    Num amount = new Num(text(number(rest, Syntax.MONEY)));
    if (currency == null) {
      return amount;
    }
    Map<String, Object> money = new LinkedHashMap<>();
    money.put("amount", amount);
    money.put("currency", currency);
    return money;
  }

  private static Object quantity(String text) throws BadCell {
    String rest = text;
    String per = null;
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      per = per(rest.substring(slash + 1).strip());
      rest = rest.substring(0, slash).strip();
    }
    String lower = rest.toLowerCase(Locale.ROOT);
    Map<String, Object> quantity = new LinkedHashMap<>();
    String form = null;
    for (String[] prefix : new String[][] {{">=", "atLeast"}, {"≥", "atLeast"}, {"almeno", "atLeast"},
        {"at least", "atLeast"}, {"<=", "atMost"}, {"≤", "atMost"}, {"al massimo", "atMost"}, {"at most", "atMost"},
        {"fino a", "atMost"}, {"~", "approx"}, {"≈", "approx"}, {"circa", "approx"}, {"ca.", "approx"},
        {"about", "approx"}}) {
      if (lower.startsWith(prefix[0])) {
        form = prefix[1];
        rest = rest.substring(prefix[0].length()).strip();
        break;
      }
    }
    if (form == null && rest.endsWith("+")) {
      form = "atLeast";
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    if (form != null) {
      quantity.put(form, new Num(text(number(rest, Syntax.QUANTITY))));
    } else {
      Matcher range = RANGE.matcher(rest);
      if (!PLAIN.matcher(rest).matches() && range.matches()) {
        quantity.put("min", new Num(text(number(range.group(1), Syntax.QUANTITY))));
        quantity.put("max", new Num(text(number(range.group(2), Syntax.QUANTITY))));
      } else {
        Num value = new Num(text(number(rest, Syntax.QUANTITY)));
        if (per == null) {
          return value;
        }
        quantity.put("value", value);
      }
    }
    if (per != null) {
      quantity.put("per", per);
    }
    return quantity;
  }

  private static String per(String text) throws BadCell {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "year":
      case "anno":
      case "yr":
        return "year";
      case "month":
      case "mese":
        return "month";
      case "total":
      case "totale":
        return "total";
      default:
        throw new BadCell(Syntax.QUANTITY);
    }
  }

  /**
   * Reads a number as written in a cell: {@code 1234.5}, {@code 1.234,5}, {@code 1 234,5},
   * {@code 250.000} (thousands), {@code 1,234,567.89}.
   */
  static BigDecimal number(String text, Syntax syntax) throws BadCell {
    String s = compact(text);
    if (!PLAIN.matcher(s).matches() || THOUSANDS_DOTS.matcher(s).matches()) {
      int dot = s.lastIndexOf('.');
      int comma = s.lastIndexOf(',');
      if (dot >= 0 && comma >= 0) {
        s = dot > comma ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
      } else if (comma >= 0) {
        s = THOUSANDS_COMMAS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
      } else if (THOUSANDS_DOTS.matcher(s).matches()) {
        s = s.replace(".", "");
      }
    }
    if (!PLAIN.matcher(s).matches()) {
      throw new BadCell(syntax);
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new BadCell(syntax);
    }
  }

  /** A number as typed without its spaces, apostrophes and plus sign, its minus sign a hyphen. */
  private static String compact(String text) {
    String s = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.startsWith("−")) {
      s = "-" + s.substring(1);
    }
    return s;
  }

  /** A number for the JSON tree: as written, when written with an exponent keep it. */
  private static String text(BigDecimal number) {
    return number.toString();
  }

  static String plain(BigDecimal number) {
    return number.toPlainString();
  }

  /** Reads a cell of a list: one item a line, or a JSON array; ids and codes may be parted by ; or , too. */
  static List<Object> readList(Cell cell, Syntax syntax) throws BadCell {
    List<Object> items = new ArrayList<>();
    if (cell.text() == null) {
      Object one = read(cell, syntax);
      if (one != null) {
        items.add(one);
      }
      return items;
    }
    String text = cell.text();
    if (text.strip().startsWith("[")) {
      try {
        Object parsed = Json.parse(text.strip());
        if (parsed instanceof List<?> list) {
          items.addAll(list);
          return items;
        }
      } catch (IOException e) {
        // not JSON: one item a line
      }
    }
    if (text.isEmpty()) {
      return items;
    }
    String[] parts = syntax == Syntax.CODE ? text.split("[\\n;,]") : text.split("\n", -1);
    for (String part : parts) {
      if (syntax == Syntax.CODE && part.isBlank()) {
        continue;
      }
      Object item = fromText(syntax == Syntax.TEXT ? part : part.strip(), syntax);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  // ---------------------------------------------------------------- writing

  /** Writes one value of the tree as the text of a cell of a syntax. */
  static String write(Object value, Syntax syntax) {
    if (value == null) {
      return null;
    }
    switch (syntax) {
      case JSON:
        return Json.write(value);
      case INTEGER:
      case DECIMAL:
        return number(value);
      case MONEY:
        if (value instanceof Map<?, ?> money) {
          return amount(money.get("amount")) + " " + money.get("currency");
        }
        return amount(value);
      case QUANTITY:
        return quantity(value);
      default:
        return value instanceof String text ? text : Json.write(value);
    }
  }

  /** A number that reads back as itself: 1.500 (three decimals) is written 1,500, not to be read as thousands. */
  private static String number(Object value) {
    if (!(value instanceof Num num)) {
      return Json.write(value);
    }
    String text = num.text();
    return THOUSANDS_DOTS.matcher(text).matches() ? text.replace('.', ',') : text;
  }

  /**
   * An amount that reads back as itself: 1.500 (three decimals) is neither 1.500 (thousands) nor
   * 1,500 (ambiguous in an amount), so it is written 1500E-3, which reads as 1.500.
   */
  private static String amount(Object value) {
    if (value instanceof Num num && THOUSANDS_DOTS.matcher(num.text()).matches()) {
      BigDecimal amount = new BigDecimal(num.text());
      return amount.unscaledValue() + "E-" + amount.scale();
    }
    return number(value);
  }

  private static String quantity(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return number(value);
    }
    String text;
    if (map.containsKey("min")) {
      text = number(map.get("min")) + "-" + number(map.get("max"));
    } else if (map.containsKey("approx")) {
      text = "~" + number(map.get("approx"));
    } else if (map.containsKey("atLeast")) {
      text = ">= " + number(map.get("atLeast"));
    } else if (map.containsKey("atMost")) {
      text = "<= " + number(map.get("atMost"));
    } else {
      text = number(map.get("value"));
    }
    Object per = map.get("per");
    return per == null ? text : text + "/" + per;
  }

  /** Writes a list as a cell: one item a line when that reads back the same, else a JSON array. */
  static String writeList(List<?> items, Syntax syntax) {
    if (items.isEmpty()) {
      return null;
    }
    boolean lines = true;
    for (Object item : items) {
      if (!(item instanceof String text) || text.isEmpty() || text.contains("\n") || text.contains("\r")
          || (syntax == Syntax.CODE && (!text.equals(text.strip()) || text.contains(";") || text.contains(",")))) {
        lines = false;
        break;
      }
    }
    if (lines && ((String) items.get(0)).strip().startsWith("[")) {
      lines = false;
    }
    if (!lines) {
      return Json.write(items);
    }
    StringBuilder out = new StringBuilder();
    for (Object item : items) {
      out.append(out.length() == 0 ? "" : "\n").append((String) item);
    }
    return out.toString();
  }
}
