package dk.trinvis.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phase 7 of a decision: the facts whose answers can still change it. A ground is asked about
 * only when its effect would outrank the alternative already matched, and only while digital
 * self-service is required (an optional service needs no exemption). Only facts the request's
 * audience can answer are asked; each says which rules it decides.
 */
final class MissingFacts {
    private final Map<String, List<String>> decides = new TreeMap<>();

    static List<Decision.MissingFact> find(Ask ask, Requirement requirement, Grounds grounds, ChannelPhase channel,
                                           Map<String, Fact> facts) {
        MissingFacts missing = new MissingFacts();
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            for (ServicePlan.GroundPlan g : grounds.unknown()) {
                if (g.ground().effect().outranks(grounds.alternative())) {
                    missing.add(g.when().decisiveUnknowns(ask), g.ruleId());
                }
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            for (ServicePlan.AssistPlan a : channel.unknown()) {
                missing.add(a.when().decisiveUnknowns(ask), a.ruleId());
            }
        }
        return missing.ask(ask, facts);
    }

    /** Notes that the rule named can be decided by the fact names among {@code names}. */
    void add(Set<String> names, String ruleId) {
        for (String id : RuleNames.factIds(names)) {
            List<String> rules = decides.computeIfAbsent(id, k -> new ArrayList<>(2));
            if (!rules.contains(ruleId)) {
                rules.add(ruleId);
            }
        }
    }

    /** The facts noted that the request's audience may be asked, by id. */
    List<Decision.MissingFact> ask(Ask ask, Map<String, Fact> facts) {
        if (decides.isEmpty()) {
            return List.of();
        }
        List<Decision.MissingFact> out = new ArrayList<>(decides.size());
        decides.forEach((id, rules) -> {
            Fact f = facts.get(id);
            if (ask.audience().mayAsk(f.askedOf())) {
                out.add(of(f, ask, rules));
            }
        });
        return out;
    }

    static Decision.MissingFact of(Fact f, Ask ask, Collection<String> rules) {
        return new Decision.MissingFact(f.id(), f.type().name().toLowerCase(Locale.ROOT),
                f.question() == null ? null : f.question().in(ask.lang()), f.askedOf(), List.copyOf(rules));
    }
}
