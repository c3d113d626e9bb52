package example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.trinvis.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's journey through the portal in a real headless Chromium (Debian's chromium and
 * chromium-driver), with an axe-core WCAG 2.1 AA scan of every page. Screenshots go to
 * target/screenshots.
 */
class PortalBrowserTest {
    private static Portal portal;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(RuleSet.bundled(), 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1024,1400",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(Path.of("target/screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    /** Clicks and waits until the browser has left the current page, so the next read sees the new one. */
    private static void clickAndWait(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(Path.of("target/screenshots", name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map((Rule r) -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream()
                        .map(n -> n.getTarget().toString()).toList())
                .toList();
        assertThat(violations).as("axe violations on %s", page).isEmpty();
    }

    @Test
    void aCitizenWithoutMitIdFindsTheirWayAndPrintsTheHandout() throws Exception {
        browser.get(portal.uri().toString());
        assertThat(browser.getTitle()).startsWith("Find ud af, hvordan du søger");
        assertAccessible("start");
        screenshot("1-start");

        new Select(browser.findElement(By.id("municipality"))).selectByVisibleText("Aarhus");
        new Select(browser.findElement(By.id("service"))).selectByValue("flytning");
        clickAndWait(By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmeld flytning");
        assertThat(browser.findElements(By.tagName("fieldset"))).isNotEmpty();
        assertAccessible("questions");
        screenshot("2-questions");

        for (var fieldset : browser.findElements(By.tagName("fieldset"))) {
            fieldset.findElement(By.cssSelector("input[value=false]")).click();
        }
        browser.findElement(By.cssSelector("input[name='fact.needsHelp'][value=true]")).click();
        clickAndWait(By.cssSelector("button[type=submit]"));
        String guide = browser.findElement(By.tagName("main")).getText();
        assertThat(guide).contains("Sådan anmelder du flytning", "Brug den digitale selvbetjening; du kan få hjælp til den.",
                "Borgerservice Aarhus", "Den Digitale Hotline");
        assertAccessible("guide");
        screenshot("3-guide");

        clickAndWait(By.linkText("Udskriv vejledningen som A5-folder"));
        assertThat(browser.getPageSource()).contains("size: A5");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sådan anmelder du flytning");
        assertAccessible("print");
        screenshot("4-print");
    }

    @Test
    void aCitizenWithSpecialCircumstancesIsToldTheyMayApplyAnotherWay() throws Exception {
        browser.get(portal.uri().resolve("/beslutning?municipality=0461&service=laegevalg&fact.cognitiveImpairment=true")
                .toString());
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Du kan søge på anden måde end digitalt; myndigheden skal tilbyde det.",
                        "Kontakt borgerservice om en anden måde at vælge læge på");
        assertAccessible("alternative");
        screenshot("5-alternative");
    }

    @Test
    void aServiceWithoutGuideStillShowsTheDecision() {
        browser.get(portal.uri().resolve("/beslutning?municipality=0101&service=cpr-attest&fact.needsHelp=false")
                .toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Det gælder for dig");
        assertAccessible("decision-only");
    }
}
