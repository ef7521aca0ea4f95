package dev.progetto.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.io.testing.RandomModel;
import dev.progetto.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of valid documents: the example files and random projects, each written as
 * canonical JSON, mutated as a tree and read back as JSON and as block YAML. Whatever the mutation,
 * reading and validating do not throw, and the report has the issue that the mutation calls for,
 * at a JSON Pointer that exists in the mutated document (and every other issue of the report is at
 * a node of the mutated document or at a missing field of one of its objects):
 *
 * <ul>
 *   <li>a dropped required field: {@code format.missing-field} at the object that lacks it (for
 *       {@code format} and {@code kind}, {@code format.version} and {@code format.kind} at the
 *       document);
 *   <li>a value of another JSON type (a list for a scalar or an object, a string for a list):
 *       {@code format.type} at the value;
 *   <li>a wrong code for an enum, a currency or a language: {@code format.invalid-value} (a wrong
 *       kind: {@code format.kind}) at the value;
 *   <li>a broken identifier (a check character changed, a character dropped, added or replaced):
 *       the rule of its scheme ({@code identifier.partita-iva}, {@code country.code}, ...) at the
 *       value;
 *   <li>an id given to a second item of its list: {@code reference.duplicate-id} at the later item;
 *   <li>a deleted organisation that others refer to: {@code reference.unresolved} at every
 *       reference to it.
 * </ul>
 *
 * <p>The seed is in each test's name; rerun one with {@code -Dprogetto.seed=SEED}.
 */
class MutationTest {

  private static final long SEED = Long.getLong("progetto.seed", 20261201L);
  private static final int RANDOM_PROJECTS = 200;
  private static final int MUTATIONS_PER_KIND = 400;
  private static final String[] EXAMPLES = {"empowerment-multilivello.json", "femminili-plurali-fase-2.json",
      "impact-umbria.yaml", "infusione-portfolio.yaml", "portfolio-seed-003.yaml", "golden-project.yaml"};

  private static final ProgettoMapper MAPPER = ProgettoMapper.standard();
  private static final Validator VALIDATOR = Fixtures.validator();
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The identifier schemes with a check; the rule of each is {@code identifier.} and the scheme. */
  private static final Set<String> CHECKED_SCHEMES = Set.of("codice-fiscale", "partita-iva", "cup", "pic", "oid",
      "erasmus-project-number", "istat-comune", "nuts");

  /** Required fields of the objects of a project body, by path pattern ({@code *} for an index). */
  private static final Map<Pattern, List<String>> REQUIRED = required();

  /** Enum codes, currencies and languages, by path pattern relative to a project body or the document. */
  private static final Pattern CODES = Pattern.compile("(/language|/currency|/status|/organisations/\\*/legalForm"
      + "|/participants/\\*/role|/targetGroups/\\*/category|/indicators/\\*/type|/indicators/\\*/unit|/links/\\*/type"
      + "|/relatedProjects/\\*/relation|/budget/funding/\\*/kind|/sources/\\*/confidence|.*/per|.*/currency)");

  /** Lists whose items have ids that must be unique, relative to a project body. */
  private static final Pattern ID_LISTS = Pattern.compile(
      "/(organisations|phases|objectives|activities|workPackages|targetGroups|indicators|budget/lines)");

  enum Kind {
    DROP_REQUIRED_FIELD, CHANGE_TYPE, WRONG_CODE, BREAK_IDENTIFIER, DUPLICATE_ID, DELETE_REFERENCED_ORGANISATION
  }

  /** A valid document to start from, as its canonical JSON tree, with the issues it already has. */
  private record Base(String name, JsonNode tree, Set<String> issues) {}

  /** A mutated tree, what was done, and the issue (rule at pointer) it must give, one of several when the list has more. */
  private record Mutation(JsonNode tree, String description, String rule, List<String> pointers) {}

  /** A node of a tree: its pointer and its path pattern, relative to the project body it is in. */
  private record Located(String pointer, String pattern, JsonNode node, JsonNode parent) {}

  private static final List<Base> BASES = bases();

