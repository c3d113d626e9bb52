package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.HtmlRenderer;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Issue #18: what a rule-set author (or a compromised rule set) can put into rendered output. */
class UnsafeOutputTest {
    private static final RuleSet RULES = RuleSet.load(Golden.resource("robust/unsafe-output"));
    private static final ResolvedGuide GUIDE = RULES.guide(DecisionRequest.of("flytning", "0751")
            .at(LocalDateTime.parse("2024-03-05T10:00")));
    private static final List<GuideFormat> ALL = List.of(GuideFormat.TEXT, GuideFormat.MARKDOWN, GuideFormat.HTML,
            GuideFormat.PRINT);

    @Test
    void noLinkOrImageInAnyFormatUsesASchemeOtherThanHttpsMailtoOrTel() {
        for (GuideFormat f : ALL) {
            String out = f.renderer().render(GUIDE).toLowerCase(java.util.Locale.ROOT);
            assertThat(out).as(f.name()).doesNotContain("javascript:", "data:", "http://plain.example");
        }
    }

    @Test
    void htmlHasNoDataUrlsAndNoRemoteImages() {
        for (GuideFormat f : List.of(GuideFormat.HTML, GuideFormat.PRINT)) {
            Document doc = Jsoup.parse(f.renderer().render(GUIDE));
            assertThat(doc.select("img")).as(f.name()).isEmpty();
            assertThat(doc.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("^(https:|mailto:|tel:).*"));
            assertThat(doc.text()).contains("pixel", "svg", "data");
        }
    }

    @Test
    void imagesAreShownOnlyFromHostsTheRendererAllows() {
        Document doc = Jsoup.parse(new HtmlRenderer(2, Set.of("track.example")).render(GUIDE));
        assertThat(doc.select("img")).singleElement()
                .satisfies(img -> assertThat(img.attr("src")).isEqualTo("https://track.example/p.gif"));
    }

    @Test
    void markdownOutputCarriesNoRawHtml() {
        String md = GuideFormat.MARKDOWN.renderer().render(GUIDE);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|div)").contains("\\<script\\>");
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build()
                .render(org.commonmark.parser.Parser.builder().build().parse(md));
        assertThat(Jsoup.parse(html).select("script, div, img")).as("the Markdown rendered anywhere").isEmpty();
    }

    @Test
    void noFormatCarriesControlOrBidiCharacters() {
        // JSON is left out: it is data, its escaping keeps every character visible as \\uXXXX to the portal.
        for (GuideFormat f : ALL) {
            String out = f.renderer().render(GUIDE);
            assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                    || c == 0x202E)).as(f.name()).isEmpty();
        }
    }

    @Test
    void telLinksDialTheNumberAndKeepTheMenuChoiceAsText() {
        Document doc = Jsoup.parse(GuideFormat.HTML.renderer().render(GUIDE));
        assertThat(doc.select("a[href^=tel:]")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("tel:70200000");
            assertThat(a.text()).isEqualTo("70 20 00 00");
        });
        assertThat(doc.select(".trinvis-help li").text()).contains("70 20 00 00 (tast 2)");
    }

    @Test
    void placeholderValuesAreEscapedOnlyWhereMarkdownIsRendered() {
        Document doc = Jsoup.parse(GuideFormat.HTML.renderer().render(GUIDE));
        assertThat(doc.select("h2").first().text()).startsWith("Flyt i Aarhus (Østjylland)");
        assertThat(doc.select(".trinvis-ready li").text()).isEqualTo("Navn i Aarhus (Østjylland)");
        assertThat(doc.select(".trinvis-body").text()).contains("i Aarhus (Østjylland).").doesNotContain("\\(");
        String md = GuideFormat.MARKDOWN.renderer().render(GUIDE);
        assertThat(md).startsWith("# Flyt i Aarhus \\(Østjylland\\)").doesNotContain("\\\\\\(");
    }
}
