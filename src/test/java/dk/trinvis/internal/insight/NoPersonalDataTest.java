package dk.trinvis.internal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.serve.DecisionServer;
import dk.trinvis.internal.serve.ServerOptions;
import dk.trinvis.model.Audience;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.RuleSetModel;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled fact set to a marked value (true, then false, for booleans; an unusual number
 * inside each integer fact's range; a marker string or date for any string or date fact), for
 * every service, several municipalities and moments, through decide (with and without the
 * explanation), guide, interview and every life event, from the library's listener and from
 * {@code serve --events}: no marked value reaches an event or the report, every string in an
 * event is a rule-set id or a value from a fixed list, and every event fits the published schema.
 */
class NoPersonalDataTest {
    static final RuleSet RULES = RuleSet.bundled();
    static final List<String> MUNICIPALITIES = List.of("0101", "0167", "0461", "0573", "0751");
    static final List<LocalDateTime> MOMENTS = List.of(LocalDateTime.parse("2013-12-02T10:30"),
            LocalDateTime.parse("2023-11-20T19:45"), LocalDateTime.parse("2024-03-09T23:10"));
    static final String STRING_MARK = "MARK-Jensen-0101701234";
    static final String DATE_MARK = "1931-07-13";

    static final List<DecisionEvent> events = new CopyOnWriteArrayList<>();
    static final Set<Long> numberMarks = new HashSet<>();
    static final List<Map<String, Object>> markedFactSets = new ArrayList<>();

    @BeforeAll
    static void decideWithEveryFactMarked() {
        RuleSetModel model = RULES.model();
        for (boolean flag : new boolean[] {true, false}) {
            Map<String, Object> facts = new LinkedHashMap<>();
            for (Fact f : model.facts().values()) {
                if (!f.implied().isEmpty()) {
                    continue; // known from other facts; giving it too may contradict them (a RequestException)
                }
                facts.put(f.id(), switch (f.type()) {
                    case BOOLEAN -> flag;
                    case INTEGER -> {
                        long min = f.min() == null ? 0 : f.min();
                        long max = f.max() == null ? 10_000 : f.max();
                        // An unusual number inside the range, far from the small counts an event holds.
                        long mark = Math.max(min, Math.min(max, flag ? min + (max - min) * 9 / 10 : min + (max - min) * 7 / 10 + 3));
                        numberMarks.add(mark);
                        yield mark;
                    }
                    case STRING -> f.values().isEmpty() ? STRING_MARK : f.values().get(f.values().size() - 1);
                    case DATE -> LocalDate.parse(DATE_MARK);
                });
            }
            markedFactSets.add(facts);
        }
        RuleSet listened = RULES.withListener(events::add);
        for (Map<String, Object> facts : markedFactSets) {
            for (String service : model.services().keySet()) {
                for (String municipality : MUNICIPALITIES) {
                    for (LocalDateTime at : MOMENTS) {
                        for (Audience audience : List.of(Audience.CITIZEN, Audience.STAFF)) {
                            DecisionRequest request = DecisionRequest.of(service, municipality).at(at).facts(facts)
                                    .audience(audience).language(audience == Audience.STAFF ? Language.EN : Language.DA);
                            listened.decide(request);
                            listened.decide(request.withoutExplanation());
                            listened.interview(request);
                            try {
                                listened.guide(request);
                            } catch (RequestException noGuide) {
                                // A service without a guide: nothing to resolve, no event.
                            }
                        }
                    }
                }
            }
            for (String event : model.lifeEvents().keySet()) {
                listened.journey(event, JourneyRequest.of("0615", LocalDate.parse("2024-03-01"))
                        .at(LocalDateTime.parse("2024-03-12T17:00")).facts(facts));
            }
        }
    }

    @Test
    void noMarkedValueReachesAnEventAndEveryStringIsFromTheRuleSetOrAFixedList() throws Exception {
        assertThat(events).hasSizeGreaterThan(1_000);
        Set<String> vocabulary = vocabulary();
        ObjectMapper json = new ObjectMapper();
        for (DecisionEvent e : events) {
            String line = e.toJson();
            assertThat(line).doesNotContain(STRING_MARK).doesNotContain(DATE_MARK);
            List<JsonNode> leaves = new ArrayList<>();
            leaves(json.readTree(line), leaves);
            for (JsonNode leaf : leaves) {
                if (leaf.isNumber()) {
                    assertThat(numberMarks).as("a number in %s", line).doesNotContain(leaf.asLong());
                    assertThat(leaf.asLong()).as("only the version and a count of answers are numbers").isLessThan(50);
                } else if (leaf.isTextual()) {
                    String s = leaf.asText();
                    assertThat(vocabulary.contains(s) || HOUR.matcher(s).matches()).as("'%s' in %s", s, line).isTrue();
                }
            }
        }
    }

    @Test
    void aBooleanAnswerChangesAnEventOnlyThroughTheOutcomeItDecides() {
        // Events of the all-true and all-false runs, paired in order: where the outcome is the same, so is the event.
        int half = (int) events.stream().filter(e -> e.source() != DecisionEvent.Source.JOURNEY).count() / 2;
        List<DecisionEvent> calls = events.stream().filter(e -> e.source() != DecisionEvent.Source.JOURNEY).toList();
        int same = 0;
        for (int i = 0; i < half; i++) {
            DecisionEvent t = calls.get(i);
            DecisionEvent f = calls.get(half + i);
            if (t.channel() == f.channel() && t.alternative() == f.alternative() && t.grounds().equals(f.grounds())
                    && t.requirement() == f.requirement() && java.util.Objects.equals(t.interview(), f.interview())) {
                assertThat(t).isEqualTo(f);
                same++;
            }
        }
        assertThat(same).as("many answers do not depend on the marked facts").isPositive();
    }

    @Test
    void everyEventFitsThePublishedSchema() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EventSchema.json());
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        for (DecisionEvent e : events) {
            String line = e.toJson();
            // Each distinct line once, and a few hundred are plenty: the schema is strict, the lines alike in shape.
            if (seen.size() < 400 && seen.add(line)) {
                assertThat(schema.validate(json.readTree(line))).as(line).isEmpty();
            }
        }
        assertThat(schema.validate(json.readTree(events.get(0).toJson().replace("\"version\":1", "\"version\":1,\"age\":97"))))
                .as("a field the schema does not know is refused").isNotEmpty();
    }

    @Test
    void serveWritesNoMarkedValueEither(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        HttpClient http = HttpClient.newHttpClient();
        try (EventLog log = EventLog.toFile(file, EventLog.DEFAULT_MAX_BYTES, 0, quiet);
             DecisionServer server = DecisionServer.start(ServerOptions.defaults(0), quiet, log::accept)) {
            URI base = server.uri();
            for (Map<String, Object> facts : markedFactSets) {
                String body = new ObjectMapper().writeValueAsString(Map.of("service", "laegevalg", "municipality", "0167",
                        "at", "2024-03-05T19:37", "facts", facts));
                HttpResponse<String> decided = http.send(HttpRequest.newBuilder(base.resolve("/v1/decisions"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
                StringBuilder query = new StringBuilder("/v1/guides/flytning?municipality=0751&at=2024-03-05T19:37&format=json");
                facts.forEach((k, v) -> query.append("&fact.").append(k).append('=').append(URLEncoder.encode(String.valueOf(v),
                        StandardCharsets.UTF_8)));
                assertThat(http.send(HttpRequest.newBuilder(base.resolve(query.toString())).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2 * markedFactSets.size());
        for (String line : lines) {
            assertThat(line).doesNotContain(STRING_MARK).doesNotContain(DATE_MARK);
            for (long mark : numberMarks) {
                assertThat(line).doesNotContain(":" + mark + ",").doesNotContain(":" + mark + "}");
            }
        }
    }

    @Test
    void noMarkedValueReachesTheReportInAnyFormatOrLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, events.stream().map(DecisionEvent::toJson).toList());
        Report report = Report.read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), Filter.ALL, 0.8);
        assertThat(report.summary().events()).isEqualTo(events.size());
        for (ReportFormat format : ReportFormat.values()) {
            for (Language lang : List.of(Language.DA, Language.EN)) {
                String out = format.render(report, Names.of(RULES.model()), lang, null);
                assertThat(out).as("%s %s", format, lang).doesNotContain(STRING_MARK).doesNotContain(DATE_MARK);
            }
        }
    }

    private static final Pattern HOUR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00\\+0[12]:00");

    /** Every string an event may hold: the rule set's ids, the enums' spellings, languages and the hash. */
    private static Set<String> vocabulary() {
        RuleSetModel m = RULES.model();
        Set<String> words = new HashSet<>();
        words.addAll(m.services().keySet());
        words.addAll(m.municipalities().keySet());
        m.grounds().forEach(g -> words.add(g.id()));
        words.addAll(m.helpOffers().keySet());
        words.addAll(m.facts().keySet());
        words.addAll(List.of(Vocabulary.SOURCES));
        words.addAll(List.of(Vocabulary.REQUIREMENTS));
        words.addAll(List.of(Vocabulary.CHANNELS));
        words.addAll(List.of(Vocabulary.EFFECTS));
        words.addAll(List.of("open", "closed", "unknown", "phone", "chat", "in-person", "library", "volunteer", "mobile",
                "citizen", "staff", "authority", "da", "en", RULES.contentHash()));
        return words;
    }

    private static void leaves(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                leaves(it.next(), out);
            }
        } else if (!node.isNull() && !node.isBoolean()) {
            out.add(node);
        }
    }
}
