package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.Outcome;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule the facts not given leave undecided is said to be undecided, never in the words of a
 * rule that does not apply: in every language, the sentence of an unknown rule differs from the
 * sentence the same rule gets once its facts say it does not apply.
 */
class OneStatePerRuleTest {
    private static final Set<Outcome> NOT_APPLYING = Set.of(Outcome.NOT_APPLICABLE, Outcome.NOT_MATCHED);
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        rules = RuleSet.bundled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en", "uk"})
    void anUnknownRuleIsNeverSaidNotToApply(String language) {
        int compared = 0;
        for (String service : rules.model().services().keySet()) {
            DecisionRequest unknown = DecisionRequest.of(service, "0167")
                    .at(LocalDateTime.parse("2024-03-05T10:00")).language(Language.of(language));
            DecisionRequest allNo = unknown;
            for (Fact f : rules.model().facts().values()) {
                if (f.type() == FactType.BOOLEAN) {
                    allNo = allNo.fact(f.id(), false);
                }
            }
            Map<String, String> notApplying = new HashMap<>();
            for (Decision.TraceEntry e : rules.decide(allNo).trace()) {
                if (NOT_APPLYING.contains(e.outcome())) {
                    notApplying.put(e.rule(), e.text());
                }
            }
            for (Decision.TraceEntry e : rules.decide(unknown).trace()) {
                if (e.outcome() == Outcome.UNKNOWN && notApplying.containsKey(e.rule())) {
                    assertThat(e.text()).as("%s %s", service, e.rule()).isNotEqualTo(notApplying.get(e.rule()));
                    compared++;
                }
            }
        }
        assertThat(compared).as("unknown rules compared").isGreaterThan(20);
    }
}
