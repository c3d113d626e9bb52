package dk.trinvis.internal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rendersTheGuideForTheChosenPersona() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("render/rules"), 0)) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> page = get(server.uri().resolve(
                    "/?service=flytning&municipality=0751&at=2024-04-08T20:30&fact.hasMitID=false"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("Skaf dig MitID", "<option value=\"0751\" selected>");
        }
    }

    @Test
    void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodRuleSet(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.copy(Golden.resource("render/rules/rules.yaml"), rules);
        Files.copy(Golden.resource("render/rules/guide.yaml"), dir.resolve("guide.yaml"));
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            URI page = server.uri().resolve("/?service=flytning&municipality=0751&fact.hasMitID=false");
            String good = Files.readString(rules);
            Files.writeString(rules, good.replace("kind: AssistRule", "kind: AssistRul"));
            Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(5)));
            String broken = get(page).body();
            assertThat(broken).contains("Den seneste ændring kan ikke indlæses", "rules.yaml:",
                    "ukendt kind &#39;AssistRul&#39;", "Skaf dig MitID");

            Files.writeString(rules, good);
            Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(10)));
            assertThat(get(page).body()).doesNotContain("Den seneste ændring").contains("Skaf dig MitID");
        }
    }

    @Test
    void badInputIsShownNotThrown() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("render/rules"), 0)) {
            HttpResponse<String> page = get(server.uri().resolve("/?service=nope&at=yesterday"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("role=\"alert\"");
            assertThat(get(server.uri().resolve("/other")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theUiIsDanishAndEnglishOnRequest() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("yamltests"), 0)) {
            String da = get(server.uri().resolve("/?service=flytning&municipality=0751")).body();
            assertThat(da).contains("<html lang=\"da\">", "<label for=\"service\">Ydelse</label>", "Afgørelse",
                    "Spørgsmål, der stadig er åbne");
            String en = get(server.uri().resolve("/?service=flytning&municipality=0751&lang=en")).body();
            assertThat(en).contains("<html lang=\"en\">", "<label for=\"service\">Service</label>", "Decision",
                    "Questions still open").doesNotContain("Afgørelse");
            // Ukrainian previews the citizen's words; the editor's own words stay Danish, and the page says so.
            String uk = get(server.uri().resolve("/?service=flytning&municipality=0751&lang=uk")).body();
            assertThat(uk).contains("<html lang=\"da\">", "<label for=\"service\">Ydelse</label>", "lang=\"uk\"",
                    "<a href=\"?lang=en\" lang=\"en\">English</a>", "<a href=\"?lang=da\" lang=\"da\">dansk</a>");
        }
    }

    @Test
    void factsAreAFormOfTheirQuestionsAndTypes() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("yamltests"), 0)) {
            String page = get(server.uri().resolve("/?service=flytning&municipality=0751&fact.hasMitID=false")).body();
            assertThat(page).contains("<legend>Har du MitID?</legend>",
                    "<input type=\"radio\" id=\"fact.hasMitID-false\" name=\"fact.hasMitID\" value=\"false\" checked> Nej",
                    "<input id=\"fact.age\" name=\"fact.age\" type=\"number\" value=\"\" min=\"0\" max=\"130\">");
        }
    }

    @Test
    void theDecisionTraceMissingFactsWarningsAndTestsStandBesideTheGuide() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("yamltests"), 0)) {
            String page = get(server.uri().resolve("/?service=flytning&municipality=0751&at=2024-04-08T10:00")).body();
            assertThat(page).contains("<dt>Krav</dt><dd>obligatorisk digital selvbetjening</dd>", "Hvorfor: alle regler, der er overvejet",
                    "Service:flytning", "<li>Har du MitID? <code>hasMitID</code></li>", "Test af denne ydelse",
                    "bestået: A citizen without MitID is shown how to get it");
        }
    }

    @Test
    void lintWarningsOfTheServiceAreShown() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("lint-fixtures/markdown-links"), 0)) {
            String page = get(server.uri().resolve("/?service=flytning&municipality=0751")).body();
            assertThat(page).contains("Lint-advarsler for denne ydelse", "linket &#39;http://www.borger.dk/flytning&#39; er ikke https");
        }
    }

    @Test
    void theBrowserReloadsItselfWhenAFileIsSaved(@TempDir Path dir) throws Exception {
        Files.copy(Golden.resource("render/rules/rules.yaml"), dir.resolve("rules.yaml"));
        Files.copy(Golden.resource("render/rules/guide.yaml"), dir.resolve("guide.yaml"));
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            HttpResponse<String> page = get(server.uri());
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'", "connect-src 'self'"));
            assertThat(page.body()).contains("<script src=\"/live.js\" defer></script>");
            assertThat(get(server.uri().resolve("/live.js")).body()).contains("new EventSource('/events')",
                    "location.reload()");
            String version = page.body().replaceAll("(?s).*data-version=\"([0-9a-f]+)\".*", "$1");
            HttpResponse<String> event = get(server.uri().resolve("/events"));
            assertThat(event.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
            assertThat(event.body()).isEqualTo("retry: 1000\ndata: " + version + "\n\n");

            Files.writeString(dir.resolve("guide.yaml"), Files.readString(dir.resolve("guide.yaml")) + "\n");
            Files.setLastModifiedTime(dir.resolve("guide.yaml"), FileTime.from(Instant.now().plusSeconds(5)));
            assertThat(get(server.uri().resolve("/events")).body()).startsWith("retry: 1000\ndata: ")
                    .doesNotContain(version);
        }
    }

    @Test
    void whatTheEditorTypesIsEscaped() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("yamltests"), 0)) {
            String page = get(server.uri().resolve("/?service=flytning&municipality=0751&at=%22%3E%3Cscript%3Ex%3C%2Fscript%3E"
                    + "&fact.language=%3Cb%3E")).body();
            assertThat(page).doesNotContain("<script>x").contains("&quot;&gt;&lt;script&gt;x");
        }
    }

    @Test
    void markupInTheRuleSetIsShownAsTextEverywhere() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("preview/hostile"), 0)) {
            String page = get(server.uri().resolve("/?service=flytning&municipality=0751&fact.kind=%3Cb%3Ea%3C%2Fb%3E")).body();
            assertThat(page).contains("&lt;script&gt;alert(1)", "&lt;img src=x onerror=alert(2)&gt;", "&lt;i&gt;Aarhus",
                    "&lt;script&gt;alert(5)", "&lt;script&gt;alert(7)&lt;/script&gt; fails");
            assertThat(page.replace("<script src=\"/live.js\" defer></script>", ""))
                    .doesNotContain("<script", "<img", "<i>", "<b>");
        }
    }
}
