package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.model.Decision;
import dk.trinvis.internal.util.Names;
import dk.trinvis.internal.expr.Slots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts one rule's condition names, each with its question in every language and its rank
 * among the facts any rule names in fact-id order: missing facts are then collected already
 * sorted by that rank, without a sort, a map or a search per decision. Prepared at load from the
 * rule's {@link FactQuestions}; immutable.
 */
public final class AskedFacts {
    /**
     * A fact a condition names.
     *
     * @param id        the fact id
     * @param rank      its place in fact-id order among the facts any rule names
     * @param questions the question about it, deciding this rule, by {@link TraceWords#index()}
     */
    public record Fact(String id, int rank, Decision.MissingFact[] questions) {
        /** The question in the language of the words. */
        public Decision.MissingFact question(TraceWords words) {
            return questions[words.index()];
        }
    }

    private final Expression when;
    private final @Nullable Fact only;
    /** The rule names of the facts and, aligned, the facts: a handful, so scanned, not hashed. */
    private final String[] names;
    private final Fact[] facts;
    private final int ranks;

    /**
     * What asking about the condition's facts needs.
     *
     * @param when      the condition
     * @param ranks     each fact id any rule names, with its place in fact-id order
     * @param questions the rule's questions
     * @param languages the languages they are asked in
     */
    AskedFacts(Expression when, Map<String, Integer> ranks, FactQuestions questions, Languages languages) {
        this.when = when;
        this.ranks = ranks.size();
        Map<String, Fact> byName = new java.util.LinkedHashMap<>();
        for (String name : when.names()) {
            String id = Names.factId(name);
            if (id != null) {
                Decision.MissingFact[] asked = new Decision.MissingFact[languages.size()];
                for (int l = 0; l < asked.length; l++) {
                    asked[l] = questions.about(id, languages.words(l));
                }
                byName.put(name, new Fact(id, Objects.requireNonNull(ranks.get(id), "ranks cover every asked fact"), asked));
            }
        }
        this.names = byName.keySet().toArray(new String[0]);
        this.facts = byName.values().toArray(new Fact[0]);
        // A condition naming one fact and nothing else is unknown only because of that fact.
        this.only = facts.length == 1 && when.names().size() == 1 ? facts[0] : null;
    }

    /** The one fact the condition names, or null when it names several (or none). */
    public @Nullable Fact only() {
        return only;
    }

    /**
     * The facts that decide the condition while the slots leave it unknown, in the order it names
     * them (a fact may come twice); a one-fact condition's fact without evaluating anything.
     */
    public List<Fact> deciding(Slots slots) {
        if (only != null) {
            return List.of(only);
        }
        List<String> unknown = new ArrayList<>(4);
        when.decisiveUnknowns(slots, unknown);
        List<Fact> out = new ArrayList<>(unknown.size());
        for (int i = 0; i < unknown.size(); i++) {
            Fact fact = fact(unknown.get(i));
            if (fact != null) {
                out.add(fact);
            }
        }
        return out;
    }

    /**
     * The facts that decide the condition while the slots leave it unknown, as bits: bit {@code k}
     * for {@code facts()[k]}. The same facts as {@link #deciding}, without their order and without
     * allocating; only for a condition naming at most 64 facts ({@link #fitsBits}).
     */
    public long decidingBits(Slots slots) {
        return only != null ? 1L : when.decisiveUnknowns(slots, names);
    }

    /** Whether {@link #decidingBits} can tell every fact of the condition apart: at most 64 of them. */
    public boolean fitsBits() {
        return facts.length <= Long.SIZE;
    }

    /** The fact of a rule name, or null when the name is not a fact ({@code service.id}). */
    @Nullable Fact fact(String name) {
        // The names an expression reports are mostly the very strings it was compiled with.
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return facts[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return facts[i];
            }
        }
        return null;
    }

    /** The facts the condition names, in source order (the array itself: not to be changed). */
    public Fact[] facts() {
        return facts;
    }

    /** How many places there are: the facts any rule names. */
    public int ranks() {
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
