package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Language;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DeferredList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a decision says about one exemption ground for one service, prepared at load in every
 * language: the matched ground, and the trace entry and considered ground for each outcome. The
 * records are immutable, so every decision shares them instead of building sentences anew. Only
 * an unknown condition naming several facts is explained per request (which facts decide it
 * depends on the request).
 */
final class GroundTexts {
    private static final List<Outcome> FIXED = List.of(Outcome.NOT_IN_FORCE, Outcome.AREA_EXCLUDED,
            Outcome.MATCHED, Outcome.NOT_MATCHED, Outcome.UNKNOWN, Outcome.NOT_APPLICABLE);

    private final Decision.MatchedGround[] matched;
    private final Decision.TraceEntry[][] entries;
    private final Decision.ConsideredGround[][] considered;
    private final boolean unknownFixed;

    GroundTexts(ServicePlan.GroundPlan plan, Text exemptionAuthority, LanguageSet languages) {
        ExemptionGround ground = plan.ground();
        // The condition as folded for the service: 'service.id == x and citizen.y' names one fact here.
        List<String> onlyFact = plan.asking().only() == null ? null : List.of(plan.asking().only().id());
        this.unknownFixed = onlyFact != null;
        int n = languages.size();
        matched = new Decision.MatchedGround[n];
        entries = new Decision.TraceEntry[n][];
        considered = new Decision.ConsideredGround[n][];
        for (int l = 0; l < n; l++) {
            Say say = languages.say(l);
            Language lang = say.language();
            matched[l] = new Decision.MatchedGround(ground.id(), ground.title().in(lang), ground.effect(),
                    ground.legal(), ground.location().toString());
            entries[l] = new Decision.TraceEntry[Outcome.values().length];
            considered[l] = new Decision.ConsideredGround[Outcome.values().length];
            for (Outcome outcome : FIXED) {
                if (outcome == Outcome.UNKNOWN && !unknownFixed) {
                    continue;
                }
                String text = sentence(say, ground, lang, outcome, exemptionAuthority, onlyFact);
                entries[l][outcome.ordinal()] = entry(ground, outcome, text);
                considered[l][outcome.ordinal()] = new Decision.ConsideredGround(ground.id(), ground.effect(), outcome,
                        text);
            }
        }
    }

    Decision.MatchedGround matched(Say say) {
        return matched[say.index()];
    }

    /**
     * Adds what the ground came to, to the trace and (when it did not match) the considered grounds.
     * An unknown ground naming several facts is explained by the facts that decide it for this
     * request: that sentence is made when the decision is read, not while deciding.
     */
    void explain(Ask ask, ServicePlan.GroundPlan plan, Outcome outcome,
                 DeferredList.Builder<Decision.ConsideredGround> out) {
        int l = ask.say().index();
        Decision.TraceEntry entry = entries[l][outcome.ordinal()];
        if (entry != null) {
            ask.trace().add(entry);
            if (outcome != Outcome.MATCHED) {
                out.add(this.considered[l][outcome.ordinal()]);
            }
            return;
        }
        ExemptionGround ground = plan.ground();
        Supplier<String> text = DeferredList.once(() -> sentence(ask.say(), ground, ask.say().language(), outcome,
                ask.plan().exemptionAuthority(), RuleNames.factIds(plan.when().decisiveUnknowns(ask.slots()))));
        ask.trace().add("ExemptionGround", ground.id(), ground.location(), ground.legal(), outcome, text);
        out.defer(() -> new Decision.ConsideredGround(ground.id(), ground.effect(), outcome, text.get()));
    }

    private static Decision.TraceEntry entry(ExemptionGround ground, Outcome outcome, String text) {
        return new Decision.TraceEntry("ExemptionGround:" + ground.id(),
                ground.location().file() + ":" + ground.location().line(), ground.legal(), outcome, text);
    }

    private static String sentence(Say say, ExemptionGround ground, Language lang, Outcome outcome,
                                   Text exemptionAuthority, List<String> unknownFacts) {
        String title = ground.title().in(lang);
        return switch (outcome) {
            case NOT_IN_FORCE -> say.groundNotInForce(title);
            case AREA_EXCLUDED -> say.groundAreaExcluded(title);
            case MATCHED -> say.groundMatched(title, ground.effect(),
                    exemptionAuthority == null ? null : exemptionAuthority.in(lang));
            case UNKNOWN -> say.groundUnknown(title, String.join(", ", unknownFacts));
            case NOT_APPLICABLE -> say.groundNotNeeded(title);
            default -> say.groundNotMatched(title);
        };
    }
}
