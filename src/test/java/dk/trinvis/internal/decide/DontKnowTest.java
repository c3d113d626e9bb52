package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** "Ved ikke" keeps a fact unknown, says what follows and who assesses it, and never guesses. */
class DontKnowTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("interview-groups"));
    static final RuleSet BUNDLED = RuleSet.bundled();

    static DecisionRequest moving() {
        return DecisionRequest.of("flytning", "0615").at(LocalDateTime.parse("2024-03-01T10:00")).fact("login", true);
    }

    @Test
    void theFactStaysUnknownAndIsFlaggedAmongTheMissingFacts() {
        Decision d = RULES.decide(moving().dontKnow("exempt"));

        assertThat(d.alternative()).as("never a guess").isEqualTo(Effect.NONE);
        assertThat(d.missingFacts()).filteredOn(Decision.MissingFact::dontKnow)
                .extracting(Decision.MissingFact::id).containsExactly("exempt");
        assertThat(d.missingFacts()).filteredOn(m -> !m.dontKnow()).extracting(Decision.MissingFact::id)
                .containsExactly("help", "ill");
        assertThat(d.receipt().dontKnow()).containsExactly("exempt");
    }

    @Test
    void theUndecidedRuleSaysWhatFollowsAndWhoAssessesItWithTheCitizen() {
        Decision d = RULES.decide(moving().dontKnow("exempt"));

        String said = "Du har svaret \"ved ikke\" til: \"Er du fritaget?\". Derfor er det ikke afgjort, om dette gælder"
                + " for dig: Fritaget. Horsens Kommune vurderer det sammen med dig.";
        assertThat(d.trace()).filteredOn(t -> t.rule().equals("ExemptionGround:fritaget")).singleElement()
                .satisfies(t -> {
                    assertThat(t.outcome()).isEqualTo(Outcome.UNKNOWN);
                    assertThat(t.text()).isEqualTo(said);
                });
        assertThat(d.consideredGrounds()).filteredOn(g -> g.id().equals("fritaget")).singleElement()
                .satisfies(g -> assertThat(g.reason()).isEqualTo(said));
    }

    @Test
    void theSentenceIsInTheRequestsLanguage() {
        Decision d = RULES.decide(moving().dontKnow("exempt").language(Language.EN));

        assertThat(d.trace()).filteredOn(t -> t.rule().equals("ExemptionGround:fritaget")).singleElement()
                .satisfies(t -> assertThat(t.text()).startsWith("You answered \"don't know\" to: \"Are you exempt?\"."));
    }

    @Test
    void theBundledDigitalPostExemptionNamesTheMunicipality() {
        Decision d = BUNDLED.decide(DecisionRequest.of("flytning", "0615").at(LocalDateTime.parse("2024-03-01T10:00"))
                .fact("hasMitID", true).dontKnow("digitalPostExempt"));

        assertThat(d.consideredGrounds()).filteredOn(g -> g.id().equals("digital-post-fritaget")).singleElement()
                .satisfies(g -> assertThat(g.reason()).contains("Er du fritaget for Digital Post?")
                        .endsWith("Horsens Kommune vurderer det sammen med dig."));
    }

    @Test
    void theGuideFlagsTheFactToo() {
        ResolvedGuide g = RULES.guide(moving().dontKnow("exempt"));

        assertThat(g.missingFacts()).filteredOn(Decision.MissingFact::dontKnow).extracting(Decision.MissingFact::id)
                .containsExactly("exempt");
    }

    @Test
    void aFactThatMayNotBeAnsweredSoIsARequestError() {
        RequestException e = catchThrowableOfType(RequestException.class, () -> RULES.decide(moving().dontKnow("ill")));

        assertThat(e.field()).isEqualTo("dontKnow");
        assertThat(e.value()).isEqualTo("ill");
        assertThat(e.getMessage()).contains("'ill' cannot be answered 'don't know'");
    }

    @Test
    void aFactBothGivenAndNotKnownIsARequestError() {
        RequestException e = catchThrowableOfType(RequestException.class,
                () -> RULES.decide(moving().fact("exempt", true).dontKnow("exempt")));

        assertThat(e.getMessage()).isEqualTo("fact 'exempt' is both given and answered 'don't know' (send one of them)");
    }

    @Test
    void anUnknownFactIsARequestErrorWithASuggestion() {
        RequestException e = catchThrowableOfType(RequestException.class,
                () -> RULES.decide(moving().dontKnow("exemt")));

        assertThat(e.getMessage()).isEqualTo("unknown fact 'exemt' (did you mean 'exempt'?)");
    }

    @Test
    void aRequestWithoutDontKnowWritesTheSameJsonAsBefore() {
        Decision d = RULES.decide(moving());

        assertThat(d.toJson()).doesNotContain("dontKnow");
        assertThat(RULES.decide(moving().dontKnow("exempt")).toJson()).contains("\"dontKnow\" : true")
                .containsSubsequence("\"dontKnow\" : [", "\"exempt\"", "]");
    }
}
