package dk.trinvis.internal.insight;

import dk.trinvis.model.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The formats {@code trinvis report} writes. */
public enum ReportFormat {
    /** Aligned tables for a terminal, in Danish or English. */
    TEXT,
    /** One long CSV table, for a spreadsheet or a warehouse. */
    CSV,
    /** JSON for a program. */
    JSON,
    /** A page with SVG charts in the markup of Det Fælles Designsystem, in Danish or English. */
    HTML;

    /**
     * The report in this format.
     *
     * @param stylesheet for HTML, the URL of the DKFDS stylesheet to link, or null
     */
    public String render(Report report, Names names, Language lang, @Nullable String stylesheet) {
        Words words = new Words(lang);
        return switch (this) {
            case TEXT -> TextReport.render(report, names, words);
            case CSV -> CsvReport.render(report, names);
            case JSON -> JsonReport.render(report, names, words.lang);
            case HTML -> HtmlReport.render(report, names, words, stylesheet);
        };
    }

    /** The name as typed on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
