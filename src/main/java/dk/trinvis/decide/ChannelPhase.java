package dk.trinvis.decide;

import dk.trinvis.model.Channel;
import dk.trinvis.expr.Tri;
import dk.trinvis.model.AssistRule;
import java.util.List;

/**
 * Phase 4 of a decision: the channel. A matched must-offer ground makes it the alternative,
 * whatever else matched, and so does a service with no digital self-service at all; otherwise
 * an assist rule makes the digital channel assisted.
 *
 * @param channel the channel, or null while the self-service is down
 * @param unknown      the assist rules that facts not given could still make apply: the first
 *                     {@code unknownCount} entries
 * @param unknownCount how many of {@code unknown} are set
 */
record ChannelPhase(Channel channel, ServicePlan.AssistPlan[] unknown, int unknownCount) {
    private static final ServicePlan.AssistPlan[] NONE = new ServicePlan.AssistPlan[0];

    static ChannelPhase decide(Ask ask, Grounds grounds, boolean down) {
        if (grounds.mustOffer() || !ask.service().digital()) {
            return new ChannelPhase(down ? null : Channel.ALTERNATIVE, NONE, 0);
        }
        Channel channel = Channel.SELF_SERVICE;
        List<ServicePlan.AssistPlan> rules = ask.plan().assistRules();
        ServicePlan.AssistPlan[] unknown = NONE;
        int unknownCount = 0;
        for (int i = 0; i < rules.size(); i++) {
            ServicePlan.AssistPlan a = rules.get(i);
            AssistRule rule = a.rule();
            if (!rule.validity().covers(ask.day())) {
                continue;
            }
            Tri result = a.when().evaluate(ask.slots());
            if (result == Tri.TRUE) {
                channel = Channel.ASSISTED;
            } else if (result == Tri.UNKNOWN) {
                unknown = unknownCount == 0 ? new ServicePlan.AssistPlan[rules.size() - i] : unknown;
                unknown[unknownCount++] = a;
            }
            (result == Tri.TRUE ? a.applies() : result == Tri.UNKNOWN ? a.unknown() : a.notApplicable()).to(ask);
        }
        return channel == Channel.ASSISTED ? new ChannelPhase(down ? null : channel, NONE, 0)
                : new ChannelPhase(down ? null : channel, unknown, unknownCount);
    }
}
