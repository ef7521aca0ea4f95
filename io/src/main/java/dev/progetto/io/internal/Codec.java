package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadLimits;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson factories of a mapper, configured once with its limits; thread-safe. */
public final class Codec {

  private final JsonFactory json;
  private final YAMLFactory yaml;
  private final ReadLimits limits;
  private final boolean lenient;

  public Codec(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.getMaxDepth() + 1)
        .maxStringLength(limits.getMaxStringLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxDocumentLength(limits.getMaxDocumentBytes())
        .build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.getMaxYamlAliases());
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(limits.getMaxDepth() + 1);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.getMaxDocumentBytes()));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    this.yaml = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new Quoting())
        .build();
  }

  /**
   * Quotes, in double quotes where the emitter escapes them, the strings that hold a character a
   * YAML reader would fold, drop or refuse in a plain scalar: NEL, LS and PS (line breaks in YAML
   * 1.1), other C0 and C1 controls and DEL, a byte order mark, the non-characters U+FFFE and
   * U+FFFF. An unpaired surrogate is quoted too, but the emitter reads it with the character
   * after it as one code point: text read by this library has none.
   *
   * <p>Also quoted: a text that a YAML 1.1 or 1.2 reader would resolve to a number or a date and
   * time (Jackson quotes the words of booleans and null, and plain decimals, but not {@code
   * 12:30}, {@code 1_000}, {@code 0x1F}, {@code 0o17}, {@code 1e5}, {@code .inf} or {@code
   * 2025-01-31 10:30:00}), and {@code <<} and {@code =}, which YAML 1.1 readers take for a merge
   * key and a default value and refuse to load as values. progetto reads every one of them back
   * as the text it is; other readers would not. A text that is a date alone stays plain, as the
   * format's dates are written.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || hasUnsafeCharacter(name) || name.equals("<<");
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || hasUnsafeCharacter(value) || value.equals("<<") || value.equals("=")
          || (startsLikeNumber(value) && NumberOrDateTime.matches(value));
    }

    /** Whether a text starts as a number or a date does; asked here, so that other texts never load the patterns. */
    static boolean startsLikeNumber(String text) {
      if (text.isEmpty()) {
        return false;
      }
      char first = text.charAt(0);
      return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    }

    static boolean hasUnsafeCharacter(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
            || c == 0xfffe || c == 0xffff) {
          return true;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The plain scalars that YAML 1.1 (its int, float and timestamp types, as SnakeYAML's and
   * PyYAML's resolvers read them) or YAML 1.2 (its core schema) resolve to a number or a date and
   * time. Apart, so that the patterns are compiled by the first write of a YAML text that could be
   * one, not by every run that reads.
   */
  private static final class NumberOrDateTime {
    private static final Pattern YAML_1_1_INT = Pattern.compile(
        "[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)");
    // SnakeYAML's float, then PyYAML's: the spec's own pattern would take 1.2.3 for a number
    private static final Pattern YAML_1_1_FLOAT = Pattern.compile(
        "[-+]?(?:\\.[0-9]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    // a date with a time of day; a date alone is written plain, as the format's dates are
    private static final Pattern YAML_1_1_DATE_TIME = Pattern.compile(
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");
    private static final Pattern YAML_1_2_NUMBER = Pattern.compile(
        "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?");

    static boolean matches(String text) {
      return YAML_1_1_INT.matcher(text).matches() || YAML_1_1_FLOAT.matcher(text).matches()
          || YAML_1_2_NUMBER.matcher(text).matches() || YAML_1_1_DATE_TIME.matcher(text).matches();
    }
  }

  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one document from bytes.
   *
   * @param lineOffset lines before the document in its file (JSON Lines)
   */
  public <T extends Document> ReadResult<T> read(byte[] bytes, Syntax syntax, @Nullable DocumentKind expected,
      Class<T> type, Optional<String> sourceName, int lineOffset) {
    return read(bytes, syntax, expected, type, sourceName, new LocatedSourceMap(lineOffset), true);
  }

  /** Reads one line of a JSON Lines file: every location is on that line of the file. */
  public ReadResult<dev.progetto.model.Project> readLine(byte[] bytes, Optional<String> sourceName, int lineNumber) {
    return read(bytes, Syntax.JSON, DocumentKind.PROJECT, dev.progetto.model.Project.class, sourceName,
        LocatedSourceMap.ofLine(lineNumber, bytes), lineNumber == 1);
  }

  private <T extends Document> ReadResult<T> read(byte[] bytes, Syntax syntax, @Nullable DocumentKind expected,
      Class<T> type, Optional<String> sourceName, LocatedSourceMap sourceMap, boolean startsFile) {
    Issues issues = new Issues(sourceMap, lenient);
    if (bytes.length > limits.getMaxDocumentBytes()) {
      return tooLarge(bytes.length, issues, sourceName);
    }
    int start = startsFile && isByteOrderMark(bytes, 0) ? 3 : 0;
    Optional<T> document = Optional.empty();
    boolean isYaml = syntax == Syntax.YAML;
    if (isByteOrderMark(bytes, start)) {
      // The parsers skip a byte order mark at their start: a second one, or one at the start of
      // a later JSON Lines line, would be read as nothing.
      issues.errorAt("format.syntax", "", sourceMap.at(1, 1), "format.syntax.bom");
      return ReadResult.of(document, issues.list(), sourceMap, sourceName);
    }
    if (!isYaml && looksLikeUtf16Or32(bytes, start)) {
      issues.errorAt("format.syntax", "", sourceMap.at(1, 1), "format.syntax.encoding.utf16");
      return ReadResult.of(document, issues.list(), sourceMap, sourceName);
    }
    int invalid = firstInvalidUtf8(bytes, start);
    if (invalid >= 0) {
      issues.errorAt("format.syntax", "", locate(bytes, start, invalid, isYaml, sourceMap), "format.syntax.encoding",
          String.format("0x%02X", bytes[invalid] & 0xff));
      return ReadResult.of(document, issues.list(), sourceMap, sourceName);
    }
    int control = isYaml ? firstYamlControl(bytes, start) : -1;
    if (control >= 0) {
      int b = bytes[control] & 0xff;
      int codePoint = b < 0x80 ? b : b == 0xC2 ? bytes[control + 1] & 0xff : 0xFFFE | (bytes[control + 2] & 1);
      issues.errorAt("format.syntax", "", locate(bytes, start, control, true, sourceMap), "format.syntax.character",
          String.format("U+%04X", codePoint));
      return ReadResult.of(document, issues.list(), sourceMap, sourceName);
    }
    if (isYaml && bytes.length > start && bytes[bytes.length - 1] == '\r') {
      // SnakeYAML looks for an LF after a CR to count the line break and, at the end of the
      // input, finds none: it counts the CR as a column. CR LF is the same line break.
      bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
      bytes[bytes.length - 1] = '\n';
    }
    byte[] content = bytes;
    sourceMap.expect(bytes.length - start);
    sourceMap.columns(Columns.of(content, start, content.length, isYaml));
    return parse(new ParserSource(isYaml ? yaml : json, content, start, null, syntax == Syntax.JSON_LINES), isYaml, issues,
        expected, type, sourceName);
  }

  /**
   * Reads one document from text. YAML is parsed from the characters themselves, without
   * encoding them to UTF-8 for the parser to decode again; JSON from its UTF-8 bytes, so that
   * columns are counted as for a file.
   */
  public <T extends Document> ReadResult<T> read(String text, Syntax syntax, @Nullable DocumentKind expected,
      Class<T> type, Optional<String> sourceName) {
    if (syntax != Syntax.YAML) {
      return read(utf8(text), syntax, expected, type, sourceName, 0);
    }
    LocatedSourceMap sourceMap = new LocatedSourceMap(0);
    Issues issues = new Issues(sourceMap, lenient);
    long size = utf8Length(text);
    if (size > limits.getMaxDocumentBytes()) {
      return tooLarge(size, issues, sourceName);
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.startsWith("\uFEFF")) {
      issues.errorAt("format.syntax", "", sourceMap.at(1, 1), "format.syntax.bom");
      return ReadResult.of(Optional.empty(), issues.list(), sourceMap, sourceName);
    }
    for (int i = 0; i < body.length(); i++) {
      if (isYamlControl(body.charAt(i))) {
        issues.errorAt("format.syntax", "", locate(body, i, sourceMap), "format.syntax.character",
            String.format("U+%04X", (int) body.charAt(i)));
        return ReadResult.of(Optional.empty(), issues.list(), sourceMap, sourceName);
      }
    }
    // A final CR is the same line break as CR LF (see the bytes above).
    String content = body.endsWith("\r") ? body + "\n" : body;
    sourceMap.expect(size);
    sourceMap.columns(Columns.of(content));
    return parse(new ParserSource(yaml, null, 0, content, false), true, issues, expected, type, sourceName);
  }

  private static boolean isByteOrderMark(byte[] bytes, int at) {
    return bytes.length >= at + 3 && bytes[at] == (byte) 0xEF && bytes[at + 1] == (byte) 0xBB && bytes[at + 2] == (byte) 0xBF;
  }

  /** The result of a document over the size limit: one format.limit issue, nothing parsed. */
  private <T extends Document> ReadResult<T> tooLarge(long size, Issues issues, Optional<String> sourceName) {
    LocatedSourceMap sourceMap = issues.sourceMap();
    issues.errorAt("format.limit", "", sourceMap.at(1, 1), "format.limit.size", Long.toString(size),
        Long.toString(limits.getMaxDocumentBytes()));
    return ReadResult.of(Optional.empty(), issues.list(), sourceMap, sourceName);
  }

  /** A document's content, bytes from an offset or text, over which a parser can be opened more than once. */
  private static final class ParserSource {
    private final JsonFactory factory;
    private final byte @Nullable [] bytes;
    private final int start;
    private final @Nullable String text;
    /**
     * Whether a string of the content may hold a surrogate that is not half of a pair. In valid
     * UTF-8 (checked before parsing) no byte sequence encodes one, so JSON can hold one only in
     * an escape: JSON without a backslash holds none. YAML is always checked.
     */
    final boolean mayHoldLoneSurrogates;
    /** Whether the caller named the input JSON Lines, of which one document is read here. */
    final boolean jsonLines;

    ParserSource(JsonFactory factory, byte @Nullable [] bytes, int start, @Nullable String text, boolean jsonLines) {
      this.factory = factory;
      this.bytes = bytes;
      this.start = start;
      this.text = text;
      this.jsonLines = jsonLines;
      this.mayHoldLoneSurrogates = factory instanceof YAMLFactory || bytes == null || hasBackslash(bytes, start);
    }

    JsonParser open() throws IOException {
      if (bytes != null) {
        return factory.createParser(bytes, start, bytes.length - start);
      }
      return factory.createParser(java.util.Objects.requireNonNull(text, "text"));
    }
  }

  private <T extends Document> ReadResult<T> parse(ParserSource source, boolean isYaml, Issues issues,
      @Nullable DocumentKind expected, Class<T> type, Optional<String> sourceName) {
    Document document;
    try {
      document = parse(source, isYaml, issues, expected, null);
    } catch (DocumentReader.HeaderLate late) {
      // The header follows the body: read it alone, then the document again knowing it.
      DocumentReader.Header header = header(source, isYaml, issues.restart(), expected);
      issues = issues.restart();
      document = parse(source, isYaml, issues, expected, header == null ? EMPTY_HEADER : header);
    }
    LocatedSourceMap sourceMap = issues.sourceMap();
    sourceMap.trim();
    Optional<T> read = document == null ? Optional.empty() : Optional.of(type.cast(document));
    return ReadResult.of(read, sortedIssues(issues.list()), sourceMap, sourceName);
  }

  private static final DocumentReader.Header EMPTY_HEADER = new DocumentReader.Header(null, null, null, null);

  /** Reads a document, reporting every problem; null when there is no document to return. */
  private @Nullable Document parse(ParserSource source, boolean isYaml, Issues issues, @Nullable DocumentKind expected,
      DocumentReader.@Nullable Header header) {
    LocatedSourceMap sourceMap = issues.sourceMap();
    try (JsonParser parser = source.open()) {
      TokenReader in = new TokenReader(parser, issues, limits, source.mayHoldLoneSurrogates);
      Document document = null;
      try {
        if (in.root()) {
          document = DocumentReader.read(in, expected, new ReadContext(in, limits), header);
          in.end(source.jsonLines);
        }
        return document;
      } catch (DocumentReader.HeaderLate late) {
        throw late;
      } catch (TokenReader.LocatedLimit limit) {
        limit(issues, limit.location, String.valueOf(limit.getMessage()));
      } catch (StreamConstraintsException limit) {
        limit(parser, issues, limit.getMessage());
      } catch (JsonProcessingException malformed) {
        String message = String.valueOf(malformed.getOriginalMessage());
        if (isYaml && isYamlLimit(message)) {
          limit(parser, issues, message);
        } else {
          JsonLocation at = malformed.getLocation();
          Optional<dev.progetto.io.SourceLocation> where = at == null ? sourceMap.at(1, 1)
              : sourceMap.at(at.getLineNr(), at.getColumnNr());
          malformedText(issues, isYaml ? SyntaxErrors.yaml(malformed, where, sourceMap)
              : SyntaxErrors.json(malformed, where, sourceMap));
        }
      } catch (CharConversionException notUtf8) {
        malformedText(issues, new SyntaxErrors.Problem("format.syntax.encoding.unknown", here(parser, sourceMap), List.of()));
      } catch (IOException unreadable) {
        throw unreadable;
      } catch (RuntimeException malformedYaml) {
        String message = String.valueOf(malformedYaml.getMessage());
        if (isYamlLimit(message)) {
          limit(parser, issues, message);
        } else {
          malformedText(issues, SyntaxErrors.yaml(malformedYaml, here(parser, sourceMap), sourceMap));
        }
      } catch (StackOverflowError tooDeep) {
        limit(parser, issues, "nesting too deep");
      }
    } catch (IOException unreadable) {
      issues.keepTextIssues();
      issues.errorAt("format.syntax", "", sourceMap.at(1, 1), isYaml ? "format.syntax.yaml" : "format.syntax.json");
    }
    return null;
  }

  /** Reads only the header of a document whose header follows its body; null when there is none. */
  private DocumentReader.@Nullable Header header(ParserSource source, boolean isYaml, Issues scratch,
      @Nullable DocumentKind expected) {
    try (JsonParser parser = source.open()) {
      TokenReader in = new TokenReader(parser, scratch, limits, source.mayHoldLoneSurrogates);
      return in.root() ? DocumentReader.header(in, expected, new ReadContext(in, limits)) : null;
    } catch (IOException | RuntimeException | StackOverflowError unreadable) {
      // the document is read again, and its problems reported, whatever this finds
      return null;
    }
  }

  /** Reports malformed text: only the problems of the text itself are kept with it. */
  private static void malformedText(Issues issues, String rule, Optional<dev.progetto.io.SourceLocation> location,
      String messageKey, String detail) {
    issues.keepTextIssues();
    issues.textError(rule, "", location, messageKey, detail);
  }

  private static void malformedText(Issues issues, SyntaxErrors.Problem problem) {
    issues.keepTextIssues();
    issues.textError("format.syntax", "", problem.location(), problem.key(), problem.arguments().toArray(new String[0]));
  }

  private static void limit(JsonParser parser, Issues issues, String detail) {
    limit(issues, here(parser, issues.sourceMap()), detail);
  }

  /**
   * Reports a limit at a place: the parsers' own words for the limits the reader knows (a long
   * number, text or field name, nesting too deep) are said as the reader says them, in the user's
   * language; anything else is quoted.
   */
  private static void limit(Issues issues, Optional<dev.progetto.io.SourceLocation> where, String detail) {
    String text = String.valueOf(detail);
    Matcher number = NUMBER_LENGTH.matcher(text);
    if (number.lookingAt()) {
      issues.keepTextIssues();
      issues.textError("format.limit", "", where, "format.limit.number", number.group(1), number.group(2));
      return;
    }
    for (Map.Entry<String, Pattern> known : LIMITS.entrySet()) {
      Matcher matched = known.getValue().matcher(text);
      if (matched.find()) {
        issues.keepTextIssues();
        issues.textError("format.limit", "", where, known.getKey(), matched.group(1));
        return;
      }
    }
    malformedText(issues, "format.limit", where, "format.limit", firstLine(text));
  }

  /** Jackson's message for a number longer than the limit: its length, then the limit. */
  private static final Pattern NUMBER_LENGTH =
      Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /**
   * The parsers' messages of the other limits, each with the limit as its group: Jackson's (the
   * length it gives of a text is where it stopped counting, not the text's), the token reader's
   * and SnakeYAML's for nesting.
   */
  private static final Map<String, Pattern> LIMITS = Map.of(
      "format.limit.string", Pattern.compile("String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
      "format.limit.name", Pattern.compile("Name length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)"),
      "format.limit.depth", Pattern.compile("(?i)nesting depth \\(?\\d+\\)? exceeds the maximum(?: allowed)? (?:of )?\\(?(\\d+)"));

  private static Optional<dev.progetto.io.SourceLocation> here(JsonParser parser, LocatedSourceMap sourceMap) {
    try {
      JsonLocation at = parser.currentLocation();
      return sourceMap.at(at.getLineNr(), at.getColumnNr());
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }

  private static boolean isYamlLimit(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("aliases") || lower.contains("nesting depth") || lower.contains("exceeds the limit")
        || lower.contains("code point");
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The length of a text in UTF-8, counted without encoding it. */
  static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /**
   * Returns the offset of the first byte that does not belong to a well-formed UTF-8 sequence
   * (RFC 3629: no overlong forms, no surrogates, nothing beyond U+10FFFF), or -1. The parsers
   * check less: they read overlong forms and code points beyond U+10FFFF as characters.
   */
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = '\\' * ONES;

  /** Whether the bytes from an offset hold a backslash: eight bytes at a time. */
  static boolean hasBackslash(byte[] bytes, int start) {
    int i = start;
    for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i) ^ BACKSLASHES;
      // a byte of the word is zero, so a byte of the input a backslash
      if (((word - ONES) & ~word & HIGH_BITS) != 0) {
        return true;
      }
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] == '\\') {
        return true;
      }
    }
    return false;
  }

  static int firstInvalidUtf8(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length) {
      // ASCII eight bytes at a time: no byte of the word has its high bit set
      while (i + Long.BYTES <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= bytes.length) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      for (int k = 1; k < length; k++) {
        int next = i + k < bytes.length ? bytes[i + k] & 0xff : -1;
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * The line and column of a byte offset in valid UTF-8, the column in UTF-16 code units as every
   * location counts it, the line as the parser of the syntax counts them: JSON breaks lines at LF,
   * CR LF and CR; YAML also at NEL, LS and PS.
   */
  private static Optional<dev.progetto.io.SourceLocation> locate(byte[] bytes, int start, int offset, boolean yaml,
      LocatedSourceMap sourceMap) {
    int line = 1;
    int column = 1;
    int i = start;
    while (i < offset) {
      int b = bytes[i] & 0xff;
      int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      boolean lineFeed = b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
      boolean unicodeBreak = yaml && ((b == 0xC2 && (bytes[i + 1] & 0xff) == 0x85)
          || (b == 0xE2 && (bytes[i + 1] & 0xff) == 0x80 && ((bytes[i + 2] & 0xff) == 0xA8 || (bytes[i + 2] & 0xff) == 0xA9)));
      if (lineFeed || unicodeBreak) {
        line++;
        column = 1;
      } else {
        column += length == 4 ? 2 : 1;
      }
      i += length;
    }
    return sourceMap.at(line, column);
  }

  /**
   * The offset of the first character SnakeYAML refuses to read (C0 controls but tab, LF and CR;
   * DEL; C1 controls but NEL; U+FFFE and U+FFFF) in valid UTF-8, or -1. SnakeYAML reads its input
   * in blocks and reports such a character where its parser stands, lines away: found first, it
   * is reported where it is.
   */
  private static int firstYamlControl(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
        return i;
      }
      if (b == 0xC2 && i + 1 < bytes.length) {
        int next = bytes[i + 1] & 0xff;
        if (next >= 0x80 && next <= 0x9f && next != 0x85) {
          return i;
        }
      } else if (b == 0xEF && i + 2 < bytes.length && (bytes[i + 1] & 0xff) == 0xBF
          && ((bytes[i + 2] & 0xff) == 0xBE || (bytes[i + 2] & 0xff) == 0xBF)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isYamlControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f && c != 0x85) || c == 0xfffe
        || c == 0xffff;
  }

  /** The line and column of a character of YAML text, the column in UTF-16 code units. */
  private static Optional<dev.progetto.io.SourceLocation> locate(String text, int index, LocatedSourceMap sourceMap) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return sourceMap.at(line, column);
  }

  /**
   * Tells whether the JSON parser would decode the bytes as UTF-16 or UTF-32, as it does when one
   * of the first four bytes is zero or they start with a UTF-16 byte order mark. Neither can start
   * a UTF-8 JSON document, and the format is UTF-8 only.
   */
  private static boolean looksLikeUtf16Or32(byte[] bytes, int start) {
    for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return bytes.length - start >= 2 && ((bytes[start] == (byte) 0xFE && bytes[start + 1] == (byte) 0xFF)
        || (bytes[start] == (byte) 0xFF && bytes[start + 1] == (byte) 0xFE));
  }

  private static List<ReadIssue> sortedIssues(List<ReadIssue> issues) {
    if (issues.size() < 2) {
      // an immutable list is kept by the result as it is
      return List.copyOf(issues);
    }
    return issues.stream()
        .sorted((a, b) -> {
          long left = a.getLocation().map(l -> ((long) l.line() << 32) | l.column()).orElse(Long.MAX_VALUE);
          long right = b.getLocation().map(l -> ((long) l.line() << 32) | l.column()).orElse(Long.MAX_VALUE);
          return Long.compare(left, right);
        })
        .collect(java.util.stream.Collectors.toList());
  }

  /** Writes a document as canonical text. */
  public void write(Document document, Syntax syntax, Writer writer) throws IOException {
    Map<String, Object> tree = DocumentWriter.tree(document);
    if (syntax == Syntax.YAML) {
      try (JsonGenerator generator = yaml.createGenerator(writer)) {
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        emit(generator, tree);
      }
      return;
    }
    try (JsonGenerator generator = json.createGenerator(writer)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (syntax == Syntax.JSON) {
        generator.setPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      }
      emit(generator, tree);
    }
    writer.write('\n');
  }

  /** Writes a document as canonical text. */
  public String write(Document document, Syntax syntax) {
    StringWriter writer = new StringWriter();
    try {
      write(document, syntax, writer);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return writer.toString();
  }

  /** The bytes of a text in UTF-8. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void emit(JsonGenerator generator, @Nullable Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?>) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        emit(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?>) {
      generator.writeStartArray();
      for (Object item : (List<?>) value) {
        emit(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      generator.writeNumber(number.scale() < 0 ? number.toString() : number.toPlainString());
    } else if (value instanceof Boolean) {
      generator.writeBoolean((Boolean) value);
    } else if (generator instanceof YAMLGenerator && value instanceof String && ((String) value).indexOf('\n') >= 0
        && Quoting.hasUnsafeCharacter((String) value)) {
      // A string of several lines is written as a literal block, which holds its characters raw:
      // one with a character to escape goes in double quotes.
      YAMLGenerator yamlGenerator = (YAMLGenerator) generator;
      yamlGenerator.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
      yamlGenerator.writeString((String) value);
      yamlGenerator.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
    } else {
      generator.writeString(value.toString());
    }
  }
}
