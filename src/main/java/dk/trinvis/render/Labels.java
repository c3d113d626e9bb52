package dk.trinvis.render;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.model.Outcome;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.PhraseBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    /** The locale of the language the book is written in, for weekday names. */
    private final java.util.Locale locale;
    private final DateTimeFormatter when;
    private final DateTimeFormatter today;
    private final DateTimeFormatter tomorrow;
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
    private final String startSelfService;
    private final String weekdays;
    private final String holidays;
    private final String closed;
    private final String notKnown;
    private final String otherDates;
    private final String iconInfo;
    private final String iconWarning;

    Labels(Language language) {
        this.book = PhraseBook.of(PhraseBook.CITIZEN, language.code());
        Language written = Language.of(book.language());
        this.locale = written.locale();
        this.when = DateTimeFormatter.ofPattern(book.get("format.when"), written.locale());
        this.today = DateTimeFormatter.ofPattern(book.get("format.today"), written.locale());
        this.tomorrow = DateTimeFormatter.ofPattern(book.get("format.tomorrow"), written.locale());
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
        this.startSelfService = book.get("label.startSelfService");
        this.weekdays = book.get("label.hoursDays");
        this.holidays = book.get("label.hoursHolidays");
        this.closed = book.get("label.hoursClosed");
        this.notKnown = book.get("label.hoursNotKnown");
        this.otherDates = book.get("label.hoursOtherDates");
        this.iconInfo = book.get("label.iconInfo");
        this.iconWarning = book.get("label.iconWarning");
    }

    java.util.Locale locale() {
        return locale;
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

    String opens(OffsetDateTime at, int day) {
        return get("label.opens", when(at, day));
    }

    String openNowCloses(OffsetDateTime at, int day) {
        return get("label.openNowCloses", when(at, day));
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

    /** A moment written out in full, as paper needs it: "mandag 8. april 2024 kl. 20:30". */
    String when(OffsetDateTime at) {
        return at.atZoneSameInstant(CopenhagenTime.ZONE).format(when);
    }

    /**
     * A moment as seen from the decision's day: "i dag kl. 21:00", "i morgen kl. 10:00", else
     * written out in full.
     *
     * @param day what {@link #dayAfter} said of the moment
     */
    String when(OffsetDateTime at, int day) {
        DateTimeFormatter format = day == TODAY ? today : day == TOMORROW ? tomorrow : when;
        return at.atZoneSameInstant(CopenhagenTime.ZONE).format(format);
    }

    /** {@link #dayAfter}: the moment is on the day of the decision. */
    static final int TODAY = 0;
    /** {@link #dayAfter}: the moment is on the day after the decision. */
    static final int TOMORROW = 1;
    /** {@link #dayAfter}: the moment is on another day, or is written for paper. */
    static final int OTHER_DAY = -1;

    /** Whether a moment falls on the day of {@code now} or the next, in Copenhagen. */
    static int dayAfter(OffsetDateTime at, OffsetDateTime now) {
        long days = ChronoUnit.DAYS.between(now.atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate(),
                at.atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate());
        return days == 0 ? TODAY : days == 1 ? TOMORROW : OTHER_DAY;
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

    /** A deadline that had passed at the decision, its date written: "Fristen var 1. juli 2023". */
    String deadlinePassed(String date) {
        return get("label.deadlinePassed", date);
    }

    String startSelfService() {
        return startSelfService;
    }

    String weekdays() {
        return weekdays;
    }

    String holidays() {
        return holidays;
    }

    String closed() {
        return closed;
    }

    /** Hours of a day nobody knows, in a table cell: "kendes ikke". */
    String notKnown() {
        return notKnown;
    }

    String otherDates() {
        return otherDates;
    }

    String iconInfo() {
        return iconInfo;
    }

    String iconWarning() {
        return iconWarning;
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

    /** One sentence (or a few) saying what the decision means for the citizen, on a screen. */
    String decision(Decision d) {
        return decision(DecisionWords.of(d, true));
    }

    /** The same sentence for paper: a moment is written out in full, never "today" or "tomorrow". */
    String decisionOnPaper(Decision d) {
        return decision(DecisionWords.of(d, false));
    }

    /**
     * What of a decision its sentence says, and all it says: a renderer may keep the sentence by it.
     *
     * @param until       when an outage ends, or null
     * @param untilDay    whether that is today or tomorrow, as {@link #dayAfter} says, or
     *                    {@link #OTHER_DAY}
     * @param channel     the channel, or null while the service is unavailable
     * @param alternative the strongest alternative a ground gives
     * @param reasons     the reasons of the matched grounds that give it, in their order
     * @param authority   the name of the authority that handles a request another way, or null
     * @param undecided   what follows from the facts the citizen answered "ved ikke": each rule they
     *                    leave undecided, and who assesses it with the citizen (the trace's sentence)
     */
    record DecisionWords(@Nullable OffsetDateTime until, int untilDay, @Nullable Channel channel, Effect alternative,
                         List<String> reasons, @Nullable String authority, List<String> undecided) {
        /**
         * What a decision's sentence says.
         *
         * @param relative whether a moment is said as "today" or "tomorrow" when it is, as on a
         *                 screen read at the moment decided for (never on paper)
         */
        static DecisionWords of(Decision d, boolean relative) {
            OffsetDateTime until = d.until();
            int untilDay = relative && until != null ? dayAfter(until, d.receipt().at()) : OTHER_DAY;
            return new DecisionWords(until, untilDay, d.channel(), d.alternative(), reasons(d),
                    d.authority() == null ? null : d.authority().name(), undecided(d));
        }

        /**
         * The trace's sentences for the rules left undecided by a "ved ikke": never a guess, the
         * answer says what follows. None (and no trace read) when the citizen knew every answer.
         */
        private static List<String> undecided(Decision d) {
            if (d.receipt().dontKnow().isEmpty()) {
                return List.of();
            }
            List<String> rules = new ArrayList<>();
            for (Decision.MissingFact f : d.missingFacts()) {
                if (f.dontKnow()) {
                    rules.addAll(f.decides());
                }
            }
            List<String> out = new ArrayList<>();
            for (Decision.TraceEntry t : d.trace()) {
                if (t.outcome() == Outcome.UNKNOWN && rules.contains(t.rule()) && !out.contains(t.text())) {
                    out.add(t.text());
                }
            }
            return List.copyOf(out);
        }

        /** The reasons of the grounds giving the decision's alternative: each ground says its own. */
        private static List<String> reasons(Decision d) {
            if (d.grounds().isEmpty()) {
                return List.of();
            }
            List<String> reasons = new ArrayList<>(d.grounds().size());
            for (Decision.MatchedGround g : d.grounds()) {
                String reason = g.reason().strip();
                if (g.effect() == d.alternative() && !reason.isEmpty() && !reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
            return List.copyOf(reasons);
        }
    }

    /** The sentence for what a decision says, as {@link #decision(Decision)}. */
    String decision(DecisionWords d) {
        OffsetDateTime until = d.until();
        Channel ch = d.channel();
        if (ch == null || until != null) {
            return until == null ? get("decision.down") : get("decision.downUntil", when(until, d.untilDay()));
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
        if (!d.reasons().isEmpty()) {
            b.append(' ').append(get("decision.reason", reasons(d.reasons())));
        }
        if (d.alternative() != Effect.NONE && d.authority() != null) {
            b.append(' ').append(get("decision.handledBy", d.authority()));
        }
        for (String undecided : d.undecided()) {
            b.append(' ').append(undecided);
        }
        return b.toString();
    }

    /** Reasons joined, without the full stop a reason written as a sentence ends with. */
    private static String reasons(List<String> reasons) {
        StringBuilder b = new StringBuilder();
        for (String r : reasons) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(r.endsWith(".") ? r.substring(0, r.length() - 1) : r);
        }
        return b.toString();
    }

    /**
     * The help offer's state at the decision's moment {@code now}, e.g. "open now, closes today at
     * 21:00", "opens tomorrow at 10:00", or that its hours are not known.
     */
    String state(Decision.Help h, OffsetDateTime now) {
        if (h.openNow() == null) {
            return hoursUnknown();
        }
        OffsetDateTime closes = h.closesAt();
        if (h.openNow()) {
            return closes == null ? openNow() : openNowCloses(closes, dayAfter(closes, now));
        }
        OffsetDateTime opens = h.nextOpening();
        return opens == null ? closedOpeningUnknown() : opens(opens, dayAfter(opens, now));
    }
}
