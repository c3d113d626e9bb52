package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownCacheTest {
    private final List<String> rendered = new ArrayList<>();

    private String render(String markdown) {
        rendered.add(markdown);
        return Markdown.html(markdown, Set.of());
    }

    @Test
    void aTextIsRenderedOnceAndAnswersLikeAFreshRendering() {
        MarkdownCache cache = new MarkdownCache(this::render);
        String first = cache.render("Se *mere* på [borger.dk](https://www.borger.dk) <b>");
        String again = cache.render(new String("Se *mere* på [borger.dk](https://www.borger.dk) <b>"));
        assertThat(again).isEqualTo(first).isEqualTo(Markdown.html("Se *mere* på [borger.dk](https://www.borger.dk) <b>",
                Set.of()));
        assertThat(rendered).hasSize(1);
    }

    @Test
    void aFullCacheStartsOverSoOldTextsDoNotPileUp() {
        MarkdownCache cache = new MarkdownCache(this::render, 40);
        cache.render("first text");
        cache.render("second text");
        cache.render("first text");
        assertThat(rendered).containsExactly("first text", "second text", "first text");
    }

    @Test
    void aTextOverTheMarkdownLimitIsNotKept() {
        MarkdownCache cache = new MarkdownCache(this::render);
        String huge = "x".repeat(dk.trinvis.internal.util.MarkdownLimits.MAX_CHARS + 1);
        cache.render(huge);
        cache.render(huge);
        assertThat(rendered).hasSize(2);
    }
}
