package dk.trinvis.internal.plan;

import dk.trinvis.model.Municipality;
import java.util.List;

/**
 * A municipality as prepared at load: a decision looks it up once and then reaches its help
 * offers and, by {@code index}, each service's authority plan there without another lookup.
 *
 * @param municipality the municipality
 * @param index        its place among the rule set's municipalities, for per-municipality arrays
 * @param offers       the help offers serving it (its own and the national ones), in rule-set order
 */
public record MunicipalityPlan(Municipality municipality, int index, List<OfferPlan> offers) {
}
