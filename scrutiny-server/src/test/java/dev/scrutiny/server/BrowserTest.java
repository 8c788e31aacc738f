package dev.scrutiny.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.corpus.CorpusStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app's main path as a person takes it, in a real headless Chromium: search, open an article, its
 * story (the outlets' accounts in columns), one of its speakers, then an outlet. Screenshots land in target/screenshots/. Needs Debian's
 * chromium and chromium-driver (CI installs them); skipped locally when they are missing, never on CI.
 */
class BrowserTest {

  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  static final Path SHOTS = Path.of("target", "screenshots");

  static CorpusStore store;
  static ScrutinyServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    String ci = System.getenv("CI");
    if (!present && ci != null && !ci.isBlank() && !ci.equals("false")) {
      throw new IllegalStateException("CI must run the browser test: install chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "no Chromium/ChromeDriver at " + CHROMIUM + " / " + CHROMEDRIVER);
    store = TestCorpus.open();
    TestCorpus.compareStories(store);
    server = ScrutinyServer.start(store, TestCorpus.PIPELINE, ServerOptions.loopback(0), null);
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  @Test
  void searchThenArticleThenSpeakerThenOutlet() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(server.uri().toString());
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Konashenkov");
    browser.findElement(By.id("go")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "articles"));
    assertThat(browser.findElement(By.id("total")).getText()).startsWith("3 articles");
    assertThat(browser.findElements(By.cssSelector("li.hit mark"))).isNotEmpty();
    shot("1-search");

    WebElement first = browser.findElement(By.cssSelector("li.hit a.title"));
    String title = first.getText();
    first.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(title);
    // the framed report loaded, with its highlighted layers
    browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.report")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark")));
    browser.switchTo().defaultContent();
    shot("2-article");

    // from the article to its story: each outlet's account in its own column, then back
    browser.findElement(By.cssSelector("#article-stories a[href^='/stories/']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.timeline")));
    java.util.List<WebElement> outlets = browser.findElements(By.cssSelector("table.timeline th.outlet"));
    assertThat(outlets).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Capital Courier", "Kyiv Ledger", "Wire Service");
    java.util.List<WebElement> accounts = browser.findElements(By.cssSelector("table.timeline td.account"));
    assertThat(accounts).hasSize(3);
    // side by side: the columns start at different places across the page, each wide enough to read
    assertThat(accounts.stream().map(a -> a.getLocation().getX()).distinct()).hasSize(3);
    assertThat(accounts).allSatisfy(a -> assertThat(a.getSize().getWidth()).isGreaterThan(200));
    shot("2b-story");
    browser.navigate().back();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));

    WebElement speaker = browser.findElement(By.xpath("//ul[@class='speakers']//a[contains(., 'Konashenkov')]"));
    speaker.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("speaker-name")));
    assertThat(browser.findElement(By.id("speaker-name")).getText()).contains("Konashenkov");
    assertThat(browser.findElements(By.cssSelector("table.statements tbody tr")).size()).isGreaterThanOrEqualTo(2);
    shot("3-speaker");

    browser.findElement(By.xpath("//table[contains(@class,'statements')]//a[contains(@href,'/outlets/')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outlet-name")));
    assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
    shot("4-outlet");

    browser.findElement(By.linkText("Places")).click();
    browser.findElement(By.linkText("Kyiv")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place-name")));
    shot("5-place");
  }

  private static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
