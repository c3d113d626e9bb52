package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.testing.Golden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each exemption ground gives its own reason: a parent naming a child at baptism is never told
 * they are exempt from Digital Post.
 */
class GroundReasonTest {
    private static final LocalDateTime AT = LocalDateTime.parse("2024-03-12T10:00");
    private static final RuleSet REASONS = RuleSet.load(Golden.resource("render/reasons"));

    private static String sentence(RuleSet rules, Language lang, Object... facts) {
        DecisionRequest r = DecisionRequest.of("navngivning", "0751").at(AT).language(lang);
        for (int i = 0; i < facts.length; i += 2) {
            r = r.fact((String) facts[i], facts[i + 1]);
        }
        return new Labels(lang).decision(rules.decide(r));
    }

    @Test
    void aGroundWithoutAReasonGivesItsTitle() {
        assertThat(sentence(REASONS, Language.DA, "childBaptised", true, "digitalPostExempt", false))
                .isEqualTo("Brug den digitale selvbetjening. Du kan bede om en ikke-digital løsning. "
                        + "Begrundelse: Barnet navngives ved dåb.");
        assertThat(sentence(REASONS, Language.EN, "childBaptised", true, "digitalPostExempt", false))
                .endsWith("Reason: The child is named at baptism.");
        assertThat(sentence(REASONS, Language.UK, "childBaptised", true, "digitalPostExempt", false))
                .endsWith("Підстава: Дитині дають ім’я під час хрещення.");
    }

    @Test
    void aGroundWithAReasonGivesItInEveryLanguage() {
        assertThat(sentence(REASONS, Language.DA, "childBaptised", false, "digitalPostExempt", true))
                .endsWith("Begrundelse: Du er fritaget for Digital Post.");
        assertThat(sentence(REASONS, Language.EN, "childBaptised", false, "digitalPostExempt", true))
                .endsWith("Reason: You are exempt from Digital Post.");
        assertThat(sentence(REASONS, Language.UK, "childBaptised", false, "digitalPostExempt", true))
                .endsWith("Підстава: Ви звільнені від Digital Post.");
    }

    @Test
    void everyGroundThatMatchedIsNamed() {
        assertThat(sentence(REASONS, Language.DA, "childBaptised", true, "digitalPostExempt", true))
                .endsWith("Begrundelse: Du er fritaget for Digital Post; Barnet navngives ved dåb.");
    }

    @Test
    void theMatchedGroundCarriesItsReason() {
        Decision d = REASONS.decide(DecisionRequest.of("navngivning", "0751").at(AT).fact("digitalPostExempt", true)
                .fact("childBaptised", false));

        assertThat(d.grounds()).singleElement().satisfies(g -> {
            assertThat(g.effect()).isEqualTo(Effect.RIGHT_ON_REQUEST);
            assertThat(g.reason()).isEqualTo("Du er fritaget for Digital Post.");
        });
        assertThat(d.toJson()).contains("\"reason\" : \"Du er fritaget for Digital Post.\"");
    }

    @Test
    void aNonExemptParentNamingAChildAtBaptismIsNeverToldAboutDigitalPost() {
        RuleSet bundled = RuleSet.bundled();
        DecisionRequest naming = DecisionRequest.of("navngivning", "0615").at(AT).fact("hasMitID", true)
                .fact("childBaptised", true).fact("digitalPostExempt", false);
        Decision d = bundled.decide(naming);
        assertThat(d.alternative()).isEqualTo(Effect.RIGHT_ON_REQUEST);
        assertThat(d.grounds()).extracting(Decision.MatchedGround::id).containsExactly("navngivning-ved-daab");

        assertThat(new Labels(Language.DA).decision(d)).contains("dåb").doesNotContainIgnoringCase("Digital Post");
        // JSON carries the trace, which says of every ground considered that it did not match: not words to the citizen.
        for (GuideFormat f : List.of(GuideFormat.TEXT, GuideFormat.MARKDOWN, GuideFormat.HTML, GuideFormat.PRINT)) {
            assertThat(f.renderer().render(bundled.guide(naming))).as(f.name()).doesNotContainIgnoringCase("Digital Post");
        }
        Journey parent = bundled.journey("ny-foraelder", JourneyRequest.of("0615", LocalDate.parse("2024-03-01")).at(AT)
                .fact("hasMitID", true).fact("childBaptised", true).fact("digitalPostExempt", false));
        for (JourneyFormat f : List.of(JourneyFormat.TEXT, JourneyFormat.MARKDOWN, JourneyFormat.HTML,
                JourneyFormat.PRINT)) {
            assertThat(f.renderer().render(parent)).as(f.name()).doesNotContainIgnoringCase("Digital Post");
        }
        assertThat(parent.services()).allSatisfy(i -> assertThat(i.decision().grounds())
                .allSatisfy(g -> assertThat(g.reason()).doesNotContainIgnoringCase("Digital Post")));
    }

    @Test
    void aCitizenWhoDoesNotKnowIsToldWhatFollowsInEveryFormat() {
        DecisionRequest unsure = DecisionRequest.of("navngivning", "0751").at(AT).fact("childBaptised", false)
                .dontKnow("digitalPostExempt");
        String sentence = new Labels(Language.DA).decision(REASONS.decide(unsure));

        assertThat(sentence).startsWith("Brug den digitale selvbetjening.")
                .contains("Du har svaret \"ved ikke\" til: \"Er du fritaget for Digital Post?\"",
                        "vurderer det sammen med dig");
        for (GuideFormat f : List.of(GuideFormat.TEXT, GuideFormat.MARKDOWN, GuideFormat.HTML, GuideFormat.PRINT)) {
            assertThat(f.renderer().render(REASONS.guide(unsure)).replaceAll("\\s+", " ")).as(f.name())
                    .contains("sammen med dig");
        }
        assertThat(new Labels(Language.DA).decision(REASONS.decide(DecisionRequest.of("navngivning", "0751").at(AT))))
                .as("a fact merely not given yet is no 'ved ikke'").doesNotContain("ved ikke");
    }
}
