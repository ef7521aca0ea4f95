package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of malformed text the parsers report gets a message in plain words, in English and
 * Italian, that says what was found, what was expected and where, and repeats neither the
 * document nor the parser's own words.
 */
class SyntaxMessagesTest {

  private final ProgettoMapper mapper = ProgettoMapper.standard();

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("unclosed JSON object", Syntax.JSON, "{\"format\": 1,\n \"kind\": \"project\"", "2:19",
            "missing \"}\" to close the object opened at line 1, column 1",
            "manca \"}\" di chiusura dell'oggetto aperto alla riga 1, colonna 1"),
        Arguments.of("unclosed JSON array", Syntax.JSON, "{\"format\": 1, \"kind\": [\"project\"", "1:33",
            "missing \"]\" to close the list opened at line 1, column 23",
            "manca \"]\" di chiusura della lista aperta alla riga 1, colonna 23"),
        Arguments.of("unclosed JSON string", Syntax.JSON, "{\"format\": 1, \"kind\": \"proj", "1:28",
            "the document ends inside a text: expected its closing quote",
            "il documento finisce dentro un testo: attese le virgolette di chiusura"),
        Arguments.of("bad JSON token", Syntax.JSON, "{\"format\": tru}", "1:12",
            "found a word where a value was expected: a text goes in double quotes, and the only words are true, false and null",
            "trovata una parola dove era atteso un valore: un testo va tra virgolette doppie, e le sole parole sono true, false e null"),
        Arguments.of("missing value", Syntax.JSON, "{\"a\": }", "1:7",
            "found \"}\" where a value was expected: a text in quotes, a number, an object, a list, true, false or null",
            "trovato \"}\" dove era atteso un valore: un testo tra virgolette, un numero, un oggetto, una lista, true, false o null"),
        Arguments.of("trailing comma", Syntax.JSON, "{\"format\": 1,}", "1:14",
            "found \"}\" where a field name in double quotes was expected",
            "trovato \"}\" dove era atteso il nome di un campo tra virgolette doppie"),
        Arguments.of("missing colon", Syntax.JSON, "{\"format\" 1}", "1:11",
            "found \"1\" where \":\" was expected between a field name and its value",
            "trovato \"1\" dove era atteso \":\" tra il nome di un campo e il suo valore"),
        Arguments.of("missing comma in an object", Syntax.JSON, "{\"format\": 1 \"kind\": 2}", "1:14",
            "found '\"' where \",\" or \"}\" was expected after a field of the object",
            "trovato '\"' dove era atteso \",\" o \"}\" dopo un campo dell'oggetto"),
        Arguments.of("missing comma in a list", Syntax.JSON, "[1 2]", "1:4",
            "found \"2\" where \",\" or \"]\" was expected after an item of the list",
            "trovato \"2\" dove era atteso \",\" o \"]\" dopo un elemento della lista"),
        Arguments.of("a list closed by the brace of its object", Syntax.JSON, "{\"a\": [{\"b\": 1}}", "1:16",
            "missing \"]\" to close the list opened at line 1, column 7",
            "manca \"]\" di chiusura della lista aperta alla riga 1, colonna 7"),
        Arguments.of("an object closed by the bracket of its list", Syntax.JSON, "[{\"a\": 1]", "1:9",
            "missing \"}\" to close the object opened at line 1, column 2",
            "manca \"}\" di chiusura dell'oggetto aperto alla riga 1, colonna 2"),
        Arguments.of("close without open", Syntax.JSON, "{\"a\": 1}}", "1:9",
            "found \"}\" with no open object or list to close",
            "trovato \"}\" senza un oggetto o una lista aperti da chiudere"),
        Arguments.of("bad JSON escape", Syntax.JSON, "{\"a\": \"x\\qy\"}", "1:10",
            "found an unknown escape in a text: expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hexadecimal digits",
            "trovato un escape sconosciuto in un testo: atteso \\\" \\\\ \\/ \\b \\f \\n \\r \\t o \\u e quattro cifre esadecimali"),
        Arguments.of("control character", Syntax.JSON, "{\"a\": \"x\ty\"}", "1:9",
            "found the control character U+0009 inside a text: expected it written as an escape such as \\t or \\n",
            "trovato il carattere di controllo U+0009 dentro un testo: atteso scritto come escape, per esempio \\t o \\n"),
        Arguments.of("leading zero", Syntax.JSON, "{\"a\": 01}", "1:8",
            "found a number not written as JSON writes numbers: expected digits without leading zeros, with an optional fraction and exponent",
            "trovato un numero non scritto come in JSON: attese cifre senza zeri iniziali, con parte decimale ed esponente facoltativi"),
        Arguments.of("unclosed YAML flow list", Syntax.YAML, "format: 1\nkind: [project\n", "3:1",
            "missing \"]\" to close the list opened at line 2, column 7",
            "manca \"]\" di chiusura della lista aperta alla riga 2, colonna 7"),
        Arguments.of("unclosed YAML flow object", Syntax.YAML, "format: 1\nkind: {a: 1\n", "3:1",
            "missing \"}\" to close the object opened at line 2, column 7",
            "manca \"}\" di chiusura dell'oggetto aperto alla riga 2, colonna 7"),
        Arguments.of("unclosed YAML string", Syntax.YAML, "format: 1\nkind: \"project\n", "3:1",
            "missing the closing quote of the text opened at line 2, column 7",
            "mancano le virgolette di chiusura del testo aperto alla riga 2, colonna 7"),
        Arguments.of("bad YAML token", Syntax.YAML, "a: @x\n", "1:4",
            "found \"@\", which cannot start a YAML value: expected a value, or a text in quotes",
            "trovato \"@\", che non pu\u00f2 iniziare un valore YAML: atteso un valore, o un testo tra virgolette"),
        Arguments.of("bad YAML escape", Syntax.YAML, "a: \"x\\qy\"\n", "1:7",
            "found an unknown escape in a text: expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hexadecimal digits",
            "trovato un escape sconosciuto in un testo: atteso \\\" \\\\ \\/ \\b \\f \\n \\r \\t o \\u e quattro cifre esadecimali"),
        Arguments.of("tab indentation", Syntax.YAML, "format: 1\n\tkind: project\n", "2:1",
            "found a tab where YAML expects indentation or a value: YAML indents with spaces only",
            "trovata una tabulazione dove YAML attende un rientro o un valore: YAML rientra solo con spazi"),
        Arguments.of("bad indentation", Syntax.YAML, "a:\n  b: 1\n c: 2\n", "3:2",
            "found a line indented differently from the lines around it: expected the keys of one object, and the items of one list, at the same indentation",
            "trovata una riga con un rientro diverso da quello delle righe vicine: attese le chiavi di uno stesso oggetto, e gli elementi di una stessa lista, allo stesso rientro"),
        Arguments.of("key indented under a value", Syntax.YAML, "format: 1\n  kind: project\n", "2:7",
            "found \":\" where no key can start: expected one key per line at the indentation of its object, and a text that contains \": \" in quotes",
            "trovato \":\" dove non pu\u00f2 iniziare una chiave: attesa una chiave per riga al rientro del suo oggetto, e tra virgolette un testo che contiene \": \""),
        Arguments.of("duplicate anchor", Syntax.YAML, "a: &x [1]\nb: &x [2]\n", "2:4",
            "found a second anchor of the same name: expected each anchor once (the first is at line 1, column 4)",
            "trovata una seconda ancora con lo stesso nome: attesa ogni ancora una sola volta (la prima \u00e8 alla riga 1, colonna 4)"),
        Arguments.of("YAML alias", Syntax.YAML, "a: &x [1]\nb: *x\n", "2:4",
            "found an alias where a value was expected: YAML aliases are not read, write the value in full",
            "trovato un alias dove era atteso un valore: gli alias YAML non sono letti, scrivere il valore per intero"),
        Arguments.of("control character in YAML", Syntax.YAML, "a: \u0001\n", "1:4",
            "found the character U+0001, which a YAML document cannot contain: expected printable text",
            "trovato il carattere U+0001, che un documento YAML non pu\u00f2 contenere: atteso testo stampabile"),
        Arguments.of("complex YAML key", Syntax.YAML, "? [a\n", "1:4",
            "found a list or an object where a key was expected: expected a key that is a text",
            "trovata una lista o un oggetto dove era attesa una chiave: attesa una chiave che sia un testo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void saysWhatWasFoundAndExpectedInEachLanguage(String kind, Syntax syntax, String text, String where,
      String english, String italian) {
    ReadResult<Document> result = mapper.read(text, syntax);

    assertThat(result.getIssues()).filteredOn(issue -> issue.getRule().equals("format.syntax"))
        .singleElement().satisfies(issue -> {
          assertThat(issue.getLocation()).map(SourceLocation::toString).contains(where);
          assertThat(issue.getMessage(Locale.ENGLISH)).isEqualTo(english);
          assertThat(issue.getMessage(Locale.ITALIAN)).isEqualTo(italian);
          assertPlain(issue);
        });
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of(Syntax.JSON, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
            "the document is not valid UTF-8: found the byte 0xFF, which cannot stand here in UTF-8 text",
            "il documento non \u00e8 UTF-8 valido: trovato il byte 0xFF, che non pu\u00f2 stare qui in un testo UTF-8"),
        Arguments.of(Syntax.JSON, "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE),
            "the document is not valid UTF-8: found UTF-16 or UTF-32 text, expected UTF-8",
            "il documento non \u00e8 UTF-8 valido: trovato testo UTF-16 o UTF-32, atteso UTF-8"));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void saysWhichEncodingWasFound(Syntax syntax, byte[] bytes, String english, String italian) {
    ReadResult<Document> result = mapper.read(bytes, syntax);

    assertThat(result.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getMessage(Locale.ENGLISH)).isEqualTo(english);
      assertThat(issue.getMessage(Locale.ITALIAN)).isEqualTo(italian);
      assertPlain(issue);
    });
  }

  @Test
  void neverRepeatsTheDocument() {
    String secret = "{\"format\": 1, \"kind\": \"project\", \"title\": \"SECRET-TEXT\"";
    ReadResult<Document> result = mapper.read(secret, Syntax.JSON);

    assertThat(result.getIssues()).isNotEmpty()
        .allSatisfy(issue -> assertThat(issue.getMessage(Locale.ENGLISH)).doesNotContain("SECRET"));
  }

  private static void assertPlain(ReadIssue issue) {
    for (String message : List.of(issue.getMessage(Locale.ENGLISH), issue.getMessage(Locale.ITALIAN))) {
      assertThat(message).doesNotContainIgnoringCase("exception").doesNotContain("Source")
          .doesNotContain("org.").doesNotContain("com.").doesNotContain("marker").doesNotContain("while ")
          .doesNotContain("scalar").doesNotContain("VALUE_").doesNotContain("token '").doesNotContain("{0}");
    }
  }
}