  static Stream<Arguments> kinds() {
    return Stream.of(Kind.values()).map(kind -> Arguments.of(kind, SEED + kind.ordinal()));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("kinds")
  void everyMutationIsReportedAtANodeOfTheMutatedDocument(Kind kind, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int applied = 0;
    for (int attempt = 0; applied < MUTATIONS_PER_KIND && attempt < MUTATIONS_PER_KIND * 20; attempt++) {
      Base base = BASES.get(random.nextInt(BASES.size()));
      Optional<Mutation> mutation = mutate(kind, base, random);
      if (mutation.isEmpty()) {
        continue;
      }
      applied++;
      for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
        String text = syntax == Syntax.JSON ? json(mutation.get().tree()) : yaml(mutation.get().tree());
        String what = String.format("seed %d, mutation %d of %s: %s (%s)%n%s", seed, applied, base.name(),
            mutation.get().description(), syntax, text);
        ValidationReport report;
        try {
          ReadResult<Document> read = MAPPER.read(text, syntax);
          report = VALIDATOR.validate(read);
        } catch (RuntimeException thrown) {
          throw new AssertionError("reading and validating threw: " + what, thrown);
        }
        List<String> expected = mutation.get().pointers();
        Optional<ValidationIssue> found = report.getIssues().stream()
            .filter(issue -> issue.getRule().equals(mutation.get().rule()) && expected.contains(issue.getPointer()))
            .findFirst();
        if (found.isEmpty()) {
          fail("no %s at %s among%n  %s%nfor %s", mutation.get().rule(), expected,
              String.join("\n  ", report.getIssues().stream()
                  .map(issue -> issue.getRule() + " " + issue.getPointer() + " " + issue.getLocation().map(Object::toString).orElse("-"))
                  .toList()), what);
        }
        for (ValidationIssue issue : report.getIssues()) {
          assertThat(resolvesOrIsAFieldOfAnObject(mutation.get().tree(), issue.getPointer()))
              .as("%s %s resolves, or names a field of an object that does: %s", issue.getRule(), issue.getPointer(), what)
              .isTrue();
        }
        JsonNode at = mutation.get().tree().at(found.get().getPointer());
        assertThat(at.isMissingNode()).as("%s resolves in the mutated document: %s", found.get().getPointer(), what).isFalse();
        if (kind == Kind.DELETE_REFERENCED_ORGANISATION) {
          for (String pointer : expected) {
            assertThat(report.getIssues()).as("reference.unresolved at %s: %s", pointer, what)
                .anyMatch(issue -> issue.getRule().equals("reference.unresolved") && issue.getPointer().equals(pointer));
          }
        }
      }
    }
    assertThat(applied).as("mutations of kind %s applied (seed %d)", kind, seed).isEqualTo(MUTATIONS_PER_KIND);
  }

  /**
   * Tells whether a pointer names a node of the document, or a field missing from an object of it
   * (a finding about a list or value that is absent, such as participants that a call requires).
   */
  private static boolean resolvesOrIsAFieldOfAnObject(JsonNode tree, String pointer) {
    if (!tree.at(pointer).isMissingNode()) {
      return true;
    }
    int slash = pointer.lastIndexOf('/');
    return slash >= 0 && tree.at(pointer.substring(0, slash)).isObject();
  }

  private static Optional<Mutation> mutate(Kind kind, Base base, SplittableRandom random) {
    JsonNode tree = base.tree().deepCopy();
    List<Located> nodes = new ArrayList<>();
    walk(tree, null, "", "", nodes);
    switch (kind) {
      case DROP_REQUIRED_FIELD:
        return dropRequired(tree, nodes, random);
      case CHANGE_TYPE:
        return changeType(tree, nodes, random);
      case WRONG_CODE:
        return wrongCode(tree, nodes, random);
      case BREAK_IDENTIFIER:
        return breakIdentifier(tree, nodes, base, random);
      case DUPLICATE_ID:
        return duplicateId(tree, nodes, random);
      default:
        return deleteReferencedOrganisation(tree, random);
    }
  }

