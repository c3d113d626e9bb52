package dk.trinvis.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.yaml.Release;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.TestCase;
import dk.trinvis.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed decision is {@link Decision#toJson()} with its indentation taken out, byte for
 * byte: on every bundled test request (with and without explanation, for citizen and staff), on
 * random requests in every language, and on a rule set whose facts and texts need escaping.
 */
class DecisionJsonTest {
    private static final JsonFactory JSON = new JsonFactory();
    /** Shared by every test, as serve shares one: what it kept from one rule set must not leak into another's. */
    private static final DecisionJson WRITER = new DecisionJson();
    private static final DecisionJson TINY = new DecisionJson(2);
    private static final String[] MOMENTS = {"2012-03-01T10:00", "2012-06-15T10:00", "2013-06-03T09:00",
        "2014-04-07T20:30", "2016-03-01T10:00", "2023-06-01T09:00", "2023-11-20T12:00", "2024-04-08T10:00",
        "2024-12-24T23:59", "2025-03-30T02:30"};

    @Test
    void everyBundledTestRequestIsWrittenAsToJsonWritesIt() {
        RuleSet rules = RuleSet.bundled();
        List<TestCase> tests = rules.model().tests();
        assertThat(tests).hasSizeGreaterThan(300);
        int traced = 0;
        for (TestCase test : tests) {
            TestCase.Given given = test.given();
            DecisionRequest request = DecisionRequest.of(given.service(), given.municipality())
                    .at(given.at()).facts(given.facts()).language(given.language());
            for (DecisionRequest r : List.of(request, request.withoutExplanation(), request.audience(Audience.STAFF))) {
                Decision decision = rules.decide(r);
                assertSame(decision, test.name() + " (" + test.location() + ")");
                traced += decision.trace().isEmpty() ? 0 : 1;
            }
        }
        assertThat(traced).as("decisions with a trace").isGreaterThan(300);
    }

    @Test
    void randomRequestsInEveryLanguageAreWrittenAsToJsonWritesThem() {
        RuleSet rules = RuleSet.bundled();
        List<String> services = List.copyOf(rules.model().services().keySet());
        List<String> municipalities = List.copyOf(rules.model().municipalities().keySet());
        List<Fact> facts = List.copyOf(rules.model().facts().values());
        Random random = new Random(30);
        int withHelp = 0;
        int unavailable = 0;
        int dontKnow = 0;
        int dontKnowAsked = 0;
        for (int n = 0; n < 500; n++) {
            // Every tenth request in Varde's outage, which a uniform draw would almost never hit.
            DecisionRequest r = (n % 10 == 0 ? DecisionRequest.of(n % 20 == 0 ? "laegevalg" : "sundhedskort", "0573")
                    : DecisionRequest.of(services.get(random.nextInt(services.size())),
                            municipalities.get(random.nextInt(municipalities.size()))))
                    .at(LocalDateTime.parse(MOMENTS[random.nextInt(MOMENTS.length)]))
                    .language(List.of(Language.DA, Language.EN, Language.UK).get(random.nextInt(3)))
                    .audience(Audience.values()[random.nextInt(Audience.values().length)]);
            for (Fact f : facts) {
                // A fact other facts imply is left to them (its trace entry says so): given, it may contradict them.
                if (f.implied().isEmpty() && random.nextInt(3) == 0) {
                    r = r.fact(f.id(), f.type() == FactType.INTEGER ? (Object) (long) random.nextInt(100)
                            : (Object) random.nextBoolean());
                }
            }
            for (Fact f : facts) {
                if (f.dontKnow() && !r.facts().containsKey(f.id()) && random.nextInt(2) == 0) {
                    r = r.dontKnow(f.id());
                }
            }
            Decision decision = rules.decide(random.nextInt(4) == 0 ? r.withoutExplanation() : r);
            assertSame(decision, r.toString());
            dontKnow += decision.receipt().dontKnow().isEmpty() ? 0 : 1;
            dontKnowAsked += decision.missingFacts().stream().anyMatch(Decision.MissingFact::dontKnow) ? 1 : 0;
            withHelp += decision.help().isEmpty() ? 0 : 1;
            unavailable += decision.until() != null ? 1 : 0;
        }
        assertThat(withHelp).as("decisions listing help").isGreaterThan(200);
        assertThat(unavailable).as("decisions during an outage").isPositive();
        assertThat(dontKnow).as("decisions with a fact answered 'ved ikke'").isGreaterThan(50);
        assertThat(dontKnowAsked).as("decisions listing a missing fact answered 'ved ikke'").isPositive();
    }

    private static final List<Long> AGES = List.of(0L, 7L, 9L, 10L, 99L, 100L, 123_456_789L, 999_999_999_999_999_999L,
            1_000_000_000_000_000_000L, Long.MAX_VALUE, -1L, -90L, Long.MIN_VALUE);
    private static final List<LocalDate> BORN = List.of(LocalDate.of(1940, 1, 1), LocalDate.of(1999, 12, 31),
            LocalDate.of(500, 6, 15), LocalDate.of(0, 1, 1), LocalDate.of(-44, 3, 15), LocalDate.of(12_000, 1, 1),
            LocalDate.of(2024, 2, 29));

    @Test
    void factsAndTextsThatNeedEscapingAreWrittenAsToJsonWritesThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.yaml"), """
                kind: Facts
                facts:
                  note: {type: string, question: {da: "Hvad står der i \\"noten\\"?"}}
                  born: {type: date}
                  age: {type: integer}
                  quoted: {type: boolean, question: {da: "Tab\\tog \\\\ og 😀?"}}
                ---
                kind: Area
                id: omraade
                title: {da: "Område"}
                ---
                kind: Service
                id: ydelse
                title: {da: "Ydelse \\"med\\" citat"}
                area: omraade
                legal: "Lov \\\\ § 1"
                mandatoryDigital:
                  - from: 2012-12-01
                    basis: "Bølge 😀 1"
                ---
                kind: Municipality
                code: "0101"
                name: "København"
                ---
                kind: ExemptionGround
                id: citat
                title: {da: "Grund med \\"citat\\""}
                when: citizen.quoted and citizen.note == 'x"y' or citizen.born < 1950-01-01 or citizen.age > 90
                effect: must-offer
                legal: "§ 2, \\"stk.\\" 3"
                ---
                kind: HelpOffer
                id: hjaelp
                name: {da: "Hjælp \\"nu\\""}
                type: phone
                contact: {phone: "70 20 00 00", email: "a@b.dk", url: "https://b.dk/?q=x&y=1", address: "Vej 1\\n2000"}
                municipalities: ["0101"]
                can: [guide, process]
                hours:
                  - spec: "Mo-Fr 09:00-15:00"
                """);
        RuleSet rules = RuleSet.load(dir);
        List<Object> notes = List.of("", "x\"y", "back\\slash", "tab\there", "line\nbreak", "nul\u0000bell\u0007",
                "æøå ÆØÅ", "😀 emoji", "\u2028\u2029", "</script>", "del\u007f",
                // Longer than the writer escapes at a time, and a decision longer than its buffer.
                "plain ascii, then ø and \"quotes\" ".repeat(120), "ø\"\n😀".repeat(5000));
        int n = 0;
        for (Object note : notes) {
            for (String at : MOMENTS) {
                DecisionRequest r = DecisionRequest.of("ydelse", "0101").at(LocalDateTime.parse(at))
                        .fact("note", note).fact("born", BORN.get(n % BORN.size()))
                        .fact("age", AGES.get(n % AGES.size()));
                r = n % 2 == 0 ? r : r.fact("quoted", n % 4 == 1);
                assertSame(rules.decide(r), r.toString());
                assertSame(rules.decide(r.withoutExplanation().language(Language.EN)), r.toString());
                n++;
            }
        }
    }

    /**
     * Legal references as one object and as a list (with section, ELI and inferred, and text that
     * needs escaping), and a receipt that names a release: a rule set loaded from its folder and the
     * same set loaded from a release of it.
     */
    @Test
    void legalReferencesAndReleasedRuleSetsAreWrittenAsToJsonWritesThem(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("rules.yaml"), """
                kind: Facts
                facts:
                  helped: {type: boolean}
                ---
                kind: Area
                id: omraade
                title: {da: "Område"}
                ---
                kind: Service
                id: ydelse
                title: {da: "Ydelse"}
                area: omraade
                legal: {act: "Lov nr. 603 af 31. maj 2023", section: "§ 2, \\"stk.\\" 3", eli: "https://www.retsinformation.dk/eli/lta/2023/603"}
                mandatoryDigital:
                  - from: 2012-12-01
                    basis: [{act: "Lov nr. 558 af 18. juni 2012", inferred: true}, {act: "Bølge 😀 1", section: "§ 1"}]
                ---
                kind: Municipality
                code: "0101"
                name: "København"
                ---
                kind: ExemptionGround
                id: liste
                title: {da: "Grund med en liste"}
                when: citizen.helped
                effect: must-offer
                legal: [{act: "Lov nr. 558 af 18. juni 2012", section: "§ 3", inferred: true}, {act: "Lov \\\\ to"}]
                ---
                kind: ExemptionGround
                id: enkelt
                title: {da: "Grund med én"}
                when: not citizen.helped
                effect: may-accept
                legal: {act: "Lov nr. 742 af 1. juni 2015", eli: "https://www.retsinformation.dk/eli/lta/2015/742"}
                """);
        Path released = dir.resolve("release");
        Release.write(folder, released, "test", Instant.parse("2026-12-01T00:00:00Z"));
        int withRelease = 0;
        for (RuleSet rules : List.of(RuleSet.load(folder), RuleSet.load(released))) {
            for (Object helped : List.of(true, false)) {
                for (String at : MOMENTS) {
                    DecisionRequest r = DecisionRequest.of("ydelse", "0101").at(LocalDateTime.parse(at))
                            .fact("helped", helped);
                    Decision decision = rules.decide(r);
                    assertSame(decision, r.toString());
                    assertSame(rules.decide(r.withoutExplanation()), r.toString());
                    withRelease += decision.receipt().release() != null ? 1 : 0;
                }
            }
        }
        assertThat(withRelease).as("decisions whose receipt names a release").isEqualTo(2 * MOMENTS.length);
    }

    @Test
    void theReceiptOfARuleSetLoadedInLayersNamesEveryPartAsToJsonDoes() {
        Path layers = Golden.resource("layers");
        RuleSet stacked = RuleSet.stacked(layers.resolve("national"),
                List.of(layers.resolve("hvidovre"), layers.resolve("koebenhavn")));
        for (String municipality : List.of("0167", "0101")) {
            Decision d = stacked.decide(DecisionRequest.of("flytning", municipality)
                    .at(java.time.LocalDateTime.parse("2024-01-02T10:00")));
            assertThat(d.receipt().layers()).hasSize(3);
            assertSame(d, "layered, " + municipality);
        }
    }

    @Test
    void momentsWithSecondsFractionsAndOldOrFarOffsetsAreWrittenAsToJsonWritesThem() {
        RuleSet rules = RuleSet.bundled();
        List<String> instants = List.of("2024-04-08T08:00:30Z", "2024-04-08T08:00:00.500Z", "2024-04-08T08:00:00.123456Z",
                "2024-04-08T08:00:00.123456789Z", "2024-04-08T08:00:00.000000001Z", "2024-10-27T00:59:59.999Z",
                "1890-01-01T12:00:00Z", "1500-06-01T12:00:00Z", "2300-01-01T00:00:00Z", "+12000-01-01T00:00:00Z");
        for (String at : instants) {
            for (String service : List.of("flytning", "laegevalg")) {
                DecisionRequest r = DecisionRequest.of(service, "0751").at(Instant.parse(at));
                assertSame(rules.decide(r), r.toString());
                assertSame(rules.decide(r.fact("hasMitID", false).fact("needsHelp", true)), r.toString());
            }
        }
    }

    /**
     * The fixed first part of a help offer and of a missing fact is kept under its id: a record
     * with the very same id but another name, contact, question or audience (an offer or fact
     * replaced on reload, the id string shared) is written as it is, and so is the id itself,
     * kept as a value where it is one.
     */
    @Test
    void aHelpOfferOrMissingFactWithAKnownIdButOtherPartsIsWrittenAsItIs() {
        RuleSet rules = RuleSet.bundled();
        Decision decision = null;
        for (TestCase test : rules.model().tests()) {
            TestCase.Given given = test.given();
            Decision d = rules.decide(DecisionRequest.of(given.service(), given.municipality())
                    .at(given.at()).facts(given.facts()).language(given.language()));
            if (!d.help().isEmpty() && !d.missingFacts().isEmpty()) {
                decision = d;
                break;
            }
        }
        assertThat(decision).as("a bundled decision with help and missing facts").isNotNull();
        Decision.Help h = decision.help().get(0);
        Decision.MissingFact m = decision.missingFacts().get(0);
        Decision.Help renamed = new Decision.Help(h.id(), h.type(), h.name() + " (ny)",
                new Contact("1234", null, null, "Vej \"2\""), Set.of(), h.openNow(), h.hours(), h.closesAt(),
                h.nextOpening());
        Decision.MissingFact asked = new Decision.MissingFact(m.id(), m.type(), m.question() + "?",
                m.askedOf() == Audience.STAFF ? Audience.CITIZEN : Audience.STAFF, m.decides(), true);
        Decision changed = new Decision(decision.service(), decision.municipality(), decision.requirement(),
                decision.until(), decision.channel(), decision.alternative(), decision.authority(),
                decision.grounds(), decision.consideredGrounds(), List.of(renamed), List.of(asked),
                decision.trace(), decision.receipt());
        // The offer's id as a value of its own: the name of an authority, a value kept whole.
        Decision idAsValue = new Decision(decision.service(), decision.municipality(), decision.requirement(),
                decision.until(), decision.channel(), decision.alternative(),
                new Decision.Responsible("myndighed", h.id(), h.contact(), List.of()),
                decision.grounds(), decision.consideredGrounds(), decision.help(), decision.missingFacts(),
                decision.trace(), decision.receipt());
        for (int round = 0; round < 2; round++) {
            assertSame(decision, "as decided");
            assertSame(changed, "the same ids, other parts");
            assertSame(idAsValue, "the offer's id as an authority's name");
        }
    }

    @Test
    void theStreamIsFlushedButNotClosed() throws IOException {
        RuleSet rules = RuleSet.bundled();
        Decision decision = rules.decide(DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-04-08T10:00")));
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        WRITER.write(decision, out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).isEqualTo(WRITER.bytes(decision));
    }

    /**
     * Writes the decision three ways — a writer that has seen it before, the same writer again (now
     * from what it kept), and a writer with room for two values (so it keeps pushing values out) —
     * and compares each with toJson() compacted.
     */
    @Test
    void threadsSharingOneWriterWriteWhatToJsonWrites() throws Exception {
        RuleSet rules = RuleSet.bundled();
        List<Decision> decisions = new ArrayList<>();
        for (TestCase test : rules.model().tests()) {
            TestCase.Given given = test.given();
            decisions.add(rules.decide(DecisionRequest.of(given.service(), given.municipality())
                    .at(given.at()).facts(given.facts()).language(given.language())));
        }
        List<byte[]> expected = decisions.stream().map(d -> compact(d.toJson())).toList();
        // Few slots, so the threads keep replacing each other's values while they read them.
        DecisionJson shared = new DecisionJson(64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 37;
                done.add(pool.submit(() -> {
                    int same = 0;
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < decisions.size(); i++) {
                            int k = (i + offset) % decisions.size();
                            same += Arrays.equals(shared.bytes(decisions.get(k)), expected.get(k)) ? 1 : 0;
                        }
                    }
                    return same;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(5 * decisions.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSame(Decision decision, String what) {
        byte[] expected = compact(decision.toJson());
        for (byte[] actual : List.of(WRITER.bytes(decision), WRITER.bytes(decision), TINY.bytes(decision))) {
            if (!Arrays.equals(expected, actual)) {
                assertThat(new String(actual, StandardCharsets.UTF_8)).as(what)
                        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
                assertThat(actual).as(what).isEqualTo(expected);
            }
        }
    }

    /** The JSON with its whitespace between tokens taken out, every token copied as Jackson reads it. */
    private static byte[] compact(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = JSON.createParser(json); JsonGenerator g = JSON.createGenerator(out)) {
            p.nextToken();
            g.copyCurrentStructure(p);
            assertThat(p.nextToken()).isNull();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
