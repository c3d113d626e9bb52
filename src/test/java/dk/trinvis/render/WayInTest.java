package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Channel;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.ResolvedGuide;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A guide leads into the self-service when the citizen is to use it: a start button on a page, a
 * link in Markdown and text, the address written out on paper; never when the citizen applies
 * another way or the self-service is down. The test rule set gives moving a test address.
 */
class WayInTest {
    private static final String URL = "https://selvbetjening.example/flytning";

    private static ResolvedGuide moving(String municipality, String at, Language lang, Object... facts) {
        DecisionRequest r = DecisionRequest.of("flytning", municipality).at(LocalDateTime.parse(at)).language(lang);
        for (int i = 0; i < facts.length; i += 2) {
            r = r.fact((String) facts[i], facts[i + 1]);
        }
        return RenderersTest.RULES.guide(r);
    }

    private static ResolvedGuide selfService() {
        return moving("0751", "2024-04-08T20:30", Language.DA, "hasMitID", true, "needsHelp", false);
    }

    @Test
    void aCitizenToUseTheSelfServiceGetsADesignSystemStartButton() {
        ResolvedGuide guide = selfService();
        assertThat(guide.decision().channel()).isEqualTo(Channel.SELF_SERVICE);

        Document doc = Jsoup.parseBodyFragment(new HtmlRenderer().dkfds().render(guide));

        Element button = doc.selectFirst("p.trinvis-start > a.trinvis-start-button.button.button-primary");
        assertThat(button).isNotNull();
        assertThat(button.attr("href")).isEqualTo(URL);
        assertThat(button.text()).isEqualTo("Gå til selvbetjeningen");
        assertThat(doc.select("ul.trinvis-links a[href=" + URL + "]")).as("not a second time among the links").isEmpty();
    }

    @Test
    void aCitizenWhoGetsHelpWithTheSelfServiceIsLedIntoItToo() {
        ResolvedGuide guide = moving("0751", "2024-04-08T20:30", Language.DA, "hasMitID", false, "needsHelp", true);
        assertThat(guide.decision().channel()).isEqualTo(Channel.ASSISTED);

        assertThat(Jsoup.parseBodyFragment(new HtmlRenderer().render(guide)).select("a.trinvis-start-button"))
                .singleElement().satisfies(a -> assertThat(a.attr("href")).isEqualTo(URL));
    }

    @Test
    void theButtonSpeaksThePagesLanguage() {
        assertThat(start(Language.EN)).isEqualTo("Start");
        assertThat(start(Language.UK)).isEqualTo("Почати");
    }

    private static String start(Language lang) {
        ResolvedGuide guide = moving("0751", "2024-04-08T20:30", lang, "hasMitID", true, "needsHelp", false);
        return Jsoup.parseBodyFragment(new HtmlRenderer().dkfds().render(guide)).select("a.button-primary").text();
    }

    @Test
    void markdownAndTextLinkToTheSelfServiceAndPaperWritesItsAddressOut() {
        ResolvedGuide guide = selfService();

        assertThat(GuideFormat.MARKDOWN.renderer().render(guide)).contains("[Gå til selvbetjeningen](<" + URL + ">)");
        assertThat(GuideFormat.TEXT.renderer().render(guide)).contains("Gå til selvbetjeningen: " + URL);
        Document print = Jsoup.parse(GuideFormat.PRINT.renderer().render(guide));
        assertThat(print.select(".trinvis-start").text()).isEqualTo("Gå til selvbetjeningen: " + URL);
        assertThat(print.select(".button")).as("no button on paper").isEmpty();
    }

    @Test
    void aCitizenWhoAppliesAnotherWayIsNotLedIntoTheSelfService() {
        ResolvedGuide guide = moving("0751", "2024-04-08T20:30", Language.DA, "cognitiveImpairment", true);
        assertThat(guide.decision().channel()).isEqualTo(Channel.ALTERNATIVE);

        assertNoWayIn(guide);
    }

    @Test
    void aSelfServiceThatIsDownIsNotStarted() {
        ResolvedGuide guide = moving("0573", "2023-11-20T10:00", Language.DA, "hasMitID", true, "needsHelp", false);
        assertThat(guide.decision().channel()).isNull();

        assertNoWayIn(guide);
    }

    private static void assertNoWayIn(ResolvedGuide guide) {
        for (GuideFormat f : GuideFormat.values()) {
            if (f != GuideFormat.JSON) {
                assertThat(f.renderer().render(guide)).as(f.name()).doesNotContain("Gå til selvbetjeningen")
                        .doesNotContain("trinvis-start");
            }
        }
        assertThat(new HtmlRenderer().dkfds().render(guide)).doesNotContain("button-primary");
    }
}
