package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #27: requests an adversarial run and a newcomer's client sent, and what each now gets. */
class RequestHygieneTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final String FLYTNING = "{\"service\":\"flytning\",\"municipality\":\"0751\"}";
    private static DecisionServer server;
    private static Client client;

    @BeforeAll
    static void start() throws Exception {
        server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        assertThat(r.body()).contains("\"code\" : \"" + code + "\"").doesNotContain("Exception", "\tat ");
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri("/v1/decisions")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.send(b.build());
    }

    /** Finding 6. */
    @Test
    void anExtremeMomentIsA400NamingTheYearsInADecisionAndAGuide() throws Exception {
        HttpResponse<String> decision = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"at\":\"+999999999-12-31T23:59:59+18:00\"}");
        assertProblem(decision, 400, "invalid-request");
        assertThat(decision.body()).contains("outside the years 1900-2200", "\"field\" : \"at\"");
        HttpResponse<String> guide = client.get("/v1/guides/flytning?municipality=0751&at=%2B999999999-12-31T23:59:59%2B18:00");
        assertProblem(guide, 400, "invalid-request");
        assertProblem(client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"0000-01-01\"}"),
                400, "invalid-request");
    }

    /** Finding 7. */
    @Test
    void aTargetThatIsNoPathIsA400ThatIsLoggedAndCounted() throws Exception {
        for (String target : new String[] {"mailto:x", "*", "x"}) {
            assertThat(raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                    .as(target).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
        assertThat(client.get("/metrics").body()).containsPattern("route=\"unmatched\",method=\"GET\",status=\"400\"} [3-9]");
        awaitLog("status=400");
    }

    /** Finding 10. */
    @Test
    void oneFactInTwoSpellingsIsA400() throws Exception {
        HttpResponse<String> r = client.get("/v1/guides/flytning?municipality=0751&fact[hasMitID]=true&fact.hasMitID=false");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body()).contains("given twice", "\"field\" : \"facts.hasMitID\"");
    }

    /** Finding 13. */
    @Test
    void aFactNameLongerThanAnyRuleSetsIsA400BeforeItIsLookedUp() throws Exception {
        String name = "x".repeat(60_000);
        HttpResponse<String> body = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"facts\":{\"" + name + "\":true}}");
        assertProblem(body, 400, "invalid-request");
        assertThat(body.body()).contains("too long").hasSizeLessThan(1000);
        HttpResponse<String> shorter = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"facts\":{\"" + "x".repeat(5_000) + "\":true}}");
        assertProblem(shorter, 400, "invalid-request");
        assertThat(shorter.body()).contains("a fact name is at most 100 characters", "\"field\" : \"facts\"");
        // A query string has the header limit (8 KiB); within it, a long name is refused just the same.
        assertProblem(client.get("/v1/guides/flytning?municipality=0751&fact." + "x".repeat(6_000) + "=1"),
                400, "invalid-request");
    }

    /** Finding 14. */
    @Test
    void aDecisionBodyMustSayItIsJson() throws Exception {
        assertProblem(post(null, FLYTNING), 415, "unsupported-media-type");
        assertProblem(post("application/jsonfoo", FLYTNING), 415, "unsupported-media-type");
        assertProblem(post("text/plain", FLYTNING), 415, "unsupported-media-type");
        assertThat(post("application/json; charset=utf-8", FLYTNING).statusCode()).isEqualTo(200);
        assertThat(post("Application/JSON", FLYTNING).statusCode()).isEqualTo(200);
    }

    @Test
    void theHashAsTrinvisRulesGivesItIsTakenByIfMatch() throws Exception {
        String hash = RuleSet.bundled().contentHash();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(client.uri("/v1/decisions")).header("If-Match", hash)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(FLYTNING)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aFieldNamedAfterAKnownOneGetsADidYouMean() throws Exception {
        HttpResponse<String> r = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"language\":\"en\"}");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body()).contains("\"hint\" : \"did you mean 'lang'?\"");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        HttpResponse<String> r = client.post("/v1/decisions", "{\"service\":\"flytning\"}");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body()).contains("missing field 'municipality'", "\"field\" : \"municipality\"");
        assertThat(client.get("/v1/guides/flytning").body()).contains("\"field\" : \"municipality\"");
    }

    private static void awaitLog(String text) throws InterruptedException {
        for (int i = 0; i < 500 && !LOG.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(10);
        }
        assertThat(LOG.toString(StandardCharsets.UTF_8)).contains(text);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
