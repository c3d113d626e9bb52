package dk.trinvis.decide;

import dk.trinvis.expr.Expression;
import dk.trinvis.util.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts one rule's condition names, each with its place among the facts any rule names in
 * fact-id order: missing facts are then collected already sorted and merged by that place,
 * without a sort or a search per decision. Prepared at load; immutable.
 */
final class Asking {
    /**
     * A fact a condition names.
     *
     * @param id   the fact id
     * @param rank its place in fact-id order among the facts any rule names
     */
    record Fact(String id, int rank) {
    }

    private final Fact only;
    private final Map<String, Fact> byName = new HashMap<>();
    private final int ranks;

    /**
     * What asking about the condition's facts needs.
     *
     * @param when  the condition
     * @param ranks each fact id any rule names, with its place in fact-id order
     */
    Asking(Expression when, Map<String, Integer> ranks) {
        this.ranks = ranks.size();
        for (String name : when.names()) {
            String id = Names.factId(name);
            if (id != null) {
                byName.put(name, new Fact(id, ranks.get(id)));
            }
        }
        // A condition naming one fact and nothing else is unknown only because of that fact.
        this.only = byName.size() == 1 && when.names().size() == 1 ? byName.values().iterator().next() : null;
    }

    /** The one fact the condition names, or null when it names several (or none). */
    Fact only() {
        return only;
    }

    /** The fact of a rule name, or null when the name is not a fact ({@code service.id}). */
    Fact fact(String name) {
        return byName.get(name);
    }

    /** How many places there are: the facts any rule names. */
    int ranks() {
        return ranks;
    }

    /** The rank of each fact the conditions name, in fact-id order. */
    static Map<String, Integer> ranks(List<Expression> conditions) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        for (Expression when : conditions) {
            for (String name : when.names()) {
                String id = Names.factId(name);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (String id : ids) {
            out.put(id, out.size());
        }
        return Map.copyOf(out);
    }
}
