package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's own messages, in English and Italian. */
class CliMessagesTest {

  private static Properties messages(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CliMessages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Every key the code names is in both languages, and neither file has a key the other lacks. */
  @Test
  void everyMessageIsInBothLanguages() throws IOException {
    Properties english = messages("Messages.properties");
    Properties italian = messages("Messages_it.properties");
    assertThat(italian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

    Set<String> named = new TreeSet<>();
    Pattern key = Pattern.compile("\"(cli\\.[a-z.-]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher found = key.matcher(Files.readString(source));
        while (found.find()) {
          named.add(found.group(1));
        }
      }
    }
    // the labels of calls show are named by their last part
    named.removeIf(name -> name.equals("cli.calls."));
    assertThat(named).hasSizeGreaterThan(50);
    assertThat(english.stringPropertyNames()).containsAll(named);
  }

  /**
   * Each message that picocli gives for arguments it cannot parse is said in Italian under
   * {@code --lang it}: a picocli that words one otherwise fails here, not in front of a user.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate --lang it | progetto: manca il parametro richiesto: 'PATH'",
      "convert --lang it x | progetto: manca l'opzione richiesta: '--to=SYNTAX'",
      "convert --lang it x --to | progetto: l'opzione --to richiede un valore (SYNTAX)",
      "convert --lang it x --to json --to yaml | progetto: l'opzione --to (SYNTAX) è indicata più di una volta",
      "convert --lang it x --to --lenient | progetto: l'opzione --to richiede un valore, e --lenient non lo è",
      "validate --lang it --frob x | progetto: opzione sconosciuta: '--frob'",
      "calls show --lang it a b | progetto: argomento inatteso: 'b'",
      "validate --lang it --format xml x | progetto: --format accetta text, json o sarif, non xml",
      "validate --lang it --threads x x | progetto: --threads accetta un numero intero, non x",
      "validate --lang=it --fail-on never x | progetto: --fail-on accetta error o warning, non never",
      "validate --format xml x | progetto: --format takes text, json or sarif, not xml",
      "validate | progetto: missing required parameter: 'PATH'",
      "schema foo | progetto: KIND takes project, portfolio, call or indicator-catalogue, not foo"})
  void aUsageErrorIsSaidInTheLanguageOfTheRun(String args, String message) {
    CommandRun run = CommandRun.of(args.split(" "));

    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith(message + "\n").contains("Usage: progetto ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aCommandMistypedIsSuggestedByItsWholeNameInTheLanguageOfTheSystem() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALIAN);
      CommandRun mistyped = CommandRun.of("validat", "x");
      assertThat(mistyped.err()).isEqualTo("progetto: argomenti inattesi: 'validat', 'x'\n"
          + "forse si intendeva progetto validate o progetto calls o progetto template?\n");
      assertThat(CommandRun.of().err()).startsWith("progetto: manca un comando: validate, convert, template, schema, calls,"
          + " rules, report o serve\n");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(CommandRun.of("validat", "x").err()).endsWith(
          "did you mean progetto validate or progetto calls or progetto template?\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "validate --lang it no/such.yaml | progetto: impossibile leggere no/such.yaml: file o cartella inesistente",
      "validate --lang it --today 2021-02-29 no/such.yaml | progetto: --today deve essere una data AAAA-MM-GG: 2021-02-29:"
          + " il giorno 29 non esiste, febbraio 2021 ha 28 giorni",
      "validate --today 2021-02-29 no/such.yaml | progetto: --today must be a date YYYY-MM-DD: 2021-02-29 has no day 29:"
          + " February 2021 has 28 days",
      "calls show nope --lang it | progetto: nessun bando ha l'id nope; progetto calls li elenca",
      "validate --lang it --threads 0 x | progetto: --threads accetta un numero da 1 a 256, non 0",
      "report --lang it --format xlsx x | progetto: --format xlsx scrive una cartella di lavoro: indicare -o FILE.xlsx",
      "validate --lang de x | progetto: --lang takes en or it, not de",
      "validate --lang IT '' | progetto: impossibile leggere un percorso vuoto: indicare un file o una cartella"})
  void aUserErrorIsSaidInTheLanguageOfTheRun(String args, String message) {
    String[] split = args.split(" ");
    for (int i = 0; i < split.length; i++) {
      split[i] = split[i].equals("''") ? "" : split[i];
    }
    CommandRun run = CommandRun.of(split);

    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo(message + "\n");
  }

  @Test
  void runningOutOfMemoryIsSaidInTheLanguageOfTheRun() {
    java.io.StringWriter err = new java.io.StringWriter();
    assertThat(Main.failed(new OutOfMemoryError("Java heap space"), new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(err, true), false, Locale.ITALIAN)).isEqualTo(Main.INTERNAL);
    assertThat(err.toString()).isEqualTo("progetto: memoria esaurita: dare più memoria a Java (PROGETTO_JAVA_OPTS=-Xmx2g per"
        + " ./progetto, -Xmx2g per java -jar), o leggere meno file alla volta\n");
  }

  @Test
  void callsShowLabelsItsFieldsInTheLanguageOfTheRun() {
    String italian = CommandRun.of("calls", "show", "erasmus-plus-2024-ka220-vet", "--lang", "it").out();
    assertThat(italian).contains("\n  catena: ", "\n  programma: ", "\n  azione: ", "\n  anno: 2024\n",
        "\n  regole (gravità applicata,", "\n  fonti:\n");
    String english = CommandRun.of("calls", "show", "erasmus-plus-2024-ka220-vet", "--lang", "en").out();
    assertThat(english).contains("\n  chain: ", "\n  programme: ", "\n  year: 2024\n", "\n  sources:\n");
  }
}
