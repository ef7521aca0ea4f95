package dev.progetto.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  ReportWriter() {}

  /**
   * Returns the compiler-like text writer, with a summary line.
   *
   * @return the writer
   */
  public static ReportWriter text() {
    return new ReportWriter() {
      @Override
      void render(ValidationReport report, Locale locale, StringBuilder out) {
        for (DocumentReport document : report.getDocuments()) {
          String source = document.getSource().or(document::getId).orElse("<document>");
          for (ValidationIssue issue : document.getIssues()) {
            out.append(source);
            issue.getLocation().ifPresent(l -> out.append(':').append(l.line()).append(':').append(l.column()));
            out.append(": ").append(label(issue.getSeverity(), locale)).append(" [").append(issue.getRule()).append("] ")
                .append(issue.getMessage(locale));
            if (issue.getLocation().isEmpty() && !issue.getPointer().isEmpty()) {
              out.append(" (").append(issue.getPointer()).append(')');
            }
            issue.getWaiverReason().ifPresent(reason -> out.append(" — ").append(reason));
            out.append('\n');
          }
        }
        out.append(dev.progetto.validation.internal.Messages.format(locale, "report.summary",
            report.count(IssueSeverity.ERROR), report.count(IssueSeverity.WARNING), report.count(IssueSeverity.INFO),
            report.count(IssueSeverity.WAIVED), report.getDocuments().size())).append('\n');
      }
    };
  }

  private static String label(IssueSeverity severity, Locale locale) {
    if (!locale.getLanguage().equals("it")) {
      return severity.code();
    }
    switch (severity) {
      case ERROR:
        return "errore";
      case WARNING:
        return "avviso";
      case INFO:
        return "info";
      default:
        return "accettato";
    }
  }

  /**
   * Returns the writer of the JSON report of the file format.
   *
   * @return the writer
   */
  public static ReportWriter json() {
    return new ReportWriter() {
      @Override
      void render(ValidationReport report, Locale locale, StringBuilder out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("valid", report.isValid());
        root.put("errors", report.count(IssueSeverity.ERROR));
        root.put("warnings", report.count(IssueSeverity.WARNING));
        root.put("infos", report.count(IssueSeverity.INFO));
        root.put("waived", report.count(IssueSeverity.WAIVED));
        List<Object> documents = new java.util.ArrayList<>();
        for (DocumentReport document : report.getDocuments()) {
          Map<String, Object> item = new LinkedHashMap<>();
          document.getSource().ifPresent(v -> item.put("source", v));
          document.getKind().ifPresent(v -> item.put("kind", v));
          document.getId().ifPresent(v -> item.put("id", v));
          List<Object> issues = new java.util.ArrayList<>();
          for (ValidationIssue issue : document.getIssues()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", issue.getRule());
            entry.put("severity", issue.getSeverity().code());
            entry.put("path", issue.getPointer());
            issue.getLocation().ifPresent(l -> {
              entry.put("line", l.line());
              entry.put("column", l.column());
            });
            entry.put("message", issue.getMessage(locale));
            issue.getCall().ifPresent(v -> entry.put("call", v));
            issue.getWaiverReason().ifPresent(v -> entry.put("waiver", v));
            issues.add(entry);
          }
          item.put("issues", issues);
          documents.add(item);
        }
        root.put("documents", documents);
        Json.write(root, out, 0);
        out.append('\n');
      }
    };
  }

  /**
   * Returns the SARIF 2.1.0 writer, with the metadata of every rule that has a finding.
   *
   * @return the writer
   */
  public static ReportWriter sarif() {
    return new ReportWriter() {
      @Override
      void render(ValidationReport report, Locale locale, StringBuilder out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "progetto");
        driver.put("informationUri", INFORMATION_URI);
        List<Object> rules = new java.util.ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (ValidationIssue issue : report.getIssues()) {
          if (!ruleIndex.containsKey(issue.getRule())) {
            ruleIndex.put(issue.getRule(), rules.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", issue.getRule());
            Optional<RuleDescriptor> descriptor = Rules.get(issue.getRule());
            String description = descriptor.map(d -> d.description(locale)).orElse(issue.getRule());
            rule.put("shortDescription", Map.of("text", description));
            rule.put("fullDescription", Map.of("text", description));
            rule.put("helpUri", INFORMATION_URI);
            rule.put("defaultConfiguration", Map.of("level",
                level(descriptor.map(RuleDescriptor::getDefaultSeverity).orElse(IssueSeverity.WARNING))));
            rules.add(rule);
          }
        }
        driver.put("rules", rules);
        List<Object> results = new java.util.ArrayList<>();
        for (DocumentReport document : report.getDocuments()) {
          for (ValidationIssue issue : document.getIssues()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", issue.getRule());
            result.put("ruleIndex", ruleIndex.get(issue.getRule()));
            result.put("level", level(issue.getSeverity()));
            result.put("message", Map.of("text", issue.getMessage(locale)));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uriReference(document.getSource().orElse("document"))));
            issue.getLocation().ifPresent(l -> {
              Map<String, Object> region = new LinkedHashMap<>();
              region.put("startLine", l.line());
              region.put("startColumn", l.column());
              physical.put("region", region);
            });
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", physical);
            location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", issue.getPointer().isEmpty() ? "/" : issue.getPointer())));
            result.put("locations", List.of(location));
            issue.getWaiverReason().ifPresent(reason -> result.put("suppressions",
                List.of(Map.of("kind", "inSource", "justification", reason))));
            results.add(result);
          }
        }
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("driver", driver);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", tool);
        run.put("results", results);
        root.put("runs", List.of(run));
        Json.write(root, out, 0);
        out.append('\n');
      }
    };
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

  abstract void render(ValidationReport report, Locale locale, StringBuilder out);

  /**
   * Writes a report.
   *
   * @param report the report
   * @param locale the language of labels and messages
   * @param out where to write
   */
  public final void write(ValidationReport report, Locale locale, Appendable out) {
    StringBuilder text = new StringBuilder();
    render(report, locale, text);
    try {
      out.append(text);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
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
    render(report, locale, text);
    return text.toString();
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
      out.append("  ".repeat(indent));
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
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
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
