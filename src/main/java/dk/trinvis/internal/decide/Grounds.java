package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Requirement;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import java.util.ArrayList;
import java.util.List;
import dk.trinvis.internal.util.DeferredList;

/**
 * Phase 3 of a decision: the exemption grounds. Every matched ground is kept; the alternative is
 * the strongest effect among them (must-offer &gt; right-on-request &gt; may-accept &gt; none), so
 * a newer right never weakens an older duty.
 *
 * @param alternative the strongest effect matched
 * @param matched     the grounds that matched, in rule-set order
 * @param considered  the grounds that did not, with why (only when explained)
 * @param unknown       the grounds that facts not given could still decide: bit {@code i} for the i-th
 *                      ground, for the first 64 (a bit, not a list, so recording it allocates nothing)
 * @param unknownBeyond those of them at index 64 or later, in order (a rule set rarely has as many)
 */
record Grounds(Effect alternative, List<Decision.MatchedGround> matched, List<Decision.ConsideredGround> considered,
               long unknown, List<ServicePlan.GroundPlan> unknownBeyond) {

    /** What the grounds come to while nothing is required and nothing explained. */
    private static final Grounds NOT_REQUIRED = new Grounds(Effect.NONE, List.of(), List.of(), 0, List.of());

    /**
     * Considers every ground. Only while digital self-service is required (mandatory or steered)
     * is there anything to be exempt from: otherwise no ground is decided and none is asked about,
     * so a fact given or not never changes an answer whose missing facts do not list it.
     */
    static Grounds decide(Ask ask, Requirement requirement) {
        boolean required = requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL;
        if (!required && !ask.trace().on()) {
            // Nothing to be exempt from and nothing to explain: every ground would be not-applicable.
            return NOT_REQUIRED;
        }
        Effect alternative = Effect.NONE;
        Decision.MatchedGround first = null;
        List<Decision.MatchedGround> more = null;
        DeferredList.Builder<Decision.ConsideredGround> considered = ask.trace().on()
                ? new DeferredList.Builder<>(ask.plan().grounds().size()) : null;
        List<ServicePlan.GroundPlan> plans = ask.plan().grounds();
        long unknown = 0;
        List<ServicePlan.GroundPlan> unknownBeyond = List.of();
        for (int i = 0; i < plans.size(); i++) {
            ServicePlan.GroundPlan g = plans.get(i);
            ExemptionGround ground = g.ground();
            Outcome outcome;
            if (!required) {
                outcome = Outcome.NOT_APPLICABLE;
            } else if (!g.valid().covers(ask.dayNumber())) {
                outcome = Outcome.NOT_IN_FORCE;
            } else if (!ask.plan().inArea()[i]) {
                outcome = Outcome.AREA_EXCLUDED;
            } else {
                Tri result = g.when().evaluate(ask.slots());
                outcome = result == Tri.TRUE ? Outcome.MATCHED : result == Tri.UNKNOWN ? Outcome.UNKNOWN
                        : Outcome.NOT_MATCHED;
            }
            if (outcome == Outcome.MATCHED) {
                Decision.MatchedGround m = ask.plan().groundTexts().get(i).matched(ask.say());
                if (first == null) {
                    first = m;
                } else {
                    more = more == null ? new ArrayList<>(List.of(first)) : more;
                    more.add(m);
                }
                if (ground.effect().outranks(alternative)) {
                    alternative = ground.effect();
                }
            } else if (outcome == Outcome.UNKNOWN) {
                if (i < Long.SIZE) {
                    unknown |= 1L << i;
                } else {
                    unknownBeyond = unknownBeyond.isEmpty() ? new ArrayList<>() : unknownBeyond;
                    unknownBeyond.add(g);
                }
            }
            if (considered != null) {
                ask.plan().groundTexts().get(i).explain(ask, g, outcome, considered);
            }
        }
        List<Decision.MatchedGround> matched = more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
        return new Grounds(alternative, matched, considered == null ? List.of() : considered.build(),
                unknown, unknownBeyond);
    }

    /** Whether some ground matched whose effect is must-offer: then the channel is the alternative. */
    boolean mustOffer() {
        return alternative == Effect.MUST_OFFER;
    }
}
