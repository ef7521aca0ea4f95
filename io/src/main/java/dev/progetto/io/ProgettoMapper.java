package dev.progetto.io;

import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.progetto.io.internal.Codec;
import dev.progetto.io.internal.JsonLinesStream;
import dev.progetto.io.internal.ParallelJsonLinesStream;
import dev.progetto.model.DocumentKind;
import java.io.StringWriter;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes progetto documents in JSON, YAML and JSON Lines. Build one, keep it, share it:
 * a mapper is immutable and thread-safe.
 *
 * <p>Reading never throws for bad content: every problem is a {@link ReadIssue} of the returned
 * {@link ReadResult}. Only failures of the source itself (a missing or unreadable file) throw
 * {@link IOException}. Writing is canonical: stable field order, shorthands where they lose
 * nothing.
 */
public final class ProgettoMapper {

  private final boolean lenient;
  private final ReadLimits limits;
  private final Codec codec;

  private ProgettoMapper(Builder builder) {
    this.lenient = builder.lenient;
    this.limits = builder.limits;
    this.codec = new Codec(limits, lenient);
  }

  /**
   * Returns a strict mapper with the default limits.
   *
   * @return the mapper
   */
  public static ProgettoMapper standard() {
    return builder().build();
  }

  /**
   * Returns a builder of mappers.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgettoMapper}s. */
  public static final class Builder {
    private boolean lenient;
    private ReadLimits limits = ReadLimits.defaults();

    Builder() {}

    /**
     * Sets whether unknown fields are warnings instead of errors.
     *
     * @param lenient true to read leniently
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the limits beyond which input is refused with {@code format.limit}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Returns the mapper.
     *
     * @return a new immutable mapper
     */
    public ProgettoMapper build() {
      return new ProgettoMapper(this);
    }
  }

  /**
   * Tells whether unknown fields are read as warnings.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the limits of this mapper.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Reads a document of any kind from a file, in the syntax of its extension; YAML for a file of
   * another extension. A {@code .jsonl} file is read as one JSON document: a file of one line gives
   * its project, and a second line is a {@code format.syntax} issue that says to read the file with
   * {@link #streamProjects(Path)}, which reads every line. The same holds for every method that
   * reads one document, given {@link Syntax#JSON_LINES}.
   *
   * @param path a {@code .json}, {@code .yaml} or {@code .yml} file, or a {@code .jsonl} file of
   *     one line
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public ReadResult<Document> read(Path path) throws IOException {
    return readFile(path, null, Document.class);
  }

  /**
   * Reads a document of any kind from text.
   *
   * @param text the document
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Document> read(String text, Syntax syntax) {
    return codec.read(text, syntax, null, Document.class, Optional.empty());
  }

  /**
   * Reads a document of any kind from UTF-8 bytes, the fastest way in: no characters are decoded
   * twice. A leading byte order mark is skipped.
   *
   * @param bytes the document; read during the call, neither kept nor changed
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Document> read(byte[] bytes, Syntax syntax) {
    return codec.read(bytes, syntax, null, Document.class, Optional.empty(), 0);
  }

  /**
   * Reads a document of any kind from a stream of UTF-8 bytes.
   *
   * @param in the bytes; not closed
   * @param syntax their syntax
   * @param sourceName the name to report, such as a file name
   * @return the result
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<Document> read(InputStream in, Syntax syntax, String sourceName) throws IOException {
    return readBounded(in, syntax, null, Document.class, sourceName);
  }

  /**
   * Reads a document of any kind from characters.
   *
   * @param reader the characters; not closed
   * @param syntax their syntax
   * @param sourceName the name to report
   * @return the result
   * @throws IOException if the reader fails
   */
  public ReadResult<Document> read(Reader reader, Syntax syntax, String sourceName) throws IOException {
    return codec.read(readAll(reader), syntax, null, Document.class, Optional.of(sourceName));
  }

