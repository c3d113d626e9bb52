package dk.trinvis.internal.decide;

import dk.trinvis.model.Outcome;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Outage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phase 1 of a decision: the outages on at the moment, and what they take down. While the
 * self-service is down nothing can be applied for; a help offer that is down is never presented
 * as able to help.
 *
 * @param active the outages covering the service, municipality and moment
 */
record OutagePhase(List<Outage> active) {
    private static final OutagePhase NONE = new OutagePhase(List.of());

    static OutagePhase find(DecisionInput ask) {
        List<Outage> active = null;
        String code = ask.municipality().code();
        List<Outage> outages = ask.plan().outages();
        for (int i = 0; i < outages.size(); i++) {
            Outage o = outages.get(i);
            if (!o.municipalities().isEmpty() && !o.municipalities().contains(code)) {
                continue;
            }
            boolean covers = o.covers(ask.service().id(), code, ask.local());
            if (covers) {
                active = active == null ? new ArrayList<>(2) : active;
                active.add(o);
            }
            if (ask.trace().on()) {
                ask.trace().add("Outage", o.id(), o.location(), null,
                        covers ? Outcome.APPLIES : Outcome.NOT_APPLICABLE,
                        () -> covers ? ask.words().outage(o.to().toString(), o.takesDownSelfService())
                                : ask.words().outageNotNow());
            }
        }
        return active == null ? NONE : new OutagePhase(List.copyOf(active));
    }

    /** When the self-service is back, or null while no outage takes it down. */
    @Nullable LocalDateTime selfServiceBackAt() {
        LocalDateTime back = null;
        // Indexed loops: these run on every decision, and an iterator is an allocation.
        for (int i = 0; i < active.size(); i++) {
            Outage o = active.get(i);
            if (o.takesDownSelfService() && (back == null || o.to().isAfter(back))) {
                back = o.to();
            }
        }
        return back;
    }

    /** The outage that takes the offer down in the municipality, or null. */
    @Nullable Outage downing(HelpOffer offer, String municipality) {
        for (int i = 0; i < active.size(); i++) {
            Outage o = active.get(i);
            if (o.takesDown(offer, municipality)) {
                return o;
            }
        }
        return null;
    }
}
