package dev.progetto.tabular;

import dev.progetto.io.internal.FormatTypes;
import dev.progetto.io.internal.FormatTypes.Field;
import dev.progetto.io.internal.FormatTypes.Kind;
import dev.progetto.io.internal.FormatTypes.Shape;
import dev.progetto.io.internal.FormatTypes.Type;
import dev.progetto.model.Extensions;
import dev.progetto.model.Identifiers;
import dev.progetto.model.LocalizedText;
import dev.progetto.model.Money;
import dev.progetto.model.PartialDate;
import dev.progetto.model.Period;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import dev.progetto.model.Quantity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sheets of a workbook and their columns, derived from the format's description
 * ({@link FormatTypes}) when the class is loaded: a field of the model gets its column, and a list
 * of objects its sheet, with no edit here. What the description does not say is said here once:
 * the header fields of a document (sheet {@code Document}), the three parts of a period, the cell
 * syntax of each class of value, and the name of the sheet of projects.
 */
final class Layout {

  /** The sheet of the document's header fields. */
  static final String DOCUMENT = "Document";
  /** The sheet of a portfolio's own fields. */
  static final String PORTFOLIO = "Portfolio";
  /** The sheet of projects, one row each. */
  static final String PROJECT = "Project";
  /** Sheets a template adds for people, skipped when a workbook is read. */
  static final List<String> AUXILIARY = List.of("Lists", "Hints");

  /** The header fields of every document, as io's DocumentReader reads them. */
  static final List<String> HEADER_FIELDS = List.of("format", "kind", "$schema", "language", "currency");

  /** The parts of a period: the model's Period is a value, not an object type of the description. */
  static final List<String> PERIOD_PARTS = List.of("start", "end", "durationMonths");

  /** How the text of a cell is read and written. */
  enum Syntax {
    /** A text, as written. */
    TEXT,
    /** A code or an id: surrounding spaces are not part of it. */
    CODE,
    /** A whole number. */
    INTEGER,
    /** A decimal number: {@code 0.75}, {@code 0,75}, {@code 75%}. */
    DECIMAL,
    /** true or false (sì, no). */
    BOOLEAN,
    /** A date YYYY-MM-DD, DD/MM/YYYY or a date cell. */
    DATE,
    /** YYYY, YYYY-MM, YYYY-MM-DD, MM/YYYY, DD/MM/YYYY or a date cell. */
    PARTIAL_DATE,
    /** An amount with an optional currency: {@code 250000 EUR}, {@code € 250.000,00}. */
    MONEY,
    /** A quantity: {@code 120}, {@code ~120}, {@code 120-140/year}, {@code >= 400}. */
    QUANTITY,
    /** Any JSON value, written as JSON text. */
    JSON
  }

  /** What a column holds. */
  enum Holds {
    /** One value. */
    ONE,
    /** A list of values in one cell, one a line. */
    LIST,
    /** The text in the document's language of a localized text; other languages in header@tag columns. */
    LOCALIZED,
    /** A list of localized texts in one cell, one a line, or as JSON. */
    LOCALIZED_LIST
  }

  /**
   * A column with a fixed header.
   *
   * @param header its code in the header row
   * @param path the wire names from the row's object to the value
   * @param syntax how the cell is read
   * @param holds whether it holds one value, a list or a localized text
   * @param required whether the format requires the value
   * @param codes the codes of an enumeration, for drop-downs; empty otherwise
   * @param list the class of the codes, whose Italian names a cell may hold ({@link CodeNames}); empty otherwise
   */
  record Column(String header, List<String> path, Syntax syntax, Holds holds, boolean required, List<String> codes,
      String list) {}

  /**
   * A family of columns whose headers carry a key: {@code identifiers.cup},
   * {@code extensions.x-acme}, {@code composition.female}, {@code disaggregation.gender.female}.
   *
   * @param prefix the header up to the key, with its dot
   * @param path the wire names from the row's object to the map
   * @param syntax how each cell is read
   * @param depth 1 for a map of values, 2 for a map of maps
   */
  record Family(String prefix, List<String> path, Syntax syntax, int depth) {}

  /**
   * A column that ties a row to the row of the object whose list it is in.
   *
   * @param header its code, {@code @project}
   * @param sheet the sheet of the parent rows
   */
  record Key(String header, String sheet) {}

