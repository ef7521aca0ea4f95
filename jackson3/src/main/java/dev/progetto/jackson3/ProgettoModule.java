package dev.progetto.jackson3;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.SourceLocation;
import dev.progetto.io.Syntax;
import dev.progetto.io.internal.YamlCopy;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.DocumentKind;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Registers serializers and deserializers for {@link Project}, {@link Portfolio}, {@link Call}
 * and {@link IndicatorCatalogue} with a Jackson 3 mapper ({@code JsonMapper}, {@code YAMLMapper},
 * ...): {@code JsonMapper.builder().addModule(new ProgettoModule()).build()}, or
 * {@code findAndAddModules()} through the service registration. Documents are written in their
 * canonical form, as events of the mapper's own format, and read with the checks of the format;
 * the first error becomes a {@link ProgettoReadException} that carries the read issue, located at
 * the value's line and column in the mapper's input. *
 * <p>With a YAML mapper, each scalar reaches progetto's reader as written, as it does from a YAML
 * file: {@code period: {start: 2025, end: 2028}} is a pair of years and {@code country: NO} a
 * country code, although the YAML parser has resolved them to a number and a boolean.
 */
public final class ProgettoModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final JsonFactory COPIER = new JsonFactory();

  /** Creates the module with a strict reader. */
  public ProgettoModule() {
    this(ProgettoMapper.standard());
  }

  /** The version this module was built as, from the properties the build writes into its jar. */
  private static final Version VERSION = readVersion();

  /** Reads the version the build wrote; a jar without it is broken, and says so. */
  private static Version readVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = ProgettoModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the progetto-jackson3 jar");
      }
      properties.load(in);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException("version.properties of the progetto-jackson3 jar cannot be read", unreadable);
    }
    String version = properties.getProperty("version", "");
    if (!version.matches("\\d+\\.\\d+\\.\\d+.*")) {
      throw new IllegalStateException("version.properties of the progetto-jackson3 jar holds no version: " + version);
    }
    return tools.jackson.core.util.VersionUtil.parseVersion(version, "dev.progetto", "progetto-jackson3");
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Creates the module with the given mapper's leniency and limits.
   *
   * @param mapper the mapper that reads and writes
   */
  public ProgettoModule(ProgettoMapper mapper) {
    super("progetto", VERSION);
    register(Project.class, DocumentKind.PROJECT, mapper);
    register(Portfolio.class, DocumentKind.PORTFOLIO, mapper);
    register(Call.class, DocumentKind.CALL, mapper);
    register(IndicatorCatalogue.class, DocumentKind.INDICATOR_CATALOGUE, mapper);
  }

  /**
   * The current value as text of the syntax, and where each of its values starts in the mapper's input,
   * by JSON Pointer from the value.
   */
  private record Copy(String text, Syntax syntax, Map<String, TokenStreamLocation> locations) {

    /** The location of the value at the pointer, or of the nearest value that holds it. */
    TokenStreamLocation locate(String pointer) {
      String at = pointer;
      while (true) {
        TokenStreamLocation location = locations.get(at);
        if (location != null || at.isEmpty()) {
          return location != null ? location : TokenStreamLocation.NA;
        }
        at = at.substring(0, at.lastIndexOf('/'));
      }
    }
  }

  /**
   * Copies the current value as text for progetto's reader: as JSON, numbers exactly as written (no
   * trip through double), or, from a YAML parser, as flow-style YAML that keeps each scalar as
   * written, since the YAML parser has already resolved plain scalars such as {@code 2025} to
   * numbers that a text field must not see.
   */
  private static Copy exactCopy(JsonParser parser) {
    Map<String, TokenStreamLocation> locations = new HashMap<>();
    String base = parser.streamReadContext().pathAsPointer().toString();
    if (isYaml(parser)) {
      StringBuilder text = new StringBuilder();
      YamlCopy copy = new YamlCopy(text);
      int depth = 0;
      do {
        JsonToken token = parser.currentToken();
        locate(parser, token, base, locations);
        copyEvent(parser, token, copy);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        }
      } while (depth > 0 && parser.nextToken() != null);
      return new Copy(text.toString(), Syntax.YAML, locations);
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator copy = COPIER.createGenerator(ObjectWriteContext.empty(), text)) {
      int depth = 0;
      do {
        JsonToken token = parser.currentToken();
        locate(parser, token, base, locations);
        copy.copyCurrentEventExact(parser);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        }
      } while (depth > 0 && parser.nextToken() != null);
    }
    return new Copy(text.toString(), Syntax.JSON, locations);
  }

  /** Writes the parser's current event, its scalar as the YAML parser read it from the input. */
  private static void copyEvent(JsonParser parser, JsonToken token, YamlCopy copy) {
    switch (token) {
      case START_OBJECT -> copy.startObject();
      case START_ARRAY -> copy.startArray();
      case END_OBJECT -> copy.endObject();
      case END_ARRAY -> copy.endArray();
      case PROPERTY_NAME -> copy.name(parser.currentName());
      case VALUE_TRUE -> copy.plain(parser.getString(), "true");
      case VALUE_FALSE -> copy.plain(parser.getString(), "false");
      case VALUE_NULL -> copy.plain(parser.getString(), "null");
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> copy.plain(parser.getString(), null);
      default -> copy.string(parser.getString());
    }
  }

  /** Notes where the current value starts in the mapper's input, by pointer from the copied value. */
  private static void locate(JsonParser parser, JsonToken token, String base, Map<String, TokenStreamLocation> locations) {
    if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
      String pointer = parser.streamReadContext().pathAsPointer().toString();
      locations.putIfAbsent(pointer.startsWith(base) ? pointer.substring(base.length()) : pointer,
          parser.currentTokenLocation());
    }
  }

  /** Whether the parser, or the one it delegates to, reads YAML. */
  private static boolean isYaml(JsonParser parser) {
    JsonParser at = parser;
    while (at instanceof JsonParserDelegate) {
      JsonParser inner = ((JsonParserDelegate) at).delegate();
      if (inner == null || inner == at) {
        break;
      }
      at = inner;
    }
    for (Class<?> type = at.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("tools.jackson.dataformat.yaml.YAMLParser")) {
        return true;
      }
    }
    return false;
  }

  /** The issue, located where its value starts in the mapper's input. */
  private static ProgettoReadException refused(JsonParser parser, ReadIssue issue, Copy copy) {
    TokenStreamLocation location = copy.locate(issue.getPointer());
    Optional<SourceLocation> where = location.getLineNr() > 0 && location.getColumnNr() > 0
        ? Optional.of(new SourceLocation(location.getLineNr(), location.getColumnNr())) : Optional.empty();
    return new ProgettoReadException(parser, ReadIssue.of(issue.getRule(), issue.getSeverity(), issue.getPointer(), where,
        issue.getMessageKey(), issue.getArguments()), location);
  }

  private <T extends Document> void register(Class<T> type, DocumentKind kind, ProgettoMapper mapper) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        // Copied event by event rather than written raw, so that any format's generator (YAML,
        // CBOR, ...) receives it; numbers keep their scale (60000.00 stays 60000.00).
        try (JsonParser canonical = COPIER.createParser(ObjectReadContext.empty(), mapper.write(value, Syntax.JSON_LINES))) {
          canonical.nextToken();
          generator.copyCurrentStructureExact(canonical);
        }
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        Copy copy = exactCopy(parser);
        ReadResult<Document> result = mapper.read(copy.text(), copy.syntax());
        for (ReadIssue issue : result.getIssues()) {
          if (issue.getSeverity() == IssueSeverity.ERROR) {
            throw refused(parser, issue, copy);
          }
        }
        Document document = result.getDocument().orElseThrow(() -> DatabindException.from(parser, "no document could be read"));
        if (!type.isInstance(document)) {
          throw refused(parser, ReadIssue.of("format.kind", IssueSeverity.ERROR, "/kind", Optional.empty(),
              "format.kind.expected", List.of(kind.code(), document.kind().code())), copy);
        }
        return type.cast(document);
      }
    });
  }
}
