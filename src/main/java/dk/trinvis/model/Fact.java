package dk.trinvis.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A fact about a citizen that rules may ask about, declared in {@code kind: Facts}.
 *
 * @param id        the name used as {@code citizen.<id>}
 * @param type      its type
 * @param question  what a portal asks when the fact is missing, or null
 * @param min       smallest allowed integer, or null
 * @param max       largest allowed integer, or null
 * @param values    allowed string values; empty means any
 * @param askedOf   who can answer it: a citizen is never asked what only staff or the authority know
 * @param order     the editor's order for asking, lower first; null after those with an order
 * @param location  where it is declared
 * @param implied   when other facts settle it: the first implication whose condition holds gives its
 *                  value, and the fact is then never asked; empty when it is always asked
 * @param dontKnow  whether a citizen may answer "ved ikke" (don't know): the fact then stays unknown
 * @param expected  the share of citizens for whom it is true, or null when the rule set does not say
 */
@NullMarked
public record Fact(String id, FactType type, @Nullable Text question, @Nullable Long min, @Nullable Long max, List<String> values,
                   Audience askedOf, @Nullable Integer order, Location location, List<Implied> implied, boolean dontKnow,
                   @Nullable Expected expected) {
    /** Copies the lists so the record stays immutable. */
    public Fact {
        values = List.copyOf(values);
        implied = List.copyOf(implied);
    }

    /** A fact that is never implied, never answered "don't know", and has no expected share. */
    public Fact(String id, FactType type, @Nullable Text question, @Nullable Long min, @Nullable Long max,
                List<String> values, Audience askedOf, @Nullable Integer order, Location location) {
        this(id, type, question, min, max, values, askedOf, order, location, List.of(), false, null);
    }

    /**
     * The fact is known from others: when {@code when} holds, the fact has {@code value}.
     *
     * @param when     a condition on other citizen facts
     * @param value    the value it then has: Boolean, Long, String or LocalDate by the fact's type
     * @param location where the implication is written
     */
    public record Implied(Condition when, Object value, Location location) {
    }

    /**
     * The share of citizens for whom a fact is true, used to ask first what leaves the fewest
     * pages for most citizens. Either sourced, or an assumption to review by a date: never a
     * number that only sounds like a fact.
     *
     * @param share      between 0 and 1
     * @param source     where the share comes from, or null for an assumption
     * @param assumption why the share is assumed, or null when it has a source
     * @param reviewBy   when an assumption must be checked again, or null
     * @param location   where it is written
     */
    public record Expected(double share, @Nullable String source, @Nullable String assumption,
                           @Nullable LocalDate reviewBy, Location location) {
    }
}
