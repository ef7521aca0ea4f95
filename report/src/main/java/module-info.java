/** Portfolio roll-ups of progetto projects, rendered as Markdown, CSV and self-contained HTML. */
module dev.progetto.report {
  requires transitive dev.progetto.model;

  exports dev.progetto.report;
}
