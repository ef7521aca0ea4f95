package dev.progetto.server;

import dev.progetto.validation.ReportWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON. */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  /** On one line, as a page shows a rule's parameters. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.toString().replaceAll("\\n\\s*", " ").replace("[ ", "[").replace(" ]", "]").replace("{ ", "{").replace(" }", "}");
  }

  static void write(Object value, StringBuilder out, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        pad(out, indent + 1);
        string(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out, indent + 1);
      }
      out.append('\n');
      pad(out, indent);
      out.append('}');
    } else if (value instanceof Collection) {
      Collection<?> list = (Collection<?>) value;
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "\n" : ",\n");
        first = false;
        pad(out, indent + 1);
        write(item, out, indent + 1);
      }
      out.append('\n');
      pad(out, indent);
      out.append(']');
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toPlainString());
    } else {
      string(String.valueOf(value), out);
    }
  }

  private static void pad(StringBuilder out, int indent) {
    for (int i = 0; i < indent; i++) {
      out.append("  ");
    }
  }

  /** A text as a JSON string, escaped as the library's reports escape theirs. */
  static void string(String text, StringBuilder out) {
    out.append(ReportWriter.jsonString(text));
  }
}
