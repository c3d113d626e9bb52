package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One server for the national rule set and every municipality's layer on it. */
class LayeredServerTest {

    @Test
    void eachMunicipalityGetsItsOwnLayersStepsFromOneServer() throws Exception {
        Path layers = Golden.resource("layers");
        ServerOptions options = ServerOptions.defaults(0).withRules(layers.resolve("national"))
                .withLayers(List.of(layers.resolve("hvidovre"), layers.resolve("koebenhavn")));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (DecisionServer server = DecisionServer.start(options, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Client client = new Client(server.uri());
            HttpResponse<String> hvidovre = client.get("/v1/guides/flytning?municipality=0167&at=2024-01-02T10:00"
                    + "&fact.hasMitID=true");
            HttpResponse<String> koebenhavn = client.get("/v1/guides/flytning?municipality=0101&at=2024-01-02T10:00"
                    + "&fact.hasMitID=true");
            assertThat(hvidovre.statusCode()).as(hvidovre.body()).isEqualTo(200);
            assertThat(hvidovre.body()).contains("id=\"trin-floorwalker\"").doesNotContain("trin-bibliotek");
            assertThat(koebenhavn.body()).contains("id=\"trin-bibliotek\"").doesNotContain("trin-floorwalker");
            HttpResponse<String> decision = client.post("/v1/decisions", "{\"service\":\"flytning\","
                    + "\"municipality\":\"0167\",\"at\":\"2024-01-02T10:00\"}");
            assertThat(decision.body()).as("the receipt names every part")
                    .contains("\"name\":\"national\"", "\"name\":\"hvidovre\"", "\"name\":\"koebenhavn\"");
        }
    }
}
