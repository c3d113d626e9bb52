package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import dk.trinvis.internal.util.CopenhagenTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;

/**
 * A question about a life event: its services for one municipality, moment and citizen.
 *
 * <pre>{@code
 * JourneyRequest request = JourneyRequest.of("0615", LocalDate.parse("2024-03-01")) // the child's birth
 *         .fact("hasMitID", true);
 * }</pre>
 *
 * @param municipality 4-digit municipality code
 * @param eventDate    the day of the event (a birth, a move) that deadlines count from
 * @param at           the moment to decide for; null means now
 * @param facts        citizen facts, shared by every service of the event
 * @param language     the language of texts in the answer
 * @param audience     who the answer is for
 * @param dontKnow     facts the citizen answered "ved ikke" (don't know), sorted; see
 *                     {@link DecisionRequest#dontKnow()}
 */
@NullMarked
public record JourneyRequest(String municipality, LocalDate eventDate, @Nullable Instant at, Map<String, Object> facts,
                             Language language, Audience audience, Set<String> dontKnow) {

    /** Validates and copies. */
    public JourneyRequest {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(audience, "audience");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facts, "facts")));
        dontKnow = DecisionRequest.sorted(Objects.requireNonNull(dontKnow, "dontKnow"));
    }

    /** A request with no fact answered "don't know". */
    public JourneyRequest(String municipality, LocalDate eventDate, @Nullable Instant at, Map<String, Object> facts,
                          Language language, Audience audience) {
        this(municipality, eventDate, at, facts, language, audience, Set.of());
    }

    /** A request for now, in Danish, for a citizen, with no facts. */
    public static JourneyRequest of(String municipality, LocalDate eventDate) {
        return new JourneyRequest(municipality, eventDate, null, Map.of(), Language.DA, Audience.CITIZEN, Set.of());
    }

    /** The same request at another moment. */
    public JourneyRequest at(Instant moment) {
        return new JourneyRequest(municipality, eventDate, moment, facts, language, audience, dontKnow);
    }

    /** The same request at a Copenhagen local date-time. */
    public JourneyRequest at(LocalDateTime copenhagenTime) {
        return at(copenhagenTime.atZone(CopenhagenTime.ZONE).toInstant());
    }

    /** The same request with one more fact. */
    public JourneyRequest fact(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new JourneyRequest(municipality, eventDate, at, more, language, audience, dontKnow);
    }

    /** The same request with these facts added. */
    public JourneyRequest facts(Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.putAll(more);
        return new JourneyRequest(municipality, eventDate, at, all, language, audience, dontKnow);
    }

    /** The same request with these facts answered "ved ikke" (don't know), added to those already so answered. */
    public JourneyRequest dontKnow(String... names) {
        Set<String> all = new TreeSet<>(dontKnow);
        all.addAll(List.of(names));
        return new JourneyRequest(municipality, eventDate, at, facts, language, audience, all);
    }

    /** The same request answered in another language. */
    public JourneyRequest language(Language lang) {
        return new JourneyRequest(municipality, eventDate, at, facts, lang, audience, dontKnow);
    }

    /** The same request made for another audience. */
    public JourneyRequest audience(Audience who) {
        return new JourneyRequest(municipality, eventDate, at, facts, language, who, dontKnow);
    }

    /** The decision request for one service of the event. */
    public DecisionRequest forService(String service) {
        return new DecisionRequest(service, municipality, at, facts, language, true, audience, dontKnow);
    }
}
