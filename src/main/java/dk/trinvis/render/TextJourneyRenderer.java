package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.render.TextRenderer.wrap;

import dk.trinvis.model.Journey;
import dk.trinvis.model.Question;

/** Plain text: the overview with each service's deadline and channel, then each guide in turn. */
public final class TextJourneyRenderer implements JourneyRenderer {
    private final TextRenderer guides = new TextRenderer();

    /** A plain-text renderer of journeys. */
    public TextJourneyRenderer() {
        // Nothing to set up: the guide renderer it delegates to is thread-safe.
    }

    @Override
    public String render(Journey journey) {
        Labels l = new Labels(journey.language());
        StringBuilder b = new StringBuilder();
        String title = journey.title().text() + " (" + journey.municipalityName() + ")";
        b.append(title).append('\n').append("=".repeat(Math.min(TextRenderer.WIDTH, title.length()))).append("\n\n");
        if (journey.description() != null) {
            wrap(b, journey.description().text(), "", "");
            b.append('\n');
        }
        wrap(b, JourneyWords.dateLine(journey, l), "", "");
        b.append('\n').append(l.journeyServices()).append(":\n");
        int n = 1;
        for (Journey.Item item : journey.services()) {
            String number = "  " + n++ + ". ";
            String indent = " ".repeat(number.length());
            wrap(b, item.title().text(), number, indent);
            if (item.deadline() != null) {
                wrap(b, JourneyWords.deadline(item.deadline(), l), indent, indent);
            }
            wrap(b, l.decision(item.decision()), indent, indent);
        }
        Question q = journey.interview().next();
        if (q != null) {
            b.append('\n');
            wrap(b, l.openQuestion() + ": " + JourneyWords.question(q), "", "");
        }
        for (Journey.Item item : journey.services()) {
            b.append('\n').append("-".repeat(TextRenderer.WIDTH)).append("\n\n");
            if (item.guide() != null) {
                b.append(guides.render(item.guide()));
            } else {
                b.append(item.title().text()).append("\n\n");
                wrap(b, l.decision(item.decision()), "", "");
                b.append('\n');
                wrap(b, l.noGuide(), "", "");
            }
        }
        return ControlChars.strip(b.toString());
    }
}
