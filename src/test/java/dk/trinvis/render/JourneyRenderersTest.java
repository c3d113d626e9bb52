package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.testing.Golden;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled life events rendered in every format. After a change to the renderers or the
 * bundled data, run {@code mvn -B -ntp test -Dtest=JourneyRenderersTest -Dtrinvis.golden=update}
 * and review the diff.
 */
class JourneyRenderersTest {
    static final RuleSet RULES = RuleSet.bundled();

    /** A health visitor's handout for parents in Horsens, and borgerservice in Aarhus for a divorce and move. */
    static Journey journey(String event) {
        return switch (event) {
            case "ny-foraelder" -> RULES.journey(event, JourneyRequest.of("0615", LocalDate.parse("2024-03-01"))
                    .at(LocalDateTime.parse("2024-03-12T10:00")));
            case "skilsmisse-og-flytning" -> RULES.journey(event, JourneyRequest.of("0751", LocalDate.parse("2024-05-30"))
                    .at(LocalDateTime.parse("2024-06-03T10:00")).fact("hasMitID", true));
            default -> throw new IllegalArgumentException(event);
        };
    }

    static Stream<Arguments> eventsAndFormats() {
        return Stream.of("ny-foraelder", "skilsmisse-og-flytning")
                .flatMap(e -> Stream.of(JourneyFormat.values()).map(f -> Arguments.of(e, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("eventsAndFormats")
    void rendersMatchTheGoldenFiles(String event, JourneyFormat format) {
        String out = format.renderer().render(journey(event));
        Golden.assertMatches(out, "render/journey/" + event + "." + extension(format));
    }

    @Test
    void deadlinesCountFromTheEventDateOnlyWhereTheRuleSetGivesOne() {
        Journey parent = journey("ny-foraelder");
        assertThat(parent.services()).extracting(Journey.Item::service)
                .containsExactly("navngivning", "faderskab", "boerne-ungeydelse", "dagtilbud");
        assertThat(parent.services().get(0).deadline().date()).isEqualTo(LocalDate.parse("2024-09-01"));
        assertThat(parent.services().subList(1, 4)).allMatch(i -> i.deadline() == null);
        Journey moving = journey("skilsmisse-og-flytning");
        assertThat(moving.services()).filteredOn(i -> i.deadline() != null).singleElement()
                .satisfies(i -> assertThat(i.service()).isEqualTo("flytning"))
                .satisfies(i -> assertThat(i.deadline().date()).isEqualTo(LocalDate.parse("2024-06-04")));
    }

    @Test
    void theSharedInterviewAsksAFactOnceForEveryServiceItMattersTo() {
        Journey parent = journey("ny-foraelder");
        assertThat(parent.interview().done()).isFalse();
        assertThat(parent.interview().next().services()).hasSizeGreaterThan(1);
        Set<String> asked = new HashSet<>();
        Journey j = parent;
        JourneyRequest request = JourneyRequest.of("0615", LocalDate.parse("2024-03-01"))
                .at(LocalDateTime.parse("2024-03-12T10:00"));
        while (!j.interview().done()) {
            dk.trinvis.model.Question q = j.interview().next();
            List<String> facts = q.group() != null
                    ? q.facts().stream().map(dk.trinvis.model.Question.Member::fact).toList() : List.of(q.fact());
            for (String fact : facts) {
                assertThat(asked.add(fact)).as("%s asked twice", fact).isTrue();
                request = request.fact(fact, false);
            }
            j = RULES.journey("ny-foraelder", request);
        }
        assertThat(j.services()).allSatisfy(i -> assertThat(
                i.guide() != null ? i.guide().missingFacts() : i.decision().missingFacts()).isEmpty());
    }

    @Test
    void htmlLinksEveryPartOfTheJourneyWithUniqueIds() {
        for (String event : new String[] {"ny-foraelder", "skilsmisse-og-flytning"}) {
            Document doc = Jsoup.parseBodyFragment(JourneyFormat.HTML.renderer().render(journey(event)));
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertThat(ids.add(e.id())).as("duplicate id %s in %s", e.id(), event).isTrue();
            }
            for (Element a : doc.select("a[href^=#]")) {
                assertThat(ids).as("link %s in %s", a.attr("href"), event).contains(a.attr("href").substring(1));
            }
            assertThat(doc.select("article.trinvis-journey-service")).hasSize(journey(event).services().size());
            assertThat(doc.select("nav[aria-label]").eachAttr("aria-label")).doesNotHaveDuplicates();
        }
    }

    @Test
    void thePrintPackHasAnOverviewSheetAndOneSheetPerGuide() {
        Journey parent = journey("ny-foraelder");
        Document doc = Jsoup.parse(JourneyFormat.PRINT.renderer().render(parent));
        long guides = parent.services().stream().filter(i -> i.guide() != null).count();
        assertThat(doc.select("section.trinvis-sheet")).hasSize((int) guides + 1);
        assertThat(doc.select("style").html()).contains("size: A5");
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void englishJourneysKeepDanishFallbacksMarked() {
        Journey j = RULES.journey("ny-foraelder", JourneyRequest.of("0615", LocalDate.parse("2024-03-01"))
                .at(LocalDateTime.parse("2024-03-12T10:00")).language(Language.EN));
        String html = JourneyFormat.HTML.renderer().render(j);
        assertThat(html).contains("The child&#39;s date of birth: <time datetime=\"2024-03-01\">1 March 2024</time>");
        assertThat(html).contains("Part of this journey");
    }

    private static String extension(JourneyFormat f) {
        return switch (f) {
            case MARKDOWN -> "md";
            case TEXT -> "txt";
            case PRINT -> "print.html";
            default -> f.name().toLowerCase(Locale.ROOT);
        };
    }
    /** JSON keeps every character, escaped by JSON's rules (docs/security.md): a portal treats it as text. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = JourneyFormat.class, names = "JSON",
            mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void controlAndBidiCharactersInAJourneysTextsNeverReachTheOutput(JourneyFormat format) {
        Journey j = journey("skilsmisse-og-flytning");
        String evil = "\u202Eevil\u001B[2J\u0085\u2066";
        Journey.Item first = j.services().get(0);
        Journey.Item dated = j.services().stream().filter(i -> i.deadline() != null).findFirst().orElseThrow();
        java.util.List<Journey.Item> items = new java.util.ArrayList<>(j.services());
        items.set(0, new Journey.Item(first.service(), new dk.trinvis.model.LocalText(first.title().text() + evil,
                first.title().language()), first.deadline(), first.decision(), first.guide()));
        items.set(items.indexOf(dated), new Journey.Item(dated.service(), dated.title(),
                new Journey.Deadline(dated.deadline().date(), new dk.trinvis.model.LocalText(
                        dated.deadline().rule().text() + evil, dated.deadline().rule().language()),
                        dated.deadline().source(), dated.deadline().passed()), dated.decision(), dated.guide()));
        Journey tainted = new Journey(j.event(), new dk.trinvis.model.LocalText(j.title().text() + evil,
                j.title().language()), new dk.trinvis.model.LocalText(evil, j.language()), j.dateLabel(),
                j.eventDate(), j.municipality(), j.municipalityName() + evil, j.language(), items, j.interview());

        String out = format.renderer().render(tainted);

        assertThat(out).contains("evil").isEqualTo(ControlChars.strip(out));
    }
}
