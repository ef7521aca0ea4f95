package dev.progetto.server;

import dev.progetto.io.Syntax;
import dev.progetto.model.Call;
import dev.progetto.model.Document;
import dev.progetto.model.Project;
import dev.progetto.model.RuleSetting;
import dev.progetto.model.Source;
import dev.progetto.validation.DocumentReport;
import dev.progetto.io.IssueSeverity;
import dev.progetto.validation.ReportWriter;
import dev.progetto.validation.ResolvedCall;
import dev.progetto.validation.RuleDescriptor;
import dev.progetto.validation.Rules;
import dev.progetto.validation.ValidationIssue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The HTML pages, rendered on the server; no inline script or style (the CSP forbids both). */
final class Pages {

  static final String RULES_DOC = "https://github.com/progetto-dev/progetto/blob/main/docs/rules.md";

  private Pages() {}

  // --- layout ---

  /** A page: head, header with navigation and language switch, main content, footer. */
  private static String page(Texts t, String title, String switchForm, String main) {
    StringBuilder out = new StringBuilder(main.length() + 4096);
    String lang = t.lang();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title)).append(" – progetto</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
        .append("<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n<header class=\"top\">\n")
        .append("<a class=\"brand\" href=\"/?lang=").append(lang).append("\">progetto</a>\n<nav>")
        .append("<a href=\"/?lang=").append(lang).append("\">").append(esc(t.get("nav.validate"))).append("</a>")
        .append("<a href=\"/calls?lang=").append(lang).append("\">").append(esc(t.get("nav.calls"))).append("</a>")
        .append("<a href=\"/rules?lang=").append(lang).append("\">").append(esc(t.get("nav.rules"))).append("</a>")
        .append("<a href=\"/api/openapi.json\">").append(esc(t.get("nav.api"))).append("</a></nav>\n")
        .append("<div class=\"langs\" id=\"langs\">");
    for (String other : List.of("en", "it")) {
      String label = other.equals("en") ? "English" : "Italiano";
      if (other.equals(lang)) {
        out.append("<span class=\"current\" lang=\"").append(other).append("\">").append(label).append("</span>");
      } else if (switchForm != null) {
        out.append("<button type=\"submit\" form=\"").append(switchForm).append("\" formaction=\"/\" name=\"switch\" value=\"")
            .append(other).append("\" id=\"lang-").append(other).append("\" lang=\"").append(other).append("\">")
            .append(label).append("</button>");
      } else {
        out.append("<a href=\"?lang=").append(other).append("\" id=\"lang-").append(other).append("\" lang=\"")
            .append(other).append("\" hreflang=\"").append(other).append("\">").append(label).append("</a>");
      }
    }
    out.append("</div>\n</header>\n<main>\n").append(main).append("</main>\n<footer>")
        .append(esc(t.get("footer"))).append("</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  static String error(Texts t, int status, String message) {
    String main = "<h1>" + status + "</h1>\n<p class=\"alert\" id=\"error\">" + esc(message) + "</p>\n<p><a href=\"/?lang="
        + t.lang() + "\">" + esc(t.get("error.back")) + "</a></p>\n";
    return page(t, t.get("error.title"), null, main);
  }

  // --- the form ---

  static String home(Texts t, Catalogues catalogues, String problem) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(esc(t.get("home.title"))).append("</h1>\n<p class=\"lead\">").append(esc(t.get("home.lead")))
        .append("</p>\n");
    if (problem != null) {
      main.append("<p class=\"alert\" id=\"error\">").append(esc(problem)).append("</p>\n");
    }
    main.append("<form id=\"upload\" method=\"post\" action=\"/\" enctype=\"multipart/form-data\">\n")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">\n")
        .append("<div class=\"field drop\" id=\"drop\"><label for=\"file\">").append(esc(t.get("home.file"))).append("</label>\n")
        .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\".json,.yaml,.yml,.jsonl,.xlsx,application/json,application/yaml\">\n")
        .append("<p class=\"hint\">").append(esc(t.get("home.drop"))).append("</p></div>\n")
        .append("<div class=\"field\"><label for=\"text\">").append(esc(t.get("home.paste"))).append("</label>\n")
        .append("<textarea id=\"text\" name=\"text\" rows=\"10\" spellcheck=\"false\"></textarea></div>\n")
        .append("<div class=\"row\"><div class=\"field\"><label for=\"syntax\">").append(esc(t.get("home.syntax")))
        .append("</label>\n<select id=\"syntax\" name=\"syntax\"><option value=\"auto\">").append(esc(t.get("home.auto")))
        .append("</option><option value=\"json\">JSON</option><option value=\"yaml\">YAML</option>")
        .append("<option value=\"jsonl\">JSON Lines</option><option value=\"xlsx\">Excel (xlsx)</option></select></div>\n")
        .append("<div class=\"field\"><label for=\"call\">").append(esc(t.get("home.call"))).append("</label>\n")
        .append("<select id=\"call\" name=\"call\"><option value=\"\">").append(esc(t.get("home.callAuto"))).append("</option>");
    for (Call call : catalogues.catalogue().calls()) {
      if (!call.isAbstractCall()) {
        main.append("<option value=\"").append(esc(call.getId().value())).append("\">").append(esc(call.getId().value()))
            .append(call.getName().map(n -> " – " + esc(n.resolve(t.locale()))).orElse("")).append("</option>");
      }
    }
    main.append("</select></div></div>\n<p><button type=\"submit\" id=\"validate\">").append(esc(t.get("home.submit")))
        .append("</button></p>\n</form>\n<p class=\"hint\">").append(esc(t.get("home.privacy"))).append("</p>\n");
    return page(t, t.get("home.title"), null, main.toString());
  }

  // --- the report ---

  static String result(Texts t, Catalogues catalogues, Checker.Outcome outcome, Router.Upload upload) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(esc(t.get("result.title", outcome.source))).append("</h1>\n");
    // The form that carries the file again: to switch language, and for every download.
    main.append("<form id=\"again\" method=\"post\" action=\"/download\" enctype=\"multipart/form-data\">\n")
        .append("<input type=\"hidden\" name=\"data\" value=\"").append(Base64.getEncoder().encodeToString(upload.bytes))
        .append("\">\n<input type=\"hidden\" name=\"filename\" value=\"").append(esc(outcome.source)).append("\">\n")
        .append("<input type=\"hidden\" name=\"syntax\" value=\"").append(code(outcome.syntax)).append("\">\n")
        .append("<input type=\"hidden\" name=\"call\" value=\"").append(esc(upload.call == null ? "" : upload.call)).append("\">\n")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">\n</form>\n");

    int errors = outcome.report.count(IssueSeverity.ERROR);
    main.append("<section class=\"summary ").append(errors == 0 ? "valid" : "invalid").append("\" id=\"summary\">\n<p id=\"verdict\">")
        .append(esc(t.get(errors == 0 ? "result.valid" : "result.invalid"))).append("</p>\n<ul class=\"counts\">");
    for (IssueSeverity severity : List.of(IssueSeverity.ERROR, IssueSeverity.WARNING, IssueSeverity.INFO, IssueSeverity.WAIVED)) {
      int n = outcome.report.count(severity);
      main.append("<li class=\"count ").append(severity.code()).append("\" id=\"count-").append(severity.code())
          .append("\"><span class=\"n\">").append(n).append("</span> ").append(esc(t.get("count." + severity.code())))
          .append("</li>");
    }
    main.append("</ul>\n<dl class=\"facts\">");
    List<DocumentReport> documents = outcome.report.getDocuments();
    main.append("<dt>").append(esc(t.get("result.syntax"))).append("</dt><dd>").append(syntaxName(outcome.syntax)).append("</dd>");
    if (documents.size() == 1) {
      DocumentReport document = documents.get(0);
      document.getKind().ifPresent(k -> main.append("<dt>").append(esc(t.get("result.kind"))).append("</dt><dd>")
          .append(esc(k)).append("</dd>"));
      document.getId().ifPresent(id -> main.append("<dt>").append(esc(t.get("result.id"))).append("</dt><dd>")
          .append(esc(ReportWriter.escapeForTerminal(id))).append("</dd>"));
    } else {
      main.append("<dt>").append(esc(t.get("result.documents"))).append("</dt><dd>").append(documents.size()).append("</dd>");
    }
    main.append("<dt>").append(esc(t.get("result.call"))).append("</dt><dd id=\"calls\">");
    if (outcome.calls.isEmpty()) {
      main.append(esc(t.get("result.noCall")));
    } else {
      boolean first = true;
      for (String call : outcome.calls) {
        main.append(first ? "" : ", ");
        first = false;
        if (catalogues.catalogue().call(call).isPresent()) {
          main.append("<a href=\"/calls/").append(url(call)).append("?lang=").append(t.lang()).append("\">").append(esc(call))
              .append("</a>");
        } else {
          main.append(esc(ReportWriter.escapeForTerminal(call)));
        }
      }
      if (upload.call != null && !upload.call.isBlank()) {
        main.append(" <span class=\"hint\">(").append(esc(t.get("result.picked"))).append(")</span>");
      }
    }
    main.append("</dd></dl>\n</section>\n");

    main.append("<section class=\"downloads\" id=\"downloads\"><h2>").append(esc(t.get("result.downloads"))).append("</h2>\n");
    button(main, "report-json", t.get("download.reportJson"));
    button(main, "report-sarif", t.get("download.reportSarif"));
    Optional<Document> convertible = outcome.document;
    if (convertible.isPresent()) {
      for (Syntax target : List.of(Syntax.JSON, Syntax.YAML, Syntax.JSON_LINES)) {
        if (target != outcome.syntax && (target != Syntax.JSON_LINES || convertible.get() instanceof Project)) {
          button(main, code(target), t.get("download.as", syntaxName(target)));
        }
      }
    } else if (outcome.syntax != Syntax.JSON_LINES) {
      main.append("<p class=\"hint\">").append(esc(t.get("download.notConvertible"))).append("</p>");
    }
    main.append("</section>\n");

    // Issues by line; those without one (or past the end) come first. A workbook has no lines:
    // its issues are listed with their cells.
    String text = outcome.syntax == null ? "" : display(upload.bytes);
    List<String> lines = outcome.syntax == null ? List.of() : lines(text);
    TreeMap<Integer, List<ValidationIssue>> byLine = new TreeMap<>();
    List<ValidationIssue> general = new ArrayList<>();
    for (ValidationIssue issue : outcome.report.getIssues()) {
      int line = issue.getLocation().map(l -> l.line()).orElse(0);
      if (line >= 1 && line <= lines.size()) {
        byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(issue);
      } else {
        general.add(issue);
      }
    }
    if (!general.isEmpty()) {
      main.append("<section id=\"general\"><h2>").append(esc(t.get("result.general"))).append("</h2>\n<ul class=\"issues\">");
      for (ValidationIssue issue : general) {
        issue(main, t, issue);
      }
      main.append("</ul></section>\n");
    }
    main.append("<section><h2>").append(esc(t.get("result.document"))).append("</h2>\n");
    if (!byLine.isEmpty()) {
      main.append("<p class=\"hint\">").append(esc(t.get("result.jump"))).append(' ');
      int shown = 0;
      for (Map.Entry<Integer, List<ValidationIssue>> entry : byLine.entrySet()) {
        if (shown++ == 50) {
          main.append("…");
          break;
        }
        main.append("<a class=\"jump ").append(worst(entry.getValue()).code()).append("\" href=\"#L").append(entry.getKey())
            .append("\">").append(entry.getKey()).append("</a> ");
      }
      main.append("</p>\n");
    }
    main.append("<div class=\"document\" id=\"document\">\n");
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      List<ValidationIssue> issues = byLine.get(number);
      main.append("<div class=\"line");
      if (issues != null) {
        main.append(" flagged ").append(worst(issues).code());
      }
      main.append("\" id=\"L").append(number).append("\"><a class=\"no\" href=\"#L").append(number).append("\">").append(number)
          .append("</a><code>").append(esc(lines.get(i))).append("</code></div>\n");
      if (issues != null) {
        main.append("<ul class=\"issues at-line\" data-line=\"").append(number).append("\">");
        for (ValidationIssue issue : issues) {
          issue(main, t, issue);
        }
        main.append("</ul>\n");
      }
    }
    main.append("</div>\n</section>\n");
    return page(t, t.get("result.title", outcome.source), "again", main.toString());
  }

  private static void button(StringBuilder out, String what, String label) {
    out.append("<button type=\"submit\" form=\"again\" formaction=\"/download\" name=\"what\" value=\"").append(what)
        .append("\" id=\"download-").append(what).append("\">").append(esc(label)).append("</button>\n");
  }

  private static void issue(StringBuilder out, Texts t, ValidationIssue issue) {
    String severity = issue.getSeverity().code();
    out.append("<li class=\"issue ").append(severity).append("\" data-rule=\"").append(esc(issue.getRule())).append("\"")
        .append(issue.getLocation().map(l -> " data-line=\"" + l.line() + "\" data-column=\"" + l.column() + "\"").orElse(""))
        .append("><span class=\"severity\">").append(esc(t.get("severity." + severity))).append("</span> ")
        .append("<a class=\"rule\" href=\"/rules?lang=").append(t.lang()).append('#').append(esc(issue.getRule())).append("\">")
        .append(esc(issue.getRule())).append("</a> <span class=\"message\">")
        .append(esc(ReportWriter.escapeForTerminal(issue.getMessage(t.locale())))).append("</span>");
    issue.getLocation().ifPresentOrElse(
        l -> out.append(" <span class=\"where\">").append(esc(l.isCell() ? t.get("result.atCell", l.reference())
            : t.get("result.at", l.line(), l.column()))).append("</span>"),
        () -> {
          if (!issue.getPointer().isEmpty()) {
            out.append(" <code class=\"where\">").append(esc(ReportWriter.escapeForTerminal(issue.getPointer()))).append("</code>");
          }
        });
    issue.getWaiverReason().ifPresent(reason -> out.append(" <span class=\"waiver\">").append(esc(t.get("result.waiver")))
        .append(' ').append(esc(ReportWriter.escapeForTerminal(reason))).append("</span>"));
    out.append("</li>");
  }

  private static IssueSeverity worst(List<ValidationIssue> issues) {
    IssueSeverity worst = IssueSeverity.WAIVED;
    for (ValidationIssue issue : issues) {
      if (rank(issue.getSeverity()) > rank(worst)) {
        worst = issue.getSeverity();
      }
    }
    return worst;
  }

  private static int rank(IssueSeverity severity) {
    switch (severity) {
      case ERROR:
        return 3;
      case WARNING:
        return 2;
      case INFO:
        return 1;
      default:
        return 0;
    }
  }

  /** The text of the file as shown: UTF-8 (a bad byte shows as U+FFFD), without a leading byte order mark. */
  static String display(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The lines of a text, split at LF, CR LF and CR, as the readers count them; controls made visible. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(visible(text.substring(start, i)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(visible(text.substring(start)));
    }
    return lines;
  }

  /** A line with its controls escaped (tabs kept), so that none can reorder or hide what is shown. */
  private static String visible(String line) {
    if (line.indexOf('\t') < 0) {
      return ReportWriter.escapeForTerminal(line);
    }
    String[] pieces = line.split("\t", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      out.append(i == 0 ? "" : "\t").append(ReportWriter.escapeForTerminal(pieces[i]));
    }
    return out.toString();
  }

  // --- the catalogues ---

  static String calls(Texts t, Catalogues catalogues) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(esc(t.get("calls.title"))).append("</h1>\n<p class=\"lead\">").append(esc(t.get("calls.lead")))
        .append("</p>\n<table class=\"list\" id=\"calls\"><thead><tr><th>").append(esc(t.get("calls.id"))).append("</th><th>")
        .append(esc(t.get("calls.name"))).append("</th><th>").append(esc(t.get("calls.programme"))).append("</th><th>")
        .append(esc(t.get("calls.year"))).append("</th></tr></thead><tbody>\n");
    for (Call call : catalogues.catalogue().calls()) {
      String id = call.getId().value();
      main.append("<tr id=\"call-").append(esc(id)).append("\"><td><a href=\"/calls/").append(url(id)).append("?lang=")
          .append(t.lang()).append("\">").append(esc(id)).append("</a>")
          .append(call.isAbstractCall() ? " <span class=\"tag\">" + esc(t.get("calls.abstract")) + "</span>" : "")
          .append("</td><td>").append(esc(call.getName().map(n -> n.resolve(t.locale())).orElse(""))).append("</td><td>")
          .append(esc(call.getProgramme().orElse(""))).append("</td><td>")
          .append(call.getYear().map(String::valueOf).orElse("")).append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
    return page(t, t.get("calls.title"), null, main.toString());
  }

  static Optional<String> call(Texts t, Catalogues catalogues, String id) {
    Optional<ResolvedCall> found = catalogues.resolve(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ResolvedCall resolved = found.get();
    Call call = resolved.call();
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(esc(call.getId().value())).append("</h1>\n");
    call.getName().ifPresent(n -> main.append("<p class=\"lead\">").append(esc(n.resolve(t.locale()))).append("</p>\n"));
    call.getDescription().ifPresent(d -> main.append("<p>").append(esc(d.resolve(t.locale()))).append("</p>\n"));
    main.append("<dl class=\"facts\">");
    fact(main, t.get("call.chain"), esc(String.join(" → ", resolved.chain()))
        + (resolved.isAbstract() ? " <span class=\"tag\">" + esc(t.get("calls.abstract")) + "</span>" : ""));
    call.getProgramme().ifPresent(v -> fact(main, t.get("calls.programme"), esc(v)));
    call.getAction().ifPresent(v -> fact(main, t.get("call.action"), esc(v)));
    call.getField().ifPresent(v -> fact(main, t.get("call.field"), esc(v)));
    call.getYear().ifPresent(v -> fact(main, t.get("calls.year"), String.valueOf(v)));
    call.getFunder().ifPresent(v -> fact(main, t.get("call.funder"), esc(v)));
    call.getManagingAuthority().ifPresent(v -> fact(main, t.get("call.authority"), esc(v)));
    call.getUrl().ifPresent(v -> fact(main, t.get("call.url"), link(v)));
    main.append("</dl>\n<h2>").append(esc(t.get("call.rules"))).append("</h2>\n<table class=\"list\" id=\"call-rules\"><thead><tr><th>")
        .append(esc(t.get("rules.id"))).append("</th><th>").append(esc(t.get("rules.severity"))).append("</th><th>")
        .append(esc(t.get("call.confidence"))).append("</th><th>").append(esc(t.get("rules.parameters"))).append("</th><th>")
        .append(esc(t.get("call.citation"))).append("</th></tr></thead><tbody>\n");
    for (Map.Entry<String, RuleSetting> entry : resolved.rules().entrySet()) {
      String rule = entry.getKey();
      main.append("<tr><td><a href=\"/rules?lang=").append(t.lang()).append('#').append(esc(rule)).append("\">").append(esc(rule))
          .append("</a></td><td>").append(esc(resolved.severity(rule).map(s -> t.get("severity." + s.code())).orElse(t.get("severity.off"))))
          .append("</td><td>").append(esc(resolved.confidence(rule).map(c -> c.code()).orElse("–"))).append("</td><td>");
      Map<String, ?> parameters = entry.getValue().getParameters().asMap();
      if (!parameters.isEmpty()) {
        main.append("<code>").append(esc(Json.compact(parameters))).append("</code>");
      }
      main.append("</td><td>").append(resolved.citation(rule).map(Pages::citation).orElse("")).append("</td></tr>\n");
    }
    main.append("</tbody></table>\n<h2>").append(esc(t.get("call.sources"))).append("</h2>\n<ol class=\"sources\" start=\"0\">");
    for (Source source : resolved.sources()) {
      main.append("<li>").append(citation(source)).append(source.getConfidence().map(c -> " <span class=\"tag\">" + esc(c.code())
          + "</span>").orElse("")).append(source.getNote().map(n -> "<br><span class=\"hint\">" + esc(n) + "</span>").orElse(""))
          .append("</li>");
    }
    main.append("</ol>\n<p><a href=\"/api/calls/").append(url(call.getId().value())).append("?lang=").append(t.lang())
        .append("\">JSON</a></p>\n");
    return Optional.of(page(t, call.getId().value(), null, main.toString()));
  }

  private static void fact(StringBuilder out, String term, String html) {
    out.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>");
  }

  private static String citation(Source source) {
    StringBuilder out = new StringBuilder();
    String title = esc(source.getTitle().orElse("–"));
    out.append(source.getUrl().filter(Pages::isWeb).map(u -> "<a href=\"" + esc(u) + "\" rel=\"noopener noreferrer\">" + title + "</a>")
        .orElse(title));
    source.getSection().ifPresent(s -> out.append(", ").append(esc(s)));
    source.getRetrieved().ifPresent(d -> out.append(" (").append(d).append(')'));
    return out.toString();
  }

  private static String link(String url) {
    return isWeb(url) ? "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(url) + "</a>" : esc(url);
  }

  private static boolean isWeb(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }

  static String rules(Texts t) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(esc(t.get("rules.title"))).append("</h1>\n<p class=\"lead\">").append(esc(t.get("rules.lead")))
        .append("</p>\n<table class=\"list\" id=\"rules\"><thead><tr><th>").append(esc(t.get("rules.id"))).append("</th><th>")
        .append(esc(t.get("rules.severity"))).append("</th><th>").append(esc(t.get("rules.owner"))).append("</th><th>")
        .append(esc(t.get("rules.parameters"))).append("</th><th>").append(esc(t.get("rules.description")))
        .append("</th></tr></thead><tbody>\n");
    for (RuleDescriptor rule : Rules.all()) {
      main.append("<tr id=\"").append(esc(rule.getId())).append("\"><td><code>").append(esc(rule.getId())).append("</code> <a href=\"")
          .append(RULES_DOC).append('#').append(url(rule.getId())).append("\" rel=\"noopener noreferrer\" class=\"doc\">")
          .append(esc(t.get("rules.doc"))).append("</a></td><td>").append(esc(t.get("severity." + rule.getDefaultSeverity().code())))
          .append("</td><td>").append(esc(rule.getOwner().code())).append("</td><td>")
          .append(esc(String.join(", ", rule.getParameters()))).append("</td><td>").append(esc(rule.description(t.locale())))
          .append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
    return page(t, t.get("rules.title"), null, main.toString());
  }

  // --- helpers ---

  /** The code of a syntax; {@code xlsx} for a workbook, which has none. */
  static String code(@Nullable Syntax syntax) {
    return syntax == null ? "xlsx" : syntax == Syntax.JSON ? "json" : syntax == Syntax.YAML ? "yaml" : "jsonl";
  }

  private static String syntaxName(@Nullable Syntax syntax) {
    return syntax == null ? "Excel (xlsx)" : syntax == Syntax.JSON ? "JSON" : syntax == Syntax.YAML ? "YAML" : "JSON Lines";
  }

  private static String url(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Text escaped for HTML content and quoted attributes. */
  static String esc(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = null;
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
