package dk.trinvis.render;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The output formats of a life-event journey. */
public enum JourneyFormat {
    /** Plain text wrapped at 72 columns: the overview with deadlines, then each guide. */
    TEXT(TextJourneyRenderer::new),
    /** CommonMark. */
    MARKDOWN(MarkdownJourneyRenderer::new),
    /** An accessible HTML fragment with "part of this journey" navigation between the guides. */
    HTML(HtmlJourneyRenderer::new),
    /** A complete HTML page of A5 sheets for staff to hand out: an overview, then a sheet per guide. */
    PRINT(PrintJourneyRenderer::new),
    /** JSON for portals that render themselves. */
    JSON(() -> j -> j.toJson() + "\n");

    private final Supplier<JourneyRenderer> renderer;

    JourneyFormat(Supplier<JourneyRenderer> renderer) {
        this.renderer = renderer;
    }

    /**
     * A new renderer of this format. Renderers are thread-safe and remember the Markdown they have
     * made safe, so make one per format and share it rather than one per page.
     */
    public JourneyRenderer renderer() {
        return renderer.get();
    }

    /** The format named, e.g. {@code print}. */
    public static Optional<JourneyFormat> parse(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
