package dk.trinvis.internal.cli;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.internal.util.ControlChars;

/** A decision as a short text a person reads in a terminal, with the trace below it. */
final class DecisionText {
    private DecisionText() {
    }

    static String render(Decision d, Language lang) {
        StringBuilder b = new StringBuilder();
        line(b, lang, "service", d.service() + " / " + d.municipality());
        line(b, lang, "requirement", value(lang, "requirement", d.requirement().value())
                + (d.until() == null ? "" : " " + word(lang, "until") + " " + d.until()));
        line(b, lang, "channel", d.channel() == null ? "-" : value(lang, "channel", d.channel().value()));
        line(b, lang, "alternative", value(lang, "alternative", d.alternative().value()));
        if (d.authority() != null) {
            line(b, lang, "authority", d.authority().name()
                    + (d.authority().processedBy().isEmpty() ? "" : " (" + String.join(", ", d.authority().processedBy()) + ")"));
        }
        for (Decision.MatchedGround g : d.grounds()) {
            line(b, lang, "ground", g.title() + " (" + value(lang, "alternative", g.effect().value())
                    + (g.legal() == null ? "" : "; " + g.legal().citation()) + ")");
        }
        for (Decision.MissingFact f : d.missingFacts()) {
            // A fact answered "ved ikke" stays open but is not to be asked again: say so beside it.
            line(b, lang, "ask", f.id() + (f.question() == null ? "" : ": " + f.question())
                    + (f.dontKnow() ? " (" + word(lang, "dontKnow") + ")" : ""));
        }
        for (Decision.Help h : d.help()) {
            String when = h.openNow() == null ? word(lang, "hoursUnknown")
                    : h.openNow() ? word(lang, "openNow")
                    : h.nextOpening() == null ? word(lang, "closed")
                    : Phrase.text(lang, "cli.decision.opens", h.nextOpening());
            String contact = h.contact().phone() != null ? h.contact().phone()
                    : h.contact().url() != null ? h.contact().url() : "";
            line(b, lang, "help", h.name() + (contact.isEmpty() ? "" : ", " + contact) + " (" + when + ")");
        }
        b.append('\n').append(word(lang, "trace")).append('\n');
        for (Decision.TraceEntry t : d.trace()) {
            b.append("  ").append(t.location()).append("  ").append(t.rule()).append(" [").append(t.outcome())
                    .append("]\n      ").append(t.text()).append('\n');
        }
        b.append('\n').append(word(lang, "receipt")).append(' ').append(d.receipt().ruleSetHash(), 0, 12)
                .append(" @ ").append(d.receipt().at()).append('\n');
        for (dk.trinvis.model.Layer l : d.receipt().layers()) {
            b.append("  ").append(l.name()).append(' ').append(l.contentHash(), 0, 12)
                    .append(l.municipality() == null ? "" : " (" + l.municipality() + ")").append('\n');
        }
        // Titles and names come from rule-set text; an escape sequence in them must not reach the terminal.
        return ControlChars.strip(b.toString());
    }

    /** A requirement, channel or alternative in words of the language, not its code ({@code mandatory-digital}). */
    static String value(Language lang, String what, String code) {
        return Phrase.text(lang, "value." + what + "." + code);
    }

    private static String word(Language lang, String key) {
        return Phrase.text(lang, "cli.decision." + key);
    }

    private static void line(StringBuilder b, Language lang, String label, String value) {
        b.append(String.format("%-12s %s", word(lang, label) + ":", value)).append('\n');
    }
}
