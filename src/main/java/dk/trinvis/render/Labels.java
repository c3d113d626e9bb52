package dk.trinvis.render;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.util.CopenhagenTime;
import dk.trinvis.util.PhraseBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The fixed words around a guide or journey in one language, from the citizen phrase book
 * ({@code citizen_<lang>.properties}); Danish where the language has no book.
 */
final class Labels {
    private final PhraseBook book;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;

    Labels(Language language) {
        this.book = PhraseBook.of(PhraseBook.CITIZEN, language.code());
        Language written = Language.of(book.language());
        this.when = DateTimeFormatter.ofPattern(book.get("format.when"), written.locale());
        this.day = DateTimeFormatter.ofPattern(book.get("format.day"), written.locale());
    }

    private String get(String key, Object... args) {
        return book.get(key, args);
    }

    String ready() {
        return get("label.ready");
    }

    String steps() {
        return get("label.steps");
    }

    String processingTime() {
        return get("label.processingTime");
    }

    String help() {
        return get("label.help");
    }

    String legal() {
        return get("label.legal");
    }

    String links() {
        return get("label.links");
    }

    String either() {
        return get("label.either");
    }

    String optional() {
        return get("label.optional");
    }

    String openNow() {
        return get("label.openNow");
    }

    String opens(OffsetDateTime at) {
        return get("label.opens", when(at));
    }

    String closedOpeningUnknown() {
        return get("label.closedOpeningUnknown");
    }

    String hoursUnknown() {
        return get("label.hoursUnknown");
    }

    String guidanceOnly() {
        return get("label.guidanceOnly");
    }

    String when(OffsetDateTime at) {
        return at.atZoneSameInstant(CopenhagenTime.ZONE).format(when);
    }

    String day(LocalDate date) {
        return date.format(day);
    }

    String eventDate() {
        return get("label.eventDate");
    }

    String deadline() {
        return get("label.deadline");
    }

    String journeyServices() {
        return get("label.journeyServices");
    }

    String partOfJourney() {
        return get("label.partOfJourney");
    }

    String previous() {
        return get("label.previous");
    }

    String next() {
        return get("label.next");
    }

    String noGuide() {
        return get("label.noGuide");
    }

    String openQuestion() {
        return get("label.openQuestion");
    }

    String selfService() {
        return get("label.selfService");
    }

    /** One sentence (or a few) saying what the decision means for the citizen. */
    String decision(Decision d) {
        OffsetDateTime until = d.until();
        Channel ch = d.channel();
        if (ch == null || until != null) {
            return until == null ? get("decision.down") : get("decision.downUntil", when(until));
        }
        StringBuilder b = new StringBuilder(switch (ch) {
            case SELF_SERVICE -> get("decision.selfService");
            case ASSISTED -> get("decision.assisted");
            case ALTERNATIVE -> get(d.alternative() == Effect.NONE ? "decision.noSelfService" : "decision.mustOffer");
        });
        switch (d.alternative()) {
            case RIGHT_ON_REQUEST -> b.append(' ').append(get("decision.rightOnRequest"));
            case MAY_ACCEPT -> b.append(' ').append(get("decision.mayAccept"));
            default -> { }
        }
        if (d.alternative() != Effect.NONE && d.authority() != null) {
            b.append(' ').append(get("decision.handledBy", d.authority().name()));
        }
        return b.toString();
    }

    /** The help offer's state now, e.g. "open now", "opens Monday …", or that its hours are not known. */
    String state(Decision.Help h) {
        if (h.openNow() == null) {
            return hoursUnknown();
        }
        if (h.openNow()) {
            return h.closesAt() == null ? openNow() : get("label.openNowCloses", when(h.closesAt()));
        }
        return h.nextOpening() == null ? closedOpeningUnknown() : opens(h.nextOpening());
    }
}
