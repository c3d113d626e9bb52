package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.model.AssistRule;
import java.util.Map;

/**
 * An assist rule with what deciding it needs, prepared at load.
 *
 * @param rule          the rule
 * @param when          its compiled condition (folded for the service, in a service's plan)
 * @param questions     what to ask about each fact its condition names
 * @param asked         the facts its condition names, with their ranks
 * @param valid         the rule's validity as day numbers
 * @param applies       its trace entry when it applies
 * @param notApplicable its trace entry when it does not
 * @param unknown       its trace entry when facts not given decide it
 */
public record AssistPlan(AssistRule rule, Expression when, FactQuestions questions, AskedFacts asked, DayRange valid,
                         PreparedEntry applies, PreparedEntry notApplicable, PreparedEntry unknown) {
    /** The plan for one service: its condition with the service's own names folded in. */
    AssistPlan given(Map<String, ?> service, Map<String, Integer> ranks, Languages languages) {
        Expression folded = when.given(service);
        return folded == when ? this : new AssistPlan(rule, folded, questions,
                new AskedFacts(folded, ranks, questions, languages), valid, applies, notApplicable, unknown);
    }
}
