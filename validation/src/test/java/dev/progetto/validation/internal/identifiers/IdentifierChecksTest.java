package dev.progetto.validation.internal.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierChecksTest {

  /** The check character computed independently: a table lookup written out by position parity. */
  private static char checkCharacter(String first15) {
    String odd = "BAKPLCQDREVOSFTGUHMINJWZYX";
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = first15.charAt(i);
      int index = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += (i % 2 == 0) ? odd.indexOf((char) ('A' + index)) : index;
    }
    return (char) ('A' + sum % 26);
  }

  @Test
  void knownVectors() {
    assertThat(IdentifierChecks.isPartitaIva("00743110157")).isTrue();
    assertThat(IdentifierChecks.isPartitaIva("00743110158")).isFalse();
    assertThat(IdentifierChecks.isCodiceFiscale("RCCMNL83S18D969H")).isTrue();
    assertThat(IdentifierChecks.isCodiceFiscale("00743110157")).as("an entity's codice fiscale").isTrue();
    assertThat(checkCharacter("RCCMNL83S18D969")).isEqualTo('H');
  }

  @Test
  void omocodiaLettersStandForDigits() {
    String base = "RCCMNL83S18D96";
    for (String variant : new String[] {base + "V", base.substring(0, 13) + "SV", "RCCMNLTPS18D969"}) {
      String code = variant.length() == 15 ? variant : variant.substring(0, 15);
      String full = code + checkCharacter(code);
      assertThat(IdentifierChecks.isPersonalCodiceFiscale(full)).as(full).isTrue();
      assertThat(IdentifierChecks.isPersonalCodiceFiscale(full.substring(0, 15) + (char) ((full.charAt(15) - 'A' + 1) % 26 + 'A')))
          .as("wrong check character for " + full).isFalse();
    }
  }

  @Test
  void womenAddFortyToTheDay() {
    String woman = "RCCMNL83S58D969";
    assertThat(IdentifierChecks.isPersonalCodiceFiscale(woman + checkCharacter(woman))).isTrue();
    String badDay = "RCCMNL83S35D969";
    assertThat(IdentifierChecks.isPersonalCodiceFiscale(badDay + checkCharacter(badDay))).isFalse();
    String badMonth = "RCCMNL83F18D969";
    assertThat(IdentifierChecks.isPersonalCodiceFiscale(badMonth + checkCharacter(badMonth))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "rccmnl83s18d969h", "RCCMNL83S18D969", "RCCMNL83S18D969HH", "\u0660\u0660743110157", "0074311015\u0667",
      "00743110\u00a057"})
  void neverAcceptsMalformedInput(String text) {
    assertThat(IdentifierChecks.isCodiceFiscale(text)).isFalse();
    assertThat(IdentifierChecks.isPartitaIva(text)).isFalse();
  }

  @Test
  void officeCodesOfPartitaIva() {
    String withOffice = "1234567" + "000";
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = withOffice.charAt(i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    assertThat(IdentifierChecks.isPartitaIva(withOffice + (10 - sum % 10) % 10)).as("office 000 does not exist").isFalse();
  }

  @Test
  void shapesOfTheOtherSchemes() {
    assertThat(IdentifierChecks.isCup("J51B19000000005")).isTrue();
    assertThat(IdentifierChecks.isCup("J51B1900000000")).isFalse();
    assertThat(IdentifierChecks.isPic("999999999")).isTrue();
    assertThat(IdentifierChecks.isOid("E10012345")).isTrue();
    assertThat(IdentifierChecks.isOid("e10012345")).isFalse();
    assertThat(IdentifierChecks.isIstatComune("001272")).isTrue();
    assertThat(IdentifierChecks.isNuts("ITC11")).isTrue();
    assertThat(IdentifierChecks.isNuts("ITC111")).isFalse();
    assertThat(IdentifierChecks.isCountry("EL")).isTrue();
    assertThat(IdentifierChecks.isCountry("UK")).isFalse();
    assertThat(IdentifierChecks.isLanguageTag("fr-BE")).isTrue();
    assertThat(IdentifierChecks.isLanguageTag("it_IT")).isFalse();
    assertThat(IdentifierChecks.isHttpUrl("https://arlekinpro.eu/")).isTrue();
    assertThat(IdentifierChecks.isHttpUrl("ftp://example.org")).isFalse();
    assertThat(IdentifierChecks.isHttpUrl("https://exa mple.org")).isFalse();
    // what a browser opens: a host in another script, an underscore, characters RFC 3986 would encode
    for (String opened : new String[] {"https://www.città.it/", "https://sub_domain.example.org/", "https://example.org/path[1]",
        "https://example.org/a|b", "https://example.org/{id}", "https://example.org/#frag#2", "http://user@città.it:8080/x"}) {
      assertThat(IdentifierChecks.isHttpUrl(opened)).as(opened).isTrue();
    }
    for (String refused : new String[] {"https://", "https:///path", "https://exa$mple.org/", "https://host:80a/", "mailto:x@y.it",
        "https://a..b/"}) {
      assertThat(IdentifierChecks.isHttpUrl(refused)).as(refused).isFalse();
    }
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2024-1-EL01-KA220-VET-000123456"))
        .hasValueSatisfying(n -> assertThat(n.country()).contains("EL"));
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2024-1-FR01-KA220-XYZ-000123456")).isEmpty();
  }

  @Test
  void erasmusProjectNumbersOfEveryGeneration() {
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2023-2-IT03-KA220-YOU-000176636")).hasValueSatisfying(n -> {
      assertThat(n.year()).hasValue(2023);
      assertThat(n.round()).hasValue(2);
      assertThat(n.action()).contains("KA220");
      assertThat(n.field()).contains("YOU");
    });
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2024-3-TR01-KA210-YOU-000285989"))
        .hasValueSatisfying(n -> assertThat(n.round()).hasValue(3));
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2017-1-FR01-KA202-037441")).hasValueSatisfying(n -> {
      assertThat(n.year()).hasValue(2017);
      assertThat(n.action()).contains("KA202");
      assertThat(n.field()).isEmpty();
    });
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2019-1-IT02-KA229-063155_1"))
        .hasValueSatisfying(n -> assertThat(n.action()).contains("KA229"));
    assertThat(IdentifierChecks.parseErasmusProjectNumber("562155-EPP-1-2015-1-ES-EPPKA3-PI-FORWARD"))
        .hasValueSatisfying(n -> {
          assertThat(n.year()).hasValue(2015);
          assertThat(n.action()).isEmpty();
        });
    assertThat(IdentifierChecks.parseErasmusProjectNumber("101052461")).isPresent();
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2017-1-FR01-KA202-03744")).isEmpty();
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2017-4-FR01-KA202-037441")).isEmpty();
    assertThat(IdentifierChecks.parseErasmusProjectNumber("2017-1-FR01-KA202-037441_")).isEmpty();
    assertThat(IdentifierChecks.parseErasmusProjectNumber("201052461")).isEmpty();
    assertThat(IdentifierChecks.isCodiceFiscale("x".repeat(100_000))).isFalse();
  }

  private static final String SHAPE_CHARACTERS = "AZaz09-/ \u00c9\u0661";

  /** A random character of those that matter to the shape checks. */
  private static char randomCharacter(SplittableRandom random) {
    return SHAPE_CHARACTERS.charAt(random.nextInt(SHAPE_CHARACTERS.length()));
  }

  /** Random text of the characters that matter to the shape checks, up to the given length. */
  private static String randomText(SplittableRandom random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.append(randomCharacter(random));
    }
    return text.toString();
  }

  @Test
  void cupAndNutsHaveTheShapesOfTheirPatterns() {
    Pattern cup = Pattern.compile("[A-Z][0-9]{2}[A-Z][0-9]{11}");
    Pattern nuts = Pattern.compile("[A-Z]{2}[0-9A-Z]{0,3}");
    assertThat(IdentifierChecks.isCup("J51B19000000005")).isTrue();
    assertThat(IdentifierChecks.isNuts("ITC16")).isTrue();
    assertThat(IdentifierChecks.isNuts("IT")).isTrue();
    assertThat(IdentifierChecks.isNuts("ITC161")).isFalse();
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 20_000; n++) {
      String shortText = randomText(random, 7);
      assertThat(IdentifierChecks.isNuts(shortText)).as(shortText).isEqualTo(nuts.matcher(shortText).matches());
      StringBuilder almostCup = new StringBuilder("J51B19000000005");
      for (int k = random.nextInt(3); k > 0; k--) {
        almostCup.setCharAt(random.nextInt(15), randomCharacter(random));
      }
      String[] cups = {almostCup.toString(), shortText, almostCup + "0", almostCup.substring(1)};
      for (String text : cups) {
        assertThat(IdentifierChecks.isCup(text)).as(text).isEqualTo(cup.matcher(text).matches());
      }
    }
  }
}
