package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.internal.util.Json;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.TestCase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionsOverHttpTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static DecisionServer server;
    private static Client client;
    private static final RuleSet RULES = RuleSet.bundled();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String body(TestCase.Given given) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", given.service());
        body.put("municipality", given.municipality());
        body.put("at", given.at().toString());
        body.put("facts", given.facts());
        body.put("lang", given.language().code());
        return Json.write(body);
    }

    /** Issue #30: a decision is compact JSON, the fields and order of {@code toJson()} without white space. */
    @Test
    void everyBundledTestDecidesByteForByteAsTheLibrary() throws Exception {
        assertThat(RULES.model().tests()).hasSizeGreaterThan(10);
        for (TestCase test : RULES.model().tests()) {
            TestCase.Given given = test.given();
            Decision decision = RULES.decide(DecisionRequest.of(given.service(), given.municipality())
                    .at(given.at()).facts(given.facts()).language(given.language()));
            HttpResponse<String> response = client.post("/v1/decisions", body(given));
            assertThat(response.statusCode()).as(test.name()).isEqualTo(200);
            assertThat(response.body()).as(test.name())
                    .isEqualTo(new String(Json.compactBytes(decision), StandardCharsets.UTF_8));
            assertThat(JSON.readTree(response.body())).as(test.name())
                    .isEqualTo(JSON.readTree(decision.toJson()));
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(response.headers().firstValue("Trinvis-Rules")).contains(RULES.contentHash());
        }
    }

    @Test
    void prettyGivesTheLibrarysOwnIndentedJson() throws Exception {
        String body = "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"2014-04-07T10:00\"}";
        String expected = RULES.decide(DecisionRequest.of("flytning", "0751")
                .at(java.time.LocalDateTime.parse("2014-04-07T10:00"))).toJson();
        assertThat(client.post("/v1/decisions?pretty", body).body()).isEqualTo(expected);
        assertThat(client.post("/v1/decisions?pretty=true", body).body()).isEqualTo(expected);
        assertThat(client.post("/v1/decisions?pretty=false", body).body()).doesNotContain("\n");
        assertThat(client.post("/v1/decisions?prety", body).body()).contains("did you mean 'pretty'?");
    }

    @Test
    void dontKnowInTheBodyIsTheLibrarysDontKnow() throws Exception {
        HttpResponse<String> response = client.post("/v1/decisions?pretty", "{\"service\":\"flytning\",\"municipality\":\"0615\","
                + "\"at\":\"2024-03-01T10:00\",\"facts\":{\"hasMitID\":true},\"dontKnow\":[\"digitalPostExempt\"]}");
        String expected = RULES.decide(DecisionRequest.of("flytning", "0615")
                .at(java.time.LocalDateTime.parse("2024-03-01T10:00")).fact("hasMitID", true)
                .dontKnow("digitalPostExempt")).toJson();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expected).contains("\"dontKnow\" : true");
    }

    @Test
    void aContradictionOrABadDontKnowIsA400() throws Exception {
        HttpResponse<String> contradicted = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":"
                + "\"0615\",\"facts\":{\"hasMitID\":true,\"cannotGetMitID\":true}}");
        assertThat(contradicted.statusCode()).isEqualTo(400);
        assertThat(contradicted.body()).contains("'hasMitID' implies")
                .containsPattern("\"field\" ?: ?\"facts.cannotGetMitID\"");
        HttpResponse<String> notAllowed = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":"
                + "\"0615\",\"dontKnow\":[\"needsHelp\"]}");
        assertThat(notAllowed.statusCode()).isEqualTo(400);
        assertThat(notAllowed.body()).contains("cannot be answered 'don't know'");
        HttpResponse<String> notAList = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":"
                + "\"0615\",\"dontKnow\":\"digitalPostExempt\"}");
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(notAList.body()).contains("dontKnow must be an array of fact names");
    }

    @Test
    void explainFalseGivesTheLeanDecision() throws Exception {
        HttpResponse<String> response = client.post("/v1/decisions",
                "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"2014-04-07T10:00\",\"explain\":false}");
        String expected = RULES.decide(DecisionRequest.of("flytning", "0751")
                .at(java.time.LocalDateTime.parse("2014-04-07T10:00")).withoutExplanation()).toJson();
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(expected));
    }

    @Test
    void theAudienceIsPassedOnToTheLibrary() throws Exception {
        HttpResponse<String> response = client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"at\":\"2014-04-07T10:00\",\"audience\":\"staff\"}");
        String expected = RULES.decide(DecisionRequest.of("flytning", "0751")
                .at(java.time.LocalDateTime.parse("2014-04-07T10:00")).audience(Audience.STAFF)).toJson();
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(expected));
        assertThat(response.body()).contains("\"audience\":\"staff\"");
    }

    @Test
    void theAccessLogNamesRouteAndStatusButNoFactValue() throws Exception {
        HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(client.uri("/v1/decisions"))
                .header("X-Request-Id", "portal-42").header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"service\":\"flytning\",\"municipality\":\"0751\",\"facts\":{\"hasMitID\":false}}")).build());
        assertThat(r.headers().firstValue("X-Request-Id")).contains("portal-42");
        // The line is written after the response is sent: wait for it, bounded.
        for (int i = 0; i < 500 && !LOG.toString(StandardCharsets.UTF_8).contains("id=portal-42"); i++) {
            Thread.sleep(10);
        }
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("id=portal-42 method=POST route=/v1/decisions status=200");
        assertThat(log).doesNotContain("hasMitID", "false");
    }
}
