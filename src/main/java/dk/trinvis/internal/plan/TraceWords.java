package dk.trinvis.internal.plan;

import dk.trinvis.model.Effect;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.internal.util.PhraseBook;
import org.jspecify.annotations.Nullable;

/**
 * The trace's sentences in one language, from the citizen phrase book ({@code citizen_<lang>.properties}).
 * Each carries the index of its language among those prepared ({@link Languages}), so prepared
 * entries are picked by array index while deciding.
 */
public final class TraceWords {
    private final Language language;
    private final int index;
    private final PhraseBook book;

    TraceWords(Language language, int index) {
        this.language = language;
        this.index = index;
        this.book = PhraseBook.of(PhraseBook.CITIZEN, language.code());
    }

    public Language language() {
        return language;
    }

    public int index() {
        return index;
    }

    public String periodApplies(String from, String basis) {
        return book.get("trace.periodApplies", from, basis);
    }

    public String periodNotYet(String from) {
        return book.get("trace.periodNotYet", from);
    }

    public String periodEnded(String to) {
        return book.get("trace.periodEnded", to);
    }

    public String steers(Municipality municipality, String from) {
        return book.get("trace.steers", municipality.authorityName(), from);
    }

    public String steerNotInForce(Municipality municipality) {
        return book.get("trace.steerNotInForce", municipality.authorityName());
    }

    public String noSelfService() {
        return book.get("trace.noSelfService");
    }

    public String optional() {
        return book.get("trace.optional");
    }

    public String outage(String until, boolean selfServiceDown) {
        return book.get(selfServiceDown ? "trace.outage.selfService" : "trace.outage.offers", until);
    }

    public String outageNotNow() {
        return book.get("trace.outageNotNow");
    }

    /** A matched ground; {@code decidedBy} is who decides exemptions, or null when the rule set does not say. */
    public String groundMatched(String title, Effect effect, @Nullable String decidedBy) {
        return decidedBy == null ? book.get("trace.groundMatched", title, effect(effect))
                : book.get("trace.groundMatched.decidedBy", title, effect(effect), decidedBy);
    }

    private String effect(Effect effect) {
        return switch (effect) {
            case MUST_OFFER -> book.get("trace.effect.mustOffer");
            case MAY_ACCEPT -> book.get("trace.effect.mayAccept");
            case RIGHT_ON_REQUEST -> book.get("trace.effect.rightOnRequest");
            case NONE -> "";
        };
    }

    public String groundNotMatched(String title) {
        return book.get("trace.groundNotMatched", title);
    }

    public String groundUnknown(String title, String facts) {
        return book.get("trace.groundUnknown", title, facts);
    }

    public String groundNotNeeded(String title) {
        return book.get("trace.groundNotNeeded", title);
    }

    public String groundNotInForce(String title) {
        return book.get("trace.groundNotInForce", title);
    }

    public String groundAreaExcluded(String title) {
        return book.get("trace.groundAreaExcluded", title);
    }

    public String assist(String title) {
        return book.get("trace.assist", title);
    }

    public String assistNot(String title) {
        return book.get("trace.assistNot", title);
    }

    /** An assist rule that facts not given decide: neither "applies" nor "does not apply". */
    public String assistUnknown(String title) {
        return book.get("trace.assistUnknown", title);
    }

    /** A fact not given that the facts named imply. */
    public String implied(String fact, String by, Object value) {
        if (value instanceof Boolean b) {
            return book.get(b ? "trace.implied.yes" : "trace.implied.no", fact, by);
        }
        return book.get("trace.implied", fact, by, String.valueOf(value));
    }

    /**
     * A rule left undecided because the citizen does not know a fact it turns on; {@code who} assesses
     * it with them (the authority, or null when the rule set names none), {@code decidedBy} decides
     * exemptions when the rule set says so.
     */
    public String dontKnow(String rule, String facts, @Nullable String who, @Nullable String decidedBy) {
        String text = book.get(who == null ? "trace.dontKnow" : "trace.dontKnow.who", rule, facts, who);
        return decidedBy == null ? text : text + " " + book.get("trace.dontKnow.decidedBy", decidedBy);
    }

    public String offerOpen(String name, @Nullable String closesAt) {
        return closesAt == null ? book.get("trace.offerOpen", name) : book.get("trace.offerOpenCloses", name, closesAt);
    }

    public String offerHoursUnknown(String name) {
        return book.get("trace.offerHoursUnknown", name);
    }

    public String offerDown(String name, String until) {
        return book.get("trace.offerDown", name, until);
    }

    public String offerNext(String name, @Nullable String next) {
        return next == null ? book.get("trace.offerClosedNextUnknown", name) : book.get("trace.offerNext", name, next);
    }

    public String offerClosedForGood(String name) {
        return book.get("trace.offerClosedForGood", name);
    }

    public String offerNotInForce(String name) {
        return book.get("trace.offerNotInForce", name);
    }
}
