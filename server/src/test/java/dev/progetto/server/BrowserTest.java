package dev.progetto.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless browser (Debian's Chromium through Selenium): a file uploaded, its
 * issues next to their lines, then the same in Italian after switching language. Skipped where
 * Chromium or its driver is missing.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  static ValidatorServer server;
  static WebDriver browser;
  static Path profile;
  /** Selenium's own logger, kept so that the level set on it holds. */
  static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "the browser test needs Chromium and its driver: apt-get install chromium chromium-driver (scripts/install-chromium)");
    server = ValidatorServer.builder().port(0).start();
    // Selenium warns on every run that it has no DevTools bindings for this Chromium's version,
    // which the test does not use
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
    System.setProperty("SE_OFFLINE", "true");
    profile = Files.createTempDirectory("progetto-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** A broken copy of a project: three-letter country codes and a budget that is a number. */
  static String broken(String yaml) {
    String copy = yaml.replace("country: IT}", "country: ITA}").replaceFirst("(?m)^call: (.*)$", "call: $1\nbudget: 12");
    assertThat(copy).isNotEqualTo(yaml);
    return copy;
  }

  /**
   * A wait of up to a minute that looks again when the element it looked at belonged to the page
   * being left: a page that is loading replaces its elements under the conditions.
   */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private void upload(Path file, String lang) {
    browser.get(server.uri().resolve("/?lang=" + lang).toString());
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
    browser.findElement(By.id("validate")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
  }

  private static JsonNode report(Path file, String lang) throws IOException {
    HttpResponse<String> response = Http.post(server.uri().resolve("/api/validate?lang=" + lang + "&filename="
        + file.getFileName()), Files.readAllBytes(file));
    return new ObjectMapper().readTree(response.body());
  }

  /** Every issue with a line is shown in the list right after that line, with its rule, severity and message. */
  private void assertIssuesNextToTheirLines(JsonNode report, String severityWord) {
    int checked = 0;
    for (JsonNode document : report.get("documents")) {
      for (JsonNode issue : document.get("issues")) {
        if (!issue.has("line")) {
          continue;
        }
        int line = issue.get("line").asInt();
        WebElement lineElement = browser.findElement(By.id("L" + line));
        assertThat(lineElement.getAttribute("class")).contains("flagged");
        WebElement next = lineElement.findElement(By.xpath("following-sibling::*[1]"));
        assertThat(next.getTagName()).isEqualTo("ul");
        assertThat(next.getAttribute("data-line")).isEqualTo(String.valueOf(line));
        List<WebElement> items = next.findElements(By.cssSelector("li.issue[data-rule='" + issue.get("rule").asText() + "']"));
        assertThat(items).as("issue %s at line %d", issue.get("rule").asText(), line).isNotEmpty();
        assertThat(items).anySatisfy(item -> {
          assertThat(item.findElement(By.className("message")).getText()).isEqualTo(issue.get("message").asText());
          assertThat(item.findElement(By.className("rule")).getAttribute("href")).endsWith("#" + issue.get("rule").asText());
        });
        if (issue.get("severity").asText().equals("error")) {
          assertThat(next.getText()).containsIgnoringCase(severityWord);
        }
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theExampleHasItsInfoAtItsLine() throws IOException {
    Path example = ApiTest.EXAMPLE;
    upload(example, "en");
    assertThat(browser.findElement(By.cssSelector("#count-error .n")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("verdict")).getText()).contains("valid");
    assertIssuesNextToTheirLines(report(example, "en"), "error");
    assertThat(browser.findElements(By.cssSelector("#downloads button"))).extracting(WebElement::getText)
        .contains("Report (JSON)", "Report (SARIF)", "File as JSON");
  }

  @Test
  void aBrokenCopyShowsEveryIssueAtItsLineInEnglishThenInItalian(@TempDir Path folder) throws IOException {
    Path copy = folder.resolve("impact-umbria-broken.yaml");
    Files.writeString(copy, broken(Files.readString(ApiTest.EXAMPLE, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    JsonNode english = report(copy, "en");
    assertThat(english.get("errors").asInt()).isGreaterThan(1);

    upload(copy, "en");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector("#count-error .n")).getText()).isEqualTo(english.get("errors").asText());
    assertIssuesNextToTheirLines(english, "error");

    browser.findElement(By.id("lang-it")).click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
    waiting().until(ExpectedConditions.textToBe(By.id("verdict"), "Il file contiene errori."));
    JsonNode italian = report(copy, "it");
    assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Il file contiene errori.");
    assertThat(browser.findElement(By.cssSelector("#count-error .n")).getText()).isEqualTo(italian.get("errors").asText());
    assertIssuesNextToTheirLines(italian, "errore");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapporto di impact-umbria-broken.yaml");
  }

  @Test
  void aWorkbookShowsItsIssuesAtTheirCellsInEnglishThenInItalian() throws IOException {
    Path workbook = ApiTest.WORKBOOK;
    JsonNode english = report(workbook, "en");
    upload(workbook, "en");
    List<WebElement> issues = browser.findElements(By.cssSelector("#general li.issue"));
    assertThat(issues).hasSize(english.get("documents").get(0).get("issues").size());
    assertThat(issues).allSatisfy(issue -> assertThat(issue.findElement(By.className("where")).getText()).startsWith("cell "));
    assertThat(issues.get(0).findElement(By.className("where")).getText())
        .isEqualTo("cell " + english.get("documents").get(0).get("issues").get(0).get("cell").asText());
    assertThat(browser.findElements(By.cssSelector("#downloads button"))).extracting(WebElement::getText)
        .contains("File as JSON", "File as YAML");

    browser.findElement(By.id("lang-it")).click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
    waiting().until(ExpectedConditions.textMatches(By.cssSelector("#general li.issue .where"), java.util.regex.Pattern.compile("^cella ")));
  }

  @Test
  void theCataloguePagesLinkRulesToTheirDescription() {
    browser.get(server.uri().resolve("/calls/fami-2014-2020?lang=it").toString());
    WebElement rule = browser.findElement(By.cssSelector("#call-rules tbody tr td a"));
    String id = rule.getText();
    rule.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rules")));
    assertThat(browser.getCurrentUrl()).endsWith("#" + id);
    assertThat(browser.findElement(By.id(id)).getText()).contains(id);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regole");
  }
}
