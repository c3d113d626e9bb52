package dk.trinvis.internal.plan;

import dk.trinvis.model.Fact;

/**
 * A declared fact with the slot its value goes in when a decision fills the slots of the names
 * conditions were compiled against.
 *
 * @param fact the fact
 * @param slot its slot in the rule set's scope
 */
public record FactSlot(Fact fact, int slot) {
}
