package dk.trinvis.internal.decide;

import dk.trinvis.model.Authority;
import dk.trinvis.model.Decision;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 6 of a decision: who processes a non-digital request, and which help offers can take
 * it in for them now. Only offers that can {@code process} count: a library or volunteers that
 * guide are never presented as handling a case.
 */
final class AuthorityPhase {
    /** The offers that act for the authority in the municipality and help with the service, in rule-set order. */
    private final List<HelpOffer> candidates;
    /** Each candidate's validity as day numbers, aligned with {@code candidates}. */
    private final Days[] valid;
    /** The answer in each language when every candidate exists and is up: built once, shared. */
    private final Decision.Responsible[] allUp;

    private AuthorityPhase(List<HelpOffer> candidates, Decision.Responsible[] allUp) {
        this.candidates = candidates;
        this.valid = candidates.stream().map(o -> Days.of(o.validity())).toArray(Days[]::new);
        this.allUp = allUp;
    }

    /** The offers that can process a request about the service for the authority, in rule-set order. */
    static List<HelpOffer> candidates(Authority authority, Service service, List<OfferPlan> offers) {
        List<HelpOffer> candidates = new ArrayList<>();
        for (OfferPlan plan : offers) {
            if (actsFor(authority, plan.offer()) && plan.offer().helpsWith(service)) {
                candidates.add(plan.offer());
            }
        }
        return List.copyOf(candidates);
    }

    /** What the phase needs for one authority in one municipality, prepared at load. */
    static AuthorityPhase prepare(Authority authority, Municipality municipality, List<HelpOffer> candidates,
                                  LanguageSet languages) {
        List<String> ids = candidates.stream().map(HelpOffer::id).toList();
        Decision.Responsible[] allUp = new Decision.Responsible[languages.size()];
        for (int l = 0; l < allUp.length; l++) {
            String name = authority.municipal() ? municipality.authorityName()
                    : authority.name().in(languages.say(l).language());
            allUp[l] = new Decision.Responsible(authority.id(), name, authority.contact(), ids);
        }
        return new AuthorityPhase(candidates, allUp);
    }

    Decision.Responsible resolve(Ask ask, Outages outages) {
        Decision.Responsible all = allUp[ask.say().index()];
        String code = ask.municipality().code();
        List<String> processedBy = null;
        for (int i = 0; i < candidates.size(); i++) {
            HelpOffer offer = candidates.get(i);
            boolean up = valid[i].covers(ask.dayNumber()) && outages.downing(offer, code) == null;
            if (!up && processedBy == null) {
                processedBy = new ArrayList<>(all.processedBy().subList(0, i));
            } else if (up && processedBy != null) {
                processedBy.add(offer.id());
            }
        }
        return processedBy == null ? all
                : new Decision.Responsible(all.id(), all.name(), all.contact(), processedBy);
    }

    private static boolean actsFor(Authority authority, HelpOffer offer) {
        if (!offer.processes()) {
            return false;
        }
        return authority.offers().contains(offer.id()) || offer.actsFor().contains(authority.id())
                || authority.municipal() && !offer.national() && offer.actsFor().isEmpty();
    }
}