  /** A sheet: the rows of one list of objects, or of the projects, or of one object. */
  static final class Sheet {
    final String name;
    final Type type;
    /** The wire names from the parent object (a project, an indicator, ...) to the list. */
    final List<String> path;
    /** The sheet of the parent rows; null for the sheet of projects and the one-row sheets. */
    final Sheet parent;
    final List<Key> keys = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final List<Family> families = new ArrayList<>();
    /** Whether a portfolio's own list of the same name shares this sheet (rows with no project). */
    boolean portfolioList;

    Sheet(String name, Type type, List<String> path, Sheet parent) {
      this.name = name;
      this.type = type;
      this.path = path;
      this.parent = parent;
    }

    /** The header of the id column of this sheet's rows, for the sheets that tie rows to them. */
    Optional<Column> idColumn() {
      return columns.stream().filter(c -> c.path().equals(List.of("id"))).findFirst();
    }

    /** Every fixed header, the keys first. */
    List<String> headers() {
      List<String> headers = new ArrayList<>();
      keys.forEach(k -> headers.add(k.header()));
      columns.forEach(c -> headers.add(c.header()));
      return headers;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The layout of project and portfolio documents. */
  static final Layout STANDARD = new Layout();

  final Sheet document;
  final Sheet portfolio;
  final Sheet project;
  /** Every sheet of lists, parents before their children. */
  final List<Sheet> lists = new ArrayList<>();
  private final Map<String, Sheet> byName = new LinkedHashMap<>();

  private Layout() {
    document = new Sheet(DOCUMENT, null, List.of(), null);
    for (String field : HEADER_FIELDS) {
      Syntax syntax = field.equals("format") ? Syntax.INTEGER : field.equals("$schema") ? Syntax.TEXT : Syntax.CODE;
      document.columns.add(new Column(field, List.of(field), syntax, Holds.ONE, false,
          field.equals("kind") ? List.of("project", "portfolio") : List.of(), field.equals("kind") ? "DocumentKind" : ""));
    }
    register(document);
    project = new Sheet(PROJECT, type(Project.class), List.of(), null);
    register(project);
    flatten(project, project.type, "", List.of());
    portfolio = new Sheet(PORTFOLIO, type(Portfolio.class), List.of(), null);
    register(portfolio);
    for (Field field : portfolio.type.fields()) {
      if (field.shape() == Shape.LIST && field.kind() == Kind.OBJECT) {
        if (field.type() == Project.class) {
          continue;
        }
        Sheet shared = lists.stream().filter(s -> s.parent == project && s.path.equals(List.of(field.name()))
            && s.type.model() == field.type()).findFirst().orElse(null);
        if (shared != null) {
          shared.portfolioList = true;
        } else {
          Sheet own = new Sheet(PORTFOLIO + capitalize(field.name()), type(field.type()), List.of(field.name()), null);
          register(own);
          lists.add(own);
          flatten(own, own.type, "", List.of());
        }
      } else {
        column(portfolio, field, "", List.of(field.name()));
      }
    }
  }

  /** Returns the sheet of a name, or null. */
  Sheet sheet(String name) {
    return byName.get(name);
  }

  /** Every sheet in the order a workbook shows them. */
  List<Sheet> sheets() {
    List<Sheet> all = new ArrayList<>();
    all.add(document);
    all.add(portfolio);
    all.add(project);
    all.addAll(lists);
    return all;
  }

  private void register(Sheet sheet) {
    if (byName.putIfAbsent(sheet.name, sheet) != null) {
      throw new IllegalStateException("two sheets named " + sheet.name);
    }
  }

  /** Adds the columns of an object's fields to a sheet, and a sheet for each list of objects. */
  private void flatten(Sheet sheet, Type type, String prefix, List<String> path) {
    for (Field field : type.fields()) {
      List<String> at = append(path, field.name());
      if (field.kind() == Kind.OBJECT && field.shape() == Shape.LIST) {
        listSheet(sheet, field, at);
      } else if (field.kind() == Kind.OBJECT) {
        flatten(sheet, type(field.type()), prefix + field.name() + ".", at);
      } else {
        column(sheet, field, prefix, at);
      }
    }
  }

  private void listSheet(Sheet owner, Field field, List<String> path) {
    Type itemType = type(field.type());
    String name = path.stream().map(Layout::capitalize).reduce("", String::concat);
    if (byName.containsKey(name)) {
      name = owner.type.name() + name;
    }
    Sheet child = new Sheet(name, itemType, path, owner);
    child.keys.addAll(keys(owner));
    register(child);
    lists.add(child);
    flatten(child, itemType, "", List.of());
  }

  /** The columns that tie a row of a list of an owner's rows to that owner: the owner's own keys and its id. */
  private static List<Key> keys(Sheet owner) {
    List<Key> keys = new ArrayList<>(owner.keys);
    if (owner.type.fields().stream().noneMatch(f -> f.name().equals("id"))) {
      // a list in the items of a list without ids would need a row number to tie its rows
      throw new IllegalStateException("the rows of " + owner.name + " have no id to tie the rows of their lists to");
    }
    keys.add(new Key("@" + Character.toLowerCase(owner.type.name().charAt(0)) + owner.type.name().substring(1), owner.name));
    return keys;
  }

  private void column(Sheet sheet, Field field, String prefix, List<String> path) {
    String header = prefix + field.name();
    Class<?> type = field.type();
    boolean required = field.required();
    if (type == Period.class) {
      for (String part : PERIOD_PARTS) {
        sheet.columns.add(new Column(header + "." + part, append(path, part),
            part.equals("durationMonths") ? Syntax.INTEGER : Syntax.PARTIAL_DATE, Holds.ONE, false, List.of(), ""));
      }
    } else if (type == Identifiers.class) {
      sheet.families.add(new Family(header + ".", path, Syntax.TEXT, 1));
    } else if (type == Extensions.class) {
      sheet.families.add(new Family(header + ".", path, Syntax.JSON, 1));
    } else if (field.shape() == Shape.MAP && type == Map.class) {
      // a measurement's disaggregation: dimension -> category -> number
      sheet.families.add(new Family(header + ".", path, Syntax.DECIMAL, 2));
    } else if (field.shape() == Shape.MAP) {
      sheet.families.add(new Family(header + ".", path, syntax(field), 1));
    } else if (type == LocalizedText.class) {
      sheet.columns.add(new Column(header, path, Syntax.TEXT,
          field.shape() == Shape.LIST ? Holds.LOCALIZED_LIST : Holds.LOCALIZED, required, List.of(), ""));
    } else {
      List<String> codes = codes(field);
      sheet.columns.add(new Column(header, path, syntax(field), field.shape() == Shape.LIST ? Holds.LIST : Holds.ONE,
          required, codes, codes.isEmpty() ? "" : field.type().getSimpleName()));
    }
  }

  /** The cell syntax of a field's values, from their class. */
  static Syntax syntax(Field field) {
    Class<?> type = field.type();
    if (field.kind() == Kind.CODE) {
      return Syntax.CODE;
    }
    if (type == String.class) {
      return Syntax.TEXT;
    }
    if (type == Integer.class || type == Long.class) {
      return Syntax.INTEGER;
    }
    if (type == BigDecimal.class) {
      return Syntax.DECIMAL;
    }
    if (type == Boolean.class) {
      return Syntax.BOOLEAN;
    }
    if (type == LocalDate.class) {
      return Syntax.DATE;
    }
    if (type == PartialDate.class) {
      return Syntax.PARTIAL_DATE;
    }
    if (type == Money.class) {
      return Syntax.MONEY;
    }
    if (type == Quantity.class) {
      return Syntax.QUANTITY;
    }
    if (isCodeLike(type)) {
      return Syntax.CODE;
    }
    throw new IllegalStateException("no cell syntax for " + type.getName() + " of field " + field.name());
  }

  /** An id or a code of the model: a class made from one text by {@code of(String)}. */
  private static boolean isCodeLike(Class<?> type) {
    try {
      Method of = type.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The codes of an enumeration field, or of a class with a list of known values. */
  private static List<String> codes(Field field) {
    List<String> codes = new ArrayList<>();
    if (field.kind() == Kind.CODE && field.type().isEnum()) {
      for (Object constant : field.type().getEnumConstants()) {
        codes.add(((dev.progetto.model.Coded) constant).code());
      }
    } else if (field.type() == dev.progetto.model.IndicatorUnit.class) {
      dev.progetto.model.IndicatorUnit.KNOWN.forEach(unit -> codes.add(unit.toString()));
    } else if (field.type() == dev.progetto.model.CountryCode.class) {
      for (String country : Locale.getISOCountries()) {
        codes.add(country);
      }
    }
    return List.copyOf(codes);
  }

  static Type type(Class<?> model) {
    return FormatTypes.TYPES.stream().filter(t -> t.model() == model).findFirst()
        .orElseThrow(() -> new IllegalStateException("no object type for " + model.getName()));
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static List<String> append(List<String> path, String name) {
    List<String> out = new ArrayList<>(path);
    out.add(name);
    return List.copyOf(out);
  }
}
