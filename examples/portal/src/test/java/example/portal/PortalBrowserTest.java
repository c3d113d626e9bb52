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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen's journey through the portal in a real headless Chromium (Debian's chromium and
 * chromium-driver), with an axe-core WCAG 2.1 AA scan of every page. Screenshots go to
 * target/screenshots.
 */
class PortalBrowserTest {
    private static final RuleSet RULES = RuleSet.bundled();
    /** What the portal's answers told its listener: the input of the channel-shift report. */
    private static final List<DecisionEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static Portal portal;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(RULES.withListener(EVENTS::add), 0);
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

    /** Answers the question on the page: yes when {@code yes} is in the question, otherwise no. */
    private static void answer(String yesWhen) {
        String legend = browser.findElement(By.tagName("legend")).getText();
        String value = yesWhen != null && legend.contains(yesWhen) ? "true" : "false";
        browser.findElement(By.cssSelector("input[type=radio][value=" + value + "] + label")).click();
        clickAndWait(By.cssSelector("button[type=submit]"));
    }

    /** Answers until the interview is done; returns how many questions it asked. */
    private static int answerAll(String yesWhen) {
        int asked = 0;
        while (!browser.findElements(By.tagName("legend")).isEmpty() && asked < 20) {
            answer(yesWhen);
            asked++;
        }
        return asked;
    }

    @Test
    void aCitizenAnswersOneQuestionPerPageGoesBackAndPrintsTheHandout() throws Exception {
        browser.get(portal.uri().toString());
        assertThat(browser.getTitle()).startsWith("Find ud af, hvordan du søger");
        assertAccessible("start");
        screenshot("1-start");

        new Select(browser.findElement(By.id("municipality"))).selectByVisibleText("Aarhus");
        new Select(browser.findElement(By.id("service"))).selectByValue("flytning");
        clickAndWait(By.cssSelector("form[action='/spoergsmaal'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmeld flytning");
        assertThat(browser.findElements(By.tagName("fieldset"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".form-hint")).getText()).startsWith("Spørgsmål 1 af højst");
        assertAccessible("question");
        screenshot("2-question");
        String first = browser.findElement(By.tagName("legend")).getText();

        answer(null);
        assertThat(browser.findElement(By.cssSelector(".form-hint")).getText()).startsWith("Spørgsmål 2 af højst");
        String second = browser.findElement(By.tagName("legend")).getText();
        assertThat(second).isNotEqualTo(first);
        clickAndWait(By.linkText("Tilbage"));
        assertThat(browser.findElement(By.tagName("legend")).getText()).isEqualTo(first);
        assertThat(browser.findElement(By.cssSelector("input[value=false]")).isSelected()).as("the answer is kept").isTrue();
        assertAccessible("question-back");

        clickAndWait(By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.tagName("legend")).getText()).isEqualTo(second);
        answerAll("hjælp til at bruge");
        String guide = browser.findElement(By.tagName("main")).getText();
        assertThat(guide).contains("Sådan anmelder du flytning", "Brug den digitale selvbetjening; du kan få hjælp til den.");
        assertThat(browser.findElements(By.cssSelector(".trinvis-decision.alert.alert-info"))).hasSize(1);
        assertAccessible("guide");
        screenshot("3-guide");

        clickAndWait(By.linkText("Udskriv vejledningen som A5-folder"));
        assertThat(browser.getPageSource()).contains("size: A5");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sådan anmelder du flytning");
        assertAccessible("print");
        screenshot("4-print");
    }

    @Test
    void theQuestionPageAsksAgainWhenNoAnswerIsChosen() {
        browser.get(portal.uri().resolve("/spoergsmaal?municipality=0615&service=flytning").toString());
        clickAndWait(By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".form-error-message")).getText()).contains("Vælg et svar");
        assertAccessible("question-error");
    }

    @Test
    void theLookIsDetFaellesDesignsystemFetchedAtBuildTime() {
        browser.get(portal.uri().toString());
        Object font = ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).fontFamily");
        assertThat(String.valueOf(font)).contains("IBM Plex Sans");
        assertThat(browser.findElements(By.cssSelector("header.header .portal-info"))).hasSize(1);
    }

    @Test
    void newParentsWorkThroughTheirJourneyAndGetAPrintPackThatFitsA5() throws Exception {
        browser.get(portal.uri().resolve("/forloeb?event=ny-foraelder&municipality=0615&date=2024-03-01&at=2024-03-12T10:00")
                .toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du er blevet forælder");
        assertAccessible("journey-question");
        screenshot("6-journey-question");
        int asked = answerAll(null);
        assertThat(asked).isPositive();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dit forløb");
        String journey = browser.findElement(By.tagName("main")).getText();
        assertThat(journey).contains("Navngiv dit barn", "1. september 2024", "Skriv barnet op til dagtilbud");
        assertAccessible("journey");
        screenshot("7-journey");
        browser.findElement(By.cssSelector("nav.trinvis-journey-nav a[href='#forloeb-dagtilbud']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#forloeb-dagtilbud");
        assertThat(browser.findElements(By.cssSelector("#forloeb-dagtilbud a[rel=prev]"))).hasSize(1);

        clickAndWait(By.linkText("Udskriv forløbet som A5-pakke"));
        assertAccessible("journey-print");
        screenshot("8-journey-print");
        assertPrintFitsA5();
    }

    @Test
    void theDivorceAndMovingPrintPackFitsA5() throws Exception {
        browser.get(portal.uri().resolve("/forloeb/udskriv?event=skilsmisse-og-flytning&municipality=0751"
                + "&date=2024-05-30&at=2024-06-03T10:00&fact.hasMitID=true").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du skal skilles og flytte");
        assertAccessible("divorce-print");
        assertPrintFitsA5();
    }

    /** Chromium's print-to-PDF of the page: A5 paper, one page per sheet, so no guide runs over. */
    private static void assertPrintFitsA5() {
        int sheets = browser.findElements(By.cssSelector("section.trinvis-sheet")).size();
        Map<String, Object> pdf = ((ChromeDriver) browser).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        String raw = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("PDF pages for %d sheets", sheets).isEqualTo(sheets);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)").matcher(raw);
        assertThat(box.find()).isTrue();
        // A5 is 148 x 210 mm: 419.5 x 595.3 points.
        assertThat(Double.parseDouble(box.group(1))).isBetween(418.0, 421.0);
        assertThat(Double.parseDouble(box.group(2))).isBetween(594.0, 596.0);
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
                "/rapport", ReportFormat.HTML.render(report, names, Language.DA, "/dkfds/css/dkfds.min.css").getBytes(StandardCharsets.UTF_8),
                "/report", ReportFormat.HTML.render(report, names, Language.EN, "/dkfds/css/dkfds.min.css").getBytes(StandardCharsets.UTF_8));
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
