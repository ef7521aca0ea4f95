package dev.progetto.tabular;

import dev.progetto.tabular.Layout.Column;
import dev.progetto.tabular.Layout.Family;
import dev.progetto.tabular.Layout.Holds;
import dev.progetto.tabular.Layout.Key;
import dev.progetto.tabular.Layout.Sheet;
import dev.progetto.tabular.Layout.Syntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays out the JSON tree of a project or portfolio document as the sheets of the layout. */
final class TreeToTables {

  /** The kind of the tables of a template, a project or a portfolio as its rows of projects make it. */
  static final String TEMPLATE = "template";

  private final Layout layout = Layout.STANDARD;
  private final Map<Sheet, Out> outs = new LinkedHashMap<>();
  private String language = "it";

  /** The rows of one sheet, with the headers the data added to the fixed ones. */
  private static final class Out {
    final Sheet sheet;
    final List<Map<String, String>> rows = new ArrayList<>();
    /** Headers of language columns, after their base column. */
    final Map<String, Set<String>> after = new LinkedHashMap<>();
    /** Headers of the families' columns, after the fixed ones. */
    final Set<String> extra = new LinkedHashSet<>();

    Out(Sheet sheet) {
      this.sheet = sheet;
    }
  }

  /**
   * Returns the tables of a document's tree.
   *
   * @param tree the document as JSON, {@code null} for an empty template
   * @param kind the kind of document, project or portfolio, or {@link #TEMPLATE}: a template that
   *     may become either, with the sheet of the portfolio's own fields and the tree's one row of
   *     projects
   * @param extraHeaders headers a template adds to a sheet (identifier schemes, languages)
   */
  List<Table> tables(Map<String, Object> tree, String kind, Map<String, List<String>> extraHeaders) {
    for (Sheet sheet : layout.sheets()) {
      if (sheet == layout.portfolio && !kind.equals("portfolio") && !kind.equals(TEMPLATE)) {
        continue;
      }
      Out out = new Out(sheet);
      outs.put(sheet, out);
      for (String header : extraHeaders.getOrDefault(sheet.name, List.of())) {
        int at = header.lastIndexOf('@');
        if (at > 0 && !header.startsWith("@")) {
          out.after.computeIfAbsent(header.substring(0, at), k -> new LinkedHashSet<>()).add(header);
        } else {
          out.extra.add(header);
        }
      }
    }
    if (tree != null) {
      Map<String, Object> body = new LinkedHashMap<>(tree);
      Map<String, Object> header = new LinkedHashMap<>();
      for (String field : Layout.HEADER_FIELDS) {
        if (body.containsKey(field)) {
          header.put(field, body.remove(field));
        }
      }
      if (header.get("language") instanceof String tag) {
        language = tag;
      }
      row(layout.document, header, Map.of());
      if (kind.equals("portfolio")) {
        row(layout.portfolio, body, Map.of());
        for (Sheet sheet : layout.lists) {
          if (sheet.portfolioList || sheet.parent == null) {
            for (Object item : list(body, sheet.path)) {
              Map<String, String> keys = new LinkedHashMap<>();
              sheet.keys.forEach(k -> keys.put(k.header(), null));
              row(sheet, asMap(item), keys);
            }
          }
        }
        for (Object project : list(body, List.of("projects"))) {
          row(layout.project, asMap(project), Map.of());
        }
      } else if (!body.isEmpty() || !kind.equals(TEMPLATE)) {
        row(layout.project, body, Map.of());
      }
    } else {
      Map<String, Object> header = new LinkedHashMap<>();
      header.put("format", new Json.Num("1"));
      header.put("kind", kind);
      row(layout.document, header, Map.of());
    }
    List<Table> tables = new ArrayList<>();
    for (Out out : outs.values()) {
      tables.add(table(out));
    }
    return tables;
  }

