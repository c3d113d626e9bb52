package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.model.Audience;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Question;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A listener is told of every answer once, with what the answer was and nothing of the citizen. */
class DecisionListenerTest {
    private static final RuleSet BUNDLED = RuleSet.bundled();
    private static final LocalDateTime EVENING = LocalDateTime.parse("2024-03-05T19:37");

    private final List<DecisionEvent> events = new CopyOnWriteArrayList<>();
    private final RuleSet rules = BUNDLED.withListener(events::add);

    @Test
    void aDecisionGivesOneEventWithItsOutcomeTheHourAndTheRuleSet() {
        Decision d = rules.decide(DecisionRequest.of("laegevalg", "0167").at(EVENING)
                .fact("cognitiveImpairment", true).language(Language.EN));

        assertThat(events).hasSize(1);
        DecisionEvent e = events.get(0);
        assertThat(e.version()).isEqualTo(DecisionEvent.VERSION);
        assertThat(e.hour()).isEqualTo(OffsetDateTime.parse("2024-03-05T19:00+01:00"));
        assertThat(e.source()).isEqualTo(DecisionEvent.Source.DECISION);
        assertThat(e.service()).isEqualTo("laegevalg");
        assertThat(e.municipality()).isEqualTo("0167");
        assertThat(e.requirement()).isEqualTo(Requirement.MANDATORY_DIGITAL);
        assertThat(e.channel()).isEqualTo(Channel.ALTERNATIVE);
        assertThat(e.alternative()).isEqualTo(Effect.MUST_OFFER);
        assertThat(e.grounds()).isEqualTo(d.grounds().stream().map(Decision.MatchedGround::id).toList()).isNotEmpty();
        assertThat(e.help()).extracting(DecisionEvent.HelpState::id)
                .containsExactlyElementsOf(d.help().stream().map(Decision.Help::id).toList());
        assertThat(e.help()).extracting(DecisionEvent.HelpState::state)
                .containsExactlyElementsOf(d.help().stream().map(h -> DecisionEvent.HelpState.State.of(h.openNow())).toList());
        assertThat(e.interview()).isNull();
        assertThat(e.lang()).isEqualTo("en");
        assertThat(e.audience()).isEqualTo(Audience.CITIZEN);
        assertThat(e.ruleSetHash()).isEqualTo(BUNDLED.contentHash());
        assertThat(e.release()).isNull();
    }

    @Test
    void aGuideIsOneEventNotADecisionAndAGuide() {
        rules.guide(DecisionRequest.of("flytning", "0751").at(EVENING).fact("hasMitID", true));

        assertThat(events).extracting(DecisionEvent::source).containsExactly(DecisionEvent.Source.GUIDE);
        assertThat(events.get(0).channel()).isEqualTo(Channel.SELF_SERVICE);
    }

    @Test
    void anInterviewPageSaysHowManyAnswersItHadAndWhichQuestionItAsked() {
        DecisionRequest start = DecisionRequest.of("flytning", "0751").at(EVENING);
        Interview first = rules.interview(start);
        DecisionRequest answered = answerNo(start, first.next());
        Interview second = rules.interview(answered);

        assertThat(events).extracting(DecisionEvent::source).containsOnly(DecisionEvent.Source.INTERVIEW);
        assertThat(events.get(0).interview()).isEqualTo(new DecisionEvent.InterviewStep(0, asked(first.next()), false));
        assertThat(events.get(1).interview().answers()).isEqualTo(answered.facts().size());
        assertThat(events.get(1).interview().question()).isEqualTo(second.done() ? null : asked(second.next()));
    }

    @Test
    void aQuestionGroupIsNamedByItsIdAndADontKnowCountsAsAnAnswer() {
        DecisionRequest request = DecisionRequest.of("flytning", "0751").at(EVENING).fact("hasMitID", true)
                .dontKnow("digitalPostExempt");
        Interview page = rules.interview(request);

        assertThat(page.next().group()).isEqualTo("saerlige-forhold");
        assertThat(events.get(0).interview()).isEqualTo(new DecisionEvent.InterviewStep(2, "saerlige-forhold", false));
    }

    @Test
    void aFinishedInterviewSaysDoneAndAsksNothing() {
        DecisionRequest request = DecisionRequest.of("flytning", "0751").at(EVENING);
        Interview i = rules.interview(request);
        while (!i.done()) {
            request = answerNo(request, i.next());
            i = rules.interview(request);
        }

        DecisionEvent last = events.get(events.size() - 1);
        assertThat(last.interview()).isEqualTo(new DecisionEvent.InterviewStep(request.facts().size(), null, true));
    }

    @Test
    void aJourneyGivesOneEventPerServiceWithTheSharedInterview() {
        var journey = rules.journey("ny-foraelder", JourneyRequest.of("0615", LocalDate.parse("2024-03-01")).at(EVENING));

        assertThat(events).hasSize(journey.services().size());
        assertThat(events).extracting(DecisionEvent::service)
                .containsExactlyElementsOf(journey.services().stream().map(s -> s.service()).toList());
        assertThat(events).extracting(DecisionEvent::source).containsOnly(DecisionEvent.Source.JOURNEY);
        assertThat(events).extracting(e -> e.interview().question()).containsOnly(asked(journey.interview().next()));
    }

    /** What an event names as asked: the fact, or the question group. */
    private static String asked(Question q) {
        return q.fact() != null ? q.fact() : q.group();
    }

    /** The request with "no" to the question: to the fact, or to every member of the group. */
    private static DecisionRequest answerNo(DecisionRequest request, Question q) {
        if (q.fact() != null) {
            return request.fact(q.fact(), false);
        }
        for (Question.Member m : q.facts()) {
            request = request.fact(m.fact(), false);
        }
        return request;
    }

    @Test
    void aRequestWithoutExplanationListsNoHelpRatherThanNoOffers() {
        rules.decide(DecisionRequest.of("flytning", "0751").at(EVENING).withoutExplanation());

        assertThat(events.get(0).help()).as("not looked up, which is not 'none listed'").isNull();
    }

    @Test
    void aRejectedRequestIsNoEvent() {
        assertThatThrownBy(() -> rules.decide(DecisionRequest.of("flytning", "9999"))).isInstanceOf(RequestException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void theRuleSetItselfStaysSilentAndListenersAddUp() {
        List<DecisionEvent> second = new CopyOnWriteArrayList<>();
        RuleSet both = rules.withListener(second::add);
        DecisionRequest request = DecisionRequest.of("flytning", "0751").at(EVENING);

        BUNDLED.decide(request);
        assertThat(events).isEmpty();
        both.decide(request);
        assertThat(events).hasSize(1);
        assertThat(second).containsExactlyElementsOf(events);
        assertThat(both.decide(request)).isEqualTo(BUNDLED.decide(request));
    }

    @Test
    void anEventIsOneLineOfJsonInItsFieldOrder() {
        rules.decide(DecisionRequest.of("flytning", "0751").at(EVENING).fact("hasMitID", true));

        String json = events.get(0).toJson();
        assertThat(json).doesNotContain("\n").startsWith("{\"version\":1,\"hour\":\"2024-03-05T19:00+01:00\",\"source\":\"decision\","
                + "\"service\":\"flytning\",\"municipality\":\"0751\",\"requirement\":\"mandatory-digital\","
                + "\"channel\":\"self-service\",\"alternative\":\"none\",\"grounds\":[],\"help\":[");
        assertThat(json).contains("\"interview\":null,\"lang\":\"da\",\"audience\":\"citizen\",\"ruleSetHash\":\""
                + BUNDLED.contentHash() + "\",\"release\":null}");
    }
}
