package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.fuzz.Seeds;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Any Markdown a rule set can hold renders in every form without throwing, and what comes out
 * carries no markup, image or link scheme the allow-list does not name — also when the Markdown
 * output is rendered again by a Markdown processor that passes raw HTML.
 */
class MarkdownFuzzTest {
    private static final List<String> TOKENS = List.of("<", ">", "</", "<a href=", "<script>", "<img src=x>", "[", "]",
            "(", ")", "![", "](", "*", "**", "_", "`", "```", "~~~", "\n", "\n\n", " ", "    ", "> ", "- ", "1. ", "#",
            "\\", ":", "\"", "'", "&", "&#106;", "&lt;", "javascript:", "JaVaScRiPt:", "data:", "vbscript:",
            "https://x.dk", "http://x.dk", "mailto:a@b.dk", "tel:123", "[r]: ", "<!--", "-->", "a", "æ", "\u0000",
            "\u001b[2J", "\u202E", "\t");
    private static final org.commonmark.renderer.html.HtmlRenderer RAW = org.commonmark.renderer.html.HtmlRenderer
            .builder().build();
    private static final org.commonmark.parser.Parser PARSER = org.commonmark.parser.Parser.builder().build();

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(Seeds.mutated(Seeds.lines("markdown.txt"), TOKENS), Seeds.soup(TOKENS, 60));
    }

    @Property
    void htmlFromAnyMarkdownIsSafe(@ForAll("markdown") String markdown) {
        assertSafe(Markdown.html(markdown, Set.of()));
    }

    @Property
    void markdownOutputIsSafeWhereverItIsRenderedAgain(@ForAll("markdown") String markdown) {
        String again = Markdown.markdown(markdown);
        assertSafe(RAW.render(PARSER.parse(again)));
        assertThat(Markdown.text(markdown)).isNotNull();
    }

    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe, object, embed, style, svg, form")).isEmpty();
        doc.getAllElements().forEach(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            if (a.getKey().equals("href") || a.getKey().equals("src")) {
                assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).matches("^(https:|mailto:|tel:).*");
            }
        }));
    }
}
