package dev.progetto.validation.internal.calls;

import dev.progetto.model.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The objective codes of a call: its codes, other spellings of them ({@code OS2} for {@code SO2}
 * in Italian documents) and, for programmes whose national objectives belong to a specific
 * objective (FAMI 2014-2020: {@code OS2/ON2}), which national objectives each one has.
 *
 * @param codes the call's codes, as the call writes them
 * @param aliases other spellings, each to one of the codes
 * @param pairs each specific objective's national objectives; empty when the call has none
 */
record Objectives(List<String> codes, Map<String, String> aliases, Map<String, List<String>> pairs) {

  /** An objective as a project writes it: a specific objective and, optionally, a national one. */
  record Code(@Nullable String specific, @Nullable String national) {}

  /** Reads the {@code aliases} and {@code pairs} parameters; null when one is malformed. */
  static @Nullable Objectives of(Parameters parameters, List<String> codes) {
    Map<String, String> aliases = new LinkedHashMap<>();
    Object aliasValue = parameters.asMap().get("aliases");
    if (aliasValue != null) {
      if (!(aliasValue instanceof Map<?, ?>)) {
        return null;
      }
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) aliasValue).entrySet()) {
        if (!(entry.getValue() instanceof String)) {
          return null;
        }
        aliases.put(upper(String.valueOf(entry.getKey())), (String) entry.getValue());
      }
    }
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    Object pairValue = parameters.asMap().get("pairs");
    if (pairValue != null) {
      if (!(pairValue instanceof Map<?, ?>)) {
        return null;
      }
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) pairValue).entrySet()) {
        if (!(entry.getValue() instanceof List<?>)) {
          return null;
        }
        List<String> national = new ArrayList<>();
        for (Object code : (List<?>) entry.getValue()) {
          national.add(upper(String.valueOf(code)));
        }
        pairs.put(String.valueOf(entry.getKey()), List.copyOf(national));
      }
    }
    return new Objectives(List.copyOf(codes), Collections.unmodifiableMap(aliases), Collections.unmodifiableMap(pairs));
  }

  /**
   * The call's code for a specific objective as written, matched without regard to case and
   * through the aliases; null when the call has no such objective. A national objective written
   * alone ({@code ON2}) is one of the call's codes when a pair lists it.
   */
  @Nullable String canonical(@Nullable String written) {
    if (written == null) {
      return null;
    }
    String key = upper(written);
    for (String code : codes) {
      if (upper(code).equals(key)) {
        return code;
      }
    }
    String alias = aliases.get(key);
    if (alias != null) {
      return canonical(alias.equals(written) ? null : alias);
    }
    return null;
  }

  /** Tells whether a pair lists the national objective, as the pairs write it. */
  boolean paired(String national) {
    for (List<String> nationals : pairs.values()) {
      if (nationals.contains(national)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an objective as projects write it: {@code OS2/ON2}, {@code OS1-ON1 lett. e)},
   * {@code OS2 ON3}, {@code SO2}, {@code obiettivo specifico 2}; any other text is one code as
   * written. Null for a blank text.
   */
  static @Nullable Code parse(String written) {
    String text = upper(written).trim();
    if (text.isEmpty()) {
      return null;
    }
    String specific = numbered(text, "OS");
    if (specific == null) {
      specific = numbered(text, "SO");
    }
    if (specific == null) {
      int at = text.indexOf("OBIETTIVO SPECIFICO");
      if (at >= 0) {
        String digits = digits(text, at + "OBIETTIVO SPECIFICO".length());
        specific = digits == null ? null : "OS" + digits;
      }
    }
    String national = numbered(text, "ON");
    if (specific == null && national == null) {
      return new Code(written.trim(), null);
    }
    return new Code(specific, national);
  }

  /** The first {@code PREFIX n} in the text (a space allowed between), as {@code PREFIXn}; null when none. */
  private static @Nullable String numbered(String text, String prefix) {
    int from = 0;
    while (true) {
      int at = text.indexOf(prefix, from);
      if (at < 0) {
        return null;
      }
      boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
      String digits = wordStart ? digits(text, at + prefix.length()) : null;
      if (digits != null) {
        return prefix + digits;
      }
      from = at + 1;
    }
  }

  private static @Nullable String digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i == start || i - start > 3 ? null : text.substring(start, i);
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
