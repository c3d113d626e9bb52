package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trinvis report on events the bundled rule set gave: every format, names from the rule set, usage errors. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path events;

    /** 30 evening decisions in Hvidovre (25 self-service, 5 with a must-offer ground) and 3 in Aarhus, gzip. */
    @BeforeAll
    static void events() throws Exception {
        List<DecisionEvent> out = new ArrayList<>();
        RuleSet rules = RuleSet.bundled().withListener(out::add);
        LocalDateTime evening = LocalDateTime.parse("2024-03-05T19:37");
        for (int i = 0; i < 25; i++) {
            rules.decide(DecisionRequest.of("flytning", "0167").at(evening).fact("hasMitID", true));
        }
        for (int i = 0; i < 5; i++) {
            rules.decide(DecisionRequest.of("flytning", "0167").at(evening).fact("cognitiveImpairment", true));
        }
        for (int i = 0; i < 3; i++) {
            rules.guide(DecisionRequest.of("flytning", "0751").at(evening).fact("hasMitID", true));
        }
        events = dir.resolve("events.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(events))) {
            for (DecisionEvent e : out) {
                gz.write((e.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void textNamesMunicipalitiesFromTheRuleSetAndHidesSmallCells() {
        CliRun run = CliRun.of("report", "--lang", "en", events.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Channel shift", "Self-service share by municipality, service and month");
        assertThat(run.out()).containsPattern("0167 Hvidovre\\s+flytning\\s+2024-03\\s+30\\s+83\\.3%\\s+met");
        assertThat(run.out()).containsPattern("0751 Aarhus\\s+flytning\\s+2024-03\\s+< 10\\s+< 10");
        assertThat(run.out()).as("five must-offer decisions are under ten").doesNotContainPattern("must offer\\s+\\S*\\s*5\\b");
    }

    @Test
    void jsonSaysTheShareAndTheTarget() throws Exception {
        CliRun run = CliRun.of("report", "--format", "json", "--target", "0.9", events.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("target").asDouble()).isEqualTo(0.9);
        JsonNode hvidovre = json.get("selfService").get(0);
        assertThat(hvidovre.get("municipality").asText()).isEqualTo("0167");
        assertThat(hvidovre.get("decisions").asInt()).isEqualTo(30);
        assertThat(hvidovre.get("share").asDouble()).isEqualTo(0.833);
        assertThat(hvidovre.get("targetMet").asBoolean()).isFalse();
        assertThat(json.get("names").get("municipalities").get("0167").asText()).isEqualTo("Hvidovre");
        assertThat(json.get("help")).isNotEmpty();
    }

    @Test
    void csvAndHtmlGoToAFileInDanish() throws Exception {
        Path csv = dir.resolve("report.csv");
        Path html = dir.resolve("report.html");
        assertThat(CliRun.of("report", "--format", "csv", "--out", csv.toString(), events.toString()).code()).isZero();
        assertThat(CliRun.of("report", "--format", "html", "--lang", "da", "--stylesheet", "/dkfds/css/dkfds.min.css",
                "--out", html.toString(), events.toString()).code()).isZero();

        assertThat(Files.readAllLines(csv)).contains("share,0167,Hvidovre,flytning,2024-03,,,,,,,decisions,30",
                "share,0751,Aarhus,flytning,2024-03,,,,,,,decisions,< 10");
        assertThat(Files.readString(html)).contains("<html lang=\"da\">", "<link rel=\"stylesheet\" href=\"/dkfds/css/dkfds.min.css\">",
                "Hvidovre (0167)", "Anmeld flytning", "83,3 %");
    }

    @Test
    void filtersByMunicipalityAndSource() throws Exception {
        CliRun run = CliRun.of("report", "--format", "json", "--municipality", "0751", "--source", "guide", events.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("selfService")).hasSize(1);
        assertThat(json.get("selfService").get(0).get("municipality").asText()).isEqualTo("0751");
    }

    @Test
    void aMissingFileOrABadOptionIsAUsageError() {
        CliRun missing = CliRun.of("report", "--lang", "en", dir.resolve("nope.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception");

        assertThat(CliRun.of("report", "--target", "80", events.toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("report", "--lang", "en", "--from", "2024-13", events.toString()).err()).contains("--from and --to are months");
        assertThat(CliRun.of("report", "--source", "portal", events.toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("report").code()).isEqualTo(2);
    }

    @Test
    void schemaPrintsTheEventSchema() throws Exception {
        CliRun run = CliRun.of("schema", "--events");
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$id").asText()).isEqualTo("urn:trinvis:decision-event:1");
        assertThat(schema.get("required")).hasSize(15);
    }
}
