package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.model.ExemptionGround;
import java.util.Map;

/**
 * An exemption ground with what deciding it needs, prepared at load.
 *
 * @param ground    the ground
 * @param when      its compiled condition (folded for the service, in a service's plan)
 * @param questions what to ask about each fact its condition names
 * @param asked     the facts its condition names, with their ranks
 * @param valid     the ground's validity as day numbers
 */
public record GroundPlan(ExemptionGround ground, Expression when, FactQuestions questions, AskedFacts asked,
                         DayRange valid) {
    /** Whether the condition, folded, is false whatever the facts: nothing a request gives can match it. */
    public boolean neverMatches() {
        return when.names().isEmpty() && when.evaluate(name -> null) == Tri.FALSE;
    }

    /** The plan for one service: its condition with the service's own names folded in. */
    GroundPlan given(Map<String, ?> service, Map<String, Integer> ranks, Languages languages) {
        Expression folded = when.given(service);
        return folded == when ? this
                : new GroundPlan(ground, folded, questions, new AskedFacts(folded, ranks, questions, languages), valid);
    }
}
