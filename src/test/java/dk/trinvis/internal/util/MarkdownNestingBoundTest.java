package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The loader skips parsing a Markdown text too poor in marks to nest past the limit; the bound it
 * relies on ({@code 2 + 2 * marks}) holds for every text, so no text over the limit goes unreported.
 */
class MarkdownNestingBoundTest {
    @Test
    void noRandomTextNestsDeeperThanItsMarksAllow() {
        String[] pieces = {"a", " ", "\n", "\r\n", "\t", "    ", "> ", ">", "- ", "-", "+ ", "* ", "*", "**", "_", "__",
            "1. ", "2) ", "3.", "[", "](u)", "]", "![", "<", "http://x>", ">", "`", "#", "=", "\\", "!", "(", ")", "æ"};
        Random random = new Random(30);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int j = 0; j < n; j++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(MarkdownLimits.nesting(text)).as(text).isLessThanOrEqualTo(2 + 2 * MarkdownLimits.nestingMarks(text));
        }
    }

    @Test
    void deepQuotesListsAndEmphasisReachTheirBoundAndAreStillReported() {
        List<String> deep = List.of("> > > > > > > > > > > > > quote", "- - - - - - - item", "1. 2. 3. 4. 5. 6. 7. x",
                "*a _b *c _d *e _f *g _h *i _j *k _l x_* l_ k* j_ i* h_ g* f_ e* d_ c* b_ a*",
                "[a [b [c [d [e [f [g [h [i [j [k](u)](u)](u)](u)](u)](u)](u)](u)](u)](u)](u)");
        for (String text : deep) {
            assertThat(MarkdownLimits.nesting(text)).as(text).isLessThanOrEqualTo(2 + 2 * MarkdownLimits.nestingMarks(text));
        }
        assertThat(MarkdownLimits.violation("> > > > > > > > > > > > > quote")).isNotNull();
        assertThat(MarkdownLimits.violation("- - - - - - - item")).isNotNull();
    }

    @Test
    void hyphenatedWordsDatesAndTimesAreNoMarksButANumberedLineStartMayBe() {
        assertThat(MarkdownLimits.nestingMarks("Log ind med MitID-appen den 1. januar 2024-01-01 (kl. 10.30).")).isEqualTo(1);
        assertThat(MarkdownLimits.nestingMarks("- en\n- to\n1. tre\n2) fire\n> fem *seks* [syv](u) <http://x>")).isEqualTo(10);
    }

    @Test
    void everyBundledGuideTextStaysWithinTheLimitsWhetherParsedOrNot() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("guides"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                assertThat(MarkdownLimits.nesting(text)).as(f.toString())
                        .isLessThanOrEqualTo(2 + 2 * MarkdownLimits.nestingMarks(text));
            }
        }
    }
}
