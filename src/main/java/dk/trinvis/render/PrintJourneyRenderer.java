package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.render.Markdown.escape;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Journey;
import dk.trinvis.model.Language;
import dk.trinvis.model.ResolvedGuide;

/**
 * The print pack staff hand out at a life event (a health visitor to new parents, borgerservice
 * to someone divorcing and moving): a complete HTML page of A5 sheets. The first sheet lists
 * every service with its deadline and channel and where to get help; each guide then has a sheet
 * of its own. No scripts.
 */
public final class PrintJourneyRenderer implements JourneyRenderer {
    private static final String SHEETS = """
            .trinvis-sheet { break-before: page; }
            .trinvis-sheet:first-child { break-before: auto; }
            .trinvis-deadline { font-weight: bold; }
            .trinvis-overview { font-size: 10pt; line-height: 1.3; }
            .trinvis-overview h1 { margin-bottom: 2mm; }
            .trinvis-overview h2 { margin-top: 3mm; }
            .trinvis-overview li { margin-bottom: 1mm; }
            """;

    private final HtmlRenderer guides = new HtmlRenderer(2).withoutHelp().onPaper();
    private final HtmlRenderer help = new HtmlRenderer(1).onPaper();

    /** A print-pack renderer of journeys. */
    public PrintJourneyRenderer() {
        // Nothing to set up: the guide renderers it delegates to are thread-safe.
    }

    @Override
    public String render(Journey journey) {
        Language lang = journey.language();
        Labels l = guides.labels(lang);
        PageParts b = new PageParts();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(journey.title().text() + " – " + journey.municipalityName()))
                .append("</title>\n<style>\n").append(PrintRenderer.CSS).append(SHEETS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        overview(b, journey, l);
        for (Journey.Item item : journey.services()) {
            if (item.guide() != null) {
                b.append("<section class=\"trinvis-sheet\">\n");
                b.append(guides.idPrefix("trin-" + item.service() + "-")
                        .afterTitle(HtmlJourneyRenderer.deadline(item, l, guides, lang)).render(item.guide()));
                b.append("</section>\n");
            }
        }
        // One pass over the sheets: journey texts reach them through many appends.
        return ControlChars.strip(b.append("</main>\n<footer><p>").append(escape(journey.municipalityName())).append(" · ")
                .append(escape(l.day(journey.eventDate()))).append("</p></footer>\n</body>\n</html>\n").toString());
    }

    private void overview(PageParts b, Journey journey, Labels l) {
        b.append("<section class=\"trinvis-sheet trinvis-overview\">\n<h1>").append(escape(journey.title().text()))
                .append("</h1>\n");
        if (journey.description() != null) {
            b.append("<p>").append(escape(journey.description().text())).append("</p>\n");
        }
        b.append("<p>").append(HtmlJourneyRenderer.dateLine(journey, l)).append("</p>\n");
        b.append("<h2>").append(escape(l.journeyServices())).append("</h2>\n<ol>\n");
        Decision withHelp = null;
        for (Journey.Item item : journey.services()) {
            b.append("<li><strong>").append(escape(item.title().text())).append("</strong>");
            if (item.deadline() != null) {
                b.append(" – <span class=\"trinvis-deadline\">").append(escape(JourneyWords.due(item.deadline(), l)))
                        .append("</span>");
            }
            b.append("<br>").append(escape(l.decisionOnPaper(item.decision())));
            ResolvedGuide.GuideLink start = item.guide() == null ? null : WayIn.of(item.guide());
            if (start != null) {
                b.append("<br>").append(escape(start.url()));
            }
            b.append("</li>\n");
            if (withHelp == null && !item.decision().help().isEmpty()) {
                withHelp = item.decision();
            }
        }
        b.append("</ol>\n");
        if (withHelp != null) {
            help.help(b, withHelp, journey.language());
        }
        b.append("</section>\n");
    }
}
