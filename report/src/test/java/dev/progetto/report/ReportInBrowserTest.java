package dev.progetto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report of examples/data as a person sees it: opened in headless Chromium, whose DOM must
 * show the headline figures, the map with Umbria and Piemonte coloured, the network's nodes, the
 * indicator bars, and Italian labels under Italian. Takes the screenshots docs/report.md shows
 * (written to target/, and to docs/ with -Dprogetto.updateDocs=true). Skipped without Debian's
 * chromium and chromium-driver.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String NO_DATA = "#f2f2f2";

  /** Selenium's own logger, kept so that the level set on it holds. */
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir static Path temp;

  private static ChromeDriverService service;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "the browser test needs Chromium and its driver: apt-get install chromium chromium-driver (scripts/install-chromium)");
    // Selenium warns on every run that it has no DevTools bindings for this Chromium's version,
    // which the test does not use.
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")), "--window-size=1100,1400");
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private static void open(Locale locale) throws Exception {
    Path page = temp.resolve("report-" + locale.getLanguage() + ".html");
    Files.writeString(page, ExamplesReport.html(locale), StandardCharsets.UTF_8);
    browser.get(page.toUri().toString());
  }

  private static String fill(String map, String nuts) {
    return browser.findElement(By.cssSelector("#" + map + " path[data-nuts~='" + nuts + "']")).getAttribute("fill");
  }

  @Test
  void theEnglishPageShowsFiguresMapNetworkAndIndicators() throws Exception {
    open(Locale.ENGLISH);

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector("[data-figure=projects] .value")).getText()).isEqualTo("19");
    assertThat(browser.findElement(By.cssSelector("[data-figure=organisations] .value")).getText()).isEqualTo("30");
    assertThat(browser.findElement(By.cssSelector("[data-figure=budget] .coverage")).getText())
        .isEqualTo("0 of 19 projects state a budget");
    assertThat(browser.findElement(By.cssSelector("[data-figure=calls] .coverage")).getText())
        .isEqualTo("11 of 19 projects state a call");
    assertThat(browser.findElement(By.cssSelector("[data-figure=years] .value")).getText()).isEqualTo("2022–2028");
    assertThat(browser.findElement(By.cssSelector("[data-figure=territories] .value")).getText())
        .isEqualTo("regions: 3 · provinces: 4 · countries abroad: 4");
    assertThat(browser.findElement(By.cssSelector("[data-figure=indicators] .value")).getText()).isEqualTo("5");

    // Umbria through its NUTS code; Piemonte through comuni of the provinces of Asti, Biella and Torino.
    assertThat(fill("map-projects", "ITI2")).isNotEqualTo(NO_DATA);
    assertThat(fill("map-projects", "ITC1")).isNotEqualTo(NO_DATA);
    assertThat(fill("map-projects", "ITI4")).isEqualTo(NO_DATA);
    WebElement piemonte = browser.findElement(By.cssSelector("#map-projects path[data-nuts='ITC1']"));
    assertThat(piemonte.getAttribute("data-value")).isEqualTo("3");
    assertThat(piemonte.getRect().getWidth()).isGreaterThan(20);
    // Trentino-Alto Adige is two shapes: Trento (ITH2) has a project, Bolzano (ITH1) none.
    assertThat(fill("map-projects", "ITH2")).isNotEqualTo(NO_DATA);
    assertThat(fill("map-projects", "ITH1")).isEqualTo(NO_DATA);
    assertThat(browser.findElements(By.cssSelector("#map-projects path.region"))).hasSize(21);
    // Provinces: 107 shapes, those of Asti, Biella, Torino and Trento coloured and drawn, each linking to its row.
    assertThat(browser.findElements(By.cssSelector("#map-provinces path.province"))).hasSize(107);
    assertThat(browser.findElements(By.cssSelector("#map-provinces path.province.has-data")))
        .extracting(e -> e.getAttribute("data-province")).containsExactlyInAnyOrder("AT", "BI", "TN", "TO");
    WebElement asti = browser.findElement(By.cssSelector("#map-provinces path[data-province='AT']"));
    assertThat(asti.getAttribute("fill")).isNotEqualTo(NO_DATA);
    assertThat(asti.getAttribute("data-region")).isEqualTo("ITC1");
    assertThat(asti.getRect().getWidth()).isGreaterThan(3);
    assertThat(browser.findElement(By.cssSelector("#map-provinces path[data-province='CN']")).getAttribute("fill")).isEqualTo(NO_DATA);
    String province = browser.findElement(By.xpath("//*[@id='map-provinces']//*[local-name()='path'][@data-province='AT']/.."))
        .getDomAttribute("href");
    assertThat(browser.findElement(By.id(province.substring(province.indexOf('#') + 1))).getText()).startsWith("Asti (AT)");
    assertThat(browser.findElements(By.cssSelector("#abroad-list li"))).extracting(e -> e.getAttribute("data-country"))
        .containsExactly("BE", "ES", "FR", "PT");

    List<WebElement> nodes = browser.findElements(By.cssSelector("#chart-network circle.node"));
    assertThat(nodes).hasSize(30);
    assertThat(browser.findElement(By.cssSelector("#chart-network circle.node[data-id=infusione]")).getAttribute("data-projects"))
        .isEqualTo("8");
    assertThat(browser.findElements(By.cssSelector("#chart-network line.edge"))).hasSize(62);
    assertThat(browser.findElement(By.cssSelector("#pairs .more")).getText()).isEqualTo("and 42 more");

    List<WebElement> bars = browser.findElements(By.cssSelector("#chart-indicators g.indicator-bar"));
    assertThat(bars).hasSize(5);
    assertThat(browser.findElement(By.cssSelector("g.indicator-bar[data-indicator=beneficiari]")).getAttribute("data-target-kind"))
        .isEqualTo("approx");
    assertThat(browser.findElements(By.cssSelector("g.indicator-bar rect.measured"))).hasSize(4);

    // Charts link to the projects' own sections, which exist.
    String strip = browser.findElement(By.cssSelector("#chart-timeline a")).getDomAttribute("href");
    assertThat(browser.findElements(By.id(strip.substring(strip.indexOf('#') + 1)))).hasSize(1);
    // Every chart has a text alternative.
    for (WebElement chart : browser.findElements(By.cssSelector("svg[role=img]"))) {
      String description = chart.findElement(By.tagName("desc")).getAttribute("textContent");
      assertThat(description).as(chart.getAttribute("id")).isNotBlank();
    }
    // Headings go down one level at a time.
    String levels = (String) ((JavascriptExecutor) browser).executeScript(
        "return Array.from(document.querySelectorAll('h1,h2,h3,h4')).map(h => h.tagName.substring(1)).join('');");
    assertThat(levels).startsWith("1");
    for (int i = 1; i < levels.length(); i++) {
      assertThat(levels.charAt(i) - '0').as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.charAt(i - 1) - '0' + 1);
    }

    screenshot("report.png", null);
    screenshot("report-map.png", "map");
    screenshot("report-network.png", "network");
  }

  @Test
  void theItalianPageSpeaksItalian() throws Exception {
    open(Locale.ITALIAN);

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
    assertThat(browser.findElement(By.cssSelector("#headline h2")).getText()).isEqualTo("Cifre principali");
    assertThat(browser.findElement(By.cssSelector("#map h2")).getText()).isEqualTo("Dove sono i progetti");
    assertThat(browser.findElement(By.cssSelector("[data-figure=budget] .coverage")).getText())
        .isEqualTo("0 progetti su 19 indicano un budget");
    assertThat(browser.findElement(By.cssSelector("#abroad-list li[data-country=FR]")).getText()).isEqualTo("Francia (FR): 1 progetto");
    assertThat(browser.findElement(By.id("p-ananda")).getText()).contains("febbraio 2024 – luglio 2025");
    assertThat(browser.findElement(By.id("p-formazione-inserimento-migranti")).getText())
        .contains("18 persone, nessun obiettivo");
    assertThat(fill("map-projects", "ITC1")).isNotEqualTo(NO_DATA);
  }

  /** A screenshot of the page's top, or of a section scrolled to the top, into target/ (and docs/ when asked). */
  private static void screenshot(String name, String section) throws Exception {
    if (section != null) {
      ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
    }
    browser.manage().window().setSize(new Dimension(1100, 1400));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png).hasSizeGreaterThan(10_000);
    Files.write(Files.createDirectories(Path.of("target")).resolve(name), png);
    if (Boolean.getBoolean("progetto.updateDocs")) {
      Files.write(Path.of("..", "docs", name), png);
    }
  }
}
