package dk.trinvis.internal.decide;

import dk.trinvis.model.Municipality;
import java.util.List;

/**
 * A municipality as the engine prepared it: a decision looks it up once and then reaches its
 * help offers and, by {@code index}, each service's authority phase there without another lookup.
 *
 * @param municipality the municipality
 * @param index        its place in the engine's municipalities, for per-municipality arrays
 * @param offers       the help offers serving it (its own and the national ones), in rule-set order
 */
record Place(Municipality municipality, int index, List<OfferPlan> offers) {
}
