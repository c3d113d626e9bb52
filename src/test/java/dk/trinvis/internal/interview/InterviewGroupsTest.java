package dk.trinvis.internal.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Question;
import dk.trinvis.testing.Golden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Groups are asked as one page, implied facts never, "don't know" answers once; pages by hand in interview-groups. */
class InterviewGroupsTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("interview-groups"));
    static final LocalDateTime AT = LocalDateTime.parse("2024-03-01T10:00");

    static DecisionRequest moving() {
        return DecisionRequest.of("flytning", "0615").at(AT);
    }

    @Test
    void asksTheLoginFirstThenTheGroupWithoutWhatTheLoginImplies() {
        assertThat(RULES.interview(moving()).next().fact()).as("on equal expected pages, the lowest order").isEqualTo("login");

        Question q = RULES.interview(moving().fact("login", true).language(Language.EN)).next();

        assertThat(q.fact()).isNull();
        assertThat(q.group()).isEqualTo("saerlige");
        assertThat(q.type()).isEqualTo("group");
        assertThat(q.values()).isEmpty();
        assertThat(q.question()).isEqualTo("Does any of this apply to you?");
        assertThat(q.none()).isEqualTo("No, none of these");
        assertThat(q.facts()).containsExactly(
                new Question.Member("exempt", "Are you exempt?", "boolean", true),
                new Question.Member("ill", "Are you ill?", "boolean", false),
                new Question.Member("help", "Do you want help?", "boolean", false));
        assertThat(q.decides()).containsExactly("ExemptionGround:fritaget", "ExemptionGround:syg", "AssistRule:hjaelp");
    }

    @Test
    void noneAnswersEveryMemberShownAndTheInterviewGoesOn() {
        Interview i = RULES.interview(moving().fact("login", true).fact("exempt", false).fact("ill", false)
                .fact("help", false));

        assertThat(i.next().fact()).isEqualTo("paper");
        assertThat(RULES.interview(moving().fact("login", true).fact("exempt", false).fact("ill", false)
                .fact("help", false).fact("paper", false)).done()).isTrue();
    }

    @Test
    void aGroupWithOneMemberLeftIsAskedAsThatFact() {
        Question q = RULES.interview(moving().fact("login", true).fact("exempt", false).fact("ill", false)
                .fact("paper", false)).next();

        assertThat(q.fact()).isEqualTo("help");
        assertThat(q.group()).isNull();
        assertThat(q.facts()).isEmpty();
    }

    @Test
    void aMemberAlreadyGivenIsNotShown() {
        Question q = RULES.interview(moving().fact("login", true).fact("ill", false)).next();

        assertThat(q.facts()).extracting(Question.Member::fact).containsExactly("exempt", "help");
    }

    @Test
    void aFactAnsweredDontKnowIsNeverAskedAgain() {
        Question q = RULES.interview(moving().fact("login", true).dontKnow("exempt")).next();

        assertThat(q.facts()).extracting(Question.Member::fact).containsExactly("ill", "help");
        Interview end = RULES.interview(moving().fact("login", true).dontKnow("exempt").fact("ill", false)
                .fact("help", false).fact("paper", false));
        assertThat(end.done()).isTrue();
        assertThat(end.guide().missingFacts()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("exempt");
            assertThat(m.dontKnow()).isTrue();
        });
    }

    @Test
    void aSingleFactSaysWhetherItMayBeAnsweredDontKnow() {
        Question q = RULES.interview(moving().fact("login", true).fact("ill", false).fact("help", false)
                .fact("paper", false)).next();

        assertThat(q.fact()).isEqualTo("exempt");
        assertThat(q.dontKnow()).isTrue();
    }

    @Test
    void withoutALoginTheGroupShowsWhetherOneCanBeHadAndWhatFollowsIsNotAsked() {
        Question q = RULES.interview(moving().fact("login", false)).next();

        assertThat(q.facts()).extracting(Question.Member::fact).containsExactly("exempt", "noLogin", "ill", "help");
        Interview i = RULES.interview(moving().fact("login", false).fact("exempt", false).fact("noLogin", true)
                .fact("ill", false).fact("help", false));
        assertThat(i.done()).as("paper follows from noLogin; nothing else can change").isTrue();
        assertThat(i.guide().shownStepIds()).contains("papir", "anden-vej");
    }

    @Test
    void remainingBoundsThePagesByTheFactsStillUnanswered() {
        assertThat(RULES.interview(moving()).remaining()).as("login, exempt, noLogin, ill, help, paper").isEqualTo(6);
        assertThat(RULES.interview(moving().fact("login", true)).remaining()).as("noLogin is implied").isEqualTo(4);
        assertThat(RULES.interview(moving().fact("login", true).dontKnow("exempt")).remaining()).isEqualTo(3);
    }

    @Test
    void aJourneyAsksFirstWhatMaySpareAPageThenTheGroupOnceForEveryService() {
        JourneyRequest request = JourneyRequest.of("0615", LocalDate.parse("2024-02-27")).at(AT).fact("login", true);

        assertThat(RULES.journey("flytter-med-hund", request).interview().next().fact())
                .as("no pet, and the dog's breed is not asked: fewer pages expected than the group's").isEqualTo("pet");
        Journey j = RULES.journey("flytter-med-hund", request.fact("pet", false));
        Question q = j.interview().next();
        assertThat(q.group()).isEqualTo("saerlige");
        assertThat(q.services()).containsExactly("flytning", "hund");
    }
}
