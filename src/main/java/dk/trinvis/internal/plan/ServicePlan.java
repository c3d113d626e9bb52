package dk.trinvis.internal.plan;

import dk.trinvis.model.Authority;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rule set says about one service, prepared once at load.
 *
 * @param service            the service
 * @param exemptionAuthority who decides exemptions, or null
 * @param authority          who processes non-digital requests, or null
 * @param grounds            every exemption ground, its condition folded for the service
 * @param assistRules        every assist rule, its condition folded for the service
 * @param outages            the outages that name the service or all services
 * @param authorities        the authority plan per municipality, by {@link MunicipalityPlan#index()}; null
 *                           without an authority
 * @param groundSentences    what the decision says of each ground, aligned with {@code grounds}
 * @param periodEntries      what the trace says of each mandatory period: applies, not yet, ended
 * @param optional           what it says when nothing makes the service mandatory
 * @param inArea             per ground, aligned with {@code grounds}: whether it applies to the service's area
 * @param questionRanks      the missing facts' ranks and questions
 * @param mandatory          the service's mandatory-digital periods as day numbers, aligned with them
 * @param liveGrounds        the indexes of the grounds the request's facts can decide, ascending: those
 *                           in the service's area whose folded condition is not false. Every other
 *                           ground comes out the same for every request on a day (not needed, not in
 *                           force, area-excluded or not matched), so a decision without explanation
 *                           skips it and an explained one writes its prepared sentences
 */
public record ServicePlan(Service service, @Nullable Text exemptionAuthority, @Nullable Authority authority,
                          List<GroundPlan> grounds, List<AssistPlan> assistRules, List<Outage> outages,
                          AuthorityPlan @Nullable [] authorities, List<GroundSentences> groundSentences,
                          List<PreparedEntry[]> periodEntries, PreparedEntry optional, boolean[] inArea,
                          QuestionRanks questionRanks, DayRange[] mandatory, int[] liveGrounds) {

    /** The plan, with the grounds the request's facts can decide found from the grounds and {@code inArea}. */
    public ServicePlan(Service service, @Nullable Text exemptionAuthority, @Nullable Authority authority,
                       List<GroundPlan> grounds, List<AssistPlan> assistRules, List<Outage> outages,
                       AuthorityPlan @Nullable [] authorities, List<GroundSentences> groundSentences,
                       List<PreparedEntry[]> periodEntries, PreparedEntry optional, boolean[] inArea,
                       QuestionRanks questionRanks, DayRange[] mandatory) {
        this(service, exemptionAuthority, authority, grounds, assistRules, outages, authorities, groundSentences,
                periodEntries, optional, inArea, questionRanks, mandatory, liveGrounds(grounds, inArea));
    }

    private static int[] liveGrounds(List<GroundPlan> grounds, boolean[] inArea) {
        int[] live = new int[grounds.size()];
        int n = 0;
        for (int i = 0; i < live.length; i++) {
            if (inArea[i] && !grounds.get(i).neverMatches()) {
                live[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(live, n);
    }

    /** The authority plan in the municipality, or null when the service names no authority. */
    public @Nullable AuthorityPlan authorityIn(MunicipalityPlan place) {
        return authorities == null ? null : authorities[place.index()];
    }
}
