package dev.progetto.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.progetto.io.IssueSeverity;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

/**
 * Registers serializers and deserializers for {@link Project}, {@link Portfolio}, {@link Call}
 * and {@link IndicatorCatalogue} with a Jackson 2 {@code ObjectMapper} ({@code JsonMapper},
 * {@code YAMLMapper}, ...): {@code mapper.registerModule(new ProgettoModule())}, or
 * {@code ObjectMapper.findAndRegisterModules()} through the service registration. Documents are
 * written in their canonical form, as events of the mapper's own format, and read with the checks
 * of the format; the first error becomes a {@link JsonMappingException} naming the rule, pointer
 * and message.
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

  private static Version readVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = ProgettoModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (java.io.IOException unreadable) {
      return Version.unknownVersion();
    }
    return com.fasterxml.jackson.core.util.VersionUtil.parseVersion(properties.getProperty("version"), "dev.progetto", "progetto-jackson");
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
    register(Project.class, mapper);
    register(Portfolio.class, mapper);
    register(Call.class, mapper);
    register(IndicatorCatalogue.class, mapper);
  }

  /** Copies the current value as JSON text, numbers exactly as written (no trip through double). */
  private static String exactCopy(JsonParser parser) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator copy = COPIER.createGenerator(text)) {
      int depth = 0;
      do {
        JsonToken token = parser.currentToken();
        copy.copyCurrentEventExact(parser);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        }
      } while (depth > 0 && parser.nextToken() != null);
    }
    return text.toString();
  }

  private <T extends Document> void register(Class<T> type, ProgettoMapper mapper) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
        // Copied event by event rather than written raw, so that any format's generator (YAML,
        // CBOR, ...) receives it; numbers keep their scale (60000.00 stays 60000.00).
        try (JsonParser canonical = COPIER.createParser(mapper.write(value, Syntax.JSON_LINES))) {
          canonical.nextToken();
          generator.copyCurrentStructureExact(canonical);
        }
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        ReadResult<Document> result = mapper.read(exactCopy(parser), Syntax.JSON);
        for (ReadIssue issue : result.getIssues()) {
          if (issue.getSeverity() == IssueSeverity.ERROR) {
            throw JsonMappingException.from(parser, "[" + issue.getRule() + "] " + issue.getPointer() + ": "
                + issue.getMessage(Locale.ENGLISH));
          }
        }
        Document document = result.getDocument().orElseThrow(() -> JsonMappingException.from(parser, "no document could be read"));
        if (!type.isInstance(document)) {
          throw JsonMappingException.from(parser, "[format.kind] expected a " + type.getSimpleName() + ", found kind "
              + document.kind().code());
        }
        return type.cast(document);
      }
    });
  }
}
