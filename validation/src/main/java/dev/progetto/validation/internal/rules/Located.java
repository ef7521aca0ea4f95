package dev.progetto.validation.internal.rules;

import java.util.Objects;

/**
 * A value of a project with the JSON Pointer where it stands. The pointer of an item of a list is
 * kept in parts, the text before the index, the index and the text after it, and joined only
 * when it is asked for: most values are judged sound and their pointer is never read.
 *
 * @param <T> the type of value
 */
public final class Located<T> {

  private final String head;
  private final int index;
  private final String tail;
  private final T value;

  private Located(String head, int index, String tail, T value) {
    this.head = Objects.requireNonNull(head, "head");
    this.index = index;
    this.tail = Objects.requireNonNull(tail, "tail");
    this.value = value;
  }

  /**
   * Returns a value at a pointer.
   *
   * @param pointer the JSON Pointer, such as {@code /budget/total}
   * @param value the value
   * @param <T> the type of value
   * @return the located value
   */
  public static <T> Located<T> at(String pointer, T value) {
    return new Located<>(pointer, -1, "", value);
  }

  /**
   * Returns a value at the pointer {@code head + index + tail}, such as
   * {@code /indicators/3/name} for {@code "/indicators/"}, 3 and {@code "/name"}.
   *
   * @param head the pointer up to the index, ending with {@code /}
   * @param index the index in the list, not negative
   * @param tail the rest of the pointer after the index: {@code ""} or starting with {@code /}
   * @param value the value
   * @param <T> the type of value
   * @return the located value
   */
  public static <T> Located<T> at(String head, int index, String tail, T value) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index);
    }
    return new Located<>(head, index, tail, value);
  }

  /**
   * Returns a value at the pointer {@code head + tail}, for a pointer whose start several values
   * share, such as {@code /targetGroups/0/composition/} and a key.
   *
   * @param head the start of the pointer
   * @param tail the rest of the pointer
   * @param value the value
   * @param <T> the type of value
   * @return the located value
   */
  public static <T> Located<T> at(String head, String tail, T value) {
    return new Located<>(head, -1, tail, value);
  }

  /**
   * Returns the JSON Pointer of the value.
   *
   * @return the pointer
   */
  public String pointer() {
    if (index >= 0) {
      return head + index + tail;
    }
    return tail.isEmpty() ? head : head + tail;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return pointer() + ": " + value;
  }
}
