package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files per persona and format. After an intended change, regenerate them with
 * {@code mvn -B -ntp test -Dtest=RenderersTest -Dtrinvis.golden=update} and review the diff.
 */
class RenderersTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("render/rules"));
    static final LocalDateTime AT = LocalDateTime.parse("2024-04-08T20:30");

    record Persona(String name, String municipality, Language lang, Map<String, Object> facts) {
        ResolvedGuide guide(RuleSet rules) {
            return rules.guide(DecisionRequest.of("flytning", municipality).at(AT).facts(facts).language(lang));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Persona> PERSONAS = List.of(
            new Persona("has-mitid", "0751", Language.DA, Map.of("hasMitID", true, "needsHelp", false)),
            new Persona("no-mitid", "0751", Language.DA, Map.of("hasMitID", false, "needsHelp", true)),
            new Persona("exempt-cognitive", "0751", Language.DA, Map.of("cognitiveImpairment", true)),
            new Persona("english-speaker", "0751", Language.EN, Map.of("hasMitID", true, "digitalPostExempt", true)),
            new Persona("hvidovre-overlay", "0167", Language.DA, Map.of("hasMitID", true)),
            new Persona("ukrainian-speaker", "0751", Language.UK, Map.of("hasMitID", false, "needsHelp", true)));

    static Stream<Arguments> personasAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (Persona p : PERSONAS) {
            for (GuideFormat f : GuideFormat.values()) {
                all.add(Arguments.of(p, f));
            }
        }
        return all.stream();
    }

    private static String extension(GuideFormat f) {
        return switch (f) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case HTML -> "html";
            case PRINT -> "print.html";
            case JSON -> "json";
        };
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("personasAndFormats")
    void rendersMatchTheGoldenFiles(Persona persona, GuideFormat format) {
        String out = format.renderer().render(persona.guide(RULES))
                .replaceAll("\"ruleSetHash\" : \"[0-9a-f]+\"", "\"ruleSetHash\" : \"…\"");
        Golden.assertMatches(out, "render/golden/" + persona.name() + "." + extension(format));
    }

    @Test
    void everyFormatShowsTheSameStepsInTheSameOrder() {
        for (Persona p : PERSONAS) {
            ResolvedGuide guide = p.guide(RULES);
            List<String> titles = titles(guide.steps());
            for (GuideFormat f : GuideFormat.values()) {
                String out = f.renderer().render(guide);
                int at = 0;
                for (String title : titles) {
                    String needle = f == GuideFormat.JSON || f == GuideFormat.TEXT ? title
                            : f == GuideFormat.MARKDOWN ? MarkdownRenderer.literal(title) : Markdown.escape(title);
                    int found = out.indexOf(needle, at);
                    assertThat(found).as("%s %s: step '%s' in order", p, f, title).isGreaterThanOrEqualTo(0);
                    at = found + needle.length();
                }
            }
        }
    }

    private static List<String> titles(List<ResolvedGuide.GuideStep> steps) {
        List<String> out = new ArrayList<>();
        for (ResolvedGuide.GuideStep s : steps) {
            out.add(s.title().text());
            out.addAll(titles(s.oneOf()));
            out.addAll(titles(s.steps()));
        }
        return out;
    }

    @Test
    void conditionsAndOverlaysDecideWhichStepsAreShown() {
        assertThat(PERSONAS.get(0).guide(RULES).shownStepIds()).containsExactly("log-ind", "adresse", "dato", "laege",
                "samme-laege", "ny-laege");
        assertThat(PERSONAS.get(1).guide(RULES).shownStepIds()).startsWith("mitid");
        assertThat(PERSONAS.get(2).guide(RULES).shownStepIds()).contains("papir");
        ResolvedGuide hvidovre = PERSONAS.get(4).guide(RULES);
        assertThat(hvidovre.shownStepIds()).contains("floorwalker");
        assertThat(hvidovre.steps()).filteredOn(s -> s.id().equals("log-ind")).singleElement()
                .satisfies(s -> assertThat(s.origin()).isEqualTo("guide.yaml:45"));
        assertThat(hvidovre.hiddenSteps()).contains("gammel");
    }

    @Test
    void hostileTextNeverReachesHtmlUnescaped() {
        RuleSet hostile = RuleSet.load(Golden.resource("render/hostile"));
        ResolvedGuide guide = hostile.guide(DecisionRequest.of("flytning", "0751").at(AT));
        for (GuideFormat f : List.of(GuideFormat.HTML, GuideFormat.PRINT)) {
            String html = f.renderer().render(guide);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, iframe, img")).as(f.name()).isEmpty();
            assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes()
                    .forEach(a -> assertThat(a.getKey()).doesNotStartWith("on")));
            assertThat(doc.select("[href], [src]")).allSatisfy(e -> {
                assertThat(e.attr("href")).doesNotContainIgnoringCase("javascript");
                assertThat(e.attr("src")).isEmpty();
            });
            assertThat(html).doesNotContain("<script").doesNotContain("<b onmouseover").doesNotContain("<iframe");
            assertThat(doc.text()).contains("<script>alert(1)</script> Flytning");
        }
    }

    @Test
    void htmlIsWellFormedAndAccessibleByConstruction() {
        for (Persona p : PERSONAS) {
            for (GuideFormat f : List.of(GuideFormat.HTML, GuideFormat.PRINT)) {
                String html = f.renderer().render(p.guide(RULES));
                Parser parser = Parser.htmlParser().setTrackErrors(100);
                Document doc = Jsoup.parse(html, "", parser);
                assertThat(parser.getErrors()).as("%s %s parse errors", p, f).isEmpty();
                int previous = 0;
                for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                    int level = h.tagName().charAt(1) - '0';
                    assertThat(level).as("%s %s heading '%s'", p, f, h.text()).isLessThanOrEqualTo(previous + 1
                            + (previous == 0 ? 5 : 0));
                    previous = level;
                }
                assertThat(doc.select("a")).allSatisfy(a -> {
                    assertThat(a.text()).isNotBlank();
                    assertThat(a.attr("href")).matches("(https?://|mailto:|tel:).*");
                });
                assertThat(doc.select("[style]")).isEmpty();
                assertThat(doc.select("section[lang]")).hasSize(1);
            }
        }
    }

    @Test
    void englishGuideMarksDanishFallbacks() {
        String html = GuideFormat.HTML.renderer().render(PERSONAS.get(3).guide(RULES));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("section").attr("lang")).isEqualTo("en");
        assertThat(doc.select("[lang=da]").eachText()).contains("Dato for flytningen");
    }

    @Test
    void printPageIsAnA5Document() {
        String page = GuideFormat.PRINT.renderer().render(PERSONAS.get(1).guide(RULES));
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"da\">").contains("@page { size: A5;",
                "<meta charset=\"utf-8\">", "70 20 00 00");
    }

    @Test
    void textIsWrappedAt72ColumnsWithoutMarkdown() {
        String text = GuideFormat.TEXT.renderer().render(PERSONAS.get(1).guide(RULES));
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
        assertThat(text).doesNotContain("**").contains("  1. Skaf dig MitID");
    }
}