  private static Optional<Mutation> dropRequired(JsonNode tree, List<Located> nodes, SplittableRandom random) {
    List<String[]> candidates = new ArrayList<>();
    for (Located object : nodes) {
      if (!object.node().isObject()) {
        continue;
      }
      List<String> required = new ArrayList<>();
      if (object.pointer().isEmpty()) {
        required.addAll(List.of("format", "kind", "id", "title"));
      } else if (object.pattern().isEmpty()) {
        required.addAll(List.of("id", "title"));
      }
      REQUIRED.forEach((pattern, fields) -> {
        if (pattern.matcher(object.pattern()).matches()) {
          required.addAll(fields);
        }
      });
      for (String field : required) {
        if (object.node().has(field)) {
          candidates.add(new String[] {object.pointer(), field});
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String[] chosen = candidates.get(random.nextInt(candidates.size()));
    ((ObjectNode) tree.at(chosen[0])).remove(chosen[1]);
    String rule = !chosen[0].isEmpty() ? "format.missing-field"
        : chosen[1].equals("format") ? "format.version" : chosen[1].equals("kind") ? "format.kind" : "format.missing-field";
    return Optional.of(new Mutation(tree, "drop " + chosen[0] + "/" + chosen[1], rule, List.of(chosen[0])));
  }

  private static Optional<Mutation> changeType(JsonNode tree, List<Located> nodes, SplittableRandom random) {
    List<Located> candidates = nodes.stream().filter(n -> n.parent() != null && !n.pattern().contains("/extensions")).toList();
    Located chosen = candidates.get(random.nextInt(candidates.size()));
    JsonNode replacement = chosen.node().isArray() ? TextNode.valueOf("x")
        : JsonNodeFactory.instance.arrayNode().add(random.nextInt(10));
    replace(chosen, replacement);
    return Optional.of(new Mutation(tree, "replace " + chosen.pointer() + " by " + replacement, "format.type",
        List.of(chosen.pointer())));
  }

  private static Optional<Mutation> wrongCode(JsonNode tree, List<Located> nodes, SplittableRandom random) {
    List<Located> candidates = nodes.stream().filter(n -> n.node().isTextual() && !n.pattern().contains("/extensions")
        && (n.pointer().equals("/kind") || CODES.matcher(n.pattern()).matches())).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Located chosen = candidates.get(random.nextInt(candidates.size()));
    String wrong = "wrong-" + chosen.node().asText() + "!";
    replace(chosen, TextNode.valueOf(wrong));
    return Optional.of(new Mutation(tree, "set " + chosen.pointer() + " to " + wrong,
        chosen.pointer().equals("/kind") ? "format.kind" : "format.invalid-value", List.of(chosen.pointer())));
  }

  private static Optional<Mutation> breakIdentifier(JsonNode tree, List<Located> nodes, Base base, SplittableRandom random) {
    List<Located> candidates = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (Located node : nodes) {
      if (!node.node().isTextual() || base.issues().contains(node.pointer()) || node.node().asText().isEmpty()) {
        continue;
      }
      String rule = identifierRule(node.pattern());
      if (rule != null) {
        candidates.add(node);
        rules.add(rule);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int index = random.nextInt(candidates.size());
    Located chosen = candidates.get(index);
    String rule = rules.get(index);
    String value = chosen.node().asText();
    String broken;
    int way = random.nextInt(4);
    boolean checked = rule.equals("identifier.partita-iva") || rule.equals("identifier.codice-fiscale");
    if (way == 0 && checked) {
      char last = value.charAt(value.length() - 1);
      char other = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : last == 'Z' ? 'A' : (char) (last + 1);
      broken = value.substring(0, value.length() - 1) + other;
    } else if (way == 1 && !rule.equals("identifier.nuts")) {
      broken = value.substring(0, value.length() - 1);
    } else if (way == 2) {
      broken = value + "#";
    } else {
      int at = random.nextInt(value.length());
      broken = value.substring(0, at) + "#" + value.substring(at + 1);
    }
    replace(chosen, TextNode.valueOf(broken));
    return Optional.of(new Mutation(tree, "break " + chosen.pointer() + ": " + value + " -> " + broken, rule,
        List.of(chosen.pointer())));
  }

  /** The rule that judges the value at a path pattern, for values that are identifiers. */
  private static String identifierRule(String pattern) {
    Match matcher = new Match(pattern);
    if (matcher.is("(/organisations/\\*)?/identifiers/([a-z-]+)")) {
      return CHECKED_SCHEMES.contains(matcher.group(2)) ? "identifier." + matcher.group(2) : null;
    }
    if (matcher.is("/organisations/\\*/municipality/istat|/territory/(municipalities|excludes)/\\*/istat")) {
      return "identifier.istat-comune";
    }
    if (matcher.is("/territory/regions/\\*")) {
      return "identifier.nuts";
    }
    if (matcher.is("/organisations/\\*/country|/territory/countries/\\*")) {
      return "country.code";
    }
    return null;
  }

  private static Optional<Mutation> duplicateId(JsonNode tree, List<Located> nodes, SplittableRandom random) {
    List<Located> lists = nodes.stream().filter(n -> n.node().isArray() && n.node().size() > 0
        && (ID_LISTS.matcher(n.pattern()).matches() || n.pointer().equals("/projects"))
        && n.node().get(0).has("id")).toList();
    if (lists.isEmpty()) {
      return Optional.empty();
    }
    Located chosen = lists.get(random.nextInt(lists.size()));
    ArrayNode list = (ArrayNode) chosen.node();
    int first = random.nextInt(list.size());
    int duplicate;
    if (list.size() > 1 && random.nextBoolean()) {
      int other = random.nextInt(list.size() - 1);
      other = other >= first ? other + 1 : other;
      ((ObjectNode) list.get(other)).set("id", list.get(first).get("id").deepCopy());
      duplicate = Math.max(first, other);
    } else {
      list.add(list.get(first).deepCopy());
      duplicate = list.size() - 1;
    }
    // A project of a portfolio is reported at its id, an item of a project's list at the item.
    String expected = chosen.pointer() + "/" + duplicate + (chosen.pointer().equals("/projects") ? "/id" : "");
    return Optional.of(new Mutation(tree, "give " + chosen.pointer() + "/" + duplicate + " the id of "
        + chosen.pointer() + "/" + first, "reference.duplicate-id", List.of(expected)));
  }

  private static Optional<Mutation> deleteReferencedOrganisation(JsonNode tree, SplittableRandom random) {
    // Each scope: where organisations are declared and the project bodies that see them.
    List<String[]> candidates = new ArrayList<>();
    Map<String, List<String>> references = new LinkedHashMap<>();
    boolean portfolio = "portfolio".equals(tree.path("kind").asText());
    List<String> bodies = new ArrayList<>();
    if (portfolio) {
      for (int i = 0; i < tree.path("projects").size(); i++) {
        bodies.add("/projects/" + i);
      }
    } else {
      bodies.add("");
    }
    List<String> scopes = new ArrayList<>(bodies);
    if (portfolio) {
      scopes.add("");
    }
    for (String scope : scopes) {
      JsonNode declared = tree.at(scope + "/organisations");
      for (int k = 0; k < declared.size(); k++) {
        String id = declared.get(k).path("id").asText(null);
        if (id == null) {
          continue;
        }
        List<String> refs = new ArrayList<>();
        for (String body : bodies) {
          boolean sees = scope.equals(body) || (scope.isEmpty() && portfolio);
          if (!sees || declarations(tree, body, id, portfolio) != 1) {
            continue;
          }
          refs.addAll(referencesTo(tree, body, id));
        }
        if (!refs.isEmpty()) {
          String pointer = scope + "/organisations/" + k;
          candidates.add(new String[] {pointer, id});
          references.put(pointer, refs);
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String[] chosen = candidates.get(random.nextInt(candidates.size()));
    int slash = chosen[0].lastIndexOf('/');
    ((ArrayNode) tree.at(chosen[0].substring(0, slash))).remove(Integer.parseInt(chosen[0].substring(slash + 1)));
    return Optional.of(new Mutation(tree, "delete " + chosen[0] + " (" + chosen[1] + ")", "reference.unresolved",
        references.get(chosen[0])));
  }

  /** How many organisations with the id a project body sees: its own and, in a portfolio, the shared ones. */
  private static int declarations(JsonNode tree, String body, String id, boolean portfolio) {
    int count = 0;
    List<JsonNode> lists = new ArrayList<>(List.of(tree.at(body + "/organisations")));
    if (portfolio) {
      lists.add(tree.path("organisations"));
    }
    for (JsonNode list : lists) {
      for (JsonNode organisation : list) {
        count += id.equals(organisation.path("id").asText(null)) ? 1 : 0;
      }
    }
    return count;
  }

  /** The pointers of a body's references to an organisation that the validator resolves. */
  private static List<String> referencesTo(JsonNode tree, String body, String id) {
    List<String> refs = new ArrayList<>();
    JsonNode participants = tree.at(body + "/participants");
    for (int i = 0; i < participants.size(); i++) {
      if (id.equals(participants.get(i).path("organisation").asText(null))) {
        refs.add(body + "/participants/" + i + "/organisation");
      }
    }
    JsonNode workPackages = tree.at(body + "/workPackages");
    for (int i = 0; i < workPackages.size(); i++) {
      if (id.equals(workPackages.get(i).path("lead").asText(null))) {
        refs.add(body + "/workPackages/" + i + "/lead");
      }
    }
    JsonNode activities = tree.at(body + "/activities");
    for (int i = 0; i < activities.size(); i++) {
      JsonNode organisations = activities.get(i).path("organisations");
      for (int o = 0; o < organisations.size(); o++) {
        if (id.equals(organisations.get(o).asText(null))) {
          refs.add(body + "/activities/" + i + "/organisations/" + o);
        }
      }
    }
    return refs;
  }

  private static void replace(Located located, JsonNode replacement) {
    if (located.parent() instanceof ObjectNode) {
      String pointer = located.pointer();
      String key = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      ((ObjectNode) located.parent()).set(key, replacement);
    } else {
      String pointer = located.pointer();
      ((ArrayNode) located.parent()).set(Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)), replacement);
    }
  }

  /**
   * Collects every node with its pointer and its path pattern: indexes become {@code *}, and in a
   * portfolio the pattern of a node of a project body starts at the body ({@code /projects/*} is
   * cut off).
   */
  private static void walk(JsonNode node, JsonNode parent, String pointer, String pattern, List<Located> out) {
    out.add(new Located(pointer, pattern, node, parent));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey().replace("~", "~0").replace("/", "~1");
        walk(field.getValue(), node, pointer + "/" + key, pattern + "/" + key, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        boolean body = pointer.equals("/projects") && parent != null && parent.path("kind").asText().equals("portfolio");
        walk(node.get(i), node, pointer + "/" + i, body ? "" : pattern + "/*", out);
      }
    }
  }

  private static Map<Pattern, List<String>> required() {
    Map<Pattern, List<String>> required = new LinkedHashMap<>();
    Function<String, Pattern> p = Pattern::compile;
    required.put(p.apply("/organisations/\\*"), List.of("id", "name"));
    required.put(p.apply("/participants/\\*"), List.of("organisation", "role"));
    required.put(p.apply("/objectives/\\*"), List.of("id", "description"));
    required.put(p.apply("/(activities|workPackages|phases)/\\*"), List.of("id", "title"));
    required.put(p.apply("/targetGroups/\\*"), List.of("id", "description"));
    required.put(p.apply("/indicators/\\*"), List.of("id", "name", "type", "unit"));
    required.put(p.apply("/indicators/\\*/measurements/\\*"), List.of("value"));
    required.put(p.apply("/budget/lines/\\*"), List.of("id", "title", "amount"));
    required.put(p.apply("/budget/funding/\\*"), List.of("source", "kind", "amount"));
    required.put(p.apply("/links/\\*"), List.of("url"));
    required.put(p.apply("/waivers/\\*"), List.of("rule", "reason"));
    required.put(p.apply("/relatedProjects/\\*"), List.of("relation"));
    required.put(p.apply("/organisations/\\*/municipality|/territory/(municipalities|excludes)/\\*"), List.of("name"));
    required.put(p.apply("/call"), List.of("id"));
    required.put(p.apply("/budget/(total|requestedGrant|lumpSum)|/(participants|workPackages)/\\*/budget"
        + "|/budget/(lines|funding)/\\*/amount"), List.of("amount"));
    required.put(p.apply("/targetGroups/\\*/(expected|composition/[^/]+)|/indicators/\\*/target"
        + "|/indicators/\\*/measurements/\\*/value"), List.of("min", "max"));
    return required;
  }

  private static List<Base> bases() {
    List<Base> bases = new ArrayList<>();
    for (String example : EXAMPLES) {
      String resource = "ReadThenValidateFuzzTestInputs/readThenValidate/" + example;
      try (InputStream in = MutationTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        ReadResult<Document> read = MAPPER.read(in, example.endsWith(".json") ? Syntax.JSON : Syntax.YAML, example);
        assertThat(read.getIssues()).as("%s reads without issues", example).isEmpty();
        bases.add(base(example, read.getDocument().orElseThrow()));
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    RandomModel random = new RandomModel(SEED);
    for (int i = 0; i < RANDOM_PROJECTS; i++) {
      bases.add(base("random project " + i + " of seed " + SEED, random.project()));
    }
    return bases;
  }

  /** A document as its canonical JSON tree, checked to come back equal from the JSON and YAML this test writes. */
  private static Base base(String name, Document document) {
    try {
      JsonNode tree = JSON.readTree(MAPPER.write(document, Syntax.JSON));
      for (Syntax syntax : new Syntax[] {Syntax.JSON, Syntax.YAML}) {
        String text = syntax == Syntax.JSON ? json(tree) : yaml(tree);
        ReadResult<Document> read = MAPPER.read(text, syntax);
        assertThat(read.getIssues()).as("%s as written by this test in %s:%n%s", name, syntax, text).isEmpty();
        assertThat(read.getDocument()).as("%s as written by this test in %s:%n%s", name, syntax, text).contains(document);
      }
      Set<String> issues = new HashSet<>();
      for (ValidationIssue issue : VALIDATOR.validate(MAPPER.read(json(tree), Syntax.JSON)).getIssues()) {
        issues.add(issue.getPointer());
      }
      return new Base(name, tree, issues);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static String json(JsonNode tree) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Block YAML: mappings and sequences one entry a line, every string double-quoted. */
  private static String yaml(JsonNode tree) {
    StringBuilder out = new StringBuilder();
    yaml(tree, 0, out);
    return out.toString();
  }

  private static void yaml(JsonNode node, int indent, StringBuilder out) {
    String pad = " ".repeat(indent);
    if (node.isObject() && node.size() > 0) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.append(pad).append(scalar(TextNode.valueOf(field.getKey()))).append(':');
        entry(field.getValue(), indent, out);
      }
    } else if (node.isArray() && node.size() > 0) {
      for (JsonNode item : node) {
        out.append(pad).append('-');
        entry(item, indent, out);
      }
    } else {
      out.append(pad).append(scalar(node)).append('\n');
    }
  }

  private static void entry(JsonNode value, int indent, StringBuilder out) {
    if (value.isContainerNode() && value.size() > 0) {
      out.append('\n');
      yaml(value, indent + 2, out);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(JsonNode node) {
    if (node.isObject()) {
      return "{}";
    }
    if (node.isArray()) {
      return "[]";
    }
    if (node.isNumber()) {
      BigDecimal number = node.decimalValue();
      return number.scale() < 0 ? number.toString() : number.toPlainString();
    }
    if (node.isTextual()) {
      return json(node);
    }
    return node.asText();
  }

  /** A regular expression match kept for its groups. */
  private static final class Match {
    private final String text;
    private java.util.regex.Matcher last;

    Match(String text) {
      this.text = text;
    }

    boolean is(String regex) {
      last = Pattern.compile(regex).matcher(text);
      return last.matches();
    }

    String group(int group) {
      return last.group(group);
    }
  }
}
