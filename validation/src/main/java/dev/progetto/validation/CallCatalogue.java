package dev.progetto.validation;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.CallId;
import dev.progetto.model.IndicatorCatalogue;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The calls a validator knows: the built-in catalogue shipped in this jar (FAMI, Erasmus+ KA220
 * and KA210, Territori Inclusivi, Fondazione CRC, EQUAL, ESF) plus the call documents an
 * integrator adds. Immutable and thread-safe.
 *
 * <p>A built-in file is read the first time a call or indicator catalogue in it is asked for, and
 * kept: validating a project reads only the calls of its chain, not the whole catalogue.
 */
public final class CallCatalogue {

  private static final CallCatalogue BUILT_IN = fromJar();

  private final BuiltIn builtIn;
  private final Map<String, Call> added;
  private final Map<String, IndicatorCatalogue> addedCatalogues;
  private final java.util.concurrent.ConcurrentMap<String, Optional<ResolvedCall>> resolved =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The built-in indicator catalogues looked up, by id. */
  private final java.util.concurrent.ConcurrentMap<String, Optional<IndicatorCatalogue>> foundCatalogues =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CallCatalogue(BuiltIn builtIn, Map<String, Call> added, Map<String, IndicatorCatalogue> addedCatalogues) {
    this.builtIn = builtIn;
    this.added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
    this.addedCatalogues = Collections.unmodifiableMap(new LinkedHashMap<>(addedCatalogues));
  }

  /**
   * Returns the built-in catalogue; each of its files is read from the jar once, when first
   * needed.
   *
   * @return the catalogue
   */
  public static CallCatalogue builtIn() {
    return BUILT_IN;
  }

  /** A built-in catalogue of its own, none of its files read yet; for tests of what is read when. */
  static CallCatalogue fromJar() {
    return fromJar("");
  }

  /**
   * A catalogue of the files under a folder of this package's resources, laid out as the
   * built-in one; for tests of broken files.
   */
  static CallCatalogue fromJar(String root) {
    return new CallCatalogue(new BuiltIn(root), Map.of(), Map.of());
  }

  /** The names of the built-in files read so far, such as {@code calls/fami-2021-2027.yaml}. */
  Set<String> filesRead() {
    return Set.copyOf(builtIn.files.keySet());
  }

  /**
   * The files of the jar. A call lives in {@code calls/ID.yaml} and an indicator catalogue in
   * {@code indicators/ID.yaml}, each listed in its folder's {@code index.txt}; so a call is found
   * by its id without reading the others. A file is read once, whichever thread asks first.
   */
  private static final class BuiltIn {
    private final String calls;
    private final String indicators;

    private final List<String> callFiles;
    private final List<CatalogueProblem> callIndexProblems = new ArrayList<>();
    private final List<String> catalogueFiles;
    private final List<CatalogueProblem> catalogueIndexProblems = new ArrayList<>();
    private final Set<String> listed = new java.util.HashSet<>();
    private final java.util.concurrent.ConcurrentMap<String, Loaded> files = new java.util.concurrent.ConcurrentHashMap<>();

    /** What reading one file gave: its document, if any, and its problems. */
    private record Loaded(Optional<? extends dev.progetto.model.Document> document, List<CatalogueProblem> problems) {}

    /** The reader of the built-in files, made when the first one is read. */
    private static final class Reader {
      static final ProgettoMapper MAPPER = ProgettoMapper.standard();
    }

    BuiltIn(String root) {
      calls = root + "calls/";
      indicators = root + "indicators/";
      callFiles = index(calls + "index.txt", callIndexProblems);
      catalogueFiles = index(indicators + "index.txt", catalogueIndexProblems);
      listed.addAll(callFiles);
      listed.addAll(catalogueFiles);
    }

    Optional<Call> call(String id) {
      Optional<Call> call = document(calls + id + ".yaml", Call.class);
      return call.isPresent() && call.get().getId().value().equals(id) ? call : Optional.empty();
    }

    Optional<IndicatorCatalogue> indicatorCatalogue(String id) {
      Optional<IndicatorCatalogue> catalogue = document(indicators + id + ".yaml", IndicatorCatalogue.class);
      return catalogue.isPresent() && catalogue.get().getId().equals(id) ? catalogue : Optional.empty();
    }

    /** Every call, in the order of the index. */
    Map<String, Call> calls() {
      Map<String, Call> calls = new LinkedHashMap<>();
      for (String name : callFiles) {
        document(name, Call.class).ifPresent(call -> calls.put(call.getId().value(), call));
      }
      return calls;
    }

    /** Every indicator catalogue, in the order of the index. */
    Map<String, IndicatorCatalogue> indicatorCatalogues() {
      Map<String, IndicatorCatalogue> catalogues = new LinkedHashMap<>();
      for (String name : catalogueFiles) {
        document(name, IndicatorCatalogue.class).ifPresent(catalogue -> catalogues.put(catalogue.getId(), catalogue));
      }
      return catalogues;
    }

