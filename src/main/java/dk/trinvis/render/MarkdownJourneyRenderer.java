package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.render.MarkdownRenderer.literal;

import dk.trinvis.model.Journey;
import dk.trinvis.model.Question;

/** CommonMark: the overview as a numbered list, then each guide one heading level down. */
public final class MarkdownJourneyRenderer implements JourneyRenderer {
    private final MarkdownRenderer guides = new MarkdownRenderer();

    /** A CommonMark renderer of journeys. */
    public MarkdownJourneyRenderer() {
        // Nothing to set up: the guide renderer it delegates to is thread-safe.
    }

    @Override
    public String render(Journey journey) {
        Labels l = new Labels(journey.language());
        StringBuilder b = new StringBuilder();
        b.append("# ").append(literal(journey.title().text())).append("\n\n");
        if (journey.description() != null) {
            b.append(literal(journey.description().text())).append("\n\n");
        }
        b.append(literal(JourneyWords.dateLine(journey, l))).append("\n\n");
        b.append("## ").append(l.journeyServices()).append("\n\n");
        int n = 1;
        for (Journey.Item item : journey.services()) {
            String marker = n++ + ". ";
            String inner = " ".repeat(marker.length());
            b.append(marker).append("**").append(literal(item.title().text())).append("**\n");
            if (item.deadline() != null) {
                b.append(inner).append(literal(JourneyWords.deadline(item.deadline(), l))).append('\n');
            }
            b.append(inner).append(literal(l.decision(item.decision()))).append("\n\n");
        }
        Question q = journey.interview().next();
        if (q != null) {
            b.append("*").append(l.openQuestion()).append(":* ").append(literal(JourneyWords.question(q))).append("\n\n");
        }
        for (Journey.Item item : journey.services()) {
            if (item.guide() != null) {
                demote(guides.render(item.guide()), b);
            } else {
                b.append("## ").append(literal(item.title().text())).append("\n\n")
                        .append(literal(l.decision(item.decision()))).append(' ')
                        .append(literal(l.noGuide())).append("\n\n");
            }
        }
        return ControlChars.strip(b.toString().stripTrailing() + "\n");
    }

    /** The guide's headings one level down, under the journey's title. */
    private static void demote(String guide, StringBuilder b) {
        for (String line : guide.split("\n", -1)) {
            b.append(line.startsWith("#") ? "#" + line : line).append('\n');
        }
    }
}
