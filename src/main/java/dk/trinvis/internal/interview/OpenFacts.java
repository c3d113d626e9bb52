package dk.trinvis.internal.interview;

import dk.trinvis.model.Decision;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The facts still open after some answers: those the request's audience can be asked whose answer
 * can still change a decision or a guide of the services asked about, each with the rules it
 * decides and the services it matters to. A fact answered "don't know" is not open: it is never
 * asked again.
 */
final class OpenFacts {
    private final Map<String, Open> byFact = new LinkedHashMap<>();

    /** Adds one service's missing facts. */
    void add(String service, List<Decision.MissingFact> missing) {
        for (Decision.MissingFact m : missing) {
            if (m.dontKnow()) {
                continue;
            }
            Open o = byFact.computeIfAbsent(m.id(), k -> new Open());
            o.rules.addAll(m.decides());
            o.services.add(service);
        }
    }

    boolean isEmpty() {
        return byFact.isEmpty();
    }

    /** The open facts' ids, in the order first met. */
    Set<String> ids() {
        return byFact.keySet();
    }

    boolean contains(String fact) {
        return byFact.containsKey(fact);
    }

    private Open candidate(String fact) {
        return Objects.requireNonNull(byFact.get(fact), "asked only about open facts");
    }

    /** The rules the fact decides, in the order first met. */
    Set<String> rules(String fact) {
        return candidate(fact).rules;
    }

    /** The services the fact matters to, in the order asked about. */
    Set<String> services(String fact) {
        return candidate(fact).services;
    }

    private static final class Open {
        final Set<String> rules = new LinkedHashSet<>();
        final Set<String> services = new LinkedHashSet<>();
    }
}
