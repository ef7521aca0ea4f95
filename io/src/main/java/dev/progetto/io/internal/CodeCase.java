package dev.progetto.io.internal;

import java.util.Locale;

/** The case in which the format writes codes. */
final class CodeCase {

  private CodeCase() {}

  /**
   * A language tag in the case BCP 47 recommends: the language and extensions lower case, a
   * four-letter script with a capital, a two-letter region upper case; what follows a singleton
   * (such as {@code x-}) lower case.
   */
  static String languageCase(String tag) {
    String[] parts = tag.split("-", -1);
    StringBuilder out = new StringBuilder(tag.length());
    boolean extension = false;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i > 0) {
        out.append('-');
      }
      if (i == 0 || extension) {
        out.append(part.toLowerCase(Locale.ROOT));
      } else if (part.length() == 1) {
        extension = true;
        out.append(part.toLowerCase(Locale.ROOT));
      } else if (part.length() == 4 && Character.isLetter(part.charAt(0))) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
      } else if (part.length() == 2) {
        out.append(part.toUpperCase(Locale.ROOT));
      } else {
        out.append(part.toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
