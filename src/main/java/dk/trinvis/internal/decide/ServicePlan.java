package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Authority;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.util.List;
import java.util.Map;

/**
 * What the rule set says about one service, indexed once at load.
 *
 * @param service            the service
 * @param exemptionAuthority who decides exemptions, or null
 * @param authority          who processes non-digital requests, or null
 * @param grounds            every exemption ground with its compiled condition
 * @param assistRules        every assist rule with its compiled condition
 * @param outages            the outages that name the service or all services
 * @param authorities        the authority phase prepared per municipality, by {@link Place#index()}; null
 *                           without an authority
 * @param groundTexts        what the decision says of each ground, aligned with {@code grounds}
 * @param periodTexts        what it says of each mandatory period: applies, not yet, ended
 * @param optional           what it says when nothing makes the service mandatory
 * @param inArea             per ground, aligned with {@code grounds}: whether it applies to the service's area
 * @param ranked             the missing facts as bits, or null when the rules name too many facts
 * @param mandatory          the service's mandatory-digital periods as day numbers, aligned with them
 */
record ServicePlan(Service service, Text exemptionAuthority, Authority authority, List<GroundPlan> grounds,
                   List<AssistPlan> assistRules, List<Outage> outages, AuthorityPhase[] authorities,
                   List<GroundTexts> groundTexts, List<Said[]> periodTexts, Said optional, boolean[] inArea,
                   RankedQuestions ranked, Days[] mandatory) {

    /** The authority phase in the municipality, or null when the service names no authority. */
    AuthorityPhase authorityIn(Place place) {
        return authorities == null ? null : authorities[place.index()];
    }

    /**
     * An exemption ground with what deciding it needs, prepared at load.
     *
     * @param ground    the ground
     * @param when      its compiled condition
     * @param questions what to ask about each fact its condition names
     * @param asking    where those facts go among the missing facts
     * @param valid     the ground's validity as day numbers
     */
    record GroundPlan(ExemptionGround ground, Expression when, Questions questions, Asking asking, Days valid) {
        /** The plan for one service: its condition with the service's own names folded in. */
        GroundPlan given(Map<String, ?> service, Map<String, Integer> ranks, LanguageSet languages) {
            Expression folded = when.given(service);
            return folded == when ? this
                    : new GroundPlan(ground, folded, questions, new Asking(folded, ranks, questions, languages), valid);
        }
    }

    /**
     * An assist rule with what deciding it needs, prepared at load.
     *
     * @param rule          the rule
     * @param when          its compiled condition
     * @param questions     what to ask about each fact its condition names
     * @param asking        where those facts go among the missing facts
     * @param applies       its trace entry when it applies
     * @param notApplicable its trace entry when it does not
     * @param valid         the rule's validity as day numbers
     * @param unknown       its trace entry when facts not given decide it
     */
    record AssistPlan(AssistRule rule, Expression when, Questions questions, Asking asking, Days valid, Said applies,
                      Said notApplicable, Said unknown) {
        /** The plan for one service: its condition with the service's own names folded in. */
        AssistPlan given(Map<String, ?> service, Map<String, Integer> ranks, LanguageSet languages) {
            Expression folded = when.given(service);
            return folded == when ? this : new AssistPlan(rule, folded, questions,
                    new Asking(folded, ranks, questions, languages), valid, applies, notApplicable, unknown);
        }
    }
}
