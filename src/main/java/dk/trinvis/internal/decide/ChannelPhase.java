package dk.trinvis.internal.decide;

import dk.trinvis.model.Channel;
import dk.trinvis.internal.expr.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 4 of a decision: the channel. A matched must-offer ground makes it the alternative,
 * whatever else matched, and so does a service with no digital self-service at all; otherwise
 * an assist rule makes the digital channel assisted.
 *
 * @param channel the channel, or null while the self-service is down
 * @param unknown       the assist rules that facts not given could still make apply: bit {@code i} for the
 *                      i-th rule, for the first 64
 * @param unknownBeyond those of them at index 64 or later, in order
 */
record ChannelPhase(Channel channel, long unknown, List<ServicePlan.AssistPlan> unknownBeyond) {

    static ChannelPhase decide(Ask ask, Grounds grounds, boolean down) {
        if (grounds.mustOffer() || !ask.service().digital()) {
            return new ChannelPhase(down ? null : Channel.ALTERNATIVE, 0, List.of());
        }
        Channel channel = Channel.SELF_SERVICE;
        List<ServicePlan.AssistPlan> rules = ask.plan().assistRules();
        long unknown = 0;
        List<ServicePlan.AssistPlan> unknownBeyond = List.of();
        for (int i = 0; i < rules.size(); i++) {
            ServicePlan.AssistPlan a = rules.get(i);
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
                    unknownBeyond.add(a);
                }
            }
            (result == Tri.TRUE ? a.applies() : result == Tri.UNKNOWN ? a.unknown() : a.notApplicable()).to(ask);
        }
        return channel == Channel.ASSISTED ? new ChannelPhase(down ? null : channel, 0, List.of())
                : new ChannelPhase(down ? null : channel, unknown, unknownBeyond);
    }
}
