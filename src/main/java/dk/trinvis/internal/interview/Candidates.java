package dk.trinvis.internal.interview;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts that can still change one or more services' answers, and the one to ask first: the
 * fact that settles the most undecided rules (counted per service), then the editor's
 * {@code order:}, then the fact id.
 */
final class Candidates {
    private final Map<String, Fact> facts;
    private final Map<String, Candidate> byFact = new LinkedHashMap<>();

    Candidates(Map<String, Fact> facts) {
        this.facts = facts;
    }

    /** Adds one service's missing facts, each with the rules it decides there. */
    void add(String service, List<Decision.MissingFact> missing) {
        for (Decision.MissingFact m : missing) {
            Candidate c = byFact.computeIfAbsent(m.id(), k -> new Candidate());
            c.rules.addAll(m.decides());
            c.settles += m.decides().size();
            c.services.add(service);
        }
    }

    boolean isEmpty() {
        return byFact.isEmpty();
    }

    /** The question to ask now, or null when nothing can change any answer. */
    @Nullable Question next(Language lang) {
        return byFact.keySet().stream().min(ranking()).map(id -> question(id, lang)).orElse(null);
    }

    private Candidate candidate(String id) {
        return Objects.requireNonNull(byFact.get(id), "ranked among the candidates");
    }

    private Fact fact(String id) {
        return Objects.requireNonNull(facts.get(id), "rules ask declared facts");
    }

    private Comparator<String> ranking() {
        Comparator<String> settlesMost = Comparator.comparingInt(id -> -candidate(id).settles);
        Comparator<String> editorsOrder = Comparator.comparing(id -> fact(id).order(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return settlesMost.thenComparing(editorsOrder).thenComparing(Comparator.naturalOrder());
    }

    private Question question(String id, Language lang) {
        Fact f = fact(id);
        Candidate c = candidate(id);
        List<String> values = f.type() == FactType.BOOLEAN ? List.of("true", "false") : f.values();
        return new Question(id, f.type().name().toLowerCase(Locale.ROOT), values, f.min(), f.max(),
                f.question() == null ? null : f.question().in(lang), f.askedOf(), new ArrayList<>(c.rules),
                new ArrayList<>(c.services));
    }

    private static final class Candidate {
        final Set<String> rules = new LinkedHashSet<>();
        final Set<String> services = new LinkedHashSet<>();
        int settles;
    }
}
