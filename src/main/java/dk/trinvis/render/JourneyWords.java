package dk.trinvis.render;

import static dk.trinvis.render.Markdown.escape;

import dk.trinvis.model.Journey;
import dk.trinvis.model.Question;

/** The sentences every journey format shares: the event date, a deadline, the open question. */
final class JourneyWords {
    /** The anchor of the journey's overview. */
    static final String OVERVIEW = "forloeb-oversigt";

    private JourneyWords() {
    }

    static String dateLine(Journey journey, Labels l) {
        return dateLabel(journey, l) + ": " + l.day(journey.eventDate());
    }

    /** What the event date is, e.g. "Barnets fødselsdato", or just "Dato". */
    static String dateLabel(Journey journey, Labels l) {
        return journey.dateLabel() == null ? l.eventDate() : journey.dateLabel().text();
    }

    static String deadline(Journey.Deadline d, Labels l) {
        return due(d, l) + ": " + d.rule().text();
    }

    /** "Frist 1. september 2024", or "Fristen var 1. juli 2023" when it had passed at the decision. */
    static String due(Journey.Deadline d, Labels l) {
        return d.passed() ? l.deadlinePassed(l.day(d.date())) : l.deadline() + " " + l.day(d.date());
    }

    /**
     * {@link #due} as HTML, the date a {@code <time>}: "<strong>Frist:</strong> <time>…", or the
     * passed sentence with its date in place.
     */
    static String dueHtml(Journey.Deadline d, Labels l) {
        String time = "<time datetime=\"" + d.date() + "\">" + escape(l.day(d.date())) + "</time>";
        if (!d.passed()) {
            return "<strong>" + escape(l.deadline()) + ":</strong> " + time;
        }
        String[] around = l.deadlinePassed(DATE).split(DATE, -1);
        return "<strong class=\"trinvis-deadline-passed\">" + escape(around[0]) + time + escape(around[1]) + "</strong>";
    }

    /** Stands for the date in a phrase until it is replaced by a {@code <time>}; no text holds it. */
    private static final String DATE = "\uE000";

    static String question(Question q) {
        // A question without text is named by its id: a group's when it asks a group.
        return q.question() != null ? q.question() : q.fact() != null ? q.fact() : String.valueOf(q.group());
    }

    /** The anchor of a service's part of the journey, unique on a page holding one journey. */
    static String anchor(Journey.Item item) {
        return "forloeb-" + item.service();
    }
}
