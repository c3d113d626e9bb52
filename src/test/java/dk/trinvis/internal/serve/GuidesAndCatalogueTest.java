package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.render.GuideFormat;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuidesAndCatalogueTest {
    private static final RuleSet RULES = RuleSet.bundled();
    @RegisterExtension
    static final ServedRules SERVED = new ServedRules();

    @Test
    void everyGuideFormatIsTheLibrarysRenderingWithItsContentType() throws Exception {
        var guide = RULES.guide(DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2014-04-07T20:30"))
                .fact("hasMitID", "false").language(Language.EN));
        for (GuideFormat format : GuideFormat.values()) {
            HttpResponse<String> r = SERVED.client().get("/v1/guides/flytning?municipality=0751&at=2014-04-07T20:30&lang=en"
                    + "&fact.hasMitID=false&format=" + format.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(format.name()).isEqualTo(format.renderer().render(guide));
            assertThat(r.headers().firstValue("Content-Type")).contains(GuideEndpoint.contentType(format));
            assertThat(r.headers().firstValue("ETag")).contains("\"" + RULES.contentHash() + "\"");
        }
    }

    @Test
    void aGuideIsServedInUkrainianAndALanguageThatIsNoCodeIsRefused() throws Exception {
        HttpResponse<String> uk = SERVED.client().get("/v1/guides/flytning?municipality=0751&at=2024-03-04T10:00&lang=uk"
                + "&format=text");
        assertThat(uk.statusCode()).isEqualTo(200);
        assertThat(uk.body()).contains("Крок за кроком:");
        HttpResponse<String> bad = SERVED.client().get("/v1/guides/flytning?municipality=0751&lang=ukrainian");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("ISO 639 language code such as da, en or uk, not 'ukrainian'");
    }

    @Test
    void aGuideTakesDontKnowInItsQuery() throws Exception {
        HttpResponse<String> r = SERVED.client().get("/v1/guides/flytning?municipality=0615&at=2024-03-01T10:00"
                + "&format=json&fact.hasMitID=true&dontKnow=digitalPostExempt");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"dontKnow\" : true").contains("vurderer det sammen med dig");
    }

    @Test
    void theCatalogueListsWhatAPortalBuildsItsFormsFrom() throws Exception {
        HttpResponse<String> services = SERVED.client().get("/v1/services");
        assertThat(services.body()).contains("\"id\" : \"flytning\"", "\"guide\" : true");
        assertThat(services.headers().firstValue("ETag")).contains("\"" + RULES.contentHash() + "\"");
        assertThat(SERVED.client().get("/v1/municipalities").body()).contains("\"code\" : \"0751\"", "\"name\" : \"Aarhus\"");
        String facts = SERVED.client().get("/v1/facts").body();
        assertThat(facts).contains("\"id\" : \"hasMitID\"", "\"question\" : {", "\"da\" : ", "\"en\" : ");
        assertThat(SERVED.client().get("/v1/help-offers").body()).contains("\"helpOffers\" : [", "\"contact\" : {");
    }

    @Test
    void aCatalogueCopyOfTheSameRulesIsNotSentAgain() throws Exception {
        String etag = "\"" + RULES.contentHash() + "\"";
        HttpResponse<String> cached = SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/v1/facts"))
                .header("If-None-Match", etag).build());
        assertThat(cached.statusCode()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        assertThat(cached.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> stale = SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/v1/facts"))
                .header("If-None-Match", "\"0000\"").build());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("\"facts\" : [");
    }

    @Test
    void aPinnedReleaseIsServedAndAChangedOneIsRefused() throws Exception {
        HttpRequest.Builder guide = HttpRequest.newBuilder(SERVED.client().uri("/v1/services"));
        assertThat(SERVED.client().send(guide.header("If-Match", "\"" + RULES.contentHash() + "\"").build()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/v1/decisions"))
                .header("If-Match", "\"0000\"").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"service\":\"flytning\",\"municipality\":\"0751\"}")).build());
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        assertThat(stale.body()).contains("\"code\" : \"rules-changed\"");
    }

    @Test
    void healthReadinessAndMetricsAnswer() throws Exception {
        assertThat(SERVED.client().get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> head = SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/healthz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/healthz")).method("BREW", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(SERVED.client().get("/readyz").body()).contains("\"status\" : \"ready\"", RULES.contentHash());
        SERVED.client().post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"2014-04-07T10:00\","
                + "\"facts\":{\"hasMitID\":true}}");
        HttpResponse<String> metrics = SERVED.client().get("/metrics");
        assertThat(metrics.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body())
                .contains("trinvis_decisions_total{service=\"flytning\",requirement=\"mandatory-digital\",channel=\"self-service\"}")
                .contains("trinvis_http_request_duration_seconds_bucket{route=\"/v1/decisions\",le=\"+Inf\"}")
                .contains("trinvis_rule_set_info{hash=\"" + RULES.contentHash() + "\"} 1")
                .contains("trinvis_rule_reloads_total{result=\"failed\"} 0")
                .contains("trinvis_http_requests_total{route=\"/healthz\",method=\"OTHER\",status=\"405\"} 1")
                .doesNotContain("hasMitID", "BREW");
    }
}
