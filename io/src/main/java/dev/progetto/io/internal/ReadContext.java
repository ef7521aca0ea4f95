package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ReadLimits;
import dev.progetto.model.Coded;
import dev.progetto.model.CountryCode;
import dev.progetto.model.CurrencyCode;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of the format that are not objects of the model, read from the current value: each
 * method reports a wrong type or an invalid value, reads past it and returns null.
 */
final class ReadContext {

  private static final Keys<ValueFields.MoneyField> MONEY = Keys.of(ValueFields.MoneyField.class);
  private static final Keys<ValueFields.PeriodField> PERIOD = Keys.of(ValueFields.PeriodField.class);
  private static final String[] QUANTITY = {"value", "approx", "min", "max", "atLeast", "atMost", "per"};

  private final TokenReader in;
  private final Issues issues;
  private final boolean yaml;
  private final ReadLimits limits;
  private String language = LocalizedText.DEFAULT_LANGUAGE;
  private CurrencyCode currency = CurrencyCode.EUR;

  ReadContext(TokenReader in, ReadLimits limits) {
    this.in = in;
    this.issues = in.issues();
    this.yaml = in.isYaml();
    this.limits = limits;
  }

  Issues issues() {
    return issues;
  }

  void language(String language) {
    this.language = language;
  }

  void currency(CurrencyCode currency) {
    this.currency = currency;
  }

  /** Reports a value of the wrong type and reads past it. */
  void typeError(Value value, String expected) throws IOException {
    issues.error("format.type", value.row(), "format.type", expected, Value.typeOf(value.token()), value.shown());
    value.skip();
  }

  /** Reports an invalid value at it. */
  void invalid(Value value, String messageKey, String... arguments) {
    issues.error("format.invalid-value", value.row(), messageKey, arguments);
  }