  private Table table(Out out) {
    List<String> headers = new ArrayList<>();
    Map<String, List<String>> codes = new LinkedHashMap<>();
    out.sheet.keys.forEach(k -> headers.add(k.header()));
    for (Column column : out.sheet.columns) {
      headers.add(column.header());
      if (!column.codes().isEmpty()) {
        codes.put(column.header(), column.codes());
      }
      headers.addAll(out.after.getOrDefault(column.header(), Set.of()));
    }
    headers.addAll(out.extra);
    List<String> labels = new ArrayList<>();
    headers.forEach(h -> labels.add(Labels.italian(out.sheet.name, h)));
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> row : out.rows) {
      List<String> cells = new ArrayList<>();
      headers.forEach(h -> cells.add(row.get(h)));
      rows.add(cells);
    }
    return new Table(out.sheet.name, headers, labels, rows, codes);
  }

  /** Writes an object as a row of a sheet, and the items of its lists as rows of theirs. */
  private void row(Sheet sheet, Map<String, Object> object, Map<String, String> keys) {
    Out out = outs.get(sheet);
    Map<String, String> row = new LinkedHashMap<>(keys);
    for (Column column : sheet.columns) {
      Object value = get(object, column.path());
      if (value == null) {
        continue;
      }

      String header = column.header();
      switch (column.holds()) {
        case LOCALIZED:
          if (value instanceof Map<?, ?> texts) {
            for (Map.Entry<?, ?> text : texts.entrySet()) {
              if (text.getKey().equals(language)) {
                row.put(header, (String) text.getValue());
              } else {
                String other = header + "@" + text.getKey();
                out.after.computeIfAbsent(header, k -> new LinkedHashSet<>()).add(other);
                row.put(other, (String) text.getValue());
              }
            }
          } else {
            row.put(header, (String) value);
          }
          break;
        case LIST:
          row.put(header, CellSyntax.writeList((List<?>) value, column.syntax()));
          break;
        case LOCALIZED_LIST:
          row.put(header, CellSyntax.writeList((List<?>) value, Syntax.TEXT));
          break;
        default:
          row.put(header, CellSyntax.write(value, column.syntax()));
      }
    }
    for (Family family : sheet.families) {
      if (!(get(object, family.path()) instanceof Map<?, ?> map)) {
        continue;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (family.depth() == 2 && entry.getValue() instanceof Map<?, ?> inner) {
          for (Map.Entry<?, ?> second : inner.entrySet()) {
            String header = family.prefix() + entry.getKey() + "." + second.getKey();
            out.extra.add(header);
            row.put(header, CellSyntax.write(second.getValue(), family.syntax()));
          }
        } else {
          String header = family.prefix() + entry.getKey();
          out.extra.add(header);
          row.put(header, CellSyntax.write(entry.getValue(), family.syntax()));
        }
      }
    }
    out.rows.add(row);
    if (sheet == layout.document || sheet == layout.portfolio) {
      return;
    }
    Object id = object.get("id");
    for (Sheet child : layout.lists) {
      if (child.parent != sheet) {
        continue;
      }
      Map<String, String> childKeys = new LinkedHashMap<>(keys);
      Key own = child.keys.get(child.keys.size() - 1);
      childKeys.put(own.header(), id instanceof String text ? text : null);
      for (Object item : list(object, child.path)) {
        row(child, asMap(item), childKeys);
      }
    }
  }

  /**
   * The value at a path of wire names. A scalar that stands for an object (a call by its id) is
   * that object's id; a date that stands for a period (a measurement's) is its start and end.
   */
  static Object get(Map<String, Object> object, List<String> path) {
    Object value = object;
    for (String name : path) {
      if (value instanceof Map<?, ?> map) {
        value = map.get(name);
      } else if (value instanceof String scalar) {
        value = name.equals("id") || name.equals("start") || name.equals("end") ? scalar : null;
      } else {
        return null;
      }
    }
    return value;
  }

  private static List<?> list(Map<String, Object> object, List<String> path) {
    return get(object, path) instanceof List<?> list ? list : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object item) {
    return item instanceof Map<?, ?> ? (Map<String, Object>) item : Map.of();
  }
}
