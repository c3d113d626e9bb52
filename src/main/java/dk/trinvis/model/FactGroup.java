package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * Yes/no facts asked together on one page ("which of these apply to you?"), declared under
 * {@code groups:} in {@code kind: Facts}. Each member's own question is its checkbox label; "none"
 * answers every member shown {@code false}. An interview asks a group only while at least two of
 * its members can still change the answer, and shows only those.
 *
 * @param id       the group's id
 * @param question the page's question, e.g. "Gælder noget af dette for dig?"
 * @param none     the choice that answers every member shown with no, e.g. "Nej, ingen af dem"
 * @param facts    the member facts' ids, in the order shown; each boolean, each in no other group
 * @param location where it is declared
 */
@NullMarked
public record FactGroup(String id, Text question, Text none, List<String> facts, Location location) {
    /** Copies the list so the record stays immutable. */
    public FactGroup {
        facts = List.copyOf(facts);
    }
}