  /** A text field: in YAML any scalar as written; in JSON a string. */
  @Nullable String text(Value value) throws IOException {
    JsonToken token = value.token();
    if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_EMBEDDED_OBJECT
        || (yaml && token != JsonToken.VALUE_NULL && value.isScalar())) {
      return value.text();
    }
    typeError(value, Value.Kind.STRING);
    return null;
  }

  /** The id of a call a project answers: a text that is not blank. */
  @Nullable String callId() throws IOException {
    String text = text(in);
    if (text != null && text.isBlank()) {
      invalid(in, "format.invalid-value.call-id");
      return null;
    }
    return text;
  }

  /** The current value as a text. */
  @Nullable String text() throws IOException {
    return text(in);
  }

  /** A decimal number read exactly from its text. */
  @Nullable BigDecimal decimal(Value value) throws IOException {
    if (!value.isNumber()) {
      typeError(value, Value.Kind.NUMBER);
      return null;
    }
    if (value == in && limits.getMaxNumberLength() >= PLAIN) {
      // within every limit: read from the parser's characters, without making a string
      BigDecimal plain = in.plainNumber();
      if (plain != null) {
        return plain;
      }
    }
    String text = value.text();
    if (text.length() > limits.getMaxNumberLength()) {
      issues.error("format.limit", value.row(), "format.limit.number", Integer.toString(text.length()),
          Integer.toString(limits.getMaxNumberLength()));
      return null;
    }
    try {
      BigDecimal number = parseDecimal(text);
      if (Math.abs((long) number.scale()) > limits.getMaxNumberLength()) {
        // the number as an integer times a power of ten: that power is what is out of bounds
        issues.error("format.limit", value.row(), "format.limit.number-exponent", text,
            number.unscaledValue().toString(), Integer.toString(-number.scale()),
            Integer.toString(limits.getMaxNumberLength()));
        return null;
      }
      return number;
    } catch (NumberFormatException notDecimal) {
      invalid(value, "format.invalid-value.number", text);
      return null;
    }
  }

  /**
   * Parses a decimal number exactly as {@code new BigDecimal(text)} does, a leading plus aside;
   * the plain numbers of most documents without the general parser (see {@link #plainDecimal}).
   */
  static BigDecimal parseDecimal(String text) {
    BigDecimal plain = text.length() <= PLAIN ? plainDecimal(text.toCharArray(), 0, text.length()) : null;
    return plain != null ? plain : new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
  }

  /** The longest text {@link #plainDecimal} reads: its digits always fit in a long. */
  static final int PLAIN = 18;

  /**
   * Reads a plain decimal number (an optional sign, digits, an optional point and digits; at most
   * {@link #PLAIN} characters, no exponent) from a long and a scale, as {@code new BigDecimal}
   * would; null for any other text.
   */
  static @Nullable BigDecimal plainDecimal(char[] chars, int offset, int length) {
    if (length == 0 || length > PLAIN) {
      return null;
    }
    int i = offset;
    int end = offset + length;
    boolean negative = false;
    char first = chars[i];
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    return digits == 0 ? null : BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  /** The current value as a decimal number. */
  @Nullable BigDecimal decimal() throws IOException {
    return decimal(in);
  }

  /** A whole number in int range. */
  @Nullable Integer integer(Value value) throws IOException {
    BigDecimal number = decimal(value);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException notWhole) {
      invalid(value, "format.invalid-value.integer", number.toPlainString());
      return null;
    }
  }

  /** The current value as true or false. */
  @Nullable Boolean bool() throws IOException {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      typeError(in, Value.Kind.BOOLEAN);
      return null;
    }
    return token == JsonToken.VALUE_TRUE;
  }

  @Nullable PartialDate partialDate() throws IOException {
    String text = text(in);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException notADate) {
      invalid(in, "format.invalid-value.partial-date", text);
      return null;
    }
  }

  @Nullable LocalDate date() throws IOException {
    String text = text(in);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      invalid(in, "format.invalid-value.date", text);
      return null;
    }
  }

  /**
   * The constants of each enum of wire codes with their codes, kept: {@code getEnumConstants()}
   * copies the constants, and a code may be made anew on every call.
   */
  private static final ClassValue<Codes> CODES = new ClassValue<>() {
    @Override
    protected Codes computeValue(Class<?> type) {
      return new Codes((Coded[]) type.getEnumConstants());
    }
  };

  private static final class Codes {
    private final Map<String, Coded> byCode = new java.util.HashMap<>();
    private final String listed;

    Codes(Coded[] constants) {
      List<String> codes = new ArrayList<>(constants.length);
      for (Coded constant : constants) {
        byCode.put(constant.code(), constant);
        codes.add(constant.code());
      }
      this.listed = String.join(", ", codes);
    }
  }

  /** A wire code, reported with the list of codes when it is none of them. */
  <E extends Enum<E> & Coded> @Nullable E code(Value value, Class<E> type) throws IOException {
    String text = text(value);
    if (text == null) {
      return null;
    }
    Codes codes = CODES.get(type);
    Coded found = codes.byCode.get(text);
    if (found == null) {
      invalid(value, "format.invalid-value.code", codes.listed, text);
      return null;
    }
    return type.cast(found);
  }

  /** The current value as a wire code. */
  <E extends Enum<E> & Coded> @Nullable E code(Class<E> type) throws IOException {
    return code(in, type);
  }

  /** A plain string in the document language, or a map from language tag to text. */
  @Nullable LocalizedText localized() throws IOException {
    if (in.isObject()) {
      Map<String, String> texts = new LinkedHashMap<>();
      Fields tags = in.object(null);
      while (tags.next()) {
        String tag = tags.key();
        if (!languageTag(tag, in)) {
          in.skip();
          continue;
        }
        tag = tag.isEmpty() ? tag : languageCase(tag, in);
        String text = text(in);
        if (text != null) {
          texts.put(tag, text);
        }
      }
      if (texts.isEmpty()) {
        issues.error("format.missing-field", tags.row(), "format.missing-field.language");
        return null;
      }
      return LocalizedText.of(texts);
    }
    if (in.isScalar() && !in.isNull()) {
      String text = text(in);
      return text == null ? null : LocalizedText.of(language, text);
    }
    typeError(in, Value.Kind.STRING);
    return null;
  }

  /** Whether a key of a localized text or the document language is a language tag the model can hold. */
  boolean languageTag(String tag, Value at) {
    // An empty tag reads; the language.tag rule reports it.
    if (tag.isEmpty() || LocalizedText.isWellFormedTag(tag)) {
      return true;
    }
    invalid(at, "format.invalid-value.language", tag);
    return false;
  }

  /**
   * A well-formed language tag in the case BCP 47 writes it (language lower case, script with a
   * capital, region upper case); a tag in another case is read in the right one with a warning,
   * strict or lenient: BCP 47 holds tags in any case to be the same tag, so {@code it-it} is
   * valid, only not written as the standard recommends.
   */
  String languageCase(String tag, Value at) {
    String right = CodeCase.languageCase(tag);
    if (!right.equals(tag)) {
      issues.wrongCase(at.row(), "format.invalid-value.language-case", tag, right, IssueSeverity.WARNING);
    }
    return right;
  }

  /** A country code at the current value, upper case; one in another case is reported and read in upper case. */
  @Nullable CountryCode countryCode() throws IOException {
    Value value = in;
    String text = text(value);
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    if (!upper.equals(text) && upper.trim().length() == 2) {
      issues.wrongCase(value.row(), "format.invalid-value.country-case", text, upper);
    }
    return CountryCode.of(text);
  }

  @Nullable CurrencyCode currencyCode(Value value) throws IOException {
    String text = text(value);
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    if (!upper.equals(text) && CurrencyCode.of(upper).isIso4217()) {
      issues.wrongCase(value.row(), "format.invalid-value.currency-case", text, upper);
      text = upper;
    }
    CurrencyCode code = CurrencyCode.of(text);
    if (!code.isIso4217()) {
      invalid(value, "format.invalid-value.currency", text);
      return null;
    }
    return code;
  }

  /** A plain number in the document currency, or {@code {amount, currency}}. */
  @Nullable Money money() throws IOException {
    if (in.isNumber()) {
      BigDecimal amount = decimal(in);
      return amount == null ? null : Money.of(amount, currency);
    }
    if (!in.isObject()) {
      typeError(in, Value.Kind.NUMBER_OR_OBJECT);
      return null;
    }
    Fields fields = in.object(MONEY);
    BigDecimal amount = null;
    CurrencyCode code = null;
    boolean invalid = false;
    while (fields.next()) {
      Void read = switch (fields.field(MONEY)) {
        case AMOUNT -> {
          amount = decimal(in);
          invalid |= amount == null;
          yield null;
        }
        case CURRENCY -> {
          code = currencyCode(in);
          invalid |= code == null;
          yield null;
        }
      };
    }
    fields.require("amount");
    if (amount == null || invalid) {
      return null;
    }
    return Money.of(amount, code == null ? currency : code);
  }

  /** A plain number (exact) or {@code {approx}}, {@code {min, max}}, {@code {atLeast}}, {@code {atMost}}, each with {@code per}. */
  @Nullable Quantity quantity() throws IOException {
    if (in.isNumber()) {
      BigDecimal value = decimal(in);
      return value == null ? null : Quantity.exactly(value);
    }
    if (!in.isObject()) {
      typeError(in, Value.Kind.NUMBER_OR_OBJECT);
      return null;
    }
    // Which form the object uses decides which of its fields are unknown: they are read first.
    Fields fields = in.object(null);
    Scalar[] given = new Scalar[QUANTITY.length];
    List<Scalar> others = null;
    List<String> otherKeys = null;
    while (fields.next()) {
      int position = quantityField(fields.key());
      Scalar value = in.capture();
      if (position >= 0) {
        given[position] = value;
      } else {
        if (others == null) {
          others = new ArrayList<>();
          otherKeys = new ArrayList<>();
        }
        others.add(value);
        otherKeys.add(fields.key());
      }
    }
    Quantity.Per per = null;
    Scalar perValue = given[6];
    if (perValue != null && !perValue.isNull()) {
      per = code(perValue, Quantity.Per.class);
    }
    Quantity quantity = null;
    String[] allowed;
    int row = fields.row();
    if (given[0] != null) {
      quantity = present(given[0]) ? orNull(decimal(given[0]), Quantity::exactly) : null;
      allowed = new String[] {"value", "per"};
    } else if (given[1] != null) {
      quantity = present(given[1]) ? orNull(decimal(given[1]), Quantity::approximately) : null;
      allowed = new String[] {"approx", "per"};
    } else if (given[2] != null || given[3] != null) {
      boolean min = requirePresent(given[2], "min", row);
      boolean max = requirePresent(given[3], "max", row);
      BigDecimal low = min ? decimal(given[2]) : null;
      BigDecimal high = max ? decimal(given[3]) : null;
      quantity = low != null && high != null ? Quantity.between(low, high) : null;
      allowed = new String[] {"min", "max", "per"};
    } else if (given[4] != null) {
      quantity = present(given[4]) ? orNull(decimal(given[4]), Quantity::atLeast) : null;
      allowed = new String[] {"atLeast", "per"};
    } else if (given[5] != null) {
      quantity = present(given[5]) ? orNull(decimal(given[5]), Quantity::atMost) : null;
      allowed = new String[] {"atMost", "per"};
    } else {
      issues.error("format.missing-field", row, "format.missing-field.quantity");
      allowed = QUANTITY;
    }
    String expected = String.join(", ", allowed);
    List<String> form = List.of(allowed);
    for (int i = 0; i < 6; i++) {
      if (given[i] != null && !form.contains(QUANTITY[i])) {
        issues.unknownField(given[i].row(), QUANTITY[i], expected);
      }
    }
    if (others != null) {
      for (int i = 0; i < others.size(); i++) {
        issues.unknownField(others.get(i).row(), otherKeys.get(i), expected);
      }
    }
    if (quantity == null) {
      return null;
    }
    return per == null ? quantity : quantity.per(per);
  }

  private static int quantityField(String key) {
    for (int i = 0; i < QUANTITY.length; i++) {
      if (QUANTITY[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** A field given with a value other than null; null reads as absent. */
  private static boolean present(@Nullable Scalar value) {
    return value != null && !value.isNull();
  }

  private boolean requirePresent(@Nullable Scalar value, String key, int row) {
    if (present(value)) {
      return true;
    }
    issues.error("format.missing-field", row, "format.missing-field", key);
    return false;
  }

  private static <T> @Nullable Quantity orNull(@Nullable T value, Function<T, Quantity> make) {
    return value == null ? null : make.apply(value);
  }

  @Nullable Period period() throws IOException {
    if (!in.isObject()) {
      typeError(in, Value.Kind.OBJECT);
      return null;
    }
    Period.Builder period = Period.builder();
    Fields fields = in.object(PERIOD);
    while (fields.next()) {
      Void read = switch (fields.field(PERIOD)) {
        case START -> {
          period.start(Optional.ofNullable(partialDate()));
          yield null;
        }
        case END -> {
          period.end(Optional.ofNullable(partialDate()));
          yield null;
        }
        case DURATION_MONTHS -> {
          Integer months = integer(in);
          if (months != null && months < 1) {
            invalid(in, "format.invalid-value.duration", months.toString());
            months = null;
          }
          period.declaredDurationMonths(Optional.ofNullable(months));
          yield null;
        }
      };
    }
    return period.build();
  }

  /** Plain JSON data: null, strings, booleans, BigDecimal numbers, lists and maps. */
  @Nullable Object data() throws IOException {
    switch (in.token()) {
      case START_OBJECT: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        Fields fields = in.object(null);
        while (fields.next()) {
          String key = fields.key();
          map.put(key, data());
        }
        return Collections.unmodifiableMap(map);
      }
      case START_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        int row = in.row();
        for (int i = 0; in.item(row, i); i++) {
          list.add(data());
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return decimal(in);
      case VALUE_TRUE:
      case VALUE_FALSE: {
        // Data of no declared type keeps YAML 1.1's other booleans (yes, no, on, off) as the
        // texts they are written as: only true and false are booleans, as in JSON and YAML 1.2
        String text = in.text();
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
      }
      case VALUE_NULL:
        return null;
      default:
        return in.text();
    }
  }
}
