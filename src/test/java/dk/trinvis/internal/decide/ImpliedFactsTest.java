package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A fact other facts imply is known wherever Trinvis decides, never asked, and never contradicted silently. */
class ImpliedFactsTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("interview-groups"));
    static final RuleSet BUNDLED = RuleSet.bundled();

    static DecisionRequest moving() {
        return DecisionRequest.of("flytning", "0615").at(LocalDateTime.parse("2024-03-01T10:00"));
    }

    @Test
    void anImpliedFactIsNeverMissingAndTheTraceSaysWhatItFollowsFrom() {
        Decision d = RULES.decide(moving().fact("login", true));

        assertThat(d.missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("noLogin", "login");
        assertThat(d.trace()).filteredOn(t -> t.outcome() == Outcome.IMPLIED).singleElement().satisfies(t -> {
            assertThat(t.rule()).isEqualTo("Fact:noLogin");
            assertThat(t.text()).isEqualTo("Oplysningen 'noLogin' er nej, fordi den følger af svaret på: login.");
        });
    }

    @Test
    void theReceiptKeepsTheFactsAsGiven() {
        Decision d = RULES.decide(moving().fact("login", true));

        assertThat(d.receipt().facts()).containsOnlyKeys("login");
    }

    @Test
    void impliedFactsChainAndDecideTheGuide() {
        ResolvedGuide g = RULES.guide(moving().fact("login", false).fact("noLogin", true));

        assertThat(g.decision().channel()).isEqualTo(Channel.ALTERNATIVE);
        assertThat(g.shownStepIds()).as("paper follows from noLogin").contains("papir");
        assertThat(g.missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("paper");
    }

    @Test
    void aGivenValueThatAgreesWithTheImpliedOneIsAccepted() {
        Decision d = RULES.decide(moving().fact("login", true).fact("noLogin", false));

        assertThat(d.trace()).noneMatch(t -> t.outcome() == Outcome.IMPLIED);
    }

    @Test
    void aGivenValueThatContradictsTheImpliedOneIsARequestErrorNamingBothFacts() {
        RequestException e = catchThrowableOfType(RequestException.class,
                () -> RULES.decide(moving().fact("login", true).fact("noLogin", true)));

        assertThat(e.getMessage()).isEqualTo("fact 'noLogin' cannot be 'true': 'login' implies 'false' "
                + "(leave 'noLogin' out, or change 'login')");
        assertThat(e.field()).isEqualTo("facts.noLogin");
        assertThat(e.suggestion()).isEqualTo("false");
    }

    @Test
    void theBundledLoginImpliesTheCitizenCanGetOne() {
        DecisionRequest r = DecisionRequest.of("flytning", "0615").at(LocalDateTime.parse("2024-03-01T10:00"))
                .fact("hasMitID", true);

        assertThat(BUNDLED.guide(r).missingFacts()).extracting(Decision.MissingFact::id)
                .doesNotContain("cannotGetMitID");
        assertThat(BUNDLED.interview(r).next().facts()).extracting(q -> q.fact())
                .doesNotContain("cannotGetMitID");
    }

    @Test
    void aRequestWithoutImpliedFactsReadsNothingMore() {
        Decision plain = RULES.decide(moving().withoutExplanation());

        assertThat(plain.toJson()).doesNotContain("implied").doesNotContain("dontKnow");
    }
}
