package dev.progetto.validation;

import dev.progetto.io.IssueSeverity;
import dev.progetto.io.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link ValidationReport}: as text like a compiler's
 * ({@code path:line:column: error [rule] message}), as the JSON report of the file format, or as
 * SARIF 2.1.0 for code-scanning tools.
 */
public abstract class ReportWriter {

  private static final String INFORMATION_URI = "https://github.com/progetto-dev/progetto/blob/main/docs/rules.md";

  /** The base of the relative artifact URIs of SARIF: the directory the sources are named from. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  /** The key of the partial fingerprint of SARIF results; a new version if what it hashes changes. */
  static final String FINGERPRINT = "progetto/v1";

  ReportWriter() {}

  /**
   * Returns the compiler-like text writer, with a summary line.
   *
   * @return the writer
   */
  public static ReportWriter text() {
    return new ReportWriter() {
      @Override
      Renderer renderer(Locale locale) {
        return new Renderer() {
          @Override
          void document(DocumentReport document, StringBuilder out) {
            String source = escapeForTerminal(document.getSource().isPresent() ? document.getSource().get()
                : document.getId().orElse("<document>"));
            for (ValidationIssue issue : document.getIssues()) {
              out.append(source);
              // line:column in a text, Sheet!C7 (header) in a spreadsheet
              if (issue.getLocation().isPresent()) {
                out.append(':').append(escapeForTerminal(issue.getLocation().get().toString()));
              }
              out.append(": ").append(issue.getSeverity().label(locale)).append(" [").append(escapeForTerminal(issue.getRule())).append("] ")
                  .append(escapeForTerminal(issue.getMessage(locale)));
              if (issue.getLocation().isEmpty() && !issue.getPointer().isEmpty()) {
                out.append(" (").append(escapeForTerminal(issue.getPointer())).append(')');
              }
              if (issue.getWaiverReason().isPresent()) {
                out.append(" — ").append(escapeForTerminal(issue.getWaiverReason().get()));
              }
              out.append('\n');
            }
          }

          @Override
          void end(ReportStream counts, StringBuilder out) {
            out.append(dev.progetto.validation.internal.Messages.format(locale, "report.summary",
                counts.count(IssueSeverity.ERROR), counts.count(IssueSeverity.WARNING), counts.count(IssueSeverity.INFO),
                counts.count(IssueSeverity.WAIVED), counts.documentCount())).append('\n');
          }
        };
      }
    };
  }

  /**
   * Text as a terminal may show it: control characters (C0, DEL, C1), line and paragraph
   * separators and the controls of bidirectional text are written as a JSON escape (a backslash,
   * {@code u} and four hexadecimal digits: ESC becomes a backslash and {@code u001b}), so that a
   * value of a document cannot move the cursor, clear the screen, set a window title or reorder
   * what is shown, as compilers and linters print what they quote.
   *
   * @param text the text
   * @return the text, with its control characters escaped
   */
  public static String escapeForTerminal(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
  }

  /**
   * Returns the writer of the JSON report of the file format. The documents come first and the
   * counts ({@code valid}, {@code errors}, ...) after them, so that a report is written document
   * by document without keeping any.
   *
   * @return the writer
   */
  public static ReportWriter json() {
    return new ReportWriter() {
      @Override
      Renderer renderer(Locale locale) {
        return new Renderer() {
          private boolean first = true;

          @Override
          void begin(StringBuilder out) {
            out.append("{\n  \"documents\": [");
          }

          @Override
          void document(DocumentReport document, StringBuilder out) {
            out.append(first ? "\n    " : ",\n    ");
            first = false;
            Json.document(document, locale, out);
          }

          @Override
          void end(ReportStream counts, StringBuilder out) {
            out.append(first ? "],\n" : "\n  ],\n");
            out.append("  \"valid\": ").append(counts.errorCount() == 0).append(",\n");
            out.append("  \"errors\": ").append(counts.count(IssueSeverity.ERROR)).append(",\n");
            out.append("  \"warnings\": ").append(counts.count(IssueSeverity.WARNING)).append(",\n");
            out.append("  \"infos\": ").append(counts.count(IssueSeverity.INFO)).append(",\n");
            out.append("  \"waived\": ").append(counts.count(IssueSeverity.WAIVED)).append("\n}\n");
          }
        };
      }
    };
  }

  /**
   * Returns the SARIF 2.1.0 writer for the current directory: {@link #sarif(Path)} with the
   * directory the program runs in, which in CI is the checkout of the repository.
   *
   * @return the writer
   */
  public static ReportWriter sarif() {
    return sarif(Path.of("").toAbsolutePath());
  }

