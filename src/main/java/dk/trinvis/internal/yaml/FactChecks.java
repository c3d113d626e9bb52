package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.FactValues;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactGroup;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what a {@code kind: Facts} says beyond each fact's own shape: groups name declared yes/no
 * facts, at least two, each in one group only; an implication's condition names only other
 * citizen facts, its value fits the fact, and no fact implies itself through others; an expected
 * share is given only for a yes/no fact.
 */
final class FactChecks {
    private final Problems problems;
    private final Map<String, Fact> facts;

    FactChecks(Problems problems, Map<String, Fact> facts) {
        this.problems = problems;
        this.facts = facts;
    }

    void groups(Map<String, FactGroup> groups) {
        Map<String, FactGroup> memberOf = new HashMap<>();
        for (FactGroup g : groups.values()) {
            Set<String> members = new LinkedHashSet<>();
            for (String id : g.facts()) {
                Fact f = facts.get(id);
                if (f == null) {
                    problems.error(Codes.REFERENCE, g.location(), References.unknown("fact", id, facts.keySet()));
                } else if (f.type() != FactType.BOOLEAN) {
                    problems.error(Codes.TYPE, g.location(), Phrase.of("group.notBoolean", g.id(), id,
                            f.type().name().toLowerCase(Locale.ROOT)));
                } else if (!members.add(id)) {
                    problems.error(Codes.DUPLICATE, g.location(), Phrase.of("group.twice", g.id(), id));
                } else {
                    FactGroup first = memberOf.putIfAbsent(id, g);
                    if (first != null) {
                        problems.error(Codes.DUPLICATE, g.location(), Phrase.of("group.otherGroup", id, g.id(),
                                first.id(), first.location()));
                    }
                }
            }
            if (g.facts().size() < 2) {
                problems.error(Codes.MISSING, g.location(), Phrase.of("group.tooFew", g.id(), g.facts().size()));
            }
        }
    }

    /**
     * Checks every implication, compiled by {@code compile} (which reports its own problems and
     * returns null for a condition that does not compile).
     */
    void implications(Function<Condition, Expression> compile) {
        Map<String, List<String>> implyingFacts = new LinkedHashMap<>();
        for (Fact f : facts.values()) {
            if (f.expected() != null && f.type() != FactType.BOOLEAN) {
                problems.error(Codes.TYPE, f.expected().location(), Phrase.of("expected.notBoolean", f.id(),
                        f.type().name().toLowerCase(Locale.ROOT)));
            }
            List<String> by = new ArrayList<>();
            for (Fact.Implied i : f.implied()) {
                Expression when = compile.apply(i.when());
                if (!FactValues.fits(f, i.value())) {
                    problems.error(Codes.TYPE, i.location(), Phrase.of("implied.value", f.id(), i.value(),
                            f.type().name().toLowerCase(Locale.ROOT)));
                }
                if (when == null) {
                    continue;
                }
                for (String name : when.names()) {
                    String id = Names.factId(name);
                    if (id == null) {
                        problems.error(Codes.EXPRESSION, i.when().location(), Phrase.of("implied.notFact", f.id(), name));
                    } else if (id.equals(f.id())) {
                        problems.error(Codes.EXPRESSION, i.when().location(), Phrase.of("implied.self", f.id()));
                    } else if (!by.contains(id)) {
                        by.add(id);
                    }
                }
            }
            if (!by.isEmpty()) {
                implyingFacts.put(f.id(), by);
            }
        }
        cycles(implyingFacts);
    }

    /** Reports each cycle of implications once, at the first fact of it in declaration order. */
    private void cycles(Map<String, List<String>> implyingFacts) {
        Set<String> done = new java.util.HashSet<>();
        for (String start : implyingFacts.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            cycle(start, implyingFacts, path, done);
            done.add(start);
        }
    }

    private void cycle(String at, Map<String, List<String>> implyingFacts, List<String> path, Set<String> done) {
        for (String next : implyingFacts.getOrDefault(at, List.of())) {
            if (next.equals(path.get(0))) {
                List<String> shown = new ArrayList<>(path);
                shown.add(next);
                Fact first = Objects.requireNonNull(facts.get(path.get(0)), "a cycle starts at a declared fact");
                problems.error(Codes.EXPRESSION, first.implied().get(0).location(),
                        Phrase.of("implied.cycle", String.join(" ← ", shown)));
            } else if (!path.contains(next) && !done.contains(next)) {
                path.add(next);
                cycle(next, implyingFacts, path, done);
                path.remove(path.size() - 1);
            }
        }
    }
}