  /**
   * Reads a project document from a file; a document of another kind is a {@code format.kind}
   * issue.
   *
   * @param path the file
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public ReadResult<Project> readProject(Path path) throws IOException {
    return readFile(path, DocumentKind.PROJECT, Project.class);
  }

  /**
   * Reads a project document from text.
   *
   * @param text the document
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Project> readProject(String text, Syntax syntax) {
    return codec.read(text, syntax, DocumentKind.PROJECT, Project.class, Optional.empty());
  }

  /**
   * Reads a project document from UTF-8 bytes.
   *
   * @param bytes the document; read during the call, neither kept nor changed
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Project> readProject(byte[] bytes, Syntax syntax) {
    return codec.read(bytes, syntax, DocumentKind.PROJECT, Project.class, Optional.empty(), 0);
  }

  /**
   * Reads a portfolio document from a file.
   *
   * @param path the file
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public ReadResult<Portfolio> readPortfolio(Path path) throws IOException {
    return readFile(path, DocumentKind.PORTFOLIO, Portfolio.class);
  }

  /**
   * Reads a portfolio document from text.
   *
   * @param text the document
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Portfolio> readPortfolio(String text, Syntax syntax) {
    return codec.read(text, syntax, DocumentKind.PORTFOLIO, Portfolio.class, Optional.empty());
  }

  /**
   * Reads a call document from a file.
   *
   * @param path the file
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public ReadResult<Call> readCall(Path path) throws IOException {
    return readFile(path, DocumentKind.CALL, Call.class);
  }

  /**
   * Reads a call document from a stream of UTF-8 bytes, such as a resource of a jar.
   *
   * @param in the bytes; not closed
   * @param syntax their syntax
   * @param sourceName the name to report
   * @return the result
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<Call> readCall(InputStream in, Syntax syntax, String sourceName) throws IOException {
    return readBounded(in, syntax, DocumentKind.CALL, Call.class, sourceName);
  }

  /**
   * Reads a call document from text.
   *
   * @param text the document
   * @param syntax its syntax
   * @return the result
   */
  public ReadResult<Call> readCall(String text, Syntax syntax) {
    return codec.read(text, syntax, DocumentKind.CALL, Call.class, Optional.empty());
  }

  /**
   * Reads an indicator catalogue from a stream of UTF-8 bytes.
   *
   * @param in the bytes; not closed
   * @param syntax their syntax
   * @param sourceName the name to report
   * @return the result
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<IndicatorCatalogue> readIndicatorCatalogue(InputStream in, Syntax syntax, String sourceName)
      throws IOException {
    return readBounded(in, syntax, DocumentKind.INDICATOR_CATALOGUE, IndicatorCatalogue.class, sourceName);
  }

  /**
   * Streams the project documents of a JSON Lines file, one line at a time, in constant memory.
   * Each result's issues and source map use the line numbers of the file; a broken line is a
   * result with its issues and does not stop the others. A path that is not a regular file (a
   * pipe, a device) may have no end: there a line beyond the size limit is reported and ends the
   * stream, instead of being skipped to an end that may never come.
   *
   * @param path the {@code .jsonl} file
   * @return the stream; close it
   * @throws IOException if the file cannot be opened
   */
  public ProjectStream streamProjects(Path path) throws IOException {
    return new JsonLinesStream(Files.newInputStream(path), path.toString(), codec, !Files.isRegularFile(path));
  }

  /**
   * Streams the project documents of a JSON Lines file as {@link #streamProjects(Path)} does,
   * read by several threads: the caller's thread cuts the file into lines and the threads read
   * them, a bounded number of lines ahead, and the results come back in the order of the lines,
   * each the one a single thread gives. Worth it for large files on a machine with several
   * cores; the threads end when the stream ends or is closed.
   *
   * @param path the {@code .jsonl} file
   * @param threads the number of threads that read lines; 1 reads them on the caller's thread
   * @return the stream; close it
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public ProjectStream streamProjects(Path path, int threads) throws IOException {
    if (threads == 1) {
      return streamProjects(path);
    }
    return new ParallelJsonLinesStream(Files.newInputStream(path), path.toString(), codec, !Files.isRegularFile(path),
        threads);
  }

  /**
   * Streams the project documents of JSON Lines bytes.
   *
   * @param in the bytes; closed when the stream is closed
   * @param sourceName the name to report
   * @return the stream; close it
   */
  public ProjectStream streamProjects(InputStream in, String sourceName) {
    return new JsonLinesStream(in, sourceName, codec);
  }
  /**
   * Streams the project documents of JSON Lines bytes, read by several threads as
   * {@link #streamProjects(Path, int)} reads a file.
   *
   * @param in the bytes; closed when the stream is closed
   * @param sourceName the name to report
   * @param threads the number of threads that read lines; 1 reads them on the caller's thread
   * @return the stream; close it
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public ProjectStream streamProjects(InputStream in, String sourceName, int threads) {
    if (threads == 1) {
      return streamProjects(in, sourceName);
    }
    return new ParallelJsonLinesStream(in, sourceName, codec, false, threads);
  }


  /**
   * Writes a document as canonical text.
   *
   * @param document the document
   * @param syntax {@link Syntax#JSON}, {@link Syntax#YAML}, or {@link Syntax#JSON_LINES} for a
   *     project on one line
   * @return the text
   */
  public String write(Document document, Syntax syntax) {
    return codec.write(document, syntax);
  }

