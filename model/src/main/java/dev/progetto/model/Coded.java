package dev.progetto.model;

import java.util.Optional;

/**
 * A value with a stable wire code: the lowercase-kebab text that stands for it in files
 * ({@code associated-partner}, {@code co-financing}). Codes never change once published.
 */
public interface Coded {

  /**
   * Returns the wire code of this value.
   *
   * @return the code as written in files, never empty
   */
  String code();

  /**
   * Finds the constant whose wire code is {@code code}.
   *
   * @param values the constants to search, usually {@code E.values()}
   * @param code the wire code to look for, compared exactly
   * @param <E> the enum type
   * @return the constant, or empty when no constant has that code
   */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(E[] values, String code) {
    for (E value : values) {
      if (value.code().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Turns an enum constant name into its default wire code: {@code ASSOCIATED_PARTNER} becomes
   * {@code associated-partner}.
   *
   * @param constant the enum constant
   * @return the lowercase-kebab code
   */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