    /** The problems of every file, which are all read for it. */
    List<CatalogueProblem> problems() {
      List<CatalogueProblem> problems = new ArrayList<>(callIndexProblems);
      callFiles.forEach(name -> problems.addAll(loaded(name).problems()));
      problems.addAll(catalogueIndexProblems);
      catalogueFiles.forEach(name -> problems.addAll(loaded(name).problems()));
      return List.copyOf(problems);
    }

    private <T extends dev.progetto.model.Document> Optional<T> document(String name, Class<T> type) {
      if (!listed.contains(name)) {
        return Optional.empty();
      }
      Optional<? extends dev.progetto.model.Document> document = loaded(name).document();
      return document.isPresent() && type.isInstance(document.get()) ? Optional.of(type.cast(document.get())) : Optional.empty();
    }

    private Loaded loaded(String name) {
      // A plain get first: the lock is taken only to read a file, and every indicator code of
      // every project validated looks its catalogue up here.
      Loaded known = files.get(name);
      if (known != null) {
        return known;
      }
      synchronized (files) {
        known = files.get(name);
        if (known == null) {
          known = readFile(name);
          files.put(name, known);
        }
        return known;
      }
    }

    private Loaded readFile(String name) {
      List<CatalogueProblem> problems = new ArrayList<>();
      Optional<? extends dev.progetto.model.Document> document = CallCatalogue.read(name, name.startsWith(calls), problems);
      return new Loaded(document, List.copyOf(problems));
    }
  }

