package dev.progetto.report;

import dev.progetto.model.IdentifierScheme;
import dev.progetto.model.Organisation;
import dev.progetto.model.OrganisationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells organisations apart across the documents of a report, whose ids are each document's own.
 * Organisations that share a codice fiscale, a partita IVA, a PIC or a VAT number are one, counted
 * under the id the first of them has (an Italian VAT number {@code IT} + 11 digits, a partita IVA
 * and a codice fiscale of 11 digits are the same number). An id that carries different names in
 * different projects, with no identifier to tell them apart, is counted as one organisation and
 * gives a warning.
 */
final class OrganisationKeys {

  /** The name an id was first seen with, and in which project. */
  private record Seen(String name, String project) {}

  private final ReportText text;
  /** An identifier (scheme and normalised value) to the key of the organisation that first had it. */
  private final Map<String, String> byIdentifier = new HashMap<>();
  private final Map<String, Seen> names = new HashMap<>();
  private final Set<String> warned = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();

  OrganisationKeys(Locale locale) {
    this.text = ReportText.of(locale);
  }

  /**
   * Returns the key the report counts an organisation of a project under: the id of the first
   * organisation that shares one of its identifiers, else its own id.
   */
  String key(String project, OrganisationId id, Optional<Organisation> organisation) {
    String own = id.value();
    List<String> identifiers = organisation.map(OrganisationKeys::identifiers).orElse(List.of());
    String key = null;
    for (String identifier : identifiers) {
      key = byIdentifier.get(identifier);
      if (key != null) {
        break;
      }
    }
    if (key == null) {
      key = own;
      String name = organisation.map(Organisation::displayName).orElse(own);
      Seen first = names.putIfAbsent(own, new Seen(name, project));
      if (first != null && !normalised(first.name()).equals(normalised(name)) && warned.add(own)) {
        warnings.add(text.get("warning.sameId", own, first.name(), first.project(), name, project));
      }
    }
    for (String identifier : identifiers) {
      byIdentifier.putIfAbsent(identifier, key);
    }
    return key;
  }

  /** The warnings, in the order they arose. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  private static String normalised(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The identifiers that tell one organisation, as scheme and value with spaces, dots and hyphens left out. */
  static List<String> identifiers(Organisation organisation) {
    List<String> keys = new ArrayList<>();
    organisation.getIdentifiers().asMap().forEach((scheme, value) -> {
      String plain = value.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
      if (plain.isEmpty()) {
        return;
      }
      String key = null;
      if (scheme.equals(IdentifierScheme.CODICE_FISCALE) || scheme.equals(IdentifierScheme.PARTITA_IVA)) {
        key = plain.matches("[0-9]{11}") ? "it-tax\n" + plain : scheme.code() + "\n" + plain;
      } else if (scheme.equals(IdentifierScheme.VAT)) {
        key = plain.matches("IT[0-9]{11}") ? "it-tax\n" + plain.substring(2) : "vat\n" + plain;
      } else if (scheme.equals(IdentifierScheme.PIC)) {
        key = "pic\n" + plain;
      }
      if (key != null && !keys.contains(key)) {
        keys.add(key);
      }
    });
    return keys;
  }
}
