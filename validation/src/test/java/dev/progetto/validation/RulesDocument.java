package dev.progetto.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes docs/rules.md from the rule catalogue: {@code RulesDocument [path]}. */
public final class RulesDocument {

  private RulesDocument() {}

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Rules\n\n");
    out.append("Generated from `dev.progetto.validation.Rules`; do not edit by hand. Rule ids are public API:\n");
    out.append("once released, an id is never renamed or reused. Call rules run only when the call a project\n");
    out.append("names switches them on; their parameters and confidence are in the call documents\n");
    out.append("([calls.md](calls.md)).\n\n");
    out.append("**Absence rules** (column *partial*: `info`) conclude from what a project does not state: fewer\n");
    out.append("organisations than a minimum, no member of a required kind, no project-management work package,\n");
    out.append("parts that add up to less than their whole. In a record marked `completeness: partial` (a record\n");
    out.append("made from a public source, which states only part of a project) those findings are reported as\n");
    out.append("`info` and say that the record does not state it; findings about what the record does state keep\n");
    out.append("their severity. In a complete record (the default) every finding keeps its severity.\n");
    for (RuleDescriptor.Owner owner : RuleDescriptor.Owner.values()) {
      out.append("\n## ").append(owner == RuleDescriptor.Owner.IO ? "Reading" : owner == RuleDescriptor.Owner.MODEL ? "Model" : "Call rules")
          .append("\n\n| id | default | partial | parameters | description | descrizione |\n|---|---|---|---|---|---|\n");
      for (RuleDescriptor rule : Rules.all()) {
        if (rule.getOwner() == owner) {
          // The anchor is the rule id, which SARIF reports link to (ReportWriter.helpUri).
          out.append("| <a id=\"").append(rule.getId()).append("\"></a>`").append(rule.getId()).append("` | ").append(rule.getDefaultSeverity().code()).append(" | ")
              .append(rule.isAbsenceRule() ? "info" : "").append(" | ")
              .append(String.join(", ", rule.getParameters())).append(" | ")
              .append(rule.description(Locale.ENGLISH)).append(" | ").append(rule.description(Locale.ITALIAN)).append(" |\n");
        }
      }
    }
    return out.toString();
  }

  /**
   * Writes the document.
   *
   * @param args the path to write, {@code docs/rules.md} by default
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(path, render(), StandardCharsets.UTF_8);
  }
}
