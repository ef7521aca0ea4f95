package dev.progetto.validation.internal.identifiers;

import dev.progetto.model.LocalizedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of identifier schemes. Each method takes any text, never throws, and answers whether
 * it is well formed; only ASCII digits count as digits.
 */
public final class IdentifierChecks {

  private static final String MONTHS = "ABCDEHLMPRST";
  private static final String OMOCODIA = "LMNPQRSTUV";
  private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
  /** A project number of a national agency, 2021 on ({@code -FFF-} and nine digits) or 2014-2020 (six digits, {@code _n} per school). */
  private static final Pattern ERASMUS = Pattern.compile(
      "(20[0-9]{2})-([1-3])-([A-Z]{2})([0-9]{2})-(KA[0-9]{3})-(?:([A-Z]{3})-([0-9]{9})|([0-9]{6})(_[0-9]{1,2})?)");
  /** A project number of a centrally managed action, 2014-2020: {@code 562155-EPP-1-2015-1-ES-EPPKA3-PI-FORWARD}. */
  private static final Pattern ERASMUS_CENTRAL = Pattern.compile(
      "([0-9]{6})-EPP-[0-9]-(20[0-9]{2})-[0-9]-([A-Z]{2})-(EPP[A-Z0-9]+(?:-[A-Z0-9]+)*)");
  /** A grant agreement number of a centrally managed action, 2021 on: nine digits from {@code 101}. */
  private static final Pattern ERASMUS_GRANT = Pattern.compile("101[0-9]{6}");
  private static final Set<String> ERASMUS_FIELDS = Set.of("ADU", "HED", "SCH", "VET", "YOU", "SPO");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private IdentifierChecks() {}

  /**
   * Tells whether a value is well formed for an identifier scheme of the format; schemes without
   * a check (such as {@code runts}, {@code fami-project-code} and {@code x-} schemes) always are. The Bean
   * Validation constraints of {@code dev.progetto.validation.constraints} run these same checks.
   */
  public static boolean isWellFormed(String scheme, String value) {
    switch (scheme) {
      case "codice-fiscale":
        return isCodiceFiscale(value);
      case "partita-iva":
        return isPartitaIva(value);
      case "cup":
        return isCup(value);
      case "pic":
        return isPic(value);
      case "oid":
        return isOid(value);
      case "erasmus-project-number":
        return parseErasmusProjectNumber(value).isPresent();
      case "istat-comune":
        return isIstatComune(value);
      case "nuts":
        return isNuts(value);
      case "url":
        return isHttpUrl(value);
      case "vat":
        return isVat(value);
      default:
        return true;
    }
  }

