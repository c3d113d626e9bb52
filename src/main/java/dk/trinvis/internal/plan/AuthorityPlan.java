package dk.trinvis.internal.plan;

import dk.trinvis.model.Authority;
import dk.trinvis.model.Decision;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Who processes a non-digital request about one service in one municipality, prepared at load:
 * the offers that can take it in for the authority, and the answer while they all can. Only
 * offers that can {@code process} count: a library or volunteers that guide are never presented
 * as handling a case.
 */
public final class AuthorityPlan {
    /** The offers that act for the authority in the municipality and help with the service, in rule-set order. */
    private final List<HelpOffer> candidates;
    /** Each candidate's validity as day numbers, aligned with {@code candidates}. */
    private final DayRange[] valid;
    /** The answer in each language when every candidate exists and is up: built once, shared. */
    private final Decision.Responsible[] allUp;

    private AuthorityPlan(List<HelpOffer> candidates, Decision.Responsible[] allUp) {
        this.candidates = candidates;
        this.valid = candidates.stream().map(o -> DayRange.of(o.validity())).toArray(DayRange[]::new);
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

    /** The plan for one authority in one municipality. */
    static AuthorityPlan prepare(Authority authority, Municipality municipality, List<HelpOffer> candidates,
                                 Languages languages) {
        List<String> ids = candidates.stream().map(HelpOffer::id).toList();
        Decision.Responsible[] allUp = new Decision.Responsible[languages.size()];
        for (int l = 0; l < allUp.length; l++) {
            String name = authority.municipal() ? municipality.authorityName()
                    : authority.name().in(languages.words(l).language());
            allUp[l] = new Decision.Responsible(authority.id(), name, authority.contact(), ids);
        }
        return new AuthorityPlan(candidates, allUp);
    }

    /** The offers that may process the request, in rule-set order. */
    public List<HelpOffer> candidates() {
        return candidates;
    }

    /** Whether the i-th candidate exists on the day (since the epoch). */
    public boolean exists(int i, long day) {
        return valid[i].covers(day);
    }

    /** The answer while every candidate can take the request in, in the language of the words. */
    public Decision.Responsible allUp(TraceWords words) {
        return allUp[words.index()];
    }

    /** Whether the offer may process requests for the authority, wherever it serves. */
    static boolean actsFor(Authority authority, HelpOffer offer) {
        if (!offer.processes()) {
            return false;
        }
        return authority.offers().contains(offer.id()) || offer.actsFor().contains(authority.id())
                || authority.municipal() && !offer.national() && offer.actsFor().isEmpty();
    }
}
