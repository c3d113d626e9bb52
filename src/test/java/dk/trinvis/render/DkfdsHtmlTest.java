package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The DKFDS option adds the design system's classes and keeps Trinvis's own. */
class DkfdsHtmlTest {
    static ResolvedGuide moving() {
        return JourneyRenderersTest.RULES.guide(DecisionRequest.of("flytning", "0615")
                .at(LocalDateTime.parse("2024-03-12T10:00")).fact("hasMitID", false));
    }

    @Test
    void guideMatchesTheGoldenFile() {
        Golden.assertMatches(new HtmlRenderer().dkfds().render(moving()), "render/dkfds/flytning.html");
    }

    @Test
    void journeyMatchesTheGoldenFile() {
        Golden.assertMatches(new HtmlJourneyRenderer().dkfds().render(JourneyRenderersTest.journey("ny-foraelder")),
                "render/dkfds/ny-foraelder.html");
    }

    @Test
    void theDecisionIsAnInformationAlertThatDoesNotInterrupt() {
        Document doc = Jsoup.parseBodyFragment(new HtmlRenderer().dkfds().render(moving()));

        assertThat(doc.select("div.trinvis-decision.alert.alert-info > div.alert-body > p.alert-text")).hasSize(1);
        assertThat(doc.select("[role=alert]")).as("nothing is urgent on a guide").isEmpty();
        assertThat(doc.select("ul.trinvis-help.nobullet-list")).hasSize(1);
        assertThat(doc.select(".trinvis-steps")).isNotEmpty();
    }

    @Test
    void withoutTheOptionNoDesignSystemClassAppears() {
        String plain = new HtmlRenderer().render(moving());

        assertThat(plain).doesNotContain("alert").doesNotContain("nobullet-list").doesNotContain("form-hint");
    }

    @Test
    void aJourneyDeadlineIsAWarningAlert() {
        Document doc = Jsoup.parseBodyFragment(new HtmlJourneyRenderer().dkfds()
                .render(JourneyRenderersTest.journey("ny-foraelder")));

        assertThat(doc.select("div.trinvis-deadline.alert.alert-warning time").attr("datetime")).isEqualTo("2024-09-01");
        assertThat(doc.select("ul.trinvis-pager.inline-list")).hasSize(4);
    }

    @Test
    void withTheIconSpriteTheAlertsCarryDesignSystemIconsNamedInThePagesLanguage() {
        Document guide = Jsoup.parseBodyFragment(new HtmlRenderer().dkfds("/dkfds/img/all-svg-icons.svg").render(moving()));
        assertThat(guide.select("div.trinvis-decision.alert-info > svg.icon-svg.alert-icon")).singleElement()
                .satisfies(svg -> {
                    assertThat(svg.attr("aria-label")).isEqualTo("Information");
                    assertThat(svg.select("use").attr("href")).isEqualTo("/dkfds/img/all-svg-icons.svg#info");
                });
        Document journey = Jsoup.parseBodyFragment(new HtmlJourneyRenderer().dkfds("/icons.svg")
                .render(JourneyRenderersTest.journey("ny-foraelder")));
        assertThat(journey.select("div.trinvis-deadline.alert-warning > svg.alert-icon").attr("aria-label"))
                .isEqualTo("Advarsel");
        assertThat(new HtmlRenderer().dkfds().render(moving())).as("no sprite, no icon").doesNotContain("<svg");
    }
}
