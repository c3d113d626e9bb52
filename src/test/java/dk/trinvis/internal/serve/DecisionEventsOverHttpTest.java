package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.internal.insight.EventLog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve writes one event per decision and guide it answers, and counts them by outcome and help state. */
class DecisionEventsOverHttpTest {
    @TempDir
    Path dir;

    @Test
    void decisionsAndGuidesBecomeEventLinesAndOutcomeCounters() throws Exception {
        Path file = dir.resolve("events.jsonl");
        String metrics;
        try (EventLog events = EventLog.toFile(file, EventLog.DEFAULT_MAX_BYTES, 0, new PrintStream(OutputStream.nullOutputStream()));
             DecisionServer server = DecisionServer.start(ServerOptions.defaults(0),
                     new PrintStream(OutputStream.nullOutputStream()), events::accept)) {
            Client client = new Client(server.uri());
            assertThat(client.post("/v1/decisions", "{\"service\":\"laegevalg\",\"municipality\":\"0167\","
                    + "\"at\":\"2024-03-05T19:37\",\"facts\":{\"cognitiveImpairment\":true,\"age\":97}}").statusCode()).isEqualTo(200);
            assertThat(client.get("/v1/guides/flytning?municipality=0751&at=2024-03-05T10:15&fact.hasMitID=true&format=json")
                    .statusCode()).isEqualTo(200);
            assertThat(client.post("/v1/decisions", "{\"service\":\"nope\",\"municipality\":\"0167\"}").statusCode())
                    .as("a rejected request is no event").isEqualTo(400);
            metrics = client.get("/metrics").body();
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("source").asText()).isEqualTo("decision");
        assertThat(lines.get(0).get("hour").asText()).isEqualTo("2024-03-05T19:00+01:00");
        assertThat(lines.get(0).get("channel").asText()).isEqualTo("alternative");
        assertThat(lines.get(0).get("alternative").asText()).isEqualTo("must-offer");
        assertThat(lines.get(1).get("source").asText()).isEqualTo("guide");
        assertThat(lines.get(1).get("channel").asText()).isEqualTo("self-service");
        assertThat(Files.readString(file)).doesNotContain(":97");

        assertThat(metrics).contains("trinvis_decision_outcomes_total{source=\"decision\",requirement=\"mandatory-digital\","
                + "channel=\"alternative\",alternative=\"must-offer\"} 1");
        assertThat(metrics).contains("trinvis_decision_outcomes_total{source=\"guide\",requirement=\"mandatory-digital\","
                + "channel=\"self-service\",alternative=\"none\"} 1");
        assertThat(metrics).containsPattern("trinvis_decision_help_total\\{channel=\"alternative\",state=\"(open|unknown|closed|none)\"} 1");
    }

    @Test
    void withoutAnEventLogTheOutcomesAreStillCounted() throws Exception {
        try (DecisionServer server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(OutputStream.nullOutputStream()))) {
            Client client = new Client(server.uri());
            client.post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\",\"explain\":false}");
            String metrics = client.get("/metrics").body();
            assertThat(metrics).contains("trinvis_decision_outcomes_total{source=\"decision\"");
            assertThat(metrics).as("no help looked up without the explanation").doesNotContain("trinvis_decision_help_total{");
        }
    }
}
