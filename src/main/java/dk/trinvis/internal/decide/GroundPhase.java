package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.plan.GroundPlan;
import dk.trinvis.internal.plan.GroundSentences;
import dk.trinvis.internal.util.DeferredList;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Phase 3 of a decision: the exemption grounds. Every matched ground is kept; the alternative is
 * the strongest effect among them (must-offer &gt; right-on-request &gt; may-accept &gt; none), so
 * a newer right never weakens an older duty.
 *
 * @param alternative   the strongest effect matched
 * @param matched       the grounds that matched, in rule-set order
 * @param considered    the grounds that did not, with why (only when explained)
 * @param unknown       the grounds that facts not given could still decide: bit {@code i} for the i-th
 *                      ground, for the first 64 (a bit, not a list, so recording it allocates nothing)
 * @param unknownBeyond the indexes of those at index 64 or later, in order (a rule set rarely has as many)
 */
record GroundPhase(Effect alternative, List<Decision.MatchedGround> matched,
                   List<Decision.ConsideredGround> considered, long unknown, List<Integer> unknownBeyond) {

    /** What the grounds come to while nothing is required and nothing explained. */
    private static final GroundPhase NOT_REQUIRED = new GroundPhase(Effect.NONE, List.of(), List.of(), 0, List.of());

    /**
     * Considers every ground (when unexplained, every ground the request's facts can decide:
     * {@link dk.trinvis.internal.plan.ServicePlan#liveGrounds}). Only while digital self-service is required (mandatory or steered)
     * is there anything to be exempt from: otherwise no ground is decided and none is asked about,
     * so a fact given or not never changes an answer whose missing facts do not list it.
     */
    static GroundPhase decide(DecisionInput ask, Requirement requirement) {
        boolean required = requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL;
        if (!required && !ask.trace().on()) {
            // Nothing to be exempt from and nothing to explain: every ground would be not-applicable.
            return NOT_REQUIRED;
        }
        Effect alternative = Effect.NONE;
        Decision.MatchedGround first = null;
        List<Decision.MatchedGround> more = null;
        List<GroundPlan> plans = ask.plan().grounds();
        DeferredList.Builder<Decision.ConsideredGround> considered = ask.trace().on()
                ? new DeferredList.Builder<>(plans.size()) : null;
        long unknown = 0;
        List<Integer> unknownBeyond = List.of();
        // Unexplained, only the grounds the facts can decide: the others match nothing and ask nothing.
        int[] live = ask.plan().liveGrounds();
        boolean all = considered != null;
        int count = all ? plans.size() : live.length;
        for (int k = 0; k < count; k++) {
            int i = all ? k : live[k];
            GroundPlan g = plans.get(i);
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
                Decision.MatchedGround m = ask.plan().groundSentences().get(i).matched(ask.words());
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
                    unknownBeyond.add(i);
                }
            }
            if (considered != null) {
                explain(ask, g, ask.plan().groundSentences().get(i), outcome, considered);
            }
        }
        List<Decision.MatchedGround> matched = more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
        return new GroundPhase(alternative, matched, considered == null ? List.of() : considered.build(),
                unknown, unknownBeyond);
    }

    /**
     * Adds what the ground came to, to the trace and (when it did not match) the considered grounds.
     * An unknown ground naming several facts is explained by the facts that decide it for this
     * request: that sentence is made when the decision is read, not while deciding.
     */
    private static void explain(DecisionInput ask, GroundPlan plan, GroundSentences sentences, Outcome outcome,
                                DeferredList.Builder<Decision.ConsideredGround> out) {
        if (outcome == Outcome.UNKNOWN && !ask.dontKnow().isEmpty() && explainDontKnow(ask, plan, sentences, out)) {
            return;
        }
        Decision.TraceEntry entry = sentences.entry(ask.words(), outcome);
        if (entry != null) {
            ask.trace().add(entry);
            if (outcome != Outcome.MATCHED) {
                out.add(Objects.requireNonNull(sentences.considered(ask.words(), outcome), "prepared with its entry"));
            }
            return;
        }
        if (outcome == Outcome.UNKNOWN) {
            // Which facts decide it is told by bits of the ground's own facts: the sentence is shared.
            long deciding = plan.asked().decidingBits(ask.slots());
            Decision.TraceEntry unknown = sentences.unknownEntry(ask.words(), deciding);
            if (unknown != null) {
                ask.trace().add(unknown);
                out.add(sentences.unknownConsidered(ask.words(), deciding));
                return;
            }
        }
        ExemptionGround ground = plan.ground();
        Supplier<String> text = DeferredList.once(() -> sentences.sentence(ask.words(), outcome,
                Names.factIds(plan.when().decisiveUnknowns(ask.slots()))));
        ask.trace().add("ExemptionGround", ground.id(), ground.location(), sentences.legal(), outcome, text);
        out.defer(() -> new Decision.ConsideredGround(ground.id(), ground.effect(), outcome, text.get()));
    }

    /**
     * Explains an unknown ground the citizen's "don't know" leaves undecided; false when no such
     * answer decides it.
     */
    private static boolean explainDontKnow(DecisionInput ask, GroundPlan plan, GroundSentences sentences,
                                           DeferredList.Builder<Decision.ConsideredGround> out) {
        ExemptionGround ground = plan.ground();
        String text = DontKnowSentences.sentence(ask, plan.asked(), ground.title().in(ask.lang()),
                ask.plan().exemptionAuthority() == null ? null : ask.plan().exemptionAuthority().in(ask.lang()));
        if (text == null) {
            return false;
        }
        ask.trace().add("ExemptionGround", ground.id(), ground.location(),
                sentences.legal(), Outcome.UNKNOWN, () -> text);
        out.add(new Decision.ConsideredGround(ground.id(), ground.effect(), Outcome.UNKNOWN, text));
        return true;
    }


    /** Whether some ground matched whose effect is must-offer: then the channel is the alternative. */
    boolean mustOffer() {
        return alternative == Effect.MUST_OFFER;
    }
}
