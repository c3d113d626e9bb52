package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Outcome;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set shaped like a national one — grounds limited to an area, a ground of one service, a
 * right naming two facts, a condition naming a fact twice — decided with and without explanation.
 * An unexplained decision skips the grounds no fact can decide for the service, and an unknown
 * ground naming a few facts shares its sentence between decisions; neither may change an answer.
 */
class PerServiceGroundsTest {
    @TempDir
    static Path dir;
    static RuleSet rules;

    static final List<String> SERVICES = List.of("flytning", "dagtilbud", "midlertidig", "retssag", "fritagelse");
    static final List<String> MUNICIPALITIES = List.of("0751", "0167", "0573");
    static final List<String> MOMENTS = List.of("2012-06-15T10:00", "2013-06-01T10:00", "2020-06-01T10:00",
            "2024-06-03T10:00");
    static final List<Map<String, Object>> CITIZENS = List.of(Map.of(), Map.of("hasCar", true),
            Map.of("hasCar", true, "hasMitID", false), Map.of("hasCar", false), Map.of("digitalPostExempt", true),
            Map.of("digitalPostExempt", true, "age", 70L), Map.of("age", 70L), Map.of("age", 90L),
            Map.of("age", 70L, "clearAdvantage", false), Map.of("cognitiveImpairment", true, "hasCar", true),
            Map.of("needsHelp", true, "digitalPostExempt", false));

    @BeforeAll
    static void load() throws Exception {
        Files.copy(Golden.resource("decide").resolve("rules.yaml"), dir.resolve("rules.yaml"));
        Files.writeString(dir.resolve("zz-national.yaml"), """
                kind: ExemptionGround
                id: bor-i-udlandet-boern
                title: {da: Bor i udlandet (børn)}
                when: citizen.hasCar and not citizen.hasMitID
                effect: must-offer
                areas: [boern-og-unge]
                legal: "L"
                ---
                kind: ExemptionGround
                id: kun-dagtilbud
                title: {da: Kun dagtilbud}
                when: service.id == 'dagtilbud' and citizen.hasCar
                effect: may-accept
                from: 2013-01-01
                legal: "L"
                ---
                kind: ExemptionGround
                id: ret-efter-alder
                title: {da: Ret efter alder}
                when: citizen.digitalPostExempt and citizen.age >= 67
                effect: right-on-request
                from: 2023-06-01
                exceptAreas: [domstole]
                legal: "L"
                ---
                kind: ExemptionGround
                id: alder-to-gange
                title: {da: Alder to gange}
                when: citizen.age >= 67 and (citizen.clearAdvantage or citizen.age >= 80)
                effect: may-accept
                legal: "L"
                """);
        rules = RuleSet.load(dir);
    }

    static DecisionRequest request(String service, String municipality, String at, Map<String, Object> facts) {
        return new DecisionRequest(service, municipality, null, facts, dk.trinvis.model.Language.DA, true,
                Audience.CITIZEN).at(LocalDateTime.parse(at));
    }

