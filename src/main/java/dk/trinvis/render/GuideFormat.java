package dk.trinvis.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats of a guide. */
public enum GuideFormat {
    /** Plain text wrapped at 72 columns, for terminals and reading aloud. */
    TEXT(new TextRenderer()),
    /** CommonMark. */
    MARKDOWN(new MarkdownRenderer()),
    /** An accessible HTML fragment for portals. */
    HTML(new HtmlRenderer()),
    /** A complete HTML page laid out as an A5 handout. */
    PRINT(new PrintRenderer()),
    /** JSON for portals that render themselves. */
    JSON(new JsonRenderer());

    private final GuideRenderer renderer;

    GuideFormat(GuideRenderer renderer) {
        this.renderer = renderer;
    }

    /** The renderer of this format. */
    public GuideRenderer renderer() {
        return renderer;
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
