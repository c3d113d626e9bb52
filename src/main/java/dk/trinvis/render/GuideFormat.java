package dk.trinvis.render;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The output formats of a guide. */
public enum GuideFormat {
    /** Plain text wrapped at 72 columns, for terminals and reading aloud. */
    TEXT(TextRenderer::new),
    /** CommonMark. */
    MARKDOWN(MarkdownRenderer::new),
    /** An accessible HTML fragment for portals. */
    HTML(HtmlRenderer::new),
    /** A complete HTML page laid out as an A5 handout. */
    PRINT(PrintRenderer::new),
    /** JSON for portals that render themselves. */
    JSON(JsonRenderer::new);

    private final Supplier<GuideRenderer> renderer;

    GuideFormat(Supplier<GuideRenderer> renderer) {
        this.renderer = renderer;
    }

    /**
     * A new renderer of this format. Renderers are thread-safe and remember the Markdown they have
     * made safe, so make one per format and share it rather than one per page.
     */
    public GuideRenderer renderer() {
        return renderer.get();
    }

    /** The format named, e.g. {@code html}. */
    public static Optional<GuideFormat> parse(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
