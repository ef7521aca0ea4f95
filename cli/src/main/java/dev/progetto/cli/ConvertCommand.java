package dev.progetto.cli;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ReadIssue;
import dev.progetto.io.ReadResult;
import dev.progetto.io.Syntax;
import dev.progetto.model.Document;
import dev.progetto.validation.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code progetto convert IN --to json|yaml [-o OUT] [--schema-comment[=URL]]}: rewrites a document
 * in canonical form.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rewrites a document in canonical form in JSON or YAML. A document with read errors is not converted (exit 1).")
final class ConvertCommand implements Callable<Integer> {

  /** Target syntaxes. */
  enum Target {
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "IN", description = "The document to convert (.json, .yaml or .yml).")
  Path in;

  @Option(names = "--to", required = true, paramLabel = "SYNTAX", description = "json or yaml.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--lenient", description = "Read unknown fields as warnings; they are not written back.")
  boolean lenient;

  @Option(names = "--schema-comment", arity = "0..1", paramLabel = "URL", fallbackValue = DEFAULT_SCHEMA,
      description = "With --to yaml, start the file with the line '# yaml-language-server: $schema=URL' that editors "
          + "read to complete and check it; without URL, the address of the JSON Schema of the document's kind "
          + "(docs/editors.md).")
  String schemaComment;

  /** The value of --schema-comment given without a URL: the schema of the document's kind. */
  static final String DEFAULT_SCHEMA = "<kind>";

  /** The line that the YAML language server (VS Code, IntelliJ, Neovim, ...) reads. */
  static String schemaCommentLine(String url) {
    return "# yaml-language-server: $schema=" + url + "\n";
  }

  /** The $id of the JSON Schema of a kind, which is where the schema is published. */
  static String schemaUrl(ProgettoMapper mapper, dev.progetto.model.DocumentKind kind) {
    String schema;
    try {
      schema = mapper.schema(kind);
    } catch (IllegalArgumentException noSchema) {
      throw new UserError("--schema-comment: there is no JSON Schema for documents of kind " + kind.code()
          + "; give the schema's URL: --schema-comment=URL", noSchema);
    }
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"").matcher(schema);
    if (!id.find()) {
      throw new IllegalStateException("the schema of " + kind.code() + " has no $id");
    }
    return id.group(1);
  }

  @Override
  public Integer call() throws IOException {
    Locale locale = Inputs.locale(common.lang);
    Path file = Inputs.files(java.util.List.of(in)).get(0);
    if (Inputs.syntax(file) == Syntax.JSON_LINES) {
      throw new UserError("convert reads one document; " + file + " is JSON Lines");
    }
    if (schemaComment != null && to != Target.YAML) {
      throw new UserError("--schema-comment needs --to yaml: JSON has no comments (a JSON document names its schema in "
          + "its $schema field)");
    }
    if (schemaComment != null && (schemaComment.isBlank() || schemaComment.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
      throw new UserError("--schema-comment: the URL is empty or holds a line break or another control character");
    }
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(lenient).build();
    ReadResult<Document> result = mapper.read(file);
    PrintWriter err = spec.commandLine().getErr();
    for (ReadIssue issue : result.getIssues()) {
      err.println(ReportWriter.escapeForTerminal(file + issue.getLocation().map(l -> ":" + l).orElse("") + ": "
          + issue.getSeverity().code() + " [" + issue.getRule() + "] " + issue.getMessage(locale)));
    }
    err.flush();
    if (result.hasErrors() || result.getDocument().isEmpty()) {
      return Main.ISSUES;
    }
    Syntax syntax = to == Target.JSON ? Syntax.JSON : Syntax.YAML;
    Document document = result.getDocument().get();
    String text = mapper.write(document, syntax);
    if (schemaComment != null) {
      text = schemaCommentLine(schemaComment.equals(DEFAULT_SCHEMA) ? schemaUrl(mapper, document.kind()) : schemaComment) + text;
    }
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    } else {
      try {
        java.nio.file.Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException unwritable) {
        throw new UserError("cannot write " + out + ": " + unwritable.getMessage(), unwritable);
      }
    }
    return Main.OK;
  }
}
