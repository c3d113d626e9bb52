package dk.trinvis.internal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Channel;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.testing.Golden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The interview asks the most decisive question first, in the editor's order on ties. */
class InterviewTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("interview"));
    static final LocalDateTime AT = LocalDateTime.parse("2024-03-01T10:00");

    static DecisionRequest moving() {
        return DecisionRequest.of("flytning", "0615").at(AT);
    }

    @Test
    void asksFirstTheFactThatSettlesMostRulesWithItsQuestionAndWhy() {
        Interview i = RULES.interview(moving().language(Language.EN));

        assertThat(i.done()).isFalse();
        Question q = i.next();
        assertThat(q.fact()).isEqualTo("twoRules");
        assertThat(q.type()).isEqualTo("boolean");
        assertThat(q.values()).containsExactly("true", "false");
        assertThat(q.question()).isEqualTo("Decides two rules?");
        assertThat(q.decides()).containsExactly("ExemptionGround:g1", "ExemptionGround:g2");
        assertThat(q.services()).containsExactly("flytning");
    }

    @Test
    void breaksTiesByTheEditorsOrder() {
        Interview i = RULES.interview(moving().fact("twoRules", false));

        assertThat(i.next().fact()).as("b has order 1, a order 2").isEqualTo("b");
        assertThat(RULES.interview(moving().fact("twoRules", false).fact("b", false)).next().fact()).isEqualTo("a");
    }

    @Test
    void isDoneAsSoonAsNoAnswerCanChangeTheDecision() {
        Interview i = RULES.interview(moving().fact("twoRules", true));

        assertThat(i.done()).isTrue();
        assertThat(i.next()).isNull();
        assertThat(i.remaining()).isZero();
        assertThat(i.decision().channel()).isEqualTo(Channel.ALTERNATIVE);
        assertThat(i.guide()).as("flytning has no guide here").isNull();
    }

    @Test
    void changingAnAnswerIsJustAnotherRequest() {
        Interview yes = RULES.interview(moving().fact("twoRules", true));
        Interview no = RULES.interview(moving().fact("twoRules", true).fact("twoRules", false));

        assertThat(yes.done()).isTrue();
        assertThat(no.done()).isFalse();
        assertThat(no.decision().channel()).isEqualTo(Channel.SELF_SERVICE);
    }

    @Test
    void asksACitizenOnlyCitizenFactsAndStaffEverything() {
        DecisionRequest allNo = moving().fact("twoRules", false).fact("a", false).fact("b", false);

        assertThat(RULES.interview(allNo).done()).isTrue();
        Interview staff = RULES.interview(allNo.audience(Audience.STAFF));
        assertThat(staff.next().fact()).isEqualTo("staffOnly");
        assertThat(staff.next().askedOf()).isEqualTo(Audience.STAFF);
    }

    @Test
    void remainingBoundsTheQuestionsStillToCome() {
        assertThat(RULES.interview(moving()).remaining()).as("twoRules, x, a, b").isEqualTo(4);
        assertThat(RULES.interview(moving().fact("twoRules", false)).remaining()).isEqualTo(3);
    }

    @Test
    void asksWhatDecidesAGuideStepWithTheAllowedValues() {
        DecisionRequest parking = DecisionRequest.of("parkering", "0615").at(AT)
                .fact("twoRules", true);

        Interview i = RULES.interview(parking);
        assertThat(i.next().fact()).isEqualTo("hasCar");
        assertThat(i.next().decides()).containsExactly("Step:bil");
        Interview j = RULES.interview(parking.fact("hasCar", true));
        assertThat(j.next().fact()).isEqualTo("tenure");
        assertThat(j.next().values()).containsExactly("lejer", "ejer");
        Interview end = RULES.interview(parking.fact("hasCar", true).fact("tenure", "ejer"));
        assertThat(end.done()).isTrue();
        assertThat(end.guide().shownStepIds()).containsExactly("bil", "ejer");
    }

    @Test
    void refusesAnAnswerOfTheWrongType() {
        assertThatThrownBy(() -> RULES.interview(moving().fact("twoRules", "maybe")))
                .isInstanceOf(RequestException.class).hasMessageContaining("twoRules");
    }

    @Test
    void aJourneyAsksASharedFactOnceAndCountsDeadlinesFromTheEventDate() {
        Journey j = RULES.journey("flytter", JourneyRequest.of("0615", LocalDate.parse("2024-02-27")).at(AT));

        assertThat(j.services()).extracting(Journey.Item::service).containsExactly("flytning", "parkering");
        assertThat(j.services().get(0).deadline().date()).isEqualTo(LocalDate.parse("2024-03-03"));
        assertThat(j.services().get(1).deadline()).isNull();
        Question q = j.interview().next();
        assertThat(q.fact()).isEqualTo("twoRules");
        assertThat(q.services()).containsExactly("flytning", "parkering");
        assertThat(q.decides()).containsExactly("ExemptionGround:g1", "ExemptionGround:g2");
    }

    @Test
    void anUnknownLifeEventIsARequestErrorWithASuggestion() {
        assertThatThrownBy(() -> RULES.journey("fytter", JourneyRequest.of("0615", LocalDate.parse("2024-02-27"))))
                .isInstanceOf(RequestException.class).hasMessage("unknown life event 'fytter' (did you mean 'flytter'?)");
    }
}