  /** Reads a built-in file: a call, or else an indicator catalogue. */
  private static Optional<? extends dev.progetto.model.Document> read(String name, boolean isCall,
      List<CatalogueProblem> problems) {
    try (InputStream in = CallCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        problems.add(CatalogueProblem.ofFile(name, "listed in the index but missing from the jar"));
        return Optional.empty();
      }
      ReadResult<? extends dev.progetto.model.Document> result = isCall
          ? BuiltIn.Reader.MAPPER.readCall(in, Syntax.YAML, name)
          : BuiltIn.Reader.MAPPER.readIndicatorCatalogue(in, Syntax.YAML, name);
      for (ReadIssue issue : result.getIssues()) {
        problems.add(CatalogueProblem.ofIssue(name, issue));
      }
      return result.getDocument();
    } catch (IOException unreadable) {
      problems.add(CatalogueProblem.ofFile(name, String.valueOf(unreadable.getMessage())));
      return Optional.empty();
    }
  }

  private static List<String> index(String name, List<CatalogueProblem> problems) {
    List<String> names = new ArrayList<>();
    String folder = name.substring(0, name.lastIndexOf('/') + 1);
    try (InputStream in = CallCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        problems.add(CatalogueProblem.ofFile(name, "missing from the jar"));
        return names;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(folder + line.trim());
        }
      }
    } catch (IOException unreadable) {
      problems.add(CatalogueProblem.ofFile(name, String.valueOf(unreadable.getMessage())));
    }
    return List.copyOf(names);
  }

  /**
   * Returns this catalogue with more call documents; a call with the id of a known one replaces
   * it.
   *
   * @param added the call documents
   * @return the new catalogue
   */
  public CallCatalogue withCalls(Collection<Call> added) {
    Map<String, Call> all = new LinkedHashMap<>(this.added);
    for (Call call : added) {
      all.put(call.getId().value(), call);
    }
    return new CallCatalogue(builtIn, all, addedCatalogues);
  }

  /**
   * Returns this catalogue with more indicator catalogues.
   *
   * @param added the indicator catalogues
   * @return the new catalogue
   */
  public CallCatalogue withIndicatorCatalogues(Collection<IndicatorCatalogue> added) {
    Map<String, IndicatorCatalogue> all = new LinkedHashMap<>(addedCatalogues);
    for (IndicatorCatalogue catalogue : added) {
      all.put(catalogue.getId(), catalogue);
    }
    return new CallCatalogue(builtIn, this.added, all);
  }

  /**
   * Returns every call, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<Call> calls() {
    Map<String, Call> all = new TreeMap<>(builtIn.calls());
    all.putAll(added);
    return List.copyOf(all.values());
  }

  /**
   * Returns the call with the given id, as written.
   *
   * @param id the call id
   * @return the call, or empty
   */
  public Optional<Call> call(String id) {
    Call call = added.get(id);
    return call != null ? Optional.of(call) : builtIn.call(id);
  }

  /**
   * Returns the indicator catalogues, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorCatalogue> indicatorCatalogues() {
    Map<String, IndicatorCatalogue> all = new TreeMap<>(builtIn.indicatorCatalogues());
    all.putAll(addedCatalogues);
    return List.copyOf(all.values());
  }

  /**
   * Returns the indicator catalogue with the given id.
   *
   * @param id the catalogue id, such as {@code amif-2021-2027}
   * @return the catalogue, or empty
   */
  public Optional<IndicatorCatalogue> indicatorCatalogue(String id) {
    IndicatorCatalogue catalogue = addedCatalogues.get(id);
    if (catalogue != null) {
      return Optional.of(catalogue);
    }
    Optional<IndicatorCatalogue> known = foundCatalogues.get(id);
    if (known != null) {
      return known;
    }
    Optional<IndicatorCatalogue> found = builtIn.indicatorCatalogue(id);
    // As for calls, only catalogues that exist are kept.
    if (found.isPresent()) {
      foundCatalogues.putIfAbsent(id, found);
    }
    return found;
  }

  /**
   * Returns the problems met while loading the built-in files; empty for a sound jar. Every
   * built-in file is read for it.
   *
   * @return the problems, each with its file, and its line and column when it is a read issue
   */
  public List<CatalogueProblem> problems() {
    return builtIn.problems();
  }

  /**
   * Resolves a call's {@code extends} chain; a call found is kept, so each call is resolved once
   * per catalogue.
   *
   * @param id the call id
   * @return the resolved call, or empty when no call has that id
   * @throws CallResolutionException when a parent is missing or the chain has a cycle
   */
  public Optional<ResolvedCall> resolve(String id) {
    Optional<ResolvedCall> known = resolved.get(id);
    if (known != null) {
      return known;
    }
    Optional<ResolvedCall> call = resolveChain(id);
    // Only calls that exist are kept: ids of no call, which any document may name, would grow
    // the cache without bound, and finding that no call has an id costs a look-up.
    if (call.isPresent()) {
      resolved.putIfAbsent(id, call);
    }
    return call;
  }

  private Optional<ResolvedCall> resolveChain(String id) {
    Call named = call(id).orElse(null);
    if (named == null) {
      return Optional.empty();
    }
    List<Call> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Call current = named;
    while (true) {
      if (!seen.add(current.getId().value())) {
        throw new CallResolutionException("the calls " + String.join(" extends ", seen) + " extends "
            + current.getId().value() + " form a cycle", id, new ArrayList<>(seen), current.getId().value(),
            CallResolutionException.Reason.CYCLE);
      }
      chain.add(current);
      Optional<CallId> parent = current.getParent();
      if (parent.isEmpty()) {
        break;
      }
      Call next = call(parent.get().value()).orElse(null);
      if (next == null) {
        List<String> followed = new ArrayList<>();
        chain.forEach(call -> followed.add(call.getId().value()));
        throw new CallResolutionException("the call " + current.getId().value() + " extends " + parent.get().value()
            + ", which no catalogue has", id, followed, parent.get().value(), CallResolutionException.Reason.MISSING_PARENT);
      }
      current = next;
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    List<Source> sources = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    // A setting's source indexes the chain's sources, root first, as the format says: a child
    // may cite a source of an ancestor.
    for (int i = chain.size() - 1; i >= 0; i--) {
      Call call = chain.get(i);
      for (Map.Entry<String, RuleSetting> rule : call.getRules().entrySet()) {
        RuleSetting inherited = rules.get(rule.getKey());
        rules.put(rule.getKey(), inherited == null ? rule.getValue() : inherited.overriddenBy(rule.getValue()));
      }
      sources.addAll(call.getSources());
    }
    for (Call call : chain) {
      ids.add(call.getId().value());
    }
    Call descriptor = inherit(chain);
    return Optional.of(new ResolvedCall(descriptor, rules, ids, sources));
  }

  private static Call inherit(List<Call> chain) {
    Call named = chain.get(0);
    Call.Builder builder = Call.builder().from(named);
    for (Call parent : chain.subList(1, chain.size())) {
      Call sofar = builder.build();
      builder = Call.builder().from(sofar)
          .name(either(sofar.getName(), parent.getName()))
          .programme(either(sofar.getProgramme(), parent.getProgramme()))
          .action(either(sofar.getAction(), parent.getAction()))
          .field(either(sofar.getField(), parent.getField()))
          .year(either(sofar.getYear(), parent.getYear()))
          .funder(either(sofar.getFunder(), parent.getFunder()))
          .managingAuthority(either(sofar.getManagingAuthority(), parent.getManagingAuthority()))
          .url(either(sofar.getUrl(), parent.getUrl()))
          .period(either(sofar.getPeriod(), parent.getPeriod()));
    }
    return builder.build();
  }

  /** A call's own value when it has one, else its parent's. */
  private static <T> Optional<T> either(Optional<T> own, Optional<T> parent) {
    return own.isPresent() ? own : parent;
  }
}
