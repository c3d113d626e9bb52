package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.render.Markdown.escape;

import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.Language;

/**
 * A complete HTML page laid out as the A5 handout borgerservice gives out: readable type, the
 * help contacts with their hours of an ordinary week (a handout is read days later, so never
 * "open now"), the self-service's address written out, the date it was printed for. No scripts.
 */
public final class PrintRenderer implements GuideRenderer {
    /** The A5 page and type, shared with the journey's print pack. */
    static final String CSS = """
            @page { size: A5; margin: 9mm 10mm; }
            html { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.3; color: #000; }
            body { margin: 0; }
            h1 { font-size: 16pt; margin: 0 0 3mm; }
            h2 { font-size: 12.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
            p { margin: 0 0 2mm; }
            ol, ul { padding-left: 6mm; margin: 0 0 2mm; }
            li { margin-bottom: 1.5mm; break-inside: avoid; }
            .trinvis-decision { font-weight: bold; border: 0.4mm solid #000; padding: 2mm; }
            .trinvis-help { border-top: 0.4mm solid #000; padding-top: 2mm; font-size: 10pt; line-height: 1.3; }
            a { color: #000; text-decoration: underline; }
            .trinvis-help li { margin-bottom: 1mm; }
            .trinvis-legal { margin: 2mm 0 0; }
            footer { margin-top: 2mm; font-size: 9pt; }
            .trinvis-hours { border-collapse: collapse; font-size: 9pt; line-height: 1.25; margin: 0.5mm 0 0; }
            .trinvis-hours caption { text-align: left; }
            .trinvis-hours th, .trinvis-hours td { border: 0.2mm solid #000; padding: 0.2mm 1.2mm; text-align: left; }
            p.trinvis-hours, .trinvis-hours-note { font-size: 9pt; margin: 0; }
            """;

    /** A renderer; it is thread-safe, so one may be shared between threads. */
    public PrintRenderer() {
        // Nothing to set up: the HTML renderer it delegates to is thread-safe.
    }

    private final HtmlRenderer fragment = new HtmlRenderer(1).onPaper();

    @Override
    public String render(ResolvedGuide guide) {
        Language lang = guide.language();
        Labels l = fragment.labels(lang);
        return ControlChars.strip("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(guide.title().text() + " – " + guide.municipalityName()) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + fragment.render(guide)
                + "</main>\n<footer><p>" + escape(guide.municipalityName() + " · " + l.when(guide.decision().receipt().at()))
                + "</p></footer>\n</body>\n</html>\n");
    }
}
