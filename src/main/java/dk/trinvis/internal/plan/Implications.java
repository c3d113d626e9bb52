package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.expr.Slots;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.RuleSetModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The facts other facts imply ({@code implied:} in {@code kind: Facts}), prepared at load: each
 * implied fact with its conditions compiled against the rule names' slots, in an order where a
 * fact comes after every fact its conditions name (the loader rejects rings), and the trace entry
 * each implication writes, in every language. The decision engine fills the implied values into a
 * request's slots; the guide resolver and the interview complete the given facts with them: one
 * object, so every part of Trinvis implies the same facts the same way. Immutable and thread-safe.
 *
 * <p>The first implication of a fact whose condition holds gives its value. A fact given with
 * another value is a request error naming both facts; a fact given with the same value, or answered
 * "don't know", takes the implied value without a word.
 */
public final class Implications {
    /** A rule set without implications: applying it reads nothing and allocates nothing. */
    public static final Implications NONE = new Implications(new Implied[0], Scope.builder().build(), Map.of(),
            new String[0], false);

    private final Implied[] implied;
    private final Scope scope;
    /** The slot of each fact's rule name, by fact id: for completing a map of facts. */
    private final Map<String, Integer> slots;
    /** Every fact a condition names: when none is given, only a condition that holds unknown can imply. */
    private final String[] named;
    /** Whether some condition holds with nothing known (e.g. {@code true or citizen.x}). */
    private final boolean holdsUnknown;

    private Implications(Implied[] implied, Scope scope, Map<String, Integer> slots, String[] named,
                         boolean holdsUnknown) {
        this.implied = implied;
        this.scope = scope;
        this.slots = slots;
        this.named = named;
        this.holdsUnknown = holdsUnknown;
    }

    /** The implications of the rule set, compiled against the rule names' scope. */
    static Implications of(RuleSetModel model, Map<Condition, Expression> expressions, Scope scope,
                           Languages languages) {
        Map<String, Fact> withRules = new LinkedHashMap<>();
        model.facts().values().stream().filter(f -> !f.implied().isEmpty()).forEach(f -> withRules.put(f.id(), f));
        if (withRules.isEmpty()) {
            return NONE;
        }
        List<Implied> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (Fact f : withRules.values()) {
            place(f, withRules, expressions, scope, languages, placed, ordered);
        }
        Map<String, Integer> slots = new HashMap<>();
        model.facts().keySet().forEach(id -> slots.put(id, scope.slot(Names.citizen(id))));
        Set<String> named = new java.util.HashSet<>();
        boolean holdsUnknown = false;
        for (Implied fact : ordered) {
            for (Rule rule : fact.rules) {
                named.addAll(Names.factIds(rule.when.names()));
                holdsUnknown |= rule.when.evaluate(name -> null) == Tri.TRUE;
            }
        }
        return new Implications(ordered.toArray(new Implied[0]), scope, Map.copyOf(slots),
                named.toArray(new String[0]), holdsUnknown);
    }

    /** Places a fact after the implied facts its conditions name (depth first; the loader rejected rings). */
    private static void place(Fact f, Map<String, Fact> withRules, Map<Condition, Expression> expressions, Scope scope,
                              Languages languages, Set<String> placed, List<Implied> out) {
        if (!placed.add(f.id())) {
            return;
        }
        List<Rule> rules = new ArrayList<>();
        for (Fact.Implied i : f.implied()) {
            Expression when = Objects.requireNonNull(expressions.get(i.when()), "the loader compiles every condition");
            for (String id : Names.factIds(when.names())) {
                Fact before = withRules.get(id);
                if (before != null) {
                    place(before, withRules, expressions, scope, languages, placed, out);
                }
            }
            String by = String.join(", ", Names.factIds(when.names()));
            rules.add(new Rule(when, i.value(), by, new PreparedEntry("Fact", f.id(), i.location(), null,
                    Outcome.IMPLIED, words -> words.implied(f.id(), by, i.value()), languages)));
        }
        out.add(new Implied(f.id(), scope.slot(Names.citizen(f.id())), rules.toArray(new Rule[0])));
    }

    /** Whether no fact is ever implied. */
    public boolean isEmpty() {
        return implied.length == 0;
    }

    /**
     * Fills in the slots of the facts the values in them imply. Reads the conditions and writes the
     * slots, nothing else: no allocation.
     *
     * @param values the slot values, the given facts already in them; implied values are added
     * @param slots  a view of the same values for evaluating conditions
     * @param given  the facts as given, to tell a contradicted answer from an implied one
     * @return how many facts not given were implied
     * @throws RequestException when a fact is given a value its implication contradicts
     */
    public int apply(Object[] values, Slots slots, Map<String, Object> given) {
        int count = 0;
        for (Implied fact : implied) {
            Rule rule = firing(fact, slots);
            if (rule == null) {
                continue;
            }
            Object current = values[fact.slot];
            if (current == null) {
                values[fact.slot] = rule.value;
                count++;
            } else if (!current.equals(rule.value) && given.containsKey(fact.id)) {
                throw RequestException.contradicted(fact.id, current, rule.by, rule.value);
            }
        }
        return count;
    }

    /**
     * The trace entries of the implications that gave a fact not given, in the order applied: for
     * an explained decision after {@link #apply} implied something.
     */
    public List<PreparedEntry> fired(Slots slots, Map<String, Object> given) {
        List<PreparedEntry> out = new ArrayList<>();
        for (Implied fact : implied) {
            Rule rule = given.containsKey(fact.id) ? null : firing(fact, slots);
            if (rule != null) {
                out.add(rule.entry);
            }
        }
        return out;
    }

    /** Whether a condition names one of the facts given; read without an iterator. */
    private boolean namesAny(Map<String, Object> given) {
        for (String fact : named) {
            if (given.containsKey(fact)) {
                return true;
            }
        }
        return false;
    }

    /** The fact's first implication whose condition holds, or null. */
    private static @Nullable Rule firing(Implied fact, Slots slots) {
        for (Rule rule : fact.rules) {
            if (rule.when.evaluate(slots) == Tri.TRUE) {
                return rule;
            }
        }
        return null;
    }

    /**
     * The given facts with the facts they imply added: the very map given when nothing is
     * implied, else a new sorted map.
     *
     * @throws RequestException when a fact is given a value its implication contradicts
     */
    public Map<String, Object> complete(Map<String, Object> given) {
        if (implied.length == 0 || !holdsUnknown && !namesAny(given)) {
            return given;
        }
        Object[] values = new Object[scope.size()];
        given.forEach((id, value) -> {
            Integer slot = slots.get(id);
            if (slot != null && slot >= 0) {
                values[slot] = value;
            }
        });
        apply(values, new Slots(scope, values), given);
        Map<String, Object> out = null;
        for (Implied fact : implied) {
            Object value = values[fact.slot];
            if (value != null && !given.containsKey(fact.id)) {
                out = out == null ? new TreeMap<>(given) : out;
                out.put(fact.id, value);
            }
        }
        return out == null ? given : out;
    }

    /**
     * A fact with its implications, first first.
     *
     * @param id    the fact id
     * @param slot  the slot of its rule name
     * @param rules its implications
     */
    private record Implied(String id, int slot, Rule[] rules) {
    }

    /**
     * One implication.
     *
     * @param when  its condition
     * @param value the value it gives
     * @param by    the facts the condition names, comma-separated: what the fact follows from
     * @param entry the trace entry it writes when it gives the value
     */
    private record Rule(Expression when, Object value, String by, PreparedEntry entry) {
    }
}