    @Test
    void anUnexplainedDecisionIsTheExplainedOneWithoutItsExplanation() {
        int compared = 0;
        for (String service : SERVICES) {
            for (String municipality : MUNICIPALITIES) {
                for (String at : MOMENTS) {
                    for (Map<String, Object> citizen : CITIZENS) {
                        for (Audience audience : Audience.values()) {
                            DecisionRequest full = request(service, municipality, at, citizen).audience(audience);
                            Decision explained = rules.decide(full);
                            Decision lean = rules.decide(full.withoutExplanation());
                            assertSameAnswer(explained, lean, full.toString());
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(SERVICES.size() * MUNICIPALITIES.size() * MOMENTS.size() * CITIZENS.size()
                * Audience.values().length);
    }

    @Test
    void everyBundledTestRequestDecidesTheSameUnexplained() {
        RuleSet bundled = RuleSet.bundled();
        assertThat(bundled.model().tests()).hasSizeGreaterThan(20);
        for (dk.trinvis.model.TestCase test : bundled.model().tests()) {
            dk.trinvis.model.TestCase.Given given = test.given();
            for (Audience audience : Audience.values()) {
                DecisionRequest full = new DecisionRequest(given.service(), given.municipality(), null, given.facts(),
                        given.language(), true, audience).at(given.at());
                assertSameAnswer(bundled.decide(full), bundled.decide(full.withoutExplanation()), test.name());
            }
        }
    }

    private static void assertSameAnswer(Decision explained, Decision lean, String what) {
        assertThat(lean.requirement()).as(what).isEqualTo(explained.requirement());
        assertThat(lean.until()).as(what).isEqualTo(explained.until());
        assertThat(lean.channel()).as(what).isEqualTo(explained.channel());
        assertThat(lean.alternative()).as(what).isEqualTo(explained.alternative());
        assertThat(lean.authority()).as(what).isEqualTo(explained.authority());
        assertThat(lean.grounds()).as(what).isEqualTo(explained.grounds());
        assertThat(lean.missingFacts()).as(what).isEqualTo(explained.missingFacts());
        assertThat(lean.receipt()).as(what).isEqualTo(explained.receipt());
        assertThat(lean.trace()).as(what).isEmpty();
    }

    @Test
    void groundsNoFactCanDecideForTheServiceAreStillExplainedInRuleSetOrder() {
        Decision moving = rules.decide(request("flytning", "0751", "2024-06-03T10:00", Map.of()));

        assertThat(moving.consideredGrounds()).extracting(Decision.ConsideredGround::id, Decision.ConsideredGround::outcome)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("bor-i-udlandet-boern", Outcome.AREA_EXCLUDED),
                        org.assertj.core.groups.Tuple.tuple("kun-dagtilbud", Outcome.NOT_MATCHED),
                        org.assertj.core.groups.Tuple.tuple("ret-efter-alder", Outcome.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("alder-to-gange", Outcome.UNKNOWN));
        // Facts only grounds that cannot match would ask are not asked.
        assertThat(moving.missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("hasCar", "hasMitID");
        Decision before = rules.decide(request("flytning", "0751", "2012-06-15T10:00", Map.of()));
        assertThat(before.consideredGrounds()).extracting(Decision.ConsideredGround::outcome).containsOnly(
                Outcome.NOT_APPLICABLE);
    }

    @Test
    void anUnknownGroundNamingSeveralFactsSaysWhichDecideItInTheOrderTheyAreWritten() {
        assertThat(text("dagtilbud", Map.of(), "bor-i-udlandet-boern")).endsWith("oplysning om: hasCar, hasMitID.");
        assertThat(text("dagtilbud", Map.of("hasCar", true), "bor-i-udlandet-boern")).endsWith("oplysning om: hasMitID.");
        assertThat(text("flytning", Map.of(), "ret-efter-alder")).endsWith("oplysning om: digitalPostExempt, age.");
        assertThat(text("flytning", Map.of("digitalPostExempt", true), "ret-efter-alder"))
                .endsWith("oplysning om: age.");
        assertThat(text("flytning", Map.of("age", 70L), "ret-efter-alder")).endsWith("oplysning om: digitalPostExempt.");
        // A fact named twice: the sentence is made per request, with the same words.
        assertThat(text("flytning", Map.of(), "alder-to-gange")).endsWith("oplysning om: age, clearAdvantage.");
        assertThat(text("flytning", Map.of("age", 70L), "alder-to-gange")).endsWith("oplysning om: clearAdvantage.");
    }

    @Test
    void decisionsThatSayTheSameOfAnUnknownGroundShareOneEntry() {
        Decision.TraceEntry first = entry("flytning", "0751", Map.of("hasCar", true), "ret-efter-alder");
        Decision.TraceEntry second = entry("flytning", "0167", Map.of("needsHelp", true), "ret-efter-alder");
        Decision.TraceEntry other = entry("flytning", "0167", Map.of("age", 70L), "ret-efter-alder");

        assertThat(second).isSameAs(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(entry("flytning", "0167", Map.of("age", 70L), "ret-efter-alder")).isSameAs(other);
    }

    private static String text(String service, Map<String, Object> facts, String ground) {
        return entry(service, "0751", facts, ground).text();
    }

    private static Decision.TraceEntry entry(String service, String municipality, Map<String, Object> facts,
                                             String ground) {
        return rules.decide(request(service, municipality, "2024-06-03T10:00", facts)).trace().stream()
                .filter(t -> t.rule().equals("ExemptionGround:" + ground)).findFirst().orElseThrow();
    }
}
