package dk.trinvis.render;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.PhraseBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The fixed words around a guide or journey in one language, from the citizen phrase book
 * ({@code citizen_<lang>.properties}); Danish where the language has no book.
 */
final class Labels {
    /**
     * Languages a renderer keeps labels for before it starts over: making them looks up the phrase
     * book and parses two date patterns, more work than rendering a guide's fixed words.
     */
    static final int MAX_LANGUAGES = 64;

    private final PhraseBook book;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;
    // The fixed words, looked up once: a renderer keeps its Labels per language.
    private final String ready;
    private final String steps;
    private final String processingTime;
    private final String help;
    private final String legal;
    private final String links;
    private final String either;
    private final String optional;
    private final String openNow;
    private final String closedOpeningUnknown;
    private final String hoursUnknown;
    private final String guidanceOnly;
    private final String eventDate;
    private final String deadline;
    private final String journeyServices;
    private final String partOfJourney;
    private final String previous;
    private final String next;
    private final String noGuide;
    private final String openQuestion;
    private final String selfService;

    Labels(Language language) {
        this.book = PhraseBook.of(PhraseBook.CITIZEN, language.code());
        Language written = Language.of(book.language());
        this.when = DateTimeFormatter.ofPattern(book.get("format.when"), written.locale());
        this.day = DateTimeFormatter.ofPattern(book.get("format.day"), written.locale());
        this.ready = book.get("label.ready");
        this.steps = book.get("label.steps");
        this.processingTime = book.get("label.processingTime");
        this.help = book.get("label.help");
        this.legal = book.get("label.legal");
        this.links = book.get("label.links");
        this.either = book.get("label.either");
        this.optional = book.get("label.optional");
        this.openNow = book.get("label.openNow");
        this.closedOpeningUnknown = book.get("label.closedOpeningUnknown");
        this.hoursUnknown = book.get("label.hoursUnknown");
        this.guidanceOnly = book.get("label.guidanceOnly");
        this.eventDate = book.get("label.eventDate");
        this.deadline = book.get("label.deadline");
        this.journeyServices = book.get("label.journeyServices");
        this.partOfJourney = book.get("label.partOfJourney");
        this.previous = book.get("label.previous");
        this.next = book.get("label.next");
        this.noGuide = book.get("label.noGuide");
        this.openQuestion = book.get("label.openQuestion");
        this.selfService = book.get("label.selfService");
    }

    private String get(String key, Object... args) {
        return book.get(key, args);
    }

    String ready() {
        return ready;
    }

    String steps() {
        return steps;
    }

    String processingTime() {
        return processingTime;
    }

    String help() {
        return help;
    }

    String legal() {
        return legal;
    }

    String links() {
        return links;
    }

    String either() {
        return either;
    }

    String optional() {
        return optional;
    }

    String openNow() {
        return openNow;
    }

    String opens(OffsetDateTime at) {
        return get("label.opens", when(at));
    }

    String openNowCloses(OffsetDateTime at) {
        return get("label.openNowCloses", when(at));
    }

    String closedOpeningUnknown() {
        return closedOpeningUnknown;
    }

    String hoursUnknown() {
        return hoursUnknown;
    }

    String guidanceOnly() {
        return guidanceOnly;
    }

    String when(OffsetDateTime at) {
        return at.atZoneSameInstant(CopenhagenTime.ZONE).format(when);
    }

    String day(LocalDate date) {
        return date.format(day);
    }

    String eventDate() {
        return eventDate;
    }

    String deadline() {
        return deadline;
    }

    String journeyServices() {
        return journeyServices;
    }

    String partOfJourney() {
        return partOfJourney;
    }

    String previous() {
        return previous;
    }

    String next() {
        return next;
    }

    String noGuide() {
        return noGuide;
    }

    String openQuestion() {
        return openQuestion;
    }

    String selfService() {
        return selfService;
    }

    /** One sentence (or a few) saying what the decision means for the citizen. */
    String decision(Decision d) {
        return decision(DecisionWords.of(d));
    }

    /**
     * What of a decision its sentence says, and all it says: a renderer may keep the sentence by it.
     *
     * @param until       when an outage ends, or null
     * @param channel     the channel, or null while the service is unavailable
     * @param alternative the strongest alternative a ground gives
     * @param authority   the name of the authority that handles a request another way, or null
     */
    record DecisionWords(@Nullable OffsetDateTime until, @Nullable Channel channel, Effect alternative,
                         @Nullable String authority) {
        static DecisionWords of(Decision d) {
            return new DecisionWords(d.until(), d.channel(), d.alternative(),
                    d.authority() == null ? null : d.authority().name());
        }
    }

    /** The sentence for what a decision says, as {@link #decision(Decision)}. */
    String decision(DecisionWords d) {
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
            b.append(' ').append(get("decision.handledBy", d.authority()));
        }
        return b.toString();
    }

    /** The help offer's state now, e.g. "open now", "opens Monday …", or that its hours are not known. */
    String state(Decision.Help h) {
        if (h.openNow() == null) {
            return hoursUnknown();
        }
        if (h.openNow()) {
            return h.closesAt() == null ? openNow() : openNowCloses(h.closesAt());
        }
        return h.nextOpening() == null ? closedOpeningUnknown() : opens(h.nextOpening());
    }
}
