package dk.trinvis.internal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.model.Channel;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report against counts made here, the plain way, from the same events: shares, grounds,
 * help and interview tables are right, and every count under ten reads "< 10" in every format.
 */
class ReportTest {
    static final List<DecisionEvent> EVENTS = EventsFixture.random(29, 6_000);
    static Report report;
    static Map<String, long[]> shares = new TreeMap<>();
    static Map<String, Long> grounds = new TreeMap<>();
    static Map<String, long[]> help = new TreeMap<>();
    static Map<String, long[]> pages = new TreeMap<>();
    static Map<String, Long> questions = new TreeMap<>();

    @BeforeAll
    static void countAndReport(@TempDir Path dir) throws IOException {
        for (DecisionEvent e : EVENTS) {
            String cell = e.municipality() + "|" + e.service() + "|" + e.hour().toString().substring(0, 7);
            if (e.source() == DecisionEvent.Source.INTERVIEW) {
                long[] p = pages.computeIfAbsent(e.municipality() + "|" + e.service() + "|" + e.interview().answers(), k -> new long[2]);
                p[0]++;
                if (e.interview().done()) {
                    p[1]++;
                } else {
                    questions.merge(e.municipality() + "|" + e.service() + "|" + e.interview().question(), 1L, Long::sum);
                }
            }
            if (e.interview() != null && !e.interview().done()) {
                continue;
            }
            long[] s = shares.computeIfAbsent(cell, k -> new long[2]);
            s[0]++;
            if (e.channel() == Channel.SELF_SERVICE) {
                s[1]++;
            }
            if (e.alternative() != Effect.NONE) {
                grounds.merge(cell + "|" + e.alternative().value() + "|", 1L, Long::sum);
                for (String g : e.grounds()) {
                    grounds.merge(cell + "|" + e.alternative().value() + "|" + g, 1L, Long::sum);
                }
            }
            if (e.help() != null && (e.channel() == Channel.ASSISTED || e.channel() == Channel.ALTERNATIVE)) {
                String slot = e.municipality() + "|" + e.hour().getDayOfWeek().getValue() + "|" + e.hour().getHour();
                long[] h = help.computeIfAbsent(slot, k -> new long[3]);
                h[0]++;
                if (e.help().isEmpty()) {
                    h[2]++;
                } else if (e.help().stream().noneMatch(o -> o.state() == DecisionEvent.HelpState.State.OPEN)) {
                    h[1]++;
                }
            }
        }
        // Half the events plain, half gzip, with a blank line, a CRLF and two bad lines among them.
        Path plain = dir.resolve("events.jsonl");
        Path zipped = dir.resolve("events.older");
        try (Writer a = Files.newBufferedWriter(plain);
             Writer b = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(zipped)), StandardCharsets.UTF_8)) {
            for (int i = 0; i < EVENTS.size(); i++) {
                Writer w = i % 2 == 0 ? a : b;
                w.write(EVENTS.get(i).toJson() + (i == 10 ? "\r\n\n" : "\n"));
            }
            a.write("{\"version\":1,\"hour\":\"2024-03-05T19:00+01:00\",\"source\":\"decision\",\"service\":\"flytning\"}\n");
            a.write("not json\n");
        }
        report = Report.read(List.of(plain.toString(), zipped.toString()), new ByteArrayInputStream(new byte[0]), Filter.ALL, 0.6);
    }

    static String render(ReportFormat format, Language lang) {
        return format.render(report, Names.NONE, lang, null);
    }

    @Test
    void readsPlainAndGzipFilesAndListsTheLinesItSkipped() {
        Report.Summary s = report.summary();
        assertThat(s.lines()).isEqualTo(EVENTS.size() + 2);
        assertThat(s.events()).isEqualTo(EVENTS.size());
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problems().get(0)).endsWith("events.jsonl:" + (EVENTS.size() / 2 + 2)
                + ": missing municipality");
        assertThat(s.problems().get(1)).endsWith(": not valid JSON");
        assertThat(s.firstMonth()).isEqualTo("2024-01");
        assertThat(s.lastMonth()).isEqualTo("2024-04");
    }

    @Test
    void jsonHasTheRightSharesAndHidesEveryCellUnderTen() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, Language.EN));
        assertThat(json.get("selfService")).hasSize(shares.size());
        int hidden = 0;
        for (JsonNode row : json.get("selfService")) {
            long[] expected = shares.get(row.get("municipality").asText() + "|" + row.get("service").asText() + "|"
                    + row.get("month").asText());
            if (expected[0] < 10) {
                hidden++;
                assertThat(row.get("decisions").asText()).isEqualTo("< 10");
                assertThat(row.get("share").asText()).isEqualTo("< 10");
            } else {
                assertThat(row.get("decisions").asLong()).isEqualTo(expected[0]);
                assertThat(row.get("share").asDouble()).isCloseTo((double) expected[1] / expected[0], org.assertj.core.data.Offset.offset(0.0005));
                assertThat(row.get("targetMet").asBoolean()).isEqualTo((double) expected[1] / expected[0] >= 0.6);
            }
        }
        assertThat(hidden).as("the fixture has small cells").isPositive();
        assertThat(hidden).as("and large ones").isLessThan(shares.size());
    }

    @Test
    void jsonHasTheRightGroundHelpAndInterviewCounts() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, Language.EN));
        Map<String, String> groundsSeen = new TreeMap<>();
        for (JsonNode row : json.get("grounds")) {
            String key = row.get("municipality").asText() + "|" + row.get("service").asText() + "|" + row.get("month").asText()
                    + "|" + row.get("alternative").asText() + "|";
            groundsSeen.put(key, row.get("decisions").asText());
            for (JsonNode g : row.get("grounds")) {
                groundsSeen.put(key + g.get("ground").asText(), g.get("decisions").asText());
            }
        }
        assertThat(groundsSeen).isEqualTo(shown(grounds));

        Map<String, String> helpSeen = new TreeMap<>();
        for (JsonNode row : json.get("help")) {
            String key = row.get("municipality").asText() + "|" + row.get("weekday").asInt() + "|" + row.get("hour").asInt();
            helpSeen.put(key, row.get("sentToHelp").asText() + "/" + row.get("noneOpen").asText() + "/" + row.get("noneListed").asText());
        }
        Map<String, String> helpExpected = new TreeMap<>();
        help.forEach((k, v) -> helpExpected.put(k, Cells.plain(v[0]) + "/" + Cells.plain(v[1]) + "/" + Cells.plain(v[2])));
        assertThat(helpSeen).isEqualTo(helpExpected);

        Map<String, String> pagesSeen = new TreeMap<>();
        for (JsonNode row : json.get("interview").get("pages")) {
            pagesSeen.put(row.get("municipality").asText() + "|" + row.get("service").asText() + "|" + row.get("answers").asInt(),
                    row.get("shown").asText() + "/" + row.get("done").asText());
        }
        Map<String, String> pagesExpected = new TreeMap<>();
        pages.forEach((k, v) -> pagesExpected.put(k, Cells.plain(v[0]) + "/" + Cells.plain(v[1])));
        assertThat(pagesSeen).isEqualTo(pagesExpected);

        Map<String, String> questionsSeen = new TreeMap<>();
        for (JsonNode row : json.get("interview").get("questions")) {
            questionsSeen.put(row.get("municipality").asText() + "|" + row.get("service").asText() + "|"
                    + row.get("question").asText(), row.get("asked").asText());
        }
        assertThat(questionsSeen).isEqualTo(shown(questions));
    }

    @Test
    void theLeftEstimateIsPagesAtAStepLessTheNextLessThoseDone() {
        for (Report.PageRow row : report.pages()) {
            long[] here = pages.get(row.municipality() + "|" + row.service() + "|" + row.answers());
            long[] next = pages.getOrDefault(row.municipality() + "|" + row.service() + "|" + (row.answers() + 1), new long[2]);
            assertThat(row.left()).isEqualTo(Math.max(0, here[0] - next[0] - here[1]));
        }
    }

    @Test
    void csvHasEveryCountOfTheJsonAndNoNumberUnderTen() throws IOException {
        String csv = render(ReportFormat.CSV, Language.EN);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(CsvReport.HEADER);
        int shareRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(13);
            String measure = cells[11];
            String value = cells[12];
            if (measure.equals("self_service_share") || measure.equals("target_met")) {
                continue;
            }
            assertThat(value.equals("< 10") || Long.parseLong(value) >= 10).as(line).isTrue();
            if (cells[0].equals("share")) {
                shareRows++;
                assertThat(value).isEqualTo(Cells.plain(shares.get(cells[1] + "|" + cells[3] + "|" + cells[4])[0]));
            }
        }
        assertThat(shareRows).isEqualTo(shares.size());
    }

    @Test
    void textAndHtmlShowNoCountUnderTenInAnyTableCell() {
        for (Language lang : List.of(Language.DA, Language.EN)) {
            Document html = Jsoup.parse(render(ReportFormat.HTML, lang));
            List<Element> numbers = html.select("td.num");
            assertThat(numbers).hasSizeGreaterThan(100);
            for (Element td : numbers) {
                String text = td.text();
                boolean answersColumn = td.elementSiblingIndex() == 2 && td.parent().parent().parent()
                        .selectFirst("caption").text().startsWith(lang.isDanish() ? "Spørgeforløb" : "Interviews");
                if (answersColumn || text.endsWith("%")) {
                    continue;
                }
                assertThat(text.equals("< 10") || Long.parseLong(text.replace(".", "").replace(",", "")) >= 10)
                        .as("%s in %s", text, td.parent()).isTrue();
            }
        }
        String text = render(ReportFormat.TEXT, Language.EN);
        for (Map.Entry<String, long[]> e : shares.entrySet()) {
            String[] k = e.getKey().split("\\|");
            String line = text.lines().filter(l -> l.startsWith(k[0] + "  ") && l.contains(" " + k[1] + " ") && l.contains(k[2]))
                    .findFirst().orElseThrow();
            assertThat(line).contains(e.getValue()[0] < 10 ? "< 10" : String.format(java.util.Locale.UK, "%,d", e.getValue()[0]));
        }
    }

    @Test
    void aFilterCountsOnlyWhatItAdmits(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, EVENTS.stream().map(DecisionEvent::toJson).toList());
        Report small = Report.read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]),
                new Filter(Set.of("0167"), Set.of("flytning"), Set.of(), "2024-02", "2024-03"), 0.8);
        assertThat(small.shares()).extracting(Report.ShareRow::month).containsExactly("2024-02", "2024-03");
        assertThat(small.shares()).allMatch(r -> r.municipality().equals("0167") && r.service().equals("flytning"));
        assertThat(small.shares().get(0).decisions()).isEqualTo(shares.get("0167|flytning|2024-02")[0]);
    }

    @Test
    void readsEventsAsAWarehouseExportsThemWithoutNullsAndInUtc() {
        byte[] lines = ("{\"hour\":\"2024-03-05T18:00:00Z\",\"source\":\"decision\",\"service\":\"flytning\","
                + "\"municipality\":\"0167\",\"help\":[{\"state\":\"closed\"}]}\n").repeat(12).getBytes(StandardCharsets.UTF_8);
        Report r = Report.read(List.of("-"), new ByteArrayInputStream(lines), Filter.ALL, 0.8);
        assertThat(r.summary().skipped()).isZero();
        assertThat(r.shares()).singleElement().satisfies(row -> {
            assertThat(row.month()).isEqualTo("2024-03");
            assertThat(row.decisions()).isEqualTo(12);
            assertThat(row.selfService()).as("no channel: unavailable").isZero();
        });
        assertThat(r.grounds()).as("no alternative: none").isEmpty();
        assertThat(r.help()).as("unavailable sends nobody to help").isEmpty();
    }

    @Test
    void aLineThatIsNoEventIsSkippedWithWhy() {
        String[] bad = {"[]", "{\"hour\":\"2024-03-05T19:00+01:00\",\"source\":\"portal\",\"service\":\"flytning\",\"municipality\":\"0167\"}",
            "{\"hour\":\"yesterday\",\"source\":\"decision\",\"service\":\"flytning\",\"municipality\":\"0167\"}",
            "{\"hour\":\"2024-03-05T19:00+01:00\",\"source\":\"decision\",\"service\":\"Anders And, Vej 1\",\"municipality\":\"0167\"}",
            "{\"hour\":\"2024-03-05T19:00+01:00\",\"source\":\"decision\",\"service\":\"flytning\",\"municipality\":\"Hvidovre\"}"};
        Report r = Report.read(List.of("-"), new ByteArrayInputStream(String.join("\n", bad).getBytes(StandardCharsets.UTF_8)),
                Filter.ALL, 0.8);
        assertThat(r.summary().skipped()).isEqualTo(5);
        assertThat(r.summary().problems()).containsExactly("-:1: not a JSON object",
                "-:2: source is not one of decision, guide, interview, journey",
                "-:3: hour is not a date-time with offset such as 2024-03-05T19:00+01:00",
                "-:4: service is not an id", "-:5: municipality is not a 4-digit code");
    }

    @Test
    void readsStandardInput() {
        byte[] lines = (EVENTS.get(0).toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        Report one = Report.read(List.of("-"), new ByteArrayInputStream(lines), Filter.ALL, 0.8);
        assertThat(one.summary().events()).isEqualTo(1);
    }

    private static Map<String, String> shown(Map<String, Long> counts) {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, Cells.plain(v)));
        return out;
    }

}
