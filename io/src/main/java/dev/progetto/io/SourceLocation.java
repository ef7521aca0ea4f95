package dev.progetto.io;

/**
 * A position in a source text: 1-based line and column, as editors and compilers count them.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(int line, int column) {

  /**
   * Creates a location.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("lines and columns count from 1: " + line + ":" + column);
    }
  }

  /** Returns {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
