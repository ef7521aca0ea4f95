package dev.progetto.validation;

import dev.progetto.io.ProgettoMapper;
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
 */
public final class CallCatalogue {

  private static final CallCatalogue BUILT_IN = loadBuiltIn();

  private final Map<String, Call> calls;
  private final Map<String, IndicatorCatalogue> indicatorCatalogues;
  private final List<String> problems;
  private final java.util.concurrent.ConcurrentMap<String, Optional<ResolvedCall>> resolved =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CallCatalogue(Map<String, Call> calls, Map<String, IndicatorCatalogue> indicatorCatalogues, List<String> problems) {
    this.calls = Collections.unmodifiableMap(new TreeMap<>(calls));
    this.indicatorCatalogues = Collections.unmodifiableMap(new TreeMap<>(indicatorCatalogues));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the built-in catalogue, read once from the jar.
   *
   * @return the catalogue
   */
  public static CallCatalogue builtIn() {
    return BUILT_IN;
  }

  private static CallCatalogue loadBuiltIn() {
    ProgettoMapper mapper = ProgettoMapper.standard();
    List<String> problems = new ArrayList<>();
    Map<String, Call> calls = new LinkedHashMap<>();
    for (String name : index("calls/index.txt", problems)) {
      read(name, problems, in -> mapper.readCall(in, Syntax.YAML, name)).ifPresent(call -> calls.put(call.getId().value(), call));
    }
    Map<String, IndicatorCatalogue> catalogues = new LinkedHashMap<>();
    for (String name : index("indicators/index.txt", problems)) {
      read(name, problems, in -> mapper.readIndicatorCatalogue(in, Syntax.YAML, name))
          .ifPresent(catalogue -> catalogues.put(catalogue.getId(), catalogue));
    }
    return new CallCatalogue(calls, catalogues, problems);
  }

  private interface Reading<T extends dev.progetto.model.Document> {
    ReadResult<T> read(InputStream in) throws IOException;
  }

  private static <T extends dev.progetto.model.Document> Optional<T> read(String name, List<String> problems, Reading<T> reading) {
    try (InputStream in = CallCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        problems.add(name + ": listed in the index but missing from the jar");
        return Optional.empty();
      }
      ReadResult<T> result = reading.read(in);
      result.getIssues().forEach(issue -> problems.add(name + ": " + issue));
      return result.getDocument();
    } catch (IOException unreadable) {
      problems.add(name + ": " + unreadable.getMessage());
      return Optional.empty();
    }
  }

  private static List<String> index(String name, List<String> problems) {
    List<String> names = new ArrayList<>();
    String folder = name.substring(0, name.indexOf('/') + 1);
    try (InputStream in = CallCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        problems.add(name + ": missing from the jar");
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
      problems.add(name + ": " + unreadable.getMessage());
    }
    return names;
  }

  /**
   * Returns this catalogue with more call documents; a call with the id of a known one replaces
   * it.
   *
   * @param added the call documents
   * @return the new catalogue
   */
  public CallCatalogue withCalls(Collection<Call> added) {
    Map<String, Call> all = new LinkedHashMap<>(calls);
    added.forEach(call -> all.put(call.getId().value(), call));
    return new CallCatalogue(all, indicatorCatalogues, problems);
  }

  /**
   * Returns this catalogue with more indicator catalogues.
   *
   * @param added the indicator catalogues
   * @return the new catalogue
   */
  public CallCatalogue withIndicatorCatalogues(Collection<IndicatorCatalogue> added) {
    Map<String, IndicatorCatalogue> all = new LinkedHashMap<>(indicatorCatalogues);
    added.forEach(catalogue -> all.put(catalogue.getId(), catalogue));
    return new CallCatalogue(calls, all, problems);
  }

  /**
   * Returns every call, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<Call> calls() {
    return List.copyOf(calls.values());
  }

  /**
   * Returns the call with the given id, as written.
   *
   * @param id the call id
   * @return the call, or empty
   */
  public Optional<Call> call(String id) {
    return Optional.ofNullable(calls.get(id));
  }

  /**
   * Returns the indicator catalogues, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorCatalogue> indicatorCatalogues() {
    return List.copyOf(indicatorCatalogues.values());
  }

  /**
   * Returns the indicator catalogue with the given id.
   *
   * @param id the catalogue id, such as {@code amif-2021-2027}
   * @return the catalogue, or empty
   */
  public Optional<IndicatorCatalogue> indicatorCatalogue(String id) {
    return Optional.ofNullable(indicatorCatalogues.get(id));
  }

  /**
   * Returns the problems met while loading the built-in files; empty for a sound jar.
   *
   * @return the problems, each naming its file
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Resolves a call's {@code extends} chain; the result is kept, so each call is resolved once
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
    resolved.putIfAbsent(id, call);
    return call;
  }

  private Optional<ResolvedCall> resolveChain(String id) {
    Call named = calls.get(id);
    if (named == null) {
      return Optional.empty();
    }
    List<Call> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Call current = named;
    while (true) {
      if (!seen.add(current.getId().value())) {
        throw new CallResolutionException("the calls " + String.join(" extends ", seen) + " extends "
            + current.getId().value() + " form a cycle");
      }
      chain.add(current);
      Optional<CallId> parent = current.getParent();
      if (parent.isEmpty()) {
        break;
      }
      Call next = calls.get(parent.get().value());
      if (next == null) {
        throw new CallResolutionException("the call " + current.getId().value() + " extends " + parent.get().value()
            + ", which no catalogue has");
      }
      current = next;
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    List<Source> sources = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int offset = 0;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Call call = chain.get(i);
      final int base = offset;
      call.getRules().forEach((rule, setting) -> {
        RuleSetting shifted = setting.getSource().isPresent()
            ? RuleSetting.builder().from(setting).source(setting.getSource().get() + base).build() : setting;
        rules.merge(rule, shifted, RuleSetting::overriddenBy);
      });
      sources.addAll(call.getSources());
      offset += call.getSources().size();
    }
    chain.forEach(call -> ids.add(call.getId().value()));
    Call descriptor = inherit(chain);
    return Optional.of(new ResolvedCall(descriptor, rules, ids, sources));
  }

  private static Call inherit(List<Call> chain) {
    Call named = chain.get(0);
    Call.Builder builder = Call.builder().from(named);
    for (Call parent : chain.subList(1, chain.size())) {
      Call sofar = builder.build();
      builder = Call.builder().from(sofar)
          .name(sofar.getName().or(parent::getName))
          .programme(sofar.getProgramme().or(parent::getProgramme))
          .action(sofar.getAction().or(parent::getAction))
          .field(sofar.getField().or(parent::getField))
          .year(sofar.getYear().or(parent::getYear))
          .funder(sofar.getFunder().or(parent::getFunder))
          .managingAuthority(sofar.getManagingAuthority().or(parent::getManagingAuthority))
          .url(sofar.getUrl().or(parent::getUrl))
          .period(sofar.getPeriod().or(parent::getPeriod));
    }
    return builder.build();
  }
}
