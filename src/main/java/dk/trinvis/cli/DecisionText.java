package dk.trinvis.cli;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import dk.trinvis.render.ControlChars;

/** A decision as a short text a person reads in a terminal, with the trace below it. */
final class DecisionText {
    private DecisionText() {
    }

    static String render(Decision d, Language lang) {
        boolean en = lang == Language.EN;
        StringBuilder b = new StringBuilder();
        line(b, en ? "Service" : "Ydelse", d.service() + " / " + d.municipality());
        line(b, en ? "Requirement" : "Krav", d.requirement().value()
                + (d.until() == null ? "" : (en ? " until " : " indtil ") + d.until()));
        line(b, en ? "Channel" : "Kanal", d.channel() == null ? "-" : d.channel().value());
        line(b, en ? "Alternative" : "Alternativ", d.alternative().value());
        if (d.authority() != null) {
            line(b, en ? "Authority" : "Myndighed", d.authority().name()
                    + (d.authority().processedBy().isEmpty() ? "" : " (" + String.join(", ", d.authority().processedBy()) + ")"));
        }
        for (Decision.MatchedGround g : d.grounds()) {
            line(b, en ? "Ground" : "Grundlag", g.title() + " (" + g.effect().value() + "; " + g.legal() + ")");
        }
        for (Decision.MissingFact f : d.missingFacts()) {
            line(b, en ? "Ask" : "Spørg", f.id() + (f.question() == null ? "" : ": " + f.question()));
        }
        for (Decision.Help h : d.help()) {
            String when = h.openNow() == null ? (en ? "hours not known" : "åbningstid ukendt")
                    : h.openNow() ? (en ? "open now" : "åben nu")
                    : h.nextOpening() == null ? (en ? "closed" : "lukket")
                    : (en ? "opens " : "åbner ") + h.nextOpening();
            String contact = h.contact().phone() != null ? h.contact().phone()
                    : h.contact().url() != null ? h.contact().url() : "";
            line(b, en ? "Help" : "Hjælp", h.name() + (contact.isEmpty() ? "" : ", " + contact) + " (" + when + ")");
        }
        b.append('\n').append(en ? "Trace:" : "Forløb:").append('\n');
        for (Decision.TraceEntry t : d.trace()) {
            b.append("  ").append(t.location()).append("  ").append(t.rule()).append(" [").append(t.outcome())
                    .append("]\n      ").append(t.text()).append('\n');
        }
        b.append('\n').append(en ? "Receipt: " : "Kvittering: ").append(d.receipt().ruleSetHash(), 0, 12)
                .append(" @ ").append(d.receipt().at()).append('\n');
        // Titles and names come from rule-set text; an escape sequence in them must not reach the terminal.
        return ControlChars.strip(b.toString());
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format("%-12s %s", label + ":", value)).append('\n');
    }
}
