package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.Outcome;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decision's semantics, rule by rule, on the small rule set in decide/. */
class DecisionSemanticsTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("decide"));

    static Decision decide(String service, String municipality, String at, Object... facts) {
        DecisionRequest request = DecisionRequest.of(service, municipality).at(LocalDateTime.parse(at));
        for (int i = 0; i < facts.length; i += 2) {
            request = request.fact((String) facts[i], facts[i + 1]);
        }
        return RULES.decide(request);
    }

    @Nested
    class MandatoryPeriods {
        @Test
        void lastMinuteBeforeTheInForceDayIsOptional() {
            assertThat(decide("flytning", "0751", "2012-11-30T23:59").requirement()).isEqualTo(Requirement.OPTIONAL);
        }

        @Test
        void firstMinuteOfTheInForceDayIsMandatory() {
            assertThat(decide("flytning", "0751", "2012-12-01T00:00").requirement())
                    .isEqualTo(Requirement.MANDATORY_DIGITAL);
        }

        @Test
        void periodEndIsExclusive() {
            assertThat(decide("midlertidig", "0751", "2020-12-31T23:59").requirement())
                    .isEqualTo(Requirement.MANDATORY_DIGITAL);
            assertThat(decide("midlertidig", "0751", "2021-01-01T00:00").requirement())
                    .isEqualTo(Requirement.OPTIONAL);
        }

        @Test
        void traceNamesTheActAndWhereThePeriodIsWritten() {
            Decision d = decide("flytning", "0751", "2013-01-01T10:00", "hasMitID", true);
            assertThat(d.trace()).anySatisfy(t -> {
                assertThat(t.rule()).isEqualTo("Service:flytning");
                assertThat(t.outcome()).isEqualTo(Outcome.APPLIES);
                assertThat(t.legal().citation()).isEqualTo("Lov nr. 558 af 18. juni 2012");
                assertThat(t.location()).isEqualTo("rules.yaml:48");
            });
        }
    }

    @Nested
    class LocalPolicy {
        @Test
        void hvidovreSteersItsChildrenAreaBeforeTheLaw() {
            assertThat(decide("dagtilbud", "0167", "2012-06-01T09:00").requirement())
                    .isEqualTo(Requirement.STEERED_DIGITAL);
        }

        @Test
        void steeringStartsOnItsFirstDay() {
            assertThat(decide("dagtilbud", "0167", "2012-05-31T23:59").requirement()).isEqualTo(Requirement.OPTIONAL);
        }

        @Test
        void steeringDoesNotReachOtherAreas() {
            assertThat(decide("flytning", "0167", "2012-06-15T09:00").requirement()).isEqualTo(Requirement.OPTIONAL);
        }

        @Test
        void otherMunicipalitiesAreNotSteered() {
            assertThat(decide("dagtilbud", "0751", "2012-06-15T09:00").requirement()).isEqualTo(Requirement.OPTIONAL);
        }

        @Test
        void theLawOverridesTheLocalPolicy() {
            assertThat(decide("dagtilbud", "0167", "2012-12-01T09:00").requirement())
                    .isEqualTo(Requirement.MANDATORY_DIGITAL);
        }
    }

    @Nested
    class Exemptions {
        @Test
        void specialCircumstancesMeanTheAuthorityMustOfferAnotherChannel() {
            Decision d = decide("flytning", "0751", "2013-01-01T10:00", "cognitiveImpairment", true);
            assertThat(d.alternative()).isEqualTo(Effect.MUST_OFFER);
            assertThat(d.channel()).isEqualTo(Channel.ALTERNATIVE);
            assertThat(d.grounds()).extracting(Decision.MatchedGround::id).containsExactly("kognitiv");
        }

        @Test
        void clearAdvantagesLetTheAuthorityAcceptButKeepTheDigitalChannel() {
            Decision d = decide("flytning", "0751", "2013-01-01T10:00", "clearAdvantage", true);
            assertThat(d.alternative()).isEqualTo(Effect.MAY_ACCEPT);
            assertThat(d.channel()).isEqualTo(Channel.SELF_SERVICE);
        }

        @Test
        void digitalPostExemptionGivesNothingBeforeJune2023() {
            Decision d = decide("flytning", "0751", "2023-05-31T12:00", "digitalPostExempt", true);
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.consideredGrounds()).anySatisfy(g -> {
                assertThat(g.id()).isEqualTo("digital-post-fritaget");
                assertThat(g.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
            });
        }

        @Test
        void digitalPostExemptionGivesARightOnRequestFromJune2023() {
            Decision d = decide("flytning", "0751", "2023-06-01T00:00", "digitalPostExempt", true);
            assertThat(d.alternative()).isEqualTo(Effect.RIGHT_ON_REQUEST);
            assertThat(d.channel()).isEqualTo(Channel.SELF_SERVICE);
        }

        @Test
        void aNewerRightOnRequestNeverRemovesTheMustOfferDuty() {
            Decision d = decide("flytning", "0751", "2024-01-01T10:00", "digitalPostExempt", true,
                    "cognitiveImpairment", true);
            assertThat(d.alternative()).isEqualTo(Effect.MUST_OFFER);
            assertThat(d.channel()).isEqualTo(Channel.ALTERNATIVE);
            assertThat(d.grounds()).extracting(Decision.MatchedGround::id)
                    .containsExactly("kognitiv", "digital-post-fritaget");
        }

        @Test
        void courtsAreExcludedFromTheDigitalPostRight() {
            Decision d = decide("retssag", "0751", "2024-01-01T10:00", "digitalPostExempt", true);
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.consideredGrounds()).anySatisfy(g -> {
                assertThat(g.id()).isEqualTo("digital-post-fritaget");
                assertThat(g.outcome()).isEqualTo(Outcome.AREA_EXCLUDED);
            });
        }

        @Test
        void theTraceSaysWhoDecidesForUdbetalingDanmarkAreas() {
            Decision d = RULES.decide(DecisionRequest.of("boerneydelse", "0751")
                    .at(LocalDateTime.parse("2015-01-05T10:00")).fact("cognitiveImpairment", true)
                    .language(Language.EN));
            assertThat(d.trace()).anySatisfy(t -> assertThat(t.text()).contains("The municipality decides the exemption"));
        }
    }

    @Nested
    class UnknownFacts {
        @Test
        void anUnknownFactNeverTriggersAnExemption() {
            Decision d = decide("flytning", "0751", "2024-01-01T10:00");
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.channel()).isEqualTo(Channel.SELF_SERVICE);
        }

        @Test
        void theDecisionAsksTheCitizenForEveryFactTheyCanAnswerThatCouldChangeIt() {
            Decision d = decide("flytning", "0751", "2024-01-01T10:00");
            assertThat(d.missingFacts()).extracting(Decision.MissingFact::id)
                    .containsExactly("cognitiveImpairment", "digitalPostExempt", "needsHelp");
            assertThat(d.missingFacts()).filteredOn(f -> f.id().equals("digitalPostExempt"))
                    .extracting(Decision.MissingFact::question).containsExactly("Er du fritaget for Digital Post?");
        }

        @Test
        void factsThatCannotOutrankTheCurrentAnswerAreNotAskedFor() {
            // Exempt from Digital Post: only a must-offer ground (cognitive impairment) can still change the answer.
            Decision d = decide("flytning", "0751", "2024-01-01T10:00", "digitalPostExempt", true);
            assertThat(d.missingFacts()).extracting(Decision.MissingFact::id)
                    .containsExactly("cognitiveImpairment", "needsHelp");
            Decision mustOffer = decide("flytning", "0751", "2024-01-01T10:00", "cognitiveImpairment", true);
            assertThat(mustOffer.missingFacts()).isEmpty();
        }
    }

    @Nested
    class Assistance {
        @Test
        void aCitizenWhoWantsHelpGetsTheAssistedChannel() {
            assertThat(decide("flytning", "0751", "2024-01-01T10:00", "needsHelp", true).channel())
                    .isEqualTo(Channel.ASSISTED);
        }

        @Test
        void mustOfferBeatsAssistance() {
            assertThat(decide("flytning", "0751", "2024-01-01T10:00", "needsHelp", true, "cognitiveImpairment", true)
                    .channel()).isEqualTo(Channel.ALTERNATIVE);
        }
    }

    @Nested
    class Outages {
        @Test
        void anOutageMakesTheServiceUnavailableUntilItEnds() {
            Decision d = decide("flytning", "0573", "2023-11-20T12:00");
            assertThat(d.requirement()).isEqualTo(Requirement.UNAVAILABLE);
            assertThat(d.until()).isEqualTo(OffsetDateTime.parse("2023-11-28T10:00+01:00"));
            assertThat(d.channel()).isNull();
        }

        @Test
        void theServiceIsBackAtTheOutagesEnd() {
            Decision d = decide("flytning", "0573", "2023-11-28T10:00");
            assertThat(d.requirement()).isEqualTo(Requirement.MANDATORY_DIGITAL);
            assertThat(d.until()).isNull();
        }

        @Test
        void outagesStayInTheirMunicipality() {
            assertThat(decide("flytning", "0751", "2023-11-20T12:00").requirement())
                    .isEqualTo(Requirement.MANDATORY_DIGITAL);
        }
    }

    @Nested
    class Help {
        @Test
        void openOffersComeFirstAndLocalBeforeNational() {
            Decision d = decide("flytning", "0751", "2024-04-08T11:00");
            assertThat(d.help()).extracting(Decision.Help::id)
                    .containsExactly("hotline", "borgerservice-aarhus", "national-web");
            assertThat(d.help()).allSatisfy(h -> assertThat(h.openNow()).isTrue());
        }

        @Test
        void eveningHotlineIsOpenWhileBorgerserviceIsClosed() {
            Decision d = decide("flytning", "0751", "2024-04-08T20:30");
            assertThat(d.help()).extracting(Decision.Help::id, Decision.Help::openNow).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("hotline", true),
                    org.assertj.core.groups.Tuple.tuple("national-web", true),
                    org.assertj.core.groups.Tuple.tuple("borgerservice-aarhus", false));
            assertThat(d.help().get(2).nextOpening()).isEqualTo(OffsetDateTime.parse("2024-04-09T10:00+02:00"));
        }

        @Test
        void hotlineHoursFollowTheirValidityDates() {
            // Monday 2014-03-03 09:30: the old evening-only hours; a week later the new daytime hours.
            assertThat(help(decide("flytning", "0751", "2014-03-03T09:30"), "hotline").openNow()).isFalse();
            assertThat(help(decide("flytning", "0751", "2014-03-10T09:30"), "hotline").openNow()).isTrue();
        }

        @Test
        void offersEndedForGoodAreNotListed() {
            assertThat(decide("flytning", "0167", "2012-06-13T18:00").help()).extracting(Decision.Help::id)
                    .contains("hvidovre-telefon-2012");
            assertThat(decide("flytning", "0167", "2013-06-12T18:00").help()).extracting(Decision.Help::id)
                    .doesNotContain("hvidovre-telefon-2012");
        }

        @Test
        void otherMunicipalitiesDoNotGetTheHotline() {
            assertThat(decide("flytning", "0573", "2024-04-08T11:00").help()).extracting(Decision.Help::id)
                    .containsExactly("national-web", "borgerservice-varde");
        }

        private Decision.Help help(Decision d, String id) {
            return d.help().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @Nested
    class Requests {
        @Test
        void unknownServiceIsRefusedWithASuggestion() {
            assertThatThrownBy(() -> decide("flytnig", "0751", "2024-01-01T10:00"))
                    .isInstanceOf(RequestException.class)
                    .hasMessage("unknown service 'flytnig' (did you mean 'flytning'?)");
        }

        @Test
        void unknownMunicipalityIsRefused() {
            assertThatThrownBy(() -> decide("flytning", "9999", "2024-01-01T10:00"))
                    .isInstanceOf(RequestException.class).hasMessageStartingWith("unknown municipality '9999'");
        }

        @Test
        void unknownFactIsRefusedWithASuggestion() {
            assertThatThrownBy(() -> decide("flytning", "0751", "2024-01-01T10:00", "hasMitId", true))
                    .isInstanceOf(RequestException.class)
                    .hasMessage("unknown fact 'hasMitId' (did you mean 'hasMitID'?)");
        }

        @Test
        void badlyTypedFactIsRefused() {
            assertThatThrownBy(() -> decide("flytning", "0751", "2024-01-01T10:00", "age", "old"))
                    .isInstanceOf(RequestException.class)
                    .hasMessage("fact 'age' cannot be 'old' (write a whole number from 0 to 130)");
        }

        @Test
        void factsGivenAsTextAreTypedByTheRuleSet() {
            Decision d = decide("flytning", "0751", "2024-01-01T10:00", "cognitiveImpairment", "true");
            assertThat(d.alternative()).isEqualTo(Effect.MUST_OFFER);
        }
    }

    @Nested
    class WithoutExplanation {
        @Test
        void theAnswerIsTheSameButCarriesNoTraceOrHelp() {
            DecisionRequest request = DecisionRequest.of("flytning", "0751")
                    .at(LocalDateTime.parse("2024-04-08T20:30")).fact("cognitiveImpairment", true);
            Decision full = RULES.decide(request);
            Decision lean = RULES.decide(request.withoutExplanation());
            assertThat(lean.requirement()).isEqualTo(full.requirement());
            assertThat(lean.channel()).isEqualTo(full.channel());
            assertThat(lean.alternative()).isEqualTo(full.alternative());
            assertThat(lean.grounds()).isEqualTo(full.grounds());
            assertThat(lean.missingFacts()).isEqualTo(full.missingFacts());
            assertThat(lean.receipt()).isEqualTo(full.receipt());
            assertThat(lean.trace()).isEmpty();
            assertThat(lean.help()).isEmpty();
            assertThat(lean.consideredGrounds()).isEmpty();
            assertThat(full.trace()).isNotEmpty();
        }
    }
}
