package dk.trinvis.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats of a life-event journey. */
public enum JourneyFormat {
    /** Plain text wrapped at 72 columns: the overview with deadlines, then each guide. */
    TEXT(new TextJourneyRenderer()),
    /** CommonMark. */
    MARKDOWN(new MarkdownJourneyRenderer()),
    /** An accessible HTML fragment with "part of this journey" navigation between the guides. */
    HTML(new HtmlJourneyRenderer()),
    /** A complete HTML page of A5 sheets for staff to hand out: an overview, then a sheet per guide. */
    PRINT(new PrintJourneyRenderer()),
    /** JSON for portals that render themselves. */
    JSON(j -> j.toJson() + "\n");

    private final JourneyRenderer renderer;

    JourneyFormat(JourneyRenderer renderer) {
        this.renderer = renderer;
    }

    /** The renderer of this format. */
    public JourneyRenderer renderer() {
        return renderer;
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