  /**
   * Returns the SARIF 2.1.0 writer, with the metadata of every rule that has a finding, in the
   * form GitHub code scanning reads. A source under {@code sourceRoot} is named by a relative URI
   * with {@code uriBaseId} {@code %SRCROOT%} (which {@code originalUriBaseIds} maps to the root);
   * another is named by its absolute {@code file} URI. Each result has a partial fingerprint made
   * from its rule, its file's relative URI, its document's id (which tells apart the documents of
   * a JSON Lines file) and its JSON Pointer, not its line, so that the same finding keeps its
   * fingerprint from run to run and machine to machine while lines move. Each
   * rule has a short and a full description, a help text and a {@code helpUri} to its row of
   * docs/rules.md. The results of a run come before its tool, whose rules are known only once
   * every result is written.
   *
   * @param sourceRoot the directory relative to which sources are named
   * @return the writer
   */
  public static ReportWriter sarif(Path sourceRoot) {
    Path root = sourceRoot.toAbsolutePath().normalize();
    return new ReportWriter() {
      @Override
      Renderer renderer(Locale locale) {
        return new Renderer() {
          private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
          private boolean first = true;

          @Override
          void begin(StringBuilder out) {
            out.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
                + "  \"runs\": [\n    {\n      \"columnKind\": \"utf16CodeUnits\",\n      \"originalUriBaseIds\": ");
            String rootUri = root.toUri().toString();
            Json.write(Map.of(SOURCE_ROOT, Map.of("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/")), out, 3);
            out.append(",\n      \"results\": [");
          }

          @Override
          void document(DocumentReport document, StringBuilder out) {
            Map<String, Object> artifact = artifactLocation(document.getSource().orElse("document"), root);
            Object uri = artifact.get("uri");
            Map<String, Integer> occurrences = new java.util.HashMap<>();
            for (ValidationIssue issue : document.getIssues()) {
              Map<String, Object> result = new LinkedHashMap<>();
              result.put("ruleId", issue.getRule());
              result.put("ruleIndex", ruleIndex.computeIfAbsent(issue.getRule(), rule -> ruleIndex.size()));
              result.put("level", level(issue.getSeverity()));
              result.put("message", Map.of("text", issue.getMessage(locale)));
              Map<String, Object> physical = new LinkedHashMap<>();
              physical.put("artifactLocation", artifact);
              issue.getLocation().ifPresent(l -> {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", l.line());
                region.put("startColumn", l.column());
                physical.put("region", region);
              });
              Map<String, Object> location = new LinkedHashMap<>();
              location.put("physicalLocation", physical);
              String pointer = issue.getPointer().isEmpty() ? "/" : issue.getPointer();
              // a cell of a spreadsheet is named as spreadsheets name it, beside the pointer
              location.put("logicalLocations", issue.getLocation().filter(l -> l.isCell())
                  .map(l -> List.of(Map.of("fullyQualifiedName", pointer), cellLocation(l.reference())))
                  .orElse(List.of(Map.of("fullyQualifiedName", pointer))));
              result.put("locations", List.of(location));
              String key = issue.getRule() + '\u0000' + uri + '\u0000' + document.getId().orElse("") + '\u0000' + pointer;
              int occurrence = occurrences.merge(key, 1, Integer::sum);
              result.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(key + '\u0000' + occurrence)));
              issue.getWaiverReason().ifPresent(reason -> result.put("suppressions",
                  List.of(Map.of("kind", "inSource", "justification", reason))));
              out.append(first ? "\n        " : ",\n        ");
              first = false;
              Json.write(result, out, 4);
            }
          }

          @Override
          void end(ReportStream counts, StringBuilder out) {
            out.append(first ? "],\n" : "\n      ],\n");
            List<Object> rules = new java.util.ArrayList<>();
            for (String id : ruleIndex.keySet()) {
              Optional<RuleDescriptor> descriptor = Rules.get(id);
              String description = descriptor.map(d -> d.description(locale)).orElse(id);
              String helpUri = helpUri(id);
              Map<String, Object> rule = new LinkedHashMap<>();
              rule.put("id", id);
              rule.put("shortDescription", Map.of("text", firstSentence(description)));
              rule.put("fullDescription", Map.of("text", description));
              rule.put("help", Map.of("text", description + " " + helpUri,
                  "markdown", "**`" + id + "`**: " + description + " [docs/rules.md](" + helpUri + ")"));
              rule.put("helpUri", helpUri);
              rule.put("defaultConfiguration", Map.of("level",
                  level(descriptor.map(RuleDescriptor::getDefaultSeverity).orElse(IssueSeverity.WARNING))));
              descriptor.ifPresent(d -> rule.put("properties", Map.of("tags", List.of("progetto", d.getOwner().code()))));
              rules.add(rule);
            }
            Map<String, Object> driver = new LinkedHashMap<>();
            driver.put("name", "progetto");
            driver.put("informationUri", INFORMATION_URI);
            driver.put("rules", rules);
            out.append("      \"tool\": ");
            Json.write(Map.of("driver", driver), out, 3);
            out.append("\n    }\n  ]\n}\n");
          }
        };
      }
    };
  }

  /**
   * The address of a rule's row in docs/rules.md, whose id cell carries an anchor named by the
   * rule id.
   *
   * @param ruleId the rule id
   * @return the address
   */
  static String helpUri(String ruleId) {
    return INFORMATION_URI + "#" + uriReference(ruleId);
  }

  /** The first sentence of a description, for SARIF's short description. */
  static String firstSentence(String description) {
    int end = description.indexOf(". ");
    return end < 0 ? description : description.substring(0, end + 1);
  }

  /** A SARIF logical location naming a cell of a spreadsheet, {@code Participants!C7}. */
  static Map<String, Object> cellLocation(String reference) {
    Map<String, Object> cell = new LinkedHashMap<>();
    cell.put("fullyQualifiedName", reference);
    cell.put("kind", "element");
    return cell;
  }

  /**
   * A SARIF artifact location: relative to the root with uriBaseId when the source is a path
   * under it, else its absolute file URI; a name that is not a path stays a relative reference.
   */
  static Map<String, Object> artifactLocation(String source, Path root) {
    Map<String, Object> location = new LinkedHashMap<>();
    Path path;
    try {
      path = Path.of(source).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException notAPath) {
      location.put("uri", uriReference(source));
      location.put("uriBaseId", SOURCE_ROOT);
      return location;
    }
    if (path.startsWith(root) && !path.equals(root)) {
      location.put("uri", uriReference(root.relativize(path).toString()));
      location.put("uriBaseId", SOURCE_ROOT);
    } else {
      location.put("uri", path.toUri().toString());
    }
    return location;
  }

  /** A fingerprint: the first 128 bits of the SHA-256 of the text, in hexadecimal. */
  static String fingerprint(String text) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(32);
      for (int i = 0; i < 16; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }

  /**
   * A source name as the URI reference SARIF requires: separators become {@code /}, and what a
   * URI path cannot hold as it stands (spaces, {@code %}, {@code :}, {@code #}, {@code ?}, letters
   * beyond ASCII) is percent-encoded as UTF-8.
   */
  static String uriReference(String source) {
    StringBuilder uri = new StringBuilder();
    for (byte b : source.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }

  private static String level(IssueSeverity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      case INFO:
        return "note";
      default:
        return "none";
    }
  }

  /** Writes the parts of one report; one renderer per report, as it may keep state. */
  abstract static class Renderer {
    void begin(StringBuilder out) {}

    abstract void document(DocumentReport document, StringBuilder out);

    abstract void end(ReportStream counts, StringBuilder out);
  }

  abstract Renderer renderer(Locale locale);

  /**
   * Starts a report written document by document, in memory bounded by the largest document
   * whatever the number of documents and issues: each document added is written to {@code out}
   * at once and not kept. Closing the stream writes the end of the report (counts, summary).
   *
   * @param locale the language of labels (messages are in the validator's language)
   * @param out where to write; flushed after each document when it is {@link java.io.Flushable}
   * @return the stream; close it to complete the report
   */
  public final ReportStream open(Locale locale, Appendable out) {
    return new ReportStream(renderer(java.util.Objects.requireNonNull(locale, "locale")),
        java.util.Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a report.
   *
   * @param report the report
   * @param locale the language of labels and messages
   * @param out where to write
   */
  public final void write(ValidationReport report, Locale locale, Appendable out) {
    try (ReportStream stream = open(locale, out)) {
      stream.add(report);
    }
  }

  /**
   * Returns a report as text.
   *
   * @param report the report
   * @param locale the language of labels and messages
   * @return the text
   */
  public final String toString(ValidationReport report, Locale locale) {
    StringBuilder text = new StringBuilder();
    write(report, locale, text);
    return text.toString();
  }

  /**
   * Returns a text as a JSON string, quoted and escaped as the JSON and SARIF reports write their
   * texts: controls, U+2028 and U+2029, {@code <} and a surrogate that is not half of a pair
   * become {@code \}{@code uXXXX}, so that the string is safe in a page's script and in UTF-8.
   *
   * @param text the text
   * @return the JSON string
   */
  public static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    Json.string(text, out);
    return out.toString();
  }

  /** Minimal JSON output with correct escaping, so that no JSON library appears in the API. */
  static final class Json {
    private Json() {}

    static void write(Object value, StringBuilder out, int indent) {
      if (value instanceof Map<?, ?>) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          pad(out, indent + 1);
          string(entry.getKey().toString(), out);
          out.append(": ");
          write(entry.getValue(), out, indent + 1);
          out.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
      } else if (value instanceof List<?>) {
        List<?> list = (List<?>) value;
        if (list.isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
          pad(out, indent + 1);
          write(list.get(i), out, indent + 1);
          out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
      } else if (value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else {
        string(String.valueOf(value), out);
      }
    }

    private static void pad(StringBuilder out, int indent) {
      for (int i = 0; i < indent; i++) {
        out.append("  ");
      }
    }

    /**
     * Writes a document of the JSON report as {@link #write} writes it as a map at depth 2: its
     * source, kind and id when known, then its issues. Written field by field rather than through
     * a map per issue, as a large report has hundreds of thousands of them.
     */
    static void document(DocumentReport document, Locale locale, StringBuilder out) {
      out.append("{\n");
      if (document.getSource().isPresent()) {
        field(out, 3, "source", document.getSource().get()).append(",\n");
      }
      if (document.getKind().isPresent()) {
        field(out, 3, "kind", document.getKind().get()).append(",\n");
      }
      if (document.getId().isPresent()) {
        field(out, 3, "id", document.getId().get()).append(",\n");
      }
      pad(out, 3);
      out.append("\"issues\": ");
      List<ValidationIssue> issues = document.getIssues();
      if (issues.isEmpty()) {
        out.append("[]");
      } else {
        out.append("[\n");
        for (int i = 0; i < issues.size(); i++) {
          pad(out, 4);
          issue(issues.get(i), locale, out);
          out.append(i + 1 < issues.size() ? ",\n" : "\n");
        }
        pad(out, 3);
        out.append(']');
      }
      out.append('\n');
      pad(out, 2);
      out.append('}');
    }

    private static void issue(ValidationIssue issue, Locale locale, StringBuilder out) {
      out.append("{\n");
      field(out, 5, "rule", issue.getRule()).append(",\n");
      field(out, 5, "severity", issue.getSeverity().code()).append(",\n");
      field(out, 5, "path", issue.getPointer()).append(",\n");
      if (issue.getLocation().isPresent()) {
        SourceLocation location = issue.getLocation().get();
        pad(out, 5);
        out.append("\"line\": ").append(location.line()).append(",\n");
        pad(out, 5);
        out.append("\"column\": ").append(location.column()).append(",\n");
        if (location.isCell()) {
          field(out, 5, "cell", location.reference()).append(",\n");
        }
      }
      field(out, 5, "message", issue.getMessage(locale));
      if (issue.getCall().isPresent()) {
        field(out.append(",\n"), 5, "call", issue.getCall().get());
      }
      if (issue.getWaiverReason().isPresent()) {
        field(out.append(",\n"), 5, "waiver", issue.getWaiverReason().get());
      }
      out.append('\n');
      pad(out, 4);
      out.append('}');
    }

    private static StringBuilder field(StringBuilder out, int indent, String name, String value) {
      pad(out, indent);
      out.append('"').append(name).append("\": ");
      string(value, out);
      return out;
    }

    private static boolean paired(String text, int i) {
      char c = text.charAt(i);
      return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    static void string(String text, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"':
            out.append("\\\"");
            break;
          case '\\':
            out.append("\\\\");
            break;
          case '\n':
            out.append("\\n");
            break;
          case '\r':
            out.append("\\r");
            break;
          case '\t':
            out.append("\\t");
            break;
          default:
            // Controls, the line separators JavaScript once refused, '<' (so that no JSON text
            // can close a script element of a page it is put in) and a surrogate that is not half
            // of a pair (which UTF-8 cannot hold) are escaped.
            if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == '<' || Character.isSurrogate(c) && !paired(text, i)) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
        }
      }
      out.append('"');
    }
  }
}