  private static boolean digits(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A partita IVA: 11 digits, a Luhn-style check digit and an office code (digits 8 to 10) of
   * 001-100, 120, 121, 888 or 999.
   */
  public static boolean isPartitaIva(String text) {
    if (!digits(text, 11)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = text.charAt(i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    if ((10 - sum % 10) % 10 != text.charAt(10) - '0') {
      return false;
    }
    int office = Integer.parseInt(text.substring(7, 10));
    return (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888 || office == 999;
  }

  /**
   * A codice fiscale: of a person (16 characters with its check character, omocodia letters
   * accepted in place of digits) or of an entity (11 digits checked like a partita IVA). Upper case
   * only, as issued.
   */
  public static boolean isCodiceFiscale(String text) {
    return text.length() == 11 ? isPartitaIva(text) : isPersonalCodiceFiscale(text);
  }

  /** A codice fiscale of a person: 16 characters, valid month, day and check character. */
  public static boolean isPersonalCodiceFiscale(String text) {
    if (text.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char c = text.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !digit) {
        return false;
      }
    }
    for (int i = 0; i < 6; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    StringBuilder decoded = new StringBuilder(text);
    for (int position : DIGIT_POSITIONS) {
      char c = text.charAt(position);
      if (c >= 'A' && c <= 'Z') {
        int value = OMOCODIA.indexOf(c);
        if (value < 0) {
          return false;
        }
        decoded.setCharAt(position, (char) ('0' + value));
      }
    }
    if (MONTHS.indexOf(text.charAt(8)) < 0 || text.charAt(8) < 'A' || !Character.isLetter(text.charAt(11))
        || !Character.isLetter(text.charAt(15))) {
      return false;
    }
    int day = Integer.parseInt(decoded.substring(9, 11));
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = text.charAt(i);
      int index = c >= '0' && c <= '9' ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? ODD[index] : index;
    }
    return text.charAt(15) == (char) ('A' + sum % 26);
  }

  /** A CUP: 15 characters {@code ^[A-Z][0-9]{2}[A-Z][0-9]{11}$}; there is no public checksum, so none is checked. */
  public static boolean isCup(String text) {
    if (text.length() != 15 || !isUpper(text.charAt(0)) || !isDigit(text.charAt(1)) || !isDigit(text.charAt(2))
        || !isUpper(text.charAt(3))) {
      return false;
    }
    for (int i = 4; i < 15; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A PIC of the EU Funding and Tenders portal: 9 digits. */
  public static boolean isPic(String text) {
    return digits(text, 9);
  }

  /** An Erasmus+ organisation ID: {@code E} and 8 digits. */
  public static boolean isOid(String text) {
    return text.length() == 9 && text.charAt(0) == 'E' && digits(text.substring(1), 8);
  }

  /** An ISTAT code of a comune: 6 digits. */
  public static boolean isIstatComune(String text) {
    return digits(text, 6);
  }

  /** The shape of a NUTS code {@code [A-Z]{2}[0-9A-Z]{0,3}}: a country and up to three more characters. */
  public static boolean isNuts(String text) {
    if (text.length() < 2 || text.length() > 5 || !isUpper(text.charAt(0)) || !isUpper(text.charAt(1))) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      if (!isUpper(text.charAt(i)) && !isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An ISO 3166-1 alpha-2 country; {@code EL} (Greece in EU usage) and {@code XK} (Kosovo) are accepted. */
  public static boolean isCountry(String text) {
    return COUNTRIES.contains(text) || text.equals("EL") || text.equals("XK");
  }

  /**
   * An EU VAT identification number: a two-letter country prefix ({@code EL} for Greece,
   * {@code XI} for Northern Ireland) and the national number, 2 to 12 capital letters, digits,
   * {@code +} or {@code *}, as VIES takes them; for {@code IT} the national number is a partita
   * IVA with its check digit.
   */
  public static boolean isVat(String text) {
    if (text.length() < 4 || text.length() > 14 || !isUpper(text.charAt(0)) || !isUpper(text.charAt(1))) {
      return false;
    }
    String prefix = text.substring(0, 2);
    if (!isCountry(prefix) && !prefix.equals("XI")) {
      return false;
    }
    String national = text.substring(2);
    if (prefix.equals("IT")) {
      return isPartitaIva(national);
    }
    for (int i = 0; i < national.length(); i++) {
      char c = national.charAt(i);
      if (!isUpper(c) && !isDigit(c) && c != '+' && c != '*') {
        return false;
      }
    }
    return true;
  }

  /**
   * A language tag in the case BCP 47 writes it, as the reader expects it: the language and
   * extensions lower case, a four-letter script with a capital, a two-letter region upper case,
   * what follows a singleton (such as {@code x-}) lower case.
   */
  public static String languageCase(String tag) {
    return dev.progetto.io.internal.CodeCase.languageCase(tag);
  }

  /** A well-formed BCP 47 language tag. */
  public static boolean isLanguageTag(String text) {
    return LocalizedText.isWellFormedTag(text);
  }

  /**
   * An absolute http or https URL with a host, as a browser opens it: also with a host in another
   * script than Latin ({@code https://www.città.it/}, an internationalised domain name), an
   * underscore in a host, or characters RFC 3986 wants percent-encoded in the path or query
   * ({@code |}, {@code [}, {@code {}}), which {@link URI} alone refuses.
   */
  public static boolean isHttpUrl(String text) {
    if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null && !uri.getHost().isEmpty()) {
        return true;
      }
    } catch (URISyntaxException notAUri) {
      // read again below, as a browser would
    }
    return isLooseHttpUrl(text);
  }

  /** An http or https URL whose host is a domain name, in any script, after the scheme. */
  private static boolean isLooseHttpUrl(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
    if (start < 0) {
      return false;
    }
    int end = start;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String authority = text.substring(start, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      String port = host.substring(colon + 1);
      if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      host = host.substring(0, colon);
    }
    if (host.isEmpty() || host.startsWith(".") || host.endsWith("..")) {
      return false;
    }
    String ascii;
    try {
      ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException notADomain) {
      return false;
    }
    for (String label : ascii.split("\\.", -1)) {
      if (label.isEmpty() && !ascii.endsWith(".")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * An Erasmus+ project number, parsed. Three generations are accepted: national-agency numbers
   * of 2021 on ({@code 2024-1-FR01-KA220-VET-000123456}, rounds 1 to 3), national-agency numbers
   * of 2014-2020 ({@code 2017-1-FR01-KA202-037441}, {@code 2019-1-IT02-KA229-063155_1}: no field,
   * six digits, a school's suffix), and numbers of centrally managed actions
   * ({@code 562155-EPP-1-2015-1-ES-EPPKA3-PI-FORWARD}; from 2021 a nine-digit grant number
   * starting {@code 101}), which carry no round or national agency.
   */
  public static Optional<ErasmusProjectNumber> parseErasmusProjectNumber(String text) {
    Matcher matcher = ERASMUS.matcher(text);
    if (matcher.matches()) {
      String field = matcher.group(6);
      if (field != null && !ERASMUS_FIELDS.contains(field)) {
        return Optional.empty();
      }
      return Optional.of(new ErasmusProjectNumber(OptionalInt.of(Integer.parseInt(matcher.group(1))),
          OptionalInt.of(Integer.parseInt(matcher.group(2))), Optional.of(matcher.group(3)), Optional.of(matcher.group(4)),
          Optional.of(matcher.group(5)), Optional.ofNullable(field)));
    }
    Matcher central = ERASMUS_CENTRAL.matcher(text);
    if (central.matches()) {
      return Optional.of(new ErasmusProjectNumber(OptionalInt.of(Integer.parseInt(central.group(2))), OptionalInt.empty(),
          Optional.of(central.group(3)), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if (ERASMUS_GRANT.matcher(text).matches()) {
      return Optional.of(new ErasmusProjectNumber(OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * What an Erasmus+ project number such as {@code 2024-1-FR01-KA220-VET-000123456} tells: each
   * part is empty when the number's generation does not carry it.
   *
   * @param year the call year
   * @param round the round of the call (1 to 3)
   * @param country the country of the national agency ({@code EL} for Greece), or of the
   *     applicant for a centrally managed action
   * @param agency the number of the national agency
   * @param action the key action, such as {@code KA220} or {@code KA202}
   * @param field the field: ADU, HED, SCH, VET, YOU (SPO for sport); none before 2021
   */
  public record ErasmusProjectNumber(OptionalInt year, OptionalInt round, Optional<String> country,
      Optional<String> agency, Optional<String> action, Optional<String> field) {}
}
