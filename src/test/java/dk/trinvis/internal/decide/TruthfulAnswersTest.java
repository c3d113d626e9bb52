package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement in a decision or guide is true, or honestly unknown. */
class TruthfulAnswersTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("decide"));

    static DecisionRequest request(String service, String municipality, String at, Map<String, Object> facts) {
        return DecisionRequest.of(service, municipality).at(LocalDateTime.parse(at)).facts(facts);
    }

    static Decision decide(String service, String municipality, String at, Map<String, Object> facts) {
        return RULES.decide(request(service, municipality, at, facts));
    }

    @Nested
    class EffectsLattice {
        static Stream<Arguments> pairs() {
            // Each ground's fact, and the pair's expected alternative and channel.
            return Stream.of(
                    Arguments.of("cognitiveImpairment", "digitalPostExempt", Effect.MUST_OFFER, Channel.ALTERNATIVE),
                    Arguments.of("cognitiveImpairment", "clearAdvantage", Effect.MUST_OFFER, Channel.ALTERNATIVE),
                    Arguments.of("digitalPostExempt", "clearAdvantage", Effect.RIGHT_ON_REQUEST, Channel.SELF_SERVICE),
                    Arguments.of("clearAdvantage", "clearAdvantage", Effect.MAY_ACCEPT, Channel.SELF_SERVICE),
                    Arguments.of("digitalPostExempt", "digitalPostExempt", Effect.RIGHT_ON_REQUEST, Channel.SELF_SERVICE),
                    Arguments.of("cognitiveImpairment", "cognitiveImpairment", Effect.MUST_OFFER, Channel.ALTERNATIVE));
        }

        @ParameterizedTest(name = "{0} and {1} give {2}, channel {3}")
        @MethodSource("pairs")
        void theStrongestMatchedEffectWinsAndEveryGroundIsListed(String first, String second, Effect alternative,
                                                                 Channel channel) {
            Map<String, Object> facts = new java.util.HashMap<>();
            facts.put(first, true);
            facts.put(second, true);
            Decision d = decide("flytning", "0751", "2024-01-08T10:00", facts);
            assertThat(d.alternative()).isEqualTo(alternative);
            assertThat(d.channel()).isEqualTo(channel);
            assertThat(d.grounds()).hasSize(first.equals(second) ? 1 : 2);
        }

        @Test
        void allThreeEffectsTogetherGiveMustOfferWithEveryGroundListed() {
            Decision d = decide("flytning", "0751", "2024-01-08T10:00",
                    Map.of("cognitiveImpairment", true, "digitalPostExempt", true, "clearAdvantage", true));
            assertThat(d.alternative()).isEqualTo(Effect.MUST_OFFER);
            assertThat(d.channel()).isEqualTo(Channel.ALTERNATIVE);
            assertThat(d.grounds()).extracting(Decision.MatchedGround::id)
                    .containsExactly("kognitiv", "klare-fordele", "digital-post-fritaget");
        }

        @Test
        void strengthIsATotalOrderFromNoneToMustOffer() {
            assertThat(Effect.values()).containsExactly(Effect.NONE, Effect.MAY_ACCEPT, Effect.RIGHT_ON_REQUEST,
                    Effect.MUST_OFFER);
        }
    }

    @Nested
    class UnknownHours {
        @Test
        void anOfferWithoutHoursIsNeitherOpenNorClosed() {
            Decision d = decide("flytning", "0573", "2024-04-07T03:00", Map.of());
            Decision.Help varde = help(d, "borgerservice-varde");
            assertThat(varde.openNow()).isNull();
            assertThat(varde.hours()).isEqualTo("unknown");
            assertThat(varde.nextOpening()).isNull();
            assertThat(d.toJson()).contains("\"openNow\" : null").contains("\"hours\" : \"unknown\"");
        }

        @Test
        void anOfferOpenNowSaysWhenItCloses() {
            Decision.Help aarhus = help(decide("flytning", "0751", "2024-04-08T11:00", Map.of()), "borgerservice-aarhus");
            assertThat(aarhus.openNow()).isTrue();
            assertThat(aarhus.closesAt()).hasToString("2024-04-08T15:00+02:00");
            assertThat(aarhus.hours()).isEqualTo("Mo-Fr 10:00-15:00; PH off");
        }

        @Test
        void renderersSayTheHoursAreUnknownAndNeverOpenNow() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0573", "2024-04-07T03:00", Map.of("hasMitID", true)));
            for (GuideFormat format : List.of(GuideFormat.TEXT, GuideFormat.MARKDOWN, GuideFormat.HTML)) {
                String out = format.renderer().render(guide);
                assertThat(out).as(format.name()).contains("åbningstiden kendes ikke");
                assertThat(out).as(format.name()).doesNotContain("Borgerservice Varde (åben nu");
            }
        }

        @Test
        void anOfferNotYetOpenedIsNotListed() {
            assertThat(decide("flytning", "0751", "2024-05-31T12:00", Map.of()).help())
                    .extracting(Decision.Help::id).doesNotContain("aarhus-bibliotek");
            assertThat(decide("flytning", "0751", "2024-06-01T12:00", Map.of()).help())
                    .extracting(Decision.Help::id).contains("aarhus-bibliotek");
        }
    }

    @Nested
    class Outages {
        @Test
        void anOutageTakesTheMunicipalitysOwnDeskDownButNotNationalHelp() {
            Decision d = decide("flytning", "0573", "2023-11-20T12:00", Map.of());
            assertThat(d.requirement()).isEqualTo(Requirement.UNAVAILABLE);
            assertThat(d.help()).extracting(Decision.Help::id).containsExactly("national-web");
            assertThat(d.trace()).anySatisfy(t -> {
                assertThat(t.rule()).isEqualTo("HelpOffer:borgerservice-varde");
                assertThat(t.outcome()).hasToString("down");
            });
        }

        @Test
        void anOutageOfTheDeskAloneKeepsTheSelfServiceButListsNoDesk() {
            Decision d = decide("flytning", "0751", "2024-09-02T11:00", Map.of("cognitiveImpairment", true));
            assertThat(d.requirement()).isEqualTo(Requirement.MANDATORY_DIGITAL);
            assertThat(d.help()).extracting(Decision.Help::id).doesNotContain("borgerservice-aarhus");
            assertThat(d.authority().processedBy()).isEmpty();
        }

        @Test
        void theGuideSaysWhenToTryAgainInsteadOfSendingToTheDesk() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0573", "2023-11-20T12:00", Map.of("hasMitID", true)));
            assertThat(guide.shownStepIds()).contains("vent").doesNotContain("log-ind", "papir");
            String text = GuideFormat.TEXT.renderer().render(guide);
            assertThat(text).contains("Prøv igen efter 2023-11-28 10:00").doesNotContain("Borgerservice Varde");
        }
    }

    @Nested
    class Audiences {
        @Test
        void aCitizenIsNeverAskedWhatOnlyTheAuthorityKnows() {
            Decision d = decide("flytning", "0751", "2024-01-08T10:00", Map.of());
            assertThat(d.missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("clearAdvantage");
            assertThat(d.missingFacts()).allSatisfy(f -> assertThat(f.askedOf()).isEqualTo(Audience.CITIZEN));
        }

        @Test
        void staffAreAskedEveryFactThatCanChangeTheAnswer() {
            Decision d = RULES.decide(request("flytning", "0751", "2024-01-08T10:00", Map.of()).audience(Audience.STAFF));
            assertThat(d.missingFacts()).extracting(Decision.MissingFact::id)
                    .containsExactly("clearAdvantage", "cognitiveImpairment", "digitalPostExempt", "needsHelp");
            assertThat(d.receipt().audience()).isEqualTo(Audience.STAFF);
        }

        @Test
        void anOptionalServiceAsksNoExemptionQuestions() {
            Decision d = decide("flytning", "0751", "2012-06-01T10:00", Map.of());
            assertThat(d.requirement()).isEqualTo(Requirement.OPTIONAL);
            assertThat(d.missingFacts()).extracting(Decision.MissingFact::id).containsExactly("needsHelp");
        }

        @Test
        void aGroundGivenForAnOptionalServiceChangesNothingAsNothingAsksForIt() {
            Decision d = decide("flytning", "0751", "2012-06-01T10:00", Map.of("cognitiveImpairment", true));
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.channel()).isEqualTo(Channel.SELF_SERVICE);
            assertThat(d.grounds()).isEmpty();
            assertThat(d.consideredGrounds()).filteredOn(g -> g.id().equals("kognitiv"))
                    .extracting(Decision.ConsideredGround::outcome).containsExactly(Outcome.NOT_APPLICABLE);
        }

        @Test
        void noGroundIsDecidedWhileTheSelfServiceIsDown() {
            Decision d = decide("flytning", "0573", "2023-11-20T12:00", Map.of("cognitiveImpairment", true));
            assertThat(d.requirement()).isEqualTo(Requirement.UNAVAILABLE);
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.missingFacts()).isEmpty();
        }

        @Test
        void eachMissingFactSaysWhichRulesItDecides() {
            Decision d = decide("flytning", "0751", "2024-01-08T10:00", Map.of());
            assertThat(d.missingFacts()).filteredOn(f -> f.id().equals("cognitiveImpairment"))
                    .flatExtracting(Decision.MissingFact::decides).containsExactly("ExemptionGround:kognitiv");
            assertThat(d.missingFacts()).filteredOn(f -> f.id().equals("needsHelp"))
                    .flatExtracting(Decision.MissingFact::decides).containsExactly("AssistRule:wants-help");
        }
    }

    @Nested
    class ServicesWithoutSelfService {
        @Test
        void aServiceWithNoDigitalSolutionIsNeverDecidedAsSelfService() {
            Decision d = decide("fritagelse", "0751", "2024-06-03T11:00", Map.of());
            assertThat(d.requirement()).isEqualTo(Requirement.OPTIONAL);
            assertThat(d.channel()).isEqualTo(Channel.ALTERNATIVE);
            assertThat(d.alternative()).isEqualTo(Effect.NONE);
            assertThat(d.missingFacts()).isEmpty();
            assertThat(d.authority().processedBy()).containsExactly("borgerservice-aarhus");
        }

        @Test
        void aServiceWithoutDigitalSolutionCannotHaveMandatoryPeriods(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("rules.yaml"), """
                    kind: Area
                    id: a
                    title: {da: A}
                    ---
                    kind: Service
                    id: s
                    title: {da: S}
                    area: a
                    legal: "L"
                    digital: false
                    mandatoryDigital:
                      - from: 2012-12-01
                    """);
            assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("rules.yaml:12:5")
                    .hasMessageContaining("has no digital self-service ('digital: false') but mandatory-digital periods");
        }
    }

    @Nested
    class Authorities {
        @Test
        void theMunicipalityProcessesThroughItsOwnDeskNeverThroughALibrary() {
            Decision d = decide("flytning", "0751", "2024-06-03T11:00", Map.of("cognitiveImpairment", true));
            assertThat(d.authority().id()).isEqualTo("kommunen");
            assertThat(d.authority().name()).isEqualTo("Aarhus Kommune");
            assertThat(d.authority().processedBy()).containsExactly("borgerservice-aarhus");
            assertThat(help(d, "aarhus-bibliotek").can()).containsExactly(Capability.GUIDE);
        }

        @Test
        void aStateServicePointsAtItsOwnAuthorityNotAtBorgerservice() {
            Decision d = RULES.decide(request("boerneydelse", "0751", "2024-06-03T11:00",
                    Map.of("cognitiveImpairment", true)).language(Language.EN));
            assertThat(d.authority().name()).isEqualTo("Udbetaling Danmark");
            assertThat(d.authority().processedBy()).containsExactly("udk-telefon");
        }

        @Test
        void theGuideNamesTheAuthorityForTheAlternative() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00",
                    Map.of("cognitiveImpairment", true, "hasMitID", false, "hasCar", false)));
            assertThat(guide.shownStepIds()).containsExactly("mitid", "papir");
            assertThat(guide.steps().get(1).title().text()).isEqualTo("Kontakt Aarhus Kommune");
        }
    }

    @Nested
    class GuidesAskWhatTheyNeed {
        @Test
        void aGuideOnlyFactIsAskedWithItsQuestion() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00", Map.of("hasMitID", true)));
            assertThat(guide.decision().missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("hasCar");
            assertThat(guide.missingFacts()).filteredOn(f -> f.id().equals("hasCar")).singleElement().satisfies(f -> {
                assertThat(f.question()).isEqualTo("Har du bil?");
                assertThat(f.decides()).containsExactly("Step:bil");
            });
        }

        @Test
        void aStepWhoseFactIsUnknownIsConditionalNotShownOrHidden() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00", Map.of("hasMitID", true)));
            assertThat(guide.conditionalSteps()).containsExactly("bil", "note");
            assertThat(guide.shownStepIds()).doesNotContain("bil");
            assertThat(guide.hiddenSteps()).doesNotContain("bil");
            ResolvedGuide.GuideStep bil = guide.steps().stream().filter(s -> s.id().equals("bil")).findFirst().orElseThrow();
            assertThat(bil.condition().text()).isEqualTo("Hvis du svarer ja til »Har du bil?«");
        }

        @Test
        void aNegatedConditionSaysWhichAnswerShowsTheStep() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00", Map.of("hasCar", false))
                    .language(Language.EN));
            ResolvedGuide.GuideStep mitid = guide.steps().get(0);
            assertThat(mitid.condition().text()).isEqualTo("If you answer no to \u201cDo you have MitID?\u201d");
        }

        @Test
        void aCitizenGuideDoesNotAskStaffFactsButStillShowsTheStepAsConditional() {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00", Map.of("hasMitID", true)));
            assertThat(guide.missingFacts()).extracting(Decision.MissingFact::id).doesNotContain("caseNote");
            assertThat(guide.conditionalSteps()).contains("note");
        }

        @ParameterizedTest
        @EnumSource(GuideFormat.class)
        void everyFormatRendersTheConditionalStepWithItsCondition(GuideFormat format) {
            ResolvedGuide guide = RULES.guide(request("flytning", "0751", "2024-06-03T11:00", Map.of("hasMitID", true)));
            assertThat(format.renderer().render(guide)).contains("Hvis du svarer ja til").contains("Har du bil?");
        }
    }

    static Decision.Help help(Decision d, String id) {
        return d.help().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }
}
