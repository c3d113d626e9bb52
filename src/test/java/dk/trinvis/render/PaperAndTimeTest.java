package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paper is read days after it was printed, so it never says "open now" or "closes …": it carries
 * each help offer's hours of an ordinary week. A screen is read at the moment decided for, so it
 * says "today" and "tomorrow". A journey's deadline that had passed says so.
 */
class PaperAndTimeTest {
    /** Monday evening: the hotline closes at 21:00 today, Borgerservice Aarhus opens at 10:00 tomorrow. */
    private static ResolvedGuide mondayEvening(Language lang) {
        return RenderersTest.RULES.guide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-04-08T20:30")).fact("hasMitID", true).language(lang));
    }

    @Test
    void aPrintedGuideShowsEachOffersWeekInsteadOfWhetherItIsOpenNow() {
        String print = GuideFormat.PRINT.renderer().render(mondayEvening(Language.DA));

        assertThat(print).doesNotContain("åben nu").doesNotContain("lukker").doesNotContain("åbner")
                .doesNotContain("i dag").doesNotContain("i morgen");
        Document doc = Jsoup.parse(print);
        assertThat(doc.select("ul.trinvis-help > li")).hasSize(3);
        assertThat(doc.select("table.trinvis-hours")).hasSize(2);
        assertThat(doc.select("table.trinvis-hours").get(0).select("th").eachText())
                .containsExactly("mandag–torsdag", "fredag", "lørdag", "søndag", "helligdage");
        assertThat(doc.select("table.trinvis-hours").get(0).select("td").eachText())
                .containsExactly("09:00–21:00", "09:00–17:00", "lukket", "17:00–21:00", "lukket");
        assertThat(doc.select("ul.trinvis-help > li").get(1).text()).contains("åbningstiden kendes ikke");
    }

    @Test
    void aPrintedGuideInEnglishNeitherSaysOpenNowNorToday() {
        String print = GuideFormat.PRINT.renderer().render(mondayEvening(Language.EN));

        assertThat(print).doesNotContain("open now").doesNotContain("closes").doesNotContain("opens ")
                .doesNotContain("today").doesNotContain("tomorrow").contains("Monday–Thursday", "public holidays");
    }

    @Test
    void everyScreenFormatSaysTodayAndTomorrow() {
        for (GuideFormat f : List.of(GuideFormat.TEXT, GuideFormat.MARKDOWN, GuideFormat.HTML)) {
            assertThat(f.renderer().render(mondayEvening(Language.DA))).as(f.name())
                    .contains("lukker i dag kl. 21:00", "åbner i morgen kl. 10:00");
            assertThat(f.renderer().render(mondayEvening(Language.EN))).as(f.name())
                    .contains("closes today at 21:00", "opens tomorrow at 10:00");
            assertThat(f.renderer().render(mondayEvening(Language.UK))).as(f.name())
                    .contains("сьогодні о 21:00", "завтра о 10:00");
        }
    }

    @Test
    void aMomentFurtherOffIsWrittenInFull() {
        ResolvedGuide friday = RenderersTest.RULES.guide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-04-12T18:00")).fact("hasMitID", true));

        assertThat(GuideFormat.HTML.renderer().render(friday)).contains("åbner søndag 14. april 2024 kl. 17:00")
                .doesNotContain("i morgen");
    }

    @Test
    void aPrintedJourneyNeverSaysOpenNow() {
        String print = JourneyFormat.PRINT.renderer().render(JourneyRenderersTest.journey("ny-foraelder"));

        assertThat(print).doesNotContain("åben nu").doesNotContain("lukker").doesNotContain("i dag")
                .contains("<table class=\"trinvis-hours\">");
    }

    /** The interview test set's move: the report is due five days after the moving date. */
    private static Journey moved(String date, String at, Language lang) {
        return RuleSet.load(Golden.resource("interview")).journey("flytter", JourneyRequest.of("0615",
                LocalDate.parse(date)).at(LocalDateTime.parse(at)).language(lang));
    }

    @ParameterizedTest
    @EnumSource(value = JourneyFormat.class, names = "JSON", mode = EnumSource.Mode.EXCLUDE)
    void aDeadlineThatHadPassedIsSaidToHavePassedInEveryFormat(JourneyFormat format) {
        String late = text(format, moved("2023-06-01", "2023-07-01T10:00", Language.DA));

        assertThat(late).contains("Fristen var 6. juni 2023").doesNotContain("Frist 6. juni 2023");
        assertThat(text(format, moved("2023-06-01", "2023-07-01T10:00", Language.EN)))
                .contains("The deadline was 6 June 2023");
    }

    /** What a reader sees: HTML without its tags. */
    private static String text(JourneyFormat format, Journey journey) {
        String out = format.renderer().render(journey);
        return format == JourneyFormat.HTML || format == JourneyFormat.PRINT ? Jsoup.parse(out).text() : out;
    }

    @Test
    void aDeadlineIsPassedOnlyAfterItsLastDay() {
        assertThat(moved("2023-06-01", "2023-06-06T23:59", Language.DA).services().get(0).deadline().passed()).isFalse();
        Journey late = moved("2023-06-01", "2023-06-07T00:00", Language.DA);
        assertThat(late.services().get(0).deadline().passed()).isTrue();
        assertThat(late.toJson()).contains("\"passed\" : true");
        assertThat(JourneyFormat.TEXT.renderer().render(moved("2023-06-01", "2023-06-06T10:00", Language.DA)))
                .contains("Frist 6. juni 2023").doesNotContain("Fristen var");
    }
}
