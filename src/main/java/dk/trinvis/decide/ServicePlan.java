package dk.trinvis.decide;

import dk.trinvis.expr.Expression;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Authority;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.util.List;

/**
 * What the rule set says about one service, indexed once at load.
 *
 * @param service            the service
 * @param exemptionAuthority who decides exemptions, or null
 * @param authority          who processes non-digital requests, or null
 * @param grounds            every exemption ground with its compiled condition
 * @param assistRules        every assist rule with its compiled condition
 * @param outages            the outages that name the service or all services
 */
record ServicePlan(Service service, Text exemptionAuthority, Authority authority, List<GroundPlan> grounds,
                   List<AssistPlan> assistRules, List<Outage> outages) {

    /** An exemption ground and its compiled condition. */
    record GroundPlan(ExemptionGround ground, Expression when) {
        String ruleId() {
            return "ExemptionGround:" + ground.id();
        }
    }

    /** An assist rule and its compiled condition. */
    record AssistPlan(AssistRule rule, Expression when) {
        String ruleId() {
            return "AssistRule:" + rule.id();
        }
    }
}
