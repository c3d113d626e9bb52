package dk.trinvis.internal.lint;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.internal.util.Names;
import java.util.List;

/**
 * TRV113: a guide must agree with the decision. When a must-offer ground can apply to a service,
 * some citizens get the channel {@code alternative}; unless the guide has a step shown only to
 * them, they are walked through the self-service they are exempt from.
 */
final class ChannelPaths {
    private ChannelPaths() {
    }

    static void check(CompiledRuleSet compiled, Problems out) {
        for (Guide g : compiled.model().guides()) {
            Service service = compiled.model().services().get(g.service());
            if (g.municipality() != null || service == null || !service.digital()
                    || !alternativeReachable(service, compiled)) {
                continue;
            }
            if (!hasAlternativePath(g.steps(), compiled)) {
                out.warning(LintCode.NO_PATH_FOR_CHANNEL, g.location(), Phrase.of("lint.TRV113", g.service()));
            }
        }
    }

    private static boolean alternativeReachable(Service service, CompiledRuleSet compiled) {
        for (ExemptionGround ground : compiled.model().grounds()) {
            if (ground.effect() == Effect.MUST_OFFER && ground.appliesToArea(service.area())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a step, at any depth, is shown with the channel alternative and hidden with self-service. */
    private static boolean hasAlternativePath(List<Step> steps, CompiledRuleSet compiled) {
        for (Step s : steps) {
            Expression when = s.when() == null ? null : compiled.expression(s.when());
            if (when != null && shownWith(when, "alternative") && !shownWith(when, "self-service")) {
                return true;
            }
            if (hasAlternativePath(s.steps(), compiled) || hasAlternativePath(s.oneOf(), compiled)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition can hold for some citizen with this channel (facts unknown). */
    private static boolean shownWith(Expression when, String channel) {
        return when.evaluate(name -> Names.DECISION_CHANNEL.equals(name) ? channel : null) != Tri.FALSE;
    }
}
