package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.plan.AssistPlan;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phase 4 of a decision: the channel. A matched must-offer ground makes it the alternative,
 * whatever else matched, and so does a service with no digital self-service at all; otherwise
 * an assist rule makes the digital channel assisted.
 *
 * @param channel       the channel, or null while the self-service is down
 * @param unknown       the assist rules that facts not given could still make apply: bit {@code i} for the
 *                      i-th rule, for the first 64
 * @param unknownBeyond the indexes of those at index 64 or later, in order
 */
record ChannelPhase(@Nullable Channel channel, long unknown, List<Integer> unknownBeyond) {
    /** The phase's result with nothing left unknown, by channel ordinal (the last for no channel): shared. */
    private static final ChannelPhase[] SETTLED = settled();

    private static ChannelPhase[] settled() {
        ChannelPhase[] out = new ChannelPhase[Channel.values().length + 1];
        for (Channel c : Channel.values()) {
            out[c.ordinal()] = new ChannelPhase(c, 0, List.of());
        }
        out[out.length - 1] = new ChannelPhase(null, 0, List.of());
        return out;
    }

    /** The result with nothing unknown, shared rather than made per decision. */
    private static ChannelPhase settled(@Nullable Channel channel) {
        return SETTLED[channel == null ? SETTLED.length - 1 : channel.ordinal()];
    }

    static ChannelPhase decide(DecisionInput ask, GroundPhase grounds, boolean down) {
        if (grounds.mustOffer() || !ask.service().digital()) {
            return settled(down ? null : Channel.ALTERNATIVE);
        }
        Channel channel = Channel.SELF_SERVICE;
        List<AssistPlan> rules = ask.plan().assistRules();
        long unknown = 0;
        List<Integer> unknownBeyond = List.of();
        for (int i = 0; i < rules.size(); i++) {
            AssistPlan a = rules.get(i);
            if (!a.valid().covers(ask.dayNumber())) {
                continue;
            }
            Tri result = a.when().evaluate(ask.slots());
            if (result == Tri.TRUE) {
                channel = Channel.ASSISTED;
            } else if (result == Tri.UNKNOWN) {
                if (i < Long.SIZE) {
                    unknown |= 1L << i;
                } else {
                    unknownBeyond = unknownBeyond.isEmpty() ? new ArrayList<>() : unknownBeyond;
                    unknownBeyond.add(i);
                }
            }
            Decision.TraceEntry entry = (result == Tri.TRUE ? a.applies() : result == Tri.UNKNOWN ? a.unknown()
                    : a.notApplicable()).in(ask.words());
            String dontKnow = result == Tri.UNKNOWN && !ask.dontKnow().isEmpty() && ask.trace().on()
                    ? DontKnowSentences.sentence(ask, a.asked(), a.rule().title().in(ask.lang()), null) : null;
            if (dontKnow == null) {
                ask.trace().add(entry);
            } else {
                // Made for this request only: deferred, so a writer does not keep it as a value prepared at load.
                ask.trace().add("AssistRule", a.rule().id(), a.rule().location(), entry.legal(), entry.outcome(),
                        () -> dontKnow);
            }
        }
        return channel == Channel.ASSISTED || unknown == 0 && unknownBeyond.isEmpty() ? settled(down ? null : channel)
                : new ChannelPhase(down ? null : channel, unknown, unknownBeyond);
    }
}
