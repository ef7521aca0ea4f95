package dev.progetto.io;

/**
 * The limits beyond which input is refused with {@code format.limit} instead of exhausting memory
 * or time: document size, nesting depth, string and number length, YAML aliases. See
 * {@code docs/limits.md} for the defaults and why.
 */
public final class ReadLimits {

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxYamlAliases;

  private ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxYamlAliases) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxYamlAliases = maxYamlAliases;
  }

  /**
   * Returns the default limits: 64 MiB per document, nesting depth 64, strings of 1,000,000
   * characters, numbers of 100 characters, 100 YAML aliases.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return new ReadLimits(64L * 1024 * 1024, 64, 1_000_000, 100, 100);
  }

  /**
   * Returns a copy with another maximum document size.
   *
   * @param bytes the maximum size of one document in bytes (one line for JSON Lines)
   * @return the new limits
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(positive(bytes), maxDepth, maxStringLength, maxNumberLength, maxYamlAliases);
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param depth the maximum depth of nested objects and arrays
   * @return the new limits
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, (int) positive(depth), maxStringLength, maxNumberLength, maxYamlAliases);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param length the maximum length of one string in characters
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, (int) positive(length), maxNumberLength, maxYamlAliases);
  }

  /**
   * Returns a copy with another maximum number length.
   *
   * @param length the maximum length of one number in characters
   * @return the new limits
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, (int) positive(length), maxYamlAliases);
  }

  /**
   * Returns a copy with another maximum number of YAML aliases.
   *
   * @param aliases the maximum number of aliases in one YAML document
   * @return the new limits
   */
  public ReadLimits withMaxYamlAliases(int aliases) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, (int) positive(aliases));
  }

  private static long positive(long value) {
    if (value < 1) {
      throw new IllegalArgumentException("a limit must be at least 1, not " + value);
    }
    return value;
  }

  /**
   * Returns the maximum size of one document in bytes.
   *
   * @return bytes
   */
  public long getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the maximum nesting depth.
   *
   * @return depth
   */
  public int getMaxDepth() {
    return maxDepth;
  }

  /**
   * Returns the maximum string length in characters.
   *
   * @return characters
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the maximum number length in characters.
   *
   * @return characters
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the maximum number of YAML aliases in one document.
   *
   * @return aliases
   */
  public int getMaxYamlAliases() {
    return maxYamlAliases;
  }
}
