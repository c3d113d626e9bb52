package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A fact about a citizen that rules may ask about, declared in {@code kind: Facts}.
 *
 * @param id       the name used as {@code citizen.<id>}
 * @param type     its type
 * @param question what a portal asks when the fact is missing, or null
 * @param min      smallest allowed integer, or null
 * @param max      largest allowed integer, or null
 * @param values   allowed string values; empty means any
 * @param askedOf  who can answer it: a citizen is never asked what only staff or the authority know
 * @param order    the editor's order for asking, lower first; null after those with an order
 * @param location where it is declared
 */
@NullMarked
public record Fact(String id, FactType type, @Nullable Text question, @Nullable Long min, @Nullable Long max, List<String> values,
                   Audience askedOf, @Nullable Integer order, Location location) {
    /** Copies the list so the record stays immutable. */
    public Fact {
        values = List.copyOf(values);
    }
}
