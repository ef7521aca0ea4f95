package dev.progetto.io.internal;

import java.util.Locale;

/** The case in which the format writes codes; for the reader and the rules of validation. */
public final class CodeCase {

  private CodeCase() {}

  /**
   * A language tag in the case BCP 47 recommends: the language and extensions lower case, a
   * four-letter script with a capital, a two-letter region upper case; what follows a singleton
   * (such as {@code x-}) lower case. A tag already so written is returned as it is, and the tags
   * of nearly every text ({@code it}, {@code en}) without looking further.
   *
   * @param tag a language tag
   * @return the tag in the case BCP 47 recommends
   */
  public static String languageCase(String tag) {
    if (isLowerLanguage(tag)) {
      return tag;
    }
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
    String right = out.toString();
    return right.equals(tag) ? tag : right;
  }

  /** Whether the tag is a language alone, two or three lower-case letters. */
  private static boolean isLowerLanguage(String tag) {
    int length = tag.length();
    if (length < 2 || length > 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = tag.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
