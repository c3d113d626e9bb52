package example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.insight.Filter;
import dk.trinvis.internal.insight.Names;
import dk.trinvis.internal.insight.Report;
import dk.trinvis.internal.insight.ReportFormat;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's way through the portal in a real headless Chromium (Debian's chromium and
 * chromium-driver), with an axe-core WCAG 2.1 AA scan of every page. The bundled Danish rule set
 * serves the citizen's questions and print-outs; a small test rule set the start button, as a
 * self-service address is only in the bundled set where a source gives it. Screenshots go to
 * target/screenshots.
 */
class PortalBrowserTest {
    private static final RuleSet RULES = RuleSet.bundled();
    /** What the portal's answers told its listener: the input of the channel-shift report. */
    private static final List<DecisionEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static Portal portal;
    private static Portal testRules;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(RULES.withListener(EVENTS::add), 0);
        testRules = Portal.start(RuleSet.load(Path.of("src/test/resources/selvbetjening")), 0);
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
        if (testRules != null) {
            testRules.close();
        }
    }

    private static void open(Portal on, String path) {
        browser.get(on.uri().resolve(path).toString());
    }

    /** Clicks and waits until the browser has left the current page, so the next read sees the new one. */
    private static void clickAndWait(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        waitForNewPage(page);
    }

    private static void waitForNewPage(WebElement page) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> hasLeft(page));
    }

    /**
     * Whether the page of the element has gone. Mid-navigation ChromeDriver may report the old
     * node as "not belonging to the document" instead of stale; both mean the page was left.
     */
    private static boolean hasLeft(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
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

    private static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static boolean onQuestion() {
        return !browser.findElements(By.cssSelector("form input[name=spurgt]")).isEmpty();
    }

    /**
     * Answers the question on the page as the most common citizen would: they have MitID and
     * nothing special applies to them.
     */
    private static void answerAsCommonCitizen() {
        if (onGroupPage()) {
            browser.findElement(By.cssSelector("label[for=valg-ingen]")).click();
        } else {
            String asked = browser.findElement(By.cssSelector("input[name=spurgt]")).getAttribute("value");
            String value = asked.equals("fact.hasMitID") ? "true" : "false";
            browser.findElement(By.cssSelector("input[type=radio][value=" + value + "] + label")).click();
        }
        clickAndWait(By.cssSelector("form button[type=submit]"));
    }

    private static boolean onGroupPage() {
        return !browser.findElements(By.cssSelector("form input[name=vist]")).isEmpty();
    }

    /** Answers until the questions end, from question {@code first} on; returns how many pages it took. */
    private static int answerAllAsCommonCitizen(int first) {
        int pages = 0;
        while (onQuestion() && pages < 20) {
            assertThat(browser.getTitle()).startsWith("Spørgsmål " + (first + pages) + " – ");
            answerAsCommonCitizen();
            pages++;
        }
        return pages;
    }

    @Test
    void aCitizenChoosesMunicipalityAndServiceAnswersChecksTheirAnswersAndGetsTheGuide() throws Exception {
        open(portal, "/");
        assertThat(browser.getTitle()).isEqualTo("Find ud af, hvordan du søger");
        assertAccessible("start");
        screenshot("1-start");

        new Select(browser.findElement(By.id("municipality"))).selectByVisibleText("Horsens");
        new Select(browser.findElement(By.id("service"))).selectByValue("flytning");
        clickAndWait(By.cssSelector("form[action='/start'] button[type=submit]"));
        assertThat(browser.getTitle()).isEqualTo("Spørgsmål 1 – Anmeld flytning");
        assertThat(browser.findElement(By.cssSelector(".solution-heading")).getText()).isEqualTo("Anmeld flytning");
        assertThat(browser.findElement(By.cssSelector(".authority-name")).getText()).isEqualTo("Horsens Kommune");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("af højst");
        assertThat(browser.findElements(By.tagName("fieldset"))).hasSize(1);
        assertAccessible("question");
        screenshot("2-question");
        String first = h1();

        answerAsCommonCitizen();
        assertThat(browser.getTitle()).isEqualTo("Spørgsmål 2 – Anmeld flytning");
        assertThat(h1()).isNotEqualTo(first);
        assertThat(browser.findElements(By.cssSelector("a.back-link > svg.icon-svg use"))).hasSize(1);
        clickAndWait(By.cssSelector("a.back-link"));
        assertThat(h1()).isEqualTo(first);
        assertThat(browser.findElement(By.cssSelector("input[value=true]")).isSelected()).as("the answer is kept").isTrue();
        assertAccessible("question-back");

        clickAndWait(By.cssSelector("form button[type=submit]"));
        int pages = 1 + answerAllAsCommonCitizen(2);
        assertThat(browser.getTitle()).isEqualTo("Tjek dine svar – Anmeld flytning");
        List<WebElement> rows = browser.findElements(By.cssSelector("main table tbody tr"));
        assertThat(rows).as("one answer per page").hasSize(pages);
        assertThat(rows.get(0).getText()).contains(first, "Ja");
        assertAccessible("check-answers");
        screenshot("3-check-answers");

        assertThat(pages).as("the most common citizen: MitID, special circumstances, at most one more").isLessThanOrEqualTo(3);
        // Change the first answer: the question comes back with the answer chosen, then the check page again.
        clickAndWait(By.cssSelector("main table tbody tr:first-child a"));
        assertThat(h1()).isEqualTo(first);
        assertThat(browser.findElement(By.cssSelector("input[value=true]")).isSelected()).isTrue();
        clickAndWait(By.cssSelector("form button[type=submit]"));
        assertThat(h1()).isEqualTo("Tjek dine svar");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).hasSize(pages);

        clickAndWait(By.linkText("Se din vejledning"));
        assertThat(browser.getTitle()).isEqualTo("Din vejledning – Anmeld flytning");
        String guide = browser.findElement(By.tagName("main")).getText();
        assertThat(guide).contains("Brug den digitale selvbetjening.");
        assertThat(browser.findElements(By.cssSelector(".trinvis-decision.alert.alert-info > svg.alert-icon use")))
                .hasSize(1);
        assertAccessible("guide");
        screenshot("4-guide");

        clickAndWait(By.linkText("Udskriv vejledningen som A5-folder"));
        assertThat(browser.getPageSource()).contains("size: A5").doesNotContain("åben nu").doesNotContain("lukker");
        assertAccessible("print");
        screenshot("5-print");
        assertThat(printedPages()).as("the A5 folder for moving is one page").isEqualTo(1);
    }

    @Test
    void theCommonCitizenAnswersTheSpecialCircumstancesOnOneCheckboxPageByKeyboardAlone() throws Exception {
        open(portal, "/spoergsmaal?municipality=0615&service=flytning&at=2024-04-08T10:00");
        answerAsCommonCitizen();
        assertThat(onGroupPage()).as("the special circumstances come as one page").isTrue();
        assertThat(browser.getTitle()).isEqualTo("Spørgsmål 2 – Anmeld flytning");
        List<WebElement> boxes = browser.findElements(By.cssSelector("fieldset input[type=checkbox]"));
        assertThat(boxes.size()).isGreaterThan(3);
        assertThat(browser.findElement(By.cssSelector("label[for=valg-ingen]")).getText()).isEqualTo("Nej, ingen af dem");
        assertAccessible("group");
        screenshot("2b-group");

        // Nothing ticked: the page says so.
        clickAndWait(By.cssSelector("form button[type=submit]"));
        assertThat(browser.getTitle()).isEqualTo("Fejl: Spørgsmål 2 – Anmeld flytning");
        assertThat(browser.findElement(By.cssSelector("nav .alert-error a")).getAttribute("href")).endsWith("#valg-1");
        assertAccessible("group-error");

        // The keyboard alone: Tab to "none of these", Space ticks it, Tab to the button, Enter sends.
        WebElement page = browser.findElement(By.tagName("html"));
        for (int tabs = 0; tabs < 40 && !"valg-ingen".equals(browser.switchTo().activeElement().getAttribute("id")); tabs++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("valg-ingen");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("valg-ingen")).isSelected()).isTrue();
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForNewPage(page);

        int pages = 2 + answerAllAsCommonCitizen(3);
        assertThat(pages).as("MitID, the special circumstances, at most one question of the service's own").isLessThanOrEqualTo(3);
        assertThat(h1()).isEqualTo("Tjek dine svar");
        assertThat(browser.findElement(By.cssSelector("main table tbody tr:nth-child(2)")).getText())
                .contains("Nej, ingen af dem");
    }

    @Test
    void aCitizenWhoDoesNotKnowSaysSoAndIsToldWhatFollows() throws Exception {
        open(portal, "/spoergsmaal?municipality=0615&service=flytning&at=2024-04-08T10:00&fact.hasMitID=true");
        assertThat(onGroupPage()).isTrue();
        WebElement dontKnow = browser.findElement(By.cssSelector("input[id^=vedikke-] + label"));
        assertThat(dontKnow.getText()).startsWith("Ved ikke");
        String about = dontKnow.findElement(By.cssSelector(".sr-only")).getAttribute("textContent");
        dontKnow.click();
        clickAndWait(By.cssSelector("form button[type=submit]"));
        answerAllAsCommonCitizen(3);

        assertThat(h1()).isEqualTo("Tjek dine svar");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ved ikke" + about);
        clickAndWait(By.linkText("Se din vejledning"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("vurderer det sammen med dig");
        assertAccessible("guide-dont-know");
        screenshot("4b-guide-dont-know");
    }

    @Test
    void thePrintedFolderForMovingFitsOneA5PageInEveryBundledLanguage() {
        for (String lang : List.of("da", "en", "uk")) {
            open(portal, "/udskriv?municipality=0751&service=flytning&at=2024-04-08T10:00&lang=" + lang
                    + "&fact.hasMitID=true&fact.digitalPostExempt=false&fact.needsHelp=false");
            assertThat(printedPages()).as("A5 pages in %s", lang).isEqualTo(1);
        }
    }

    @Test
    void aGuideLeadsIntoTheSelfServiceWithAStartButton() throws Exception {
        open(testRules, "/spoergsmaal?municipality=0615&service=flytning");
        answerAsCommonCitizen();
        answerAsCommonCitizen();
        clickAndWait(By.linkText("Se din vejledning"));

        WebElement start = browser.findElement(By.cssSelector("main a.button.button-primary"));
        assertThat(start.getText()).isEqualTo("Gå til selvbetjeningen");
        assertThat(start.getAttribute("href")).isEqualTo("https://selvbetjening.example/flytning");
        assertAccessible("guide-start-button");
        screenshot("6-start-button");

        open(testRules, "/beslutning?municipality=0615&service=flytning&fact.hasMitID=true&fact.needsHelp=false&lang=en");
        assertThat(browser.findElement(By.cssSelector("main a.button.button-primary")).getText()).isEqualTo("Start");
    }

    @Test
    void aPageSentWithoutAnAnswerLeadsWithAFocusedErrorSummaryLinkingToTheField() throws Exception {
        open(portal, "/spoergsmaal?municipality=0615&service=flytning");
        clickAndWait(By.cssSelector("form button[type=submit]"));

        assertThat(browser.getTitle()).isEqualTo("Fejl: Spørgsmål 1 – Anmeld flytning");
        WebElement summary = browser.findElement(By.cssSelector("nav .alert.alert-error"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Der er et problem");
        assertThat(summary.findElements(By.cssSelector("svg.alert-icon use"))).hasSize(1);
        assertThat(browser.switchTo().activeElement()).as("focused on load").isEqualTo(summary);
        assertThat(browser.findElement(By.cssSelector(".form-error-message")).getText()).contains("Vælg et svar");
        assertAccessible("question-error");
        screenshot("7-question-error");

        WebElement link = summary.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).endsWith("#svar-1");
        link.click();
        assertThat(browser.getCurrentUrl()).endsWith("#svar-1");
        assertThat(browser.findElement(By.id("svar-1")).getAttribute("name")).isEqualTo("fact.hasMitID");
        assertThat(browser.findElement(By.cssSelector("label[for=svar-1]")).isDisplayed()).isTrue();
    }

    @Test
    void theStartPageNamesWhatWasNotChosenAndChoosesNothingForTheCitizen() {
        open(portal, "/");
        List<WebElement> options = browser.findElements(By.cssSelector("#municipality option"));
        assertThat(options.get(0).getAttribute("value")).isEmpty();
        assertThat(options.get(0).isSelected()).as("no municipality preselected").isTrue();
        List<String> names = new ArrayList<>(options.subList(1, options.size()).stream().map(WebElement::getText).toList());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("da")));
        assertThat(names).as("alphabetical, Danish order").isEqualTo(sorted).contains("Horsens", "Aarhus");
        assertThat(browser.findElements(By.cssSelector("input[name=event]:checked"))).isEmpty();

        clickAndWait(By.cssSelector("form[action='/start'] button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Fejl:");
        assertThat(browser.findElements(By.cssSelector("nav .alert-error li a")))
                .extracting(a -> a.getAttribute("href").replaceAll(".*#", "#")).containsExactly("#municipality", "#service");
        assertAccessible("start-errors");

        open(portal, "/");
        browser.findElement(By.cssSelector("label[for=event-1]")).click();
        new Select(browser.findElement(By.id("event-municipality"))).selectByVisibleText("Horsens");
        browser.findElement(By.id("date-day")).sendKeys("31");
        browser.findElement(By.id("date-month")).sendKeys("2");
        browser.findElement(By.id("date-year")).sendKeys("2024");
        clickAndWait(By.cssSelector("form[action='/forloeb/start'] button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("nav .alert-error li a")))
                .extracting(WebElement::getText).containsExactly("Skriv en dato, der findes, fx 1 3 2024");
        assertThat(browser.findElement(By.id("date-day")).getAttribute("value")).isEqualTo("31");
        assertAccessible("date-error");
    }

    @Test
    void theLanguageSwitchShowsTheSamePageInEnglishAndUkrainian() throws Exception {
        open(portal, "/spoergsmaal?municipality=0615&service=flytning");
        String danish = h1();
        assertThat(browser.findElement(By.cssSelector(".language-switcher a[aria-current=true]")).getText()).isEqualTo("Dansk");

        clickAndWait(By.cssSelector(".language-switcher a[lang=en]"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.getTitle()).isEqualTo("Question 1 – Report a move");
        assertThat(h1()).isNotEqualTo(danish);
        assertAccessible("question-en");
        answerAsCommonCitizen();
        assertThat(browser.getTitle()).as("the language is kept").isEqualTo("Question 2 – Report a move");

        clickAndWait(By.cssSelector(".language-switcher a[lang=uk]"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
        assertThat(browser.getTitle()).startsWith("Питання 2 – ");
        assertThat(browser.findElement(By.cssSelector("a.back-link")).getText()).isEqualTo("Назад");
        assertAccessible("question-uk");
        screenshot("8-question-uk");
    }

    @Test
    void theHeaderIsBorgerDksWithTheAuthorityAndTheFooterHasTheAccessibilityStatement() throws Exception {
        open(portal, "/spoergsmaal?municipality=0751&service=flytning");
        Object font = ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).fontFamily");
        assertThat(String.valueOf(font)).contains("IBM Plex Sans");
        Object logo = ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('.portal-info .logo')).backgroundImage");
        assertThat(String.valueOf(logo)).contains("logo-borgerdk.svg").doesNotContain("placeholder");
        assertThat(browser.findElement(By.cssSelector(".authority-name")).getText()).isEqualTo("Aarhus Kommune");

        clickAndWait(By.linkText("Tilgængelighedserklæring"));
        assertThat(h1()).isEqualTo("Tilgængelighedserklæring");
        assertAccessible("accessibility-statement");
    }

    @Test
    void newParentsWorkThroughTheirJourneyAndGetAPrintPackThatFitsA5() throws Exception {
        open(portal, "/forloeb?event=ny-foraelder&municipality=0615&date=2024-03-01&at=2024-03-12T10:00");
        assertThat(browser.getTitle()).isEqualTo("Spørgsmål 1 – Du er blevet forælder");
        assertAccessible("journey-question");
        screenshot("9-journey-question");
        int pages = answerAllAsCommonCitizen(1);
        assertThat(pages).isPositive();
        assertThat(h1()).isEqualTo("Tjek dine svar");
        clickAndWait(By.linkText("Se dit forløb"));

        assertThat(h1()).isEqualTo("Dit forløb");
        String journey = browser.findElement(By.tagName("main")).getText();
        assertThat(journey).contains("Navngiv dit barn", "1. september 2024", "Skriv barnet op til dagtilbud");
        assertThat(browser.findElements(By.cssSelector(".trinvis-deadline.alert-warning > svg.alert-icon"))).isNotEmpty();
        assertAccessible("journey");
        screenshot("10-journey");
        browser.findElement(By.cssSelector("nav.trinvis-journey-nav a[href='#forloeb-dagtilbud']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#forloeb-dagtilbud");

        clickAndWait(By.linkText("Udskriv forløbet som A5-pakke"));
        assertAccessible("journey-print");
        screenshot("11-journey-print");
        assertPrintFitsA5();
    }

    @Test
    void theDivorceAndMovingPrintPackFitsA5() {
        open(portal, "/forloeb/udskriv?event=skilsmisse-og-flytning&municipality=0751"
                + "&date=2024-05-30&at=2024-06-03T10:00&fact.hasMitID=true");
        assertThat(h1()).isEqualTo("Du skal skilles og flytte");
        assertAccessible("divorce-print");
        assertPrintFitsA5();
    }

    @Test
    void aCitizenWithSpecialCircumstancesIsToldTheyMayApplyAnotherWay() throws Exception {
        open(portal, "/beslutning?municipality=0461&service=laegevalg&fact.cognitiveImpairment=true");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Du kan søge på anden måde end digitalt; myndigheden skal tilbyde det.");
        assertThat(browser.findElements(By.cssSelector("main .button-primary"))).as("no way into the self-service").isEmpty();
        assertAccessible("alternative");
        screenshot("12-alternative");
    }

    @Test
    void aServiceWithoutGuideStillShowsTheDecision() {
        open(portal, "/beslutning?municipality=0101&service=cpr-attest&fact.needsHelp=false");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Det gælder for dig");
        assertAccessible("decision-only");
    }

    @Test
    void aBadAddressIsAnsweredWithADanishPageAndAWayBack() throws Exception {
        open(portal, "/spoergsmaal?municipality=0615&service=flytning&fact.hasMitID=maaske");
        assertThat(h1()).isEqualTo("Siden kan ikke vises");
        assertAccessible("bad-parameter");
        screenshot("13-bad-parameter");
        clickAndWait(By.linkText("Gå tilbage til dine svar"));
        assertThat(browser.getTitle()).isEqualTo("Spørgsmål 1 – Anmeld flytning");
    }

    /** Chromium's print-to-PDF of the page: how many pages it prints on. */
    private static int printedPages() {
        Map<String, Object> pdf = ((ChromeDriver) browser).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        String raw = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)").matcher(raw);
        assertThat(box.find()).isTrue();
        // A5 is 148 x 210 mm: 419.5 x 595.3 points.
        assertThat(Double.parseDouble(box.group(1))).isBetween(418.0, 421.0);
        assertThat(Double.parseDouble(box.group(2))).isBetween(594.0, 596.0);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }

    /** One page per sheet of the print pack, so no guide runs over. */
    private static void assertPrintFitsA5() {
        int sheets = browser.findElements(By.cssSelector("section.trinvis-sheet")).size();
        assertThat(printedPages()).as("PDF pages for %d sheets", sheets).isEqualTo(sheets);
    }

    /**
     * The channel-shift report of the portal's own answers (a busy evening's worth added through
     * the same listener), rendered by {@code trinvis report}'s HTML writer with the portal's DKFDS
     * stylesheet, in Danish and English: axe finds nothing, and no count under ten is shown.
     */
    @Test
    void theChannelShiftReportOfThePortalsAnswersIsAccessibleInDanishAndEnglish() throws Exception {
        RuleSet listened = RULES.withListener(EVENTS::add);
        String[] municipalities = {"0167", "0751", "0101"};
        for (int i = 0; i < 600; i++) {
            LocalDateTime at = LocalDateTime.of(2024, 1 + i % 3, 4 + i % 20, 8 + i % 15, 30);
            DecisionRequest request = DecisionRequest.of(i % 4 == 0 ? "laegevalg" : "flytning", municipalities[i % 3]).at(at)
                    .fact("hasMitID", i % 5 != 0).fact("cognitiveImpairment", i % 7 == 0).fact("languageBarrier", i % 11 == 0);
            if (i % 6 == 0) {
                listened.interview(DecisionRequest.of("flytning", municipalities[i % 3]).at(at));
            } else {
                listened.decide(request);
            }
        }
        Path file = Files.createTempFile("events", ".jsonl");
        Files.write(file, EVENTS.stream().map(DecisionEvent::toJson).toList());
        Report report = Report.read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), Filter.ALL, 0.8);
        Names names = Names.of(RULES.model());
        Map<String, byte[]> pages = Map.of(
                "/rapport", ReportFormat.HTML.render(report, names, Language.DA, "/dkfds/css/dkfds-borgerdk.min.css").getBytes(StandardCharsets.UTF_8),
                "/report", ReportFormat.HTML.render(report, names, Language.EN, "/dkfds/css/dkfds-borgerdk.min.css").getBytes(StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = pages.get(path);
                String type = "text/html; charset=utf-8";
                if (body == null && path.startsWith("/dkfds/") && !path.contains("..")) {
                    try (InputStream in = Portal.class.getResourceAsStream("/static" + path)) {
                        body = in == null ? null : in.readAllBytes();
                    }
                    type = path.endsWith(".css") ? "text/css" : path.endsWith(".svg") ? "image/svg+xml"
                            : path.endsWith(".woff2") ? "font/woff2" : "application/octet-stream";
                }
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            for (String page : List.of("/rapport", "/report")) {
                browser.get("http://127.0.0.1:" + server.getAddress().getPort() + page);
                assertThat(browser.findElement(By.tagName("h1")).getText())
                        .isEqualTo(page.equals("/rapport") ? "Kanalskifte: selvbetjening, grunde, hjælp og spørgeforløb"
                                : "Channel shift: self-service, grounds, help and interviews");
                Object font = ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).fontFamily");
                assertThat(String.valueOf(font)).as("styled by DKFDS").contains("IBM Plex Sans");
                assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).isNotEmpty();
                @SuppressWarnings("unchecked")
                List<Object> counts = (List<Object>) ((JavascriptExecutor) browser).executeScript("return Array.from("
                        + "document.querySelectorAll('td.num')).filter(td => !(td.closest('#interview ~ *, section[aria-labelledby=interview]')"
                        + " && td.cellIndex == 2)).map(td => td.textContent)");
                assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(String.valueOf(c)).matches(
                        "< 10|[0-9]+,[0-9] %|[0-9.]*[0-9]{2,}|[0-9]+\\.[0-9] ?%|[0-9,]*[0-9]{2,}"));
                assertAccessible("report " + page);
                screenshot("9-report" + page.replace('/', '-'));
            }
        } finally {
            server.stop(0);
        }
    }
}
