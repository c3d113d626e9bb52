package dk.trinvis.internal.decide;

import dk.trinvis.internal.plan.AuthorityPlan;
import dk.trinvis.model.Decision;
import dk.trinvis.model.HelpOffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 6 of a decision: who processes a non-digital request, and which of the offers that can
 * take it in for them ({@link AuthorityPlan}) exist and are up at the moment.
 */
final class AuthorityPhase {
    private AuthorityPhase() {
    }

    static Decision.Responsible resolve(DecisionInput ask, AuthorityPlan plan, OutagePhase outages) {
        Decision.Responsible all = plan.allUp(ask.words());
        String code = ask.municipality().code();
        List<HelpOffer> candidates = plan.candidates();
        List<String> processedBy = null;
        for (int i = 0; i < candidates.size(); i++) {
            HelpOffer offer = candidates.get(i);
            boolean up = plan.exists(i, ask.dayNumber()) && outages.downing(offer, code) == null;
            if (!up && processedBy == null) {
                processedBy = new ArrayList<>(all.processedBy().subList(0, i));
            } else if (up && processedBy != null) {
                processedBy.add(offer.id());
            }
        }
        return processedBy == null ? all
                : new Decision.Responsible(all.id(), all.name(), all.contact(), processedBy);
    }
}
