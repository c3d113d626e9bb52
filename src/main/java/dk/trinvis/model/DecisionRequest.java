package dk.trinvis.model;

import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.model.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A question to a rule set: which channel for this service, municipality, moment and citizen.
 *
 * <pre>{@code
 * DecisionRequest request = DecisionRequest.of("flytning", "0751")
 *         .at(LocalDateTime.parse("2012-12-03T10:00"))
 *         .fact("hasMitID", true)
 *         .language(Language.EN);
 * }</pre>
 *
 * @param service      service id
 * @param municipality 4-digit municipality code
 * @param at           the moment; null means now
 * @param facts        citizen facts: Boolean, Integer/Long, String or LocalDate values; kept as an
 *                     immutable map sorted by name
 * @param language     the language of texts in the answer
 * @param explain      whether the answer carries the trace, the help list and the reasons of
 *                     grounds that did not match; without them a decision is several times cheaper
 * @param audience     who the answer is for: a citizen is asked only citizen facts in
 *                     {@code missingFacts}; staff may be asked every fact
 * @param dontKnow     facts the citizen answered "ved ikke" (don't know), sorted: each stays unknown,
 *                     is never asked again by an interview, and the answer says what follows from not
 *                     knowing it; only facts declared {@code dontKnow: true}, and none also given
 */
@NullMarked
public record DecisionRequest(String service, String municipality, @Nullable Instant at, Map<String, Object> facts,
                              Language language, boolean explain, Audience audience, Set<String> dontKnow) {

    /**
     * Validates and copies the facts into an immutable map sorted by name (integers as Long), which
     * requests derived from this one and the decision's receipt share.
     */
    public DecisionRequest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(audience, "audience");
        facts = SortedFacts.copyOf(facts);
        dontKnow = sorted(Objects.requireNonNull(dontKnow, "dontKnow"));
    }

    /** A request with no fact answered "don't know". */
    public DecisionRequest(String service, String municipality, @Nullable Instant at, Map<String, Object> facts,
                           Language language, boolean explain, Audience audience) {
        this(service, municipality, at, facts, language, explain, audience, Set.of());
    }

    /** The names sorted and unmodifiable; the shared empty set when there are none. */
    static Set<String> sorted(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> copy = new TreeSet<>();
        for (String name : names) {
            copy.add(Objects.requireNonNull(name, "fact name"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /** A request for now, in Danish, with no facts. */
    public static DecisionRequest of(String service, String municipality) {
        return new DecisionRequest(service, municipality, null, Map.of(), Language.DA, true, Audience.CITIZEN, Set.of());
    }

    /** The same request at another moment. */
    public DecisionRequest at(@Nullable Instant moment) {
        return new DecisionRequest(service, municipality, moment, facts, language, explain, audience, dontKnow);
    }

    /** The same request at a Copenhagen local date-time. */
    public DecisionRequest at(LocalDateTime copenhagenTime) {
        return at(copenhagenTime.atZone(CopenhagenTime.ZONE).toInstant());
    }

    /** The same request with one more fact. */
    public DecisionRequest fact(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new DecisionRequest(service, municipality, at, more, language, explain, audience, dontKnow);
    }

    /** The same request with these facts added. */
    public DecisionRequest facts(Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.putAll(more);
        return new DecisionRequest(service, municipality, at, all, language, explain, audience, dontKnow);
    }

    /**
     * The same request answered with only requirement, channel, alternative, matched grounds,
     * missing facts and receipt: no trace, no help list, no reasons for grounds that did not
     * match. For portals that decide on every page view and explain only on demand.
     */
    public DecisionRequest withoutExplanation() {
        return new DecisionRequest(service, municipality, at, facts, language, false, audience, dontKnow);
    }

    /** The same request made for another audience, e.g. {@link Audience#STAFF} at a desk. */
    public DecisionRequest audience(Audience who) {
        return new DecisionRequest(service, municipality, at, facts, language, explain, who, dontKnow);
    }

    /**
     * The same request with these facts answered "ved ikke" (don't know), added to those already so
     * answered. Each must be declared {@code dontKnow: true} and not also be given a value.
     */
    public DecisionRequest dontKnow(String... names) {
        Set<String> all = new TreeSet<>(dontKnow);
        all.addAll(List.of(names));
        return new DecisionRequest(service, municipality, at, facts, language, explain, audience, all);
    }

    /** The same request answered in another language. */
    public DecisionRequest language(Language lang) {
        return new DecisionRequest(service, municipality, at, facts, lang, explain, audience, dontKnow);
    }
}
