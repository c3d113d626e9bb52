package dk.trinvis.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Outcome;
import dk.trinvis.expr.Tri;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 3 of a decision: the exemption grounds. Every matched ground is kept; the alternative is
 * the strongest effect among them (must-offer &gt; right-on-request &gt; may-accept &gt; none), so
 * a newer right never weakens an older duty.
 *
 * @param alternative the strongest effect matched
 * @param matched     the grounds that matched, in rule-set order
 * @param considered  the grounds that did not, with why (only when explained)
 * @param unknown     the grounds that facts not given could still decide
 */
record Grounds(Effect alternative, List<Decision.MatchedGround> matched, List<Decision.ConsideredGround> considered,
               List<ServicePlan.GroundPlan> unknown) {

    static Grounds decide(Ask ask) {
        Effect alternative = Effect.NONE;
        List<Decision.MatchedGround> matched = new ArrayList<>(2);
        List<Decision.ConsideredGround> considered = ask.trace().on() ? new ArrayList<>() : List.of();
        List<ServicePlan.GroundPlan> unknown = new ArrayList<>(4);
        String area = ask.service().area();
        for (ServicePlan.GroundPlan g : ask.plan().grounds()) {
            ExemptionGround ground = g.ground();
            Outcome outcome;
            if (!ground.validity().covers(ask.day())) {
                outcome = Outcome.NOT_IN_FORCE;
            } else if (!ground.appliesToArea(area)) {
                outcome = Outcome.AREA_EXCLUDED;
            } else {
                Tri result = g.when().evaluate(ask);
                outcome = result == Tri.TRUE ? Outcome.MATCHED : result == Tri.UNKNOWN ? Outcome.UNKNOWN
                        : Outcome.NOT_MATCHED;
            }
            if (outcome == Outcome.MATCHED) {
                matched.add(new Decision.MatchedGround(ground.id(), ground.title().in(ask.lang()), ground.effect(),
                        ground.legal(), ground.location().toString()));
                if (ground.effect().outranks(alternative)) {
                    alternative = ground.effect();
                }
            } else if (outcome == Outcome.UNKNOWN) {
                unknown.add(g);
            }
            if (ask.trace().on()) {
                String text = sentence(ask, g, outcome);
                ask.trace().add("ExemptionGround", ground.id(), ground.location(), ground.legal(), outcome, () -> text);
                if (outcome != Outcome.MATCHED) {
                    considered.add(new Decision.ConsideredGround(ground.id(), ground.effect(), outcome, text));
                }
            }
        }
        return new Grounds(alternative, matched, considered, unknown);
    }

    private static String sentence(Ask ask, ServicePlan.GroundPlan g, Outcome outcome) {
        Say say = ask.say();
        String title = g.ground().title().in(ask.lang());
        return switch (outcome) {
            case NOT_IN_FORCE -> say.groundNotInForce(title);
            case AREA_EXCLUDED -> say.groundAreaExcluded(title);
            case MATCHED -> say.groundMatched(title, say.effect(g.ground().effect()),
                    say.authority(ask.plan().exemptionAuthority() == null ? null
                            : ask.plan().exemptionAuthority().in(ask.lang())));
            case UNKNOWN -> say.groundUnknown(title,
                    String.join(", ", RuleNames.factIds(g.when().decisiveUnknowns(ask))));
            default -> say.groundNotMatched(title);
        };
    }

    /** Whether some ground matched whose effect is must-offer: then the channel is the alternative. */
    boolean mustOffer() {
        return alternative == Effect.MUST_OFFER;
    }
}
