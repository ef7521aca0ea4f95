package dev.progetto.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Writes the events of a YAML parser as flow-style YAML for progetto's reader: strings in double
 * quotes, and the scalars the parser resolved to numbers, booleans or nulls plain, as they were
 * written, so that the reader resolves each of them as it would in the mapper's input. For the
 * Jackson modules (progetto-jackson and progetto-jackson3), which copy the events of their
 * mapper's parser, each through its own Jackson; not API.
 */
public final class YamlCopy {

  private final StringBuilder out;
  /** Whether the current collection already holds a member, so that the next needs a comma. */
  private boolean separate;
  /** Whether a key was just written, so that its value follows without a comma. */
  private boolean afterName;

  /**
   * Writes to the given text.
   *
   * @param out where the YAML goes
   */
  public YamlCopy(StringBuilder out) {
    this.out = out;
  }

  /** Writes the event. */
  public void startObject() {
    beforeValue();
    out.append('{');
    separate = false;
  }

  /** Writes the event. */
  public void startArray() {
    beforeValue();
    out.append('[');
    separate = false;
  }

  /** Writes the event. */
  public void endObject() {
    out.append('}');
    separate = true;
  }

  /** Writes the event. */
  public void endArray() {
    out.append(']');
    separate = true;
  }

  /**
   * Writes the name of a field.
   *
   * @param name the name
   */
  public void name(String name) {
    if (separate) {
      out.append(", ");
    }
    quote(name);
    out.append(": ");
    afterName = true;
  }

  /**
   * Writes a string: quoted, whatever it looks like.
   *
   * @param text the string, null for an empty one
   */
  public void string(@Nullable String text) {
    beforeValue();
    quote(text == null ? "" : text);
    separate = true;
  }

  /**
   * A scalar the parser resolved to a number, a boolean or a null: plain, as written, when the text
   * is one a plain scalar can hold, otherwise the fallback plain or, without one, the text quoted.
   *
   * @param text the scalar as written
   * @param fallback what to write plain when the text cannot be, or null
   */
  public void plain(@Nullable String text, @Nullable String fallback) {
    beforeValue();
    if (text != null && isPlain(text)) {
      out.append(text);
    } else if (fallback != null) {
      out.append(fallback);
    } else {
      quote(text == null ? "" : text);
    }
    separate = true;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (separate) {
      out.append(", ");
    }
  }

  /** Whether the text is the whole of a plain scalar in flow style: what YAML resolves to numbers, booleans and nulls. */
  private static boolean isPlain(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || c == '.' || c == '+' || c == '-' || c == '_' || c == '~';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** Writes the text in YAML double quotes, escaping what YAML does not take there as it is. */
  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
          || c >= '\ufffe' || unpaired(text, i)) {
        escape(c);
      } else if (Character.isHighSurrogate(c)) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Whether the char at i is a surrogate without its pair. */
  private static boolean unpaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }

  private void escape(char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex);
  }
}
