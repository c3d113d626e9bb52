package dk.trinvis.decide;

import dk.trinvis.model.Authority;
import dk.trinvis.model.Decision;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Municipality;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 6 of a decision: who processes a non-digital request, and which help offers can take
 * it in for them now. Only offers that can {@code process} count: a library or volunteers that
 * guide are never presented as handling a case.
 *
 * @param candidates the offers that act for the authority in the municipality, in rule-set order,
 *                   whatever service they help with
 * @param allUp      the answer when every candidate exists and none is down, built once
 */
record AuthorityPhase(List<HelpOffer> candidates, Decision.Responsible allUp) {

    /** What the phase needs for one authority in one municipality, prepared at load. */
    static AuthorityPhase prepare(Authority authority, Municipality municipality, List<OfferPlan> offers) {
        List<HelpOffer> candidates = new ArrayList<>();
        for (OfferPlan plan : offers) {
            if (actsFor(authority, plan.offer())) {
                candidates.add(plan.offer());
            }
        }
        String name = authority.municipal() ? municipality.authorityName() : null;
        Decision.Responsible allUp = new Decision.Responsible(authority.id(), name, authority.contact(),
                candidates.stream().map(HelpOffer::id).toList());
        return new AuthorityPhase(List.copyOf(candidates), allUp);
    }

    Decision.Responsible resolve(Ask ask, Outages outages) {
        String code = ask.municipality().code();
        List<String> processedBy = null;
        for (int i = 0; i < candidates.size(); i++) {
            HelpOffer offer = candidates.get(i);
            boolean up = offer.helpsWith(ask.service()) && offer.validity().covers(ask.day())
                    && outages.downing(offer, code) == null;
            if (!up && processedBy == null) {
                processedBy = new ArrayList<>(allUp.processedBy().subList(0, i));
            } else if (up && processedBy != null) {
                processedBy.add(offer.id());
            }
        }
        String name = allUp.name() != null ? allUp.name() : ask.plan().authority().name().in(ask.lang());
        if (processedBy == null && name.equals(allUp.name())) {
            return allUp;
        }
        return new Decision.Responsible(allUp.id(), name, allUp.contact(),
                processedBy == null ? allUp.processedBy() : processedBy);
    }

    private static boolean actsFor(Authority authority, HelpOffer offer) {
        if (!offer.processes()) {
            return false;
        }
        return authority.offers().contains(offer.id()) || offer.actsFor().contains(authority.id())
                || authority.municipal() && !offer.national() && offer.actsFor().isEmpty();
    }
}
