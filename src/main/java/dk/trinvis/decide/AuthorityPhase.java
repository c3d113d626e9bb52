package dk.trinvis.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Authority;
import dk.trinvis.model.HelpOffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 6 of a decision: who processes a non-digital request, and which help offers can take
 * it in for them now. Only offers that can {@code process} count: a library or volunteers that
 * guide are never presented as handling a case.
 */
final class AuthorityPhase {
    private AuthorityPhase() {
    }

    static Decision.Responsible resolve(Ask ask, Outages outages, List<OfferPlan> offers) {
        Authority authority = ask.plan().authority();
        if (authority == null) {
            return null;
        }
        String code = ask.municipality().code();
        List<String> processedBy = new ArrayList<>(2);
        for (OfferPlan plan : offers) {
            HelpOffer offer = plan.offer();
            if (actsFor(authority, offer) && offer.helpsWith(ask.service()) && offer.validity().covers(ask.day())
                    && outages.downing(offer, code) == null) {
                processedBy.add(offer.id());
            }
        }
        String name = authority.municipal() ? ask.municipality().authorityName() : authority.name().in(ask.lang());
        return new Decision.Responsible(authority.id(), name, authority.contact(), processedBy);
    }

    private static boolean actsFor(Authority authority, HelpOffer offer) {
        if (!offer.processes()) {
            return false;
        }
        return authority.offers().contains(offer.id()) || offer.actsFor().contains(authority.id())
                || authority.municipal() && !offer.national() && offer.actsFor().isEmpty();
    }
}
