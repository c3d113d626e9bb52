package dk.trinvis.render;

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
        return l.deadline() + " " + l.day(d.date()) + ": " + d.rule().text();
    }

    static String question(Question q) {
        // A question without text is named by its id: a group's when it asks a group.
        return q.question() != null ? q.question() : q.fact() != null ? q.fact() : String.valueOf(q.group());
    }

    /** The anchor of a service's part of the journey, unique on a page holding one journey. */
    static String anchor(Journey.Item item) {
        return "forloeb-" + item.service();
    }
}