  /**
   * Writes a document as canonical UTF-8 text to a file, replacing it.
   *
   * @param document the document
   * @param syntax the syntax
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public void write(Document document, Syntax syntax, Path path) throws IOException {
    try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      codec.write(document, syntax, writer);
    }
  }

  /**
   * Writes a document as canonical UTF-8 text to a stream.
   *
   * @param document the document
   * @param syntax the syntax
   * @param out the stream; not closed
   * @throws IOException if writing fails
   */
  public void write(Document document, Syntax syntax, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    codec.write(document, syntax, writer);
    writer.flush();
  }

  /**
   * Writes a document as canonical text to a writer.
   *
   * @param document the document
   * @param syntax the syntax
   * @param writer the writer; not closed
   * @throws IOException if writing fails
   */
  public void write(Document document, Syntax syntax, Writer writer) throws IOException {
    codec.write(document, syntax, writer);
  }

  /**
   * Writes projects as JSON Lines, one canonical project document per line.
   *
   * @param projects the projects
   * @param writer the writer; not closed
   * @throws IOException if writing fails
   */
  public void writeJsonLines(Iterable<Project> projects, Writer writer) throws IOException {
    for (Project project : projects) {
      codec.write(project, Syntax.JSON_LINES, writer);
    }
  }

  /**
   * Returns the JSON Schema (2020-12) of a kind of document.
   *
   * @param kind the kind of document
   * @return the schema as JSON text
   */
  public String schema(DocumentKind kind) {
    return dev.progetto.io.internal.FormatSchema.schema(kind);
  }

  private <T extends Document> ReadResult<T> readFile(Path path, @Nullable DocumentKind expected, Class<T> type)
      throws IOException {
    // A .jsonl file is read as one JSON document: a second line is an issue that names the stream.
    Syntax syntax = Syntax.fromPath(path).orElse(Syntax.YAML);
    // The reported size is not trusted: devices, pipes and files of the proc file system report 0
    // or nothing true. The bytes are read through the limit, and no further.
    try (InputStream in = Files.newInputStream(path)) {
      return readBounded(in, syntax, expected, type, path.toString());
    }
  }

  /** Reads at most one byte beyond the size limit; a stream that has it is refused unparsed. */
  private <T extends Document> ReadResult<T> readBounded(InputStream in, Syntax syntax, @Nullable DocumentKind expected,
      Class<T> type, String sourceName) throws IOException {
    long max = limits.getMaxDocumentBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max || bytes.length == Integer.MAX_VALUE - 8) {
      return ReadResult.of(Optional.empty(), java.util.List.of(ReadIssue.of("format.limit", IssueSeverity.ERROR,
          "", Optional.of(new SourceLocation(1, 1)), "format.limit.size-over", java.util.List.of(Long.toString(max)))),
          SourceMap.NONE, Optional.of(sourceName));
    }
    return codec.read(bytes, syntax, expected, type, Optional.of(sourceName), 0);
  }

  private String readAll(Reader reader) throws IOException {
    StringWriter text = new StringWriter();
    char[] buffer = new char[8192];
    long total = 0;
    int read;
    while ((read = reader.read(buffer)) >= 0) {
      total += read;
      text.write(buffer, 0, read);
      if (total > limits.getMaxDocumentBytes()) {
        break;
      }
    }
    return text.toString();
  }
}
