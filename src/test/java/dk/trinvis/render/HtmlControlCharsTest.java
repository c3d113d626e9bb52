package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Capability;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Language;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.ResolvedGuide.GuideLink;
import dk.trinvis.model.ResolvedGuide.GuideStep;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No control or bidi character reaches the HTML from any text a guide carries: every field of a
 * hand-made guide, help offers in every state and the decision's authority included, holds some.
 */
class HtmlControlCharsTest {
    /** C0 (ESC, BEL, NUL), DEL, C1 (NEL, CSI), bidi override and isolate. */
    private static final String UNSAFE = "\u001b[2J\u0007\u0000\u007f\u0085\u009b\u202E\u2066";

    private static String poisoned(String s) {
        return s + UNSAFE + "x";
    }

    private static LocalText poisoned(LocalText t) {
        return new LocalText(poisoned(t.text()), t.language());
    }

    private static LocalText danish(String s) {
        return new LocalText(poisoned(s), Language.DA);
    }

    private static LocalText english(String s) {
        return new LocalText(poisoned(s), Language.EN);
    }

    static ResolvedGuide guide() {
        ResolvedGuide real = RuleSet.bundled().guide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-04-08T20:30")).fact("hasMitID", false).fact("needsHelp", true));
        Decision d = real.decision();
        OffsetDateTime at = OffsetDateTime.parse("2024-04-09T08:00+02:00");
        Contact contact = new Contact(poisoned("70 20 00 00 (tast 2)"), poisoned("a@b.dk"),
                poisoned("https://example.dk/"), poisoned("Gade 1"));
        Set<Capability> both = Set.of(Capability.GUIDE, Capability.PROCESS);
        List<Decision.Help> help = List.of(
                new Decision.Help(poisoned("a"), HelpType.values()[0], poisoned("Ukendt"), contact, both, null,
                        poisoned("unknown"), null, null),
                new Decision.Help("b", HelpType.values()[0], poisoned("Åben"), contact, Set.of(Capability.GUIDE),
                        true, "x", at, null),
                new Decision.Help("c", HelpType.values()[0], poisoned("Åben uden lukketid"),
                        new Contact(poisoned("+45 12"), null, null, null), both, true, "x", null, null),
                new Decision.Help("d", HelpType.values()[0], poisoned("Lukket"),
                        new Contact(poisoned("tast 2"), null, poisoned("javascript:x"), null), both, false, "x", null, at),
                new Decision.Help("e", HelpType.values()[0], poisoned("Lukket længe"), Contact.NONE, both, false,
                        "x", null, null));
        Decision.Responsible authority = new Decision.Responsible("k", poisoned("Kommunen"), contact, List.of());
        Decision decision = new Decision(d.service(), d.municipality(), d.requirement(), null, Channel.ALTERNATIVE,
                Effect.MUST_OFFER, authority, d.grounds(), d.consideredGrounds(), help, d.missingFacts(), d.trace(),
                d.receipt());
        GuideLink link = new GuideLink(poisoned("https://example.dk/"), english("Link"));
        List<GuideLink> links = List.of(link, new GuideLink(poisoned("https://example.dk/bare"), null),
                new GuideLink(poisoned("javascript:alert(1)"), danish("Farlig")));
        GuideStep leaf = new GuideStep(poisoned("leaf"), english("Leaf"), english("*Body* [l](https://x.dk)"), true,
                links, List.of(), List.of(), "x:1", english("Condition"));
        GuideStep step = new GuideStep(poisoned("step"), danish("Trin"), danish("Tekst"), false, links,
                List.of(leaf), List.of(leaf, leaf), "x:2", null);
        return new ResolvedGuide(real.service(), real.municipality(), poisoned(real.municipalityName()), Language.EN,
                english("Title"), danish("Intro **fed**"), List.of(english("Ready"), danish("Klar")), danish("3 dage"),
                new dk.trinvis.model.Legal(List.of(new dk.trinvis.model.LegalReference(poisoned("Lov"), poisoned("§ 1"),
                        poisoned("https://www.retsinformation.dk/eli/lta/2023/603"), false,
                        new dk.trinvis.model.Location("x", 1, 1))), false), link, links, List.of(step, leaf), List.of(), List.of(), List.of(), decision);
    }

    private static void assertNoUnsafeCharacter(String html) {
        assertThat(html.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069)).isEmpty();
        assertThat(html).as("the visible rest of each text stays").contains("[2Jx");
    }

    @Test
    void noControlCharacterFromAnyFieldReachesTheHtml() {
        assertNoUnsafeCharacter(new HtmlRenderer().render(guide()));
    }

    @Test
    void noControlCharacterReachesTheDesignSystemHtmlOrTheTextUnderTheTitle() {
        assertNoUnsafeCharacter(new HtmlRenderer().dkfds().afterTitle("<p>" + UNSAFE + "</p>\n").render(guide()));
    }

    @Test
    void noControlCharacterReachesThePrintPage() {
        assertNoUnsafeCharacter(new PrintRenderer().render(guide()));
    }
}
