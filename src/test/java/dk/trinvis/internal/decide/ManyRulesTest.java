package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set with more exemption grounds and assist rules than a decision keeps as bits (64):
 * the rules beyond are decided, and asked about, exactly like the first.
 */
class ManyRulesTest {
    static final int MANY = 70;
    static final int IN_FORCE_FROM = 65;

    @TempDir
    static Path dir;
    static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        Files.copy(Golden.resource("decide").resolve("rules.yaml"), dir.resolve("rules.yaml"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < MANY; i++) {
            // Only the last few are in force: a fact they name is asked about only through them.
            String future = i < IN_FORCE_FROM ? "from: 2030-01-01\n" : "";
            many.append("""
                    kind: ExemptionGround
                    id: ground-%02d
                    title: {da: Grund %d}
                    when: citizen.hasCar
                    effect: must-offer
                    legal: "L"
                    %s---
                    kind: AssistRule
                    id: assist-%02d
                    title: {da: Hjælp %d}
                    when: citizen.age >= 67
                    %s---
                    """.formatted(i, i, future, i, i, future));
        }
        Files.writeString(dir.resolve("zz-many.yaml"), many);
        rules = RuleSet.load(dir);
    }

    static Decision decide(Object... facts) {
        DecisionRequest request = DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-06-03T10:00"))
                .fact("cognitiveImpairment", false).fact("digitalPostExempt", false).fact("clearAdvantage", false)
                .fact("needsHelp", false);
        for (int i = 0; i < facts.length; i += 2) {
            request = request.fact((String) facts[i], facts[i + 1]);
        }
        return rules.decide(request.withoutExplanation());
    }

    @Test
    void factsNamedOnlyByRulesBeyondTheSixtyFourthAreAskedAboutForEachOfThem() {
        Decision d = decide();

        assertThat(d.missingFacts()).extracting(Decision.MissingFact::id).containsExactly("age", "hasCar");
        assertThat(d.missingFacts().get(1).decides()).containsExactlyElementsOf(IntStream.range(IN_FORCE_FROM, MANY)
                .mapToObj(i -> "ExemptionGround:ground-%02d".formatted(i)).toList());
        assertThat(d.missingFacts().get(0).decides()).containsExactlyElementsOf(IntStream.range(IN_FORCE_FROM, MANY)
                .mapToObj(i -> "AssistRule:assist-%02d".formatted(i)).toList());
    }

    @Test
    void rulesBeyondTheSixtyFourthMatchLikeTheFirst() {
        Decision exempt = decide("hasCar", true);
        Decision helped = decide("hasCar", false, "age", 70);

        assertThat(exempt.alternative()).isEqualTo(Effect.MUST_OFFER);
        assertThat(exempt.channel()).isEqualTo(Channel.ALTERNATIVE);
        assertThat(exempt.grounds()).hasSize(MANY - IN_FORCE_FROM);
        assertThat(helped.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(helped.missingFacts()).isEmpty();
    }
}
